package org.citygdp.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which groups of a grouping by city attributes each city belongs to, computed once per dataset:
 * the sorted group keys, and per city a run of group numbers (compressed rows).
 */
final class GroupIndex {
  final List<Grouping.Key> keys;
  final int[] start; // city c's groups are groups[start[c] .. start[c + 1])
  final int[] groups;

  private GroupIndex(List<Grouping.Key> keys, int[] start, int[] groups) {
    this.keys = keys;
    this.start = start;
    this.groups = groups;
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
