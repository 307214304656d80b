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

  /**
   * The index of a grouping: {@code perCity.get(c)} are the keys of city {@code c}, the groups
   * sort by {@code order} and are labelled by {@code label}.
   */
  public static <K> GroupIndex<K> of(List<List<K>> perCity, Comparator<? super K> order,
      Function<? super K, String> label) {
    Map<K, Integer> seen = new HashMap<>();
    for (List<K> ks : perCity) {
      for (K k : ks) {
        seen.putIfAbsent(k, 0);
      }
    }
    List<K> keys = new ArrayList<>(seen.keySet());
    keys.sort(order);
    String[] labels = new String[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      seen.put(keys.get(i), i);
      labels[i] = label.apply(keys.get(i));
    }
    int cities = perCity.size();
    int[] start = new int[cities + 1];
    int total = 0;
    for (List<K> ks : perCity) {
      total += ks.size();
    }
    int[] groups = new int[total];
    int k = 0;
    for (int c = 0; c < cities; c++) {
      start[c] = k;
      for (K key : perCity.get(c)) {
        groups[k++] = java.util.Objects.requireNonNull(seen.get(key));
      }
    }
    start[cities] = k;
    return new GroupIndex<>(List.copyOf(keys), labels, start, groups);
  }
}
