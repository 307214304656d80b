package org.citygdp.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which groups of a grouping by city attributes each city belongs to, computed once per dataset:
 * the sorted group keys, per city a run of group numbers (compressed rows), and the inverse, per
 * group its members in city order (what a grouping of every city needs, with nothing to build).
 */
final class GroupIndex {
  final List<Grouping.Key> keys;
  final String[] labels; // of keys
  final int[] start; // city c's groups are groups[start[c] .. start[c + 1])
  final int[] groups;
  /** Group g's cities in index order; shared, callers must not modify them. */
  final int[][] members;

  private GroupIndex(List<Grouping.Key> keys, int[] start, int[] groups) {
    this.keys = keys;
    this.start = start;
    this.groups = groups;
    this.labels = new String[keys.size()];
    for (int g = 0; g < labels.length; g++) {
      labels[g] = keys.get(g).label();
    }
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

  static GroupIndex of(List<City> cities, Grouping.KeyFunction function) {
    List<List<Grouping.Key>> perCity = new ArrayList<>(cities.size());
    Map<Grouping.Key, Integer> seen = new HashMap<>();
    for (City c : cities) {
      List<Grouping.Key> ks = new ArrayList<>(2);
      function.keys(c, ks);
      perCity.add(ks);
      ks.forEach(k -> seen.putIfAbsent(k, 0));
    }
    List<Grouping.Key> keys = new ArrayList<>(seen.keySet());
    keys.sort(Comparator.comparingInt(Grouping.Key::order).thenComparing(Grouping.Key::label));
    for (int i = 0; i < keys.size(); i++) {
      seen.put(keys.get(i), i);
    }
    int[] start = new int[cities.size() + 1];
    List<Integer> all = new ArrayList<>();
    for (int c = 0; c < cities.size(); c++) {
      start[c] = all.size();
      for (Grouping.Key k : perCity.get(c)) {
        all.add(seen.get(k));
      }
    }
    start[cities.size()] = all.size();
    return new GroupIndex(List.copyOf(keys), start,
        all.stream().mapToInt(Integer::intValue).toArray());
  }
}
