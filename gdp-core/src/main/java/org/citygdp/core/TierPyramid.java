package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;

/**
 * How many cities sit in each tier of a year, and which, highest tier first; empty tiers are
 * shown. Cities whose GDP is missing are listed apart, never put in a tier.
 *
 * <pre>{@code
 * TierPyramid p = dataset.year(2025).tiers();
 * p.count("5T");          // 2
 * p.memberIds("3T");      // [shenzhen, chongqing, guangzhou]
 * p.total();              // cities in any tier
 * }</pre>
 */
public final class TierPyramid {
  private final int year;
  private final TierScheme scheme;
  private final ImmutableMap<Tier, ImmutableList<City>> members; // highest tier first
  private final ImmutableList<City> missingGdp;

  private TierPyramid(int year, TierScheme scheme, ImmutableMap<Tier, ImmutableList<City>> members,
      ImmutableList<City> missingGdp) {
    this.year = year;
    this.scheme = scheme;
    this.members = members;
    this.missingGdp = missingGdp;
  }

  static TierPyramid of(YearView view, TierScheme scheme) {
    // the year's GDP order, largest first, missing last: each tier's members are one run of it
    int[] order = view.slice.store.order(Metric.GDP, view.year(), true);
    Column gdp = view.slice.column(Metric.GDP);
    int base = view.slice.base;
    List<Tier> tiers = scheme.tiers();
    int t = tiers.size();
    int[] from = new int[t];
    int[] to = new int[t];
    int present = 0;
    if (gdp != null) {
      while (present < order.length && gdp.has(base + order[present])) {
        int i = scheme.indexOf(gdp.value(base + order[present]));
        if (i >= 0) {
          if (to[i] == 0) {
            from[i] = present;
          }
          to[i] = present + 1;
        }
        present++;
      }
    }
    List<City> cities = view.slice.store.corpus.cities;
    ImmutableMap.Builder<Tier, ImmutableList<City>> m = ImmutableMap.builderWithExpectedSize(t);
    for (int i = t - 1; i >= 0; i--) {
      m.put(tiers.get(i), run(cities, order, from[i], to[i]));
    }
    return new TierPyramid(view.year(), scheme, m.buildOrThrow(),
        run(cities, order, present, order.length));
  }

  private static ImmutableList<City> run(List<City> cities, int[] order, int from, int to) {
    if (from >= to) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<City> b = ImmutableList.builderWithExpectedSize(to - from);
    for (int k = from; k < to; k++) {
      b.add(cities.get(order[k]));
    }
    return b.build();
  }

  public int year() {
    return year;
  }

  public TierScheme scheme() {
    return scheme;
  }

  /** Tier to members (largest GDP first), highest tier first, empty tiers included. */
  public ImmutableMap<Tier, ImmutableList<City>> asMap() {
    return members;
  }

  /** Tier label to number of members, highest tier first. */
  public ImmutableMap<String, Integer> counts() {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    members.forEach((tier, list) -> b.put(tier.label(), list.size()));
    return b.buildOrThrow();
  }

  public int count(String tierLabel) {
    return members(tierLabel).size();
  }

  public ImmutableList<City> members(String tierLabel) {
    return members.get(scheme.tier(tierLabel));
  }

  public ImmutableList<String> memberIds(String tierLabel) {
    return members(tierLabel).stream().map(City::id).collect(ImmutableList.toImmutableList());
  }

  /** Cities in any tier. */
  public int total() {
    return members.values().stream().mapToInt(List::size).sum();
  }

  /** Cities with no GDP figure this year: in no tier, and not counted as below every tier. */
  public ImmutableList<City> missingGdp() {
    return missingGdp;
  }

  @Override
  public String toString() {
    TextTable table = new TextTable(List.of("tier", "cities", "members"), false, true, false);
    members.forEach((tier, list) -> table.row(List.of(tier.label(), Integer.toString(list.size()),
        String.join(", ", list.stream().map(c -> c.nameEn() + " " + c.nameZh()).toList()))));
    String out = "Tier pyramid " + year + " (" + scheme.name() + ", GDP at current prices)\n"
        + table.render();
    if (!missingGdp.isEmpty()) {
      out += "GDP missing: " + String.join(", ", missingGdp.stream().map(City::nameEn).toList())
          + "\n";
    }
    return out;
  }
}
