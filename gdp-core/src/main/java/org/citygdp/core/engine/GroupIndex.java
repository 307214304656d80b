package org.citygdp.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which groups of a grouping each city belongs to, computed once per dataset: the sorted group
 * keys, per city a run of group numbers (compressed rows), and the inverse, per group its members
 * in city order (what a grouping of every city needs, with nothing to build).
 *
 * @param <K> the group key, with equals and hashCode
 */
public final class GroupIndex<K> {
  public final List<K> keys;
  public final String[] labels; // of keys
  public final int[] start; // city c's groups are groups[start[c] .. start[c + 1])
  public final int[] groups;
  /** Group g's cities in index order; shared, callers must not modify them. */
  public final int[][] members;

  private GroupIndex(List<K> keys, String[] labels, int[] start, int[] groups) {
    this.keys = keys;
    this.start = start;
    this.groups = groups;
    this.labels = labels;
    int[] counts = new int[labels.length];
    for (int g : groups) {
      counts[g]++;
    }
    this.members = new int[labels.length][];
    for (int g = 0; g < labels.length; g++) {
      members[g] = new int[counts[g]];
    }
    int[] fill = new int[labels.length];
    for (int c = 0; c + 1 < start.length; c++) {
      for (int j = start[c]; j < start[c + 1]; j++) {
        int g = groups[j];
        members[g][fill[g]++] = c;
      }
    }
  }

  /** The group keys of one city. */
  public interface KeysOf<K> {
    /** Adds the keys of city {@code city} to {@code out} (empty when this is called). */
    void keys(int city, List<K> out);
  }

  /**
   * The index of a grouping of {@code cities} cities: {@code keysOf} gives each city's keys, the
   * groups sort by {@code order} and are labelled by {@code label}. One pass numbers the keys as
   * they are first seen (one hash lookup per key of a city), then the numbers are mapped to the
   * sorted order.
   */
  public static <K> GroupIndex<K> of(int cities, KeysOf<K> keysOf, Comparator<? super K> order,
      Function<? super K, String> label) {
    Map<K, Integer> number = new HashMap<>();
    List<K> seen = new ArrayList<>();
    List<K> scratch = new ArrayList<>(4);
    int[] start = new int[cities + 1];
    int[] groups = new int[Math.max(16, cities)];
    int k = 0;
    for (int c = 0; c < cities; c++) {
      start[c] = k;
      scratch.clear();
      keysOf.keys(c, scratch);
      for (int j = 0; j < scratch.size(); j++) {
        K key = scratch.get(j);
        Integer g = number.get(key);
        if (g == null) {
          g = seen.size();
          number.put(key, g);
          seen.add(key);
        }
        if (k == groups.length) {
          groups = java.util.Arrays.copyOf(groups, groups.length * 2);
        }
        groups[k++] = g;
      }
    }
    start[cities] = k;
    // the keys sorted, and each first-seen number mapped to its place among them
    Integer[] byOrder = new Integer[seen.size()];
    for (int i = 0; i < byOrder.length; i++) {
      byOrder[i] = i;
    }
    java.util.Arrays.sort(byOrder, (a, b) -> order.compare(seen.get(a), seen.get(b)));
    int[] place = new int[byOrder.length];
    List<K> keys = new ArrayList<>(byOrder.length);
    String[] labels = new String[byOrder.length];
    for (int i = 0; i < byOrder.length; i++) {
      place[byOrder[i]] = i;
      K key = seen.get(byOrder[i]);
      keys.add(key);
      labels[i] = label.apply(key);
    }
    int[] numbered = java.util.Arrays.copyOf(groups, k);
    for (int j = 0; j < k; j++) {
      numbered[j] = place[numbered[j]];
    }
    return new GroupIndex<>(List.copyOf(keys), labels, start, numbered);
  }
}
