package org.citygdp.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citygdp.core.domain.City;
import org.citygdp.core.internal.Checks;
import org.citygdp.core.internal.Levenshtein;
import org.jspecify.annotations.Nullable;

/**
 * Finds cities by what a reader types: an id, a division code, a Chinese name, a pinyin or English
 * name. Built on the first look-up that is not an id (a look-up by id needs none of it). Not part
 * of the API.
 *
 * <p>The rule, in order: the exact id; else the cities with this division code; else with this
 * Chinese name ({@link City#nameZh()}, exactly); else with this pinyin or English name, folded
 * (case, spaces, apostrophes and hyphens ignored; ü typed as ü, v or u). The first kind that
 * matches decides; two or more cities of that kind are an {@link AmbiguousCityException}.
 */
final class CityNames {
  private final List<City> cities;
  private final Map<String, int[]> codes = new HashMap<>();
  private final Map<String, int[]> chinese = new HashMap<>();
  private final Map<String, int[]> folded = new HashMap<>();

  CityNames(List<City> cities) {
    this.cities = cities;
    for (int i = 0; i < cities.size(); i++) {
      City c = cities.get(i);
      add(codes, c.divisionCode(), i);
      add(chinese, c.nameZh(), i);
      add(folded, fold(c.pinyin(), 'v'), i);
      add(folded, fold(c.pinyin(), 'u'), i);
      add(folded, fold(c.nameEn(), 'v'), i);
      add(folded, fold(c.nameEn(), 'u'), i);
    }
  }

  private static void add(Map<String, int[]> map, String key, int city) {
    int[] old = map.get(key);
    if (old == null) {
      map.put(key, new int[] {city});
    } else if (old[old.length - 1] != city) { // cities are added in index order
      int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
      grown[old.length] = city;
      map.put(key, grown);
    }
  }

  /**
   * A name folded for comparison: lower case, without spaces, apostrophes, hyphens or middle
   * dots, ü (and its capital) as {@code u} or {@code v}.
   */
  static String fold(String name, char uUmlaut) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == ' ' || c == '\'' || c == '\u2019' || c == '-' || c == '\u00b7') {
        continue;
      }
      sb.append(c == '\u00fc' || c == '\u00dc' ? uUmlaut : Character.toLowerCase(c));
    }
    return sb.toString();
  }

  /** The city indices {@code key} names (not by id), with what they matched; empty if none. */
  Match match(String key) {
    int[] hit = codes.get(key);
    if (hit != null) {
      return new Match(hit, "division code");
    }
    hit = chinese.get(key);
    if (hit != null) {
      return new Match(hit, "Chinese name");
    }
    int[] v = folded.get(fold(key, 'v'));
    int[] u = folded.get(fold(key, 'u'));
    int[] both = union(v, u);
    return both == null ? new Match(new int[0], "") : new Match(both, "pinyin or English name");
  }

  private static int @Nullable [] union(int @Nullable [] a, int @Nullable [] b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
    for (int i : a) {
      all.add(i);
    }
    for (int i : b) {
      all.add(i);
    }
    int[] out = new int[all.size()];
    int k = 0;
    for (int i : all) {
      out[k++] = i;
    }
    return out;
  }

  /** What a key matched: city indices in index (= id) order, and the kind of name. */
  static final class Match {
    final int[] cities;
    final String kind;

    Match(int[] cities, String kind) {
      this.cities = cities;
      this.kind = kind;
    }
  }

  /**
   * The (at most three) cities nearest to an unknown key, by edit distance to the kind of name the
   * key looks like: a division code for six digits, the Chinese name for a key with a character
   * outside Latin-1, else the folded pinyin and English names.
   */
  List<String> nearest(String key) {
    String probe = key.length() > 64 ? key.substring(0, 64) : key;
    boolean digits = probe.length() == 6 && Checks.DIVISION_CODE.matches(probe);
    boolean han = false;
    for (int i = 0; i < probe.length(); i++) {
      han |= probe.charAt(i) > 0xff;
    }
    String folded = fold(probe, 'v');
    int[] best = new int[cities.size()];
    Integer[] order = new Integer[cities.size()];
    for (int i = 0; i < cities.size(); i++) {
      City c = cities.get(i);
      best[i] = digits ? Levenshtein.distance(probe, c.divisionCode())
          : han ? Levenshtein.distance(probe, c.nameZh())
          : Math.min(Levenshtein.distance(folded, fold(c.pinyin(), 'v')),
              Levenshtein.distance(folded, fold(c.nameEn(), 'v')));
      order[i] = i;
    }
    java.util.Arrays.sort(order, new java.util.Comparator<Integer>() {
      @Override
      public int compare(Integer a, Integer b) {
        int c = Integer.compare(best[a], best[b]);
        return c != 0 ? c : Integer.compare(a, b);
      }
    });
    List<String> out = new ArrayList<>(3);
    for (int i = 0; i < Math.min(3, order.length); i++) {
      out.add(cities.get(order[i]).id());
    }
    return out;
  }

  /** How a message shows a city: its Chinese name and id. */
  String describe(String id) {
    for (City c : cities) {
      if (c.id().equals(id)) {
        return c.nameZh() + " " + c.id();
      }
    }
    return id;
  }
}
