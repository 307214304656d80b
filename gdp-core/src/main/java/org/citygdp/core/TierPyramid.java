package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
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
    CitySelection ordered = view.cities().orderByDescending(Metric.GDP);
    Column gdp = view.slice.column(Metric.GDP);
    int base = view.slice.base;
    List<Tier> tiers = scheme.tiers();
    int t = tiers.size();
    List<List<City>> buckets = new ArrayList<>();
    for (int i = 0; i < t; i++) {
      buckets.add(new ArrayList<>());
    }
    ImmutableList.Builder<City> missing = ImmutableList.builder();
    List<City> cities = view.slice.store.corpus.cities;
    for (int c : ordered.indices()) {
      if (gdp == null || !gdp.has(base + c)) {
        missing.add(cities.get(c));
        continue;
      }
      int i = scheme.indexOf(gdp.value(base + c));
      if (i >= 0) {
        buckets.get(i).add(cities.get(c));
      }
    }
    ImmutableMap.Builder<Tier, ImmutableList<City>> m = ImmutableMap.builder();
    for (int i = t - 1; i >= 0; i--) {
      m.put(tiers.get(i), ImmutableList.copyOf(buckets.get(i)));
    }
    return new TierPyramid(view.year(), scheme, m.buildOrThrow(), missing.build());
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
