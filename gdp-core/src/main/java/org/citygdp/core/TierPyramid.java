package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.citygdp.core.domain.City;
import org.citygdp.core.engine.Column;
import org.citygdp.core.internal.Checks;
import org.citygdp.core.internal.TextTable;
import org.jspecify.annotations.Nullable;

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
  // highest tier first, as parallel lists: printing a pyramid then hashes no Tier, a record whose
  // first hashCode links ObjectMethods at a cost on a fresh JVM (issue #3)
  // Guava's lists only when asked for: printing a pyramid, a fresh JVM's first query, then loads
  // no Guava class (issue #11)
  private final Tier[] tiers;
  // each tier's members are a run of the year's GDP order (largest first), the cities without
  // GDP its tail: kept as ranges of that (cached, shared) order, read when asked
  private final List<City> cities;
  private final int[] order;
  private final int[] from; // per tier, highest first
  private final int[] to;
  private final int missingFrom;
  private volatile @Nullable ImmutableMap<Tier, ImmutableList<City>> asMap; // made on first use
  private volatile @Nullable ImmutableList<City> missingList; // made on first use

  private TierPyramid(int year, TierScheme scheme, Tier[] tiers, List<City> cities, int[] order,
      int[] from, int[] to, int missingFrom) {
    this.year = year;
    this.scheme = scheme;
    this.tiers = tiers;
    this.cities = cities;
    this.order = order;
    this.from = from;
    this.to = to;
    this.missingFrom = missingFrom;
  }

  static TierPyramid of(YearView view, TierScheme scheme) {
    // the year's GDP order, largest first, missing last: each tier's members are one run of it
    int[] order = view.slice.store.order(Metric.GDP.id(), view.year(), true);
    Column gdp = view.slice.column(Metric.GDP.id());
    int base = view.slice.base;
    List<Tier> tiers = scheme.tierList();
    int t = tiers.size();
    int[] from = new int[t];
    int[] to = new int[t];
    // the missing figures are the order's tail: found from the end, without reading the cities
    // between the lowest tier and it
    int present = order.length;
    if (gdp == null) {
      present = 0;
    } else {
      while (present > 0 && !gdp.has(base + order[present - 1])) {
        present--;
      }
      long floor = scheme.floor();
      for (int k = 0; k < present; k++) {
        long v = gdp.value(base + order[k]);
        if (v < floor) {
          break; // largest first: no city after this one is in any tier
        }
        int i = scheme.indexOf(v);
        if (i >= 0) {
          if (to[i] == 0) {
            from[i] = k;
          }
          to[i] = k + 1;
        }
      }
    }
    List<City> cities = view.catalog.cities;
    Tier[] descending = new Tier[t];
    int[] fromDescending = new int[t];
    int[] toDescending = new int[t];
    for (int i = t - 1; i >= 0; i--) {
      descending[t - 1 - i] = tiers.get(i);
      fromDescending[t - 1 - i] = from[i];
      toDescending[t - 1 - i] = Math.max(from[i], to[i]);
    }
    return new TierPyramid(view.year(), scheme, descending, cities, order, fromDescending,
        toDescending, present);
  }

  /** The cities at {@code lo}–{@code hi} (exclusive) of the order, in Guava's list. */
  private ImmutableList<City> run(int lo, int hi) {
    return run(cities, order, lo, hi);
  }

  private static ImmutableList<City> run(List<City> cities, int[] order, int lo, int hi) {
    if (lo >= hi) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<City> b = ImmutableList.builderWithExpectedSize(hi - lo);
    for (int k = lo; k < hi; k++) {
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
    ImmutableMap<Tier, ImmutableList<City>> map = asMap;
    if (map == null) {
      ImmutableMap.Builder<Tier, ImmutableList<City>> m = ImmutableMap.builder();
      for (int i = 0; i < tiers.length; i++) {
        m.put(tiers[i], run(from[i], to[i]));
      }
      map = m.buildOrThrow();
      asMap = map; // a race builds at most one more equal map
    }
    return map;
  }

  /** Tier label to number of members, highest tier first. */
  public ImmutableMap<String, Integer> counts() {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < tiers.length; i++) {
      b.put(tiers[i].label(), to[i] - from[i]);
    }
    return b.buildOrThrow();
  }

  public int count(String tierLabel) {
    Checks.notNull("tierLabel", tierLabel);
    int i = indexOf(tierLabel);
    return to[i] - from[i];
  }

  public ImmutableList<City> members(String tierLabel) {
    Checks.notNull("tierLabel", tierLabel);
    int i = indexOf(tierLabel);
    return run(from[i], to[i]);
  }

  /** The index of the tier with this label, highest first. */
  private int indexOf(String tierLabel) {
    Tier tier = scheme.tier(tierLabel);
    for (int i = 0; i < tiers.length; i++) {
      if (tiers[i].label().equals(tier.label())) {
        return i;
      }
    }
    throw new IllegalStateException("tier '" + tierLabel + "' of the scheme is not in the pyramid");
  }

  public ImmutableList<String> memberIds(String tierLabel) {
    Checks.notNull("tierLabel", tierLabel);
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    int i = indexOf(tierLabel);
    for (int k = from[i]; k < to[i]; k++) {
      ids.add(cities.get(order[k]).id());
    }
    return ids.build();
  }

  /** Cities in any tier. */
  public int total() {
    int total = 0;
    for (int i = 0; i < tiers.length; i++) {
      total += to[i] - from[i];
    }
    return total;
  }

  /** Cities with no GDP figure this year: in no tier, and not counted as below every tier. */
  public ImmutableList<City> missingGdp() {
    ImmutableList<City> l = missingList;
    if (l == null) {
      l = run(missingFrom, order.length);
      missingList = l;
    }
    return l;
  }

  /** How many cities without GDP {@link #toString()} names before it counts the rest. */
  static final int MISSING_SHOWN = 8;

  /** The tiers as a table: label, number of cities, members (English and Chinese names). */
  public Table table() {
    return new Table(caption(), textTable());
  }

  private String caption() {
    return "Tier pyramid " + year + " (" + scheme.name() + ", GDP at current prices)";
  }

  private TextTable textTable() {
    TextTable table = new TextTable(List.of("tier", "cities", "members"), false, true, false);
    // indexed loops, not lambdas, streams or iterators: printing the pyramid is the first query
    // of a fresh JVM (issue #3)
    for (int t = 0; t < tiers.length; t++) {
      StringBuilder names = new StringBuilder();
      for (int k = from[t]; k < to[t]; k++) {
        City c = cities.get(order[k]);
        names.append(k == from[t] ? "" : ", ").append(c.nameEn()).append(' ').append(c.nameZh());
      }
      table.row(List.of(tiers[t].label(), Integer.toString(to[t] - from[t]), names.toString()));
    }
    return table;
  }

  /** The caption, the aligned table (long member lists wrapped) and the cities without GDP. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(caption()).append('\n').append(textTable().render());
    int missing = order.length - missingFrom;
    if (missing > 0) {
      // a short list in full; a long one (the whole country's) by its first names and a count,
      // so that no line is wider than a terminal: missingGdp() has them all
      int shown = missing <= MISSING_SHOWN + 2 ? missing : MISSING_SHOWN;
      out.append("GDP missing: ");
      for (int i = 0; i < shown; i++) {
        out.append(i == 0 ? "" : ", ").append(cities.get(order[missingFrom + i]).nameEn());
      }
      if (shown < missing) {
        out.append(" and ").append(missing - shown).append(" more (missingGdp())");
      }
      out.append('\n');
    }
    return out.toString();
  }
}
