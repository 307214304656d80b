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
  // arrays, and Guava's lists only when asked for: printing a pyramid, a fresh JVM's first query,
  // then loads no Guava class (issue #11)
  private final Tier[] tiers;
  private final City[][] members;
  private final City[] missingGdp;
  private volatile @Nullable ImmutableMap<Tier, ImmutableList<City>> asMap; // made on first use
  private volatile @Nullable ImmutableList<City> missingList; // made on first use

  private TierPyramid(int year, TierScheme scheme, Tier[] tiers, City[][] members,
      City[] missingGdp) {
    this.year = year;
    this.scheme = scheme;
    this.tiers = tiers;
    this.members = members;
    this.missingGdp = missingGdp;
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
    City[][] m = new City[t][];
    for (int i = t - 1; i >= 0; i--) {
      descending[t - 1 - i] = tiers.get(i);
      m[t - 1 - i] = run(cities, order, from[i], to[i]);
    }
    return new TierPyramid(view.year(), scheme, descending, m,
        run(cities, order, present, order.length));
  }

  private static final City[] NONE = new City[0];

  private static City[] run(List<City> cities, int[] order, int from, int to) {
    if (from >= to) {
      return NONE;
    }
    City[] run = new City[to - from];
    for (int k = from; k < to; k++) {
      run[k - from] = cities.get(order[k]);
    }
    return run;
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
        m.put(tiers[i], ImmutableList.copyOf(members[i]));
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
      b.put(tiers[i].label(), members[i].length);
    }
    return b.buildOrThrow();
  }

  public int count(String tierLabel) {
    Checks.notNull("tierLabel", tierLabel);
    return members[indexOf(tierLabel)].length;
  }

  public ImmutableList<City> members(String tierLabel) {
    Checks.notNull("tierLabel", tierLabel);
    return ImmutableList.copyOf(members[indexOf(tierLabel)]);
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
    for (City c : members[indexOf(tierLabel)]) {
      ids.add(c.id());
    }
    return ids.build();
  }

  /** Cities in any tier. */
  public int total() {
    int total = 0;
    for (City[] m : members) {
      total += m.length;
    }
    return total;
  }

  /** Cities with no GDP figure this year: in no tier, and not counted as below every tier. */
  public ImmutableList<City> missingGdp() {
    ImmutableList<City> l = missingList;
    if (l == null) {
      l = ImmutableList.copyOf(missingGdp);
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
      City[] list = members[t];
      StringBuilder names = new StringBuilder();
      for (int i = 0; i < list.length; i++) {
        names.append(i == 0 ? "" : ", ").append(list[i].nameEn()).append(' ')
            .append(list[i].nameZh());
      }
      table.row(List.of(tiers[t].label(), Integer.toString(list.length), names.toString()));
    }
    return table;
  }

  /** The caption, the aligned table (long member lists wrapped) and the cities without GDP. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(caption()).append('\n').append(textTable().render());
    if (missingGdp.length > 0) {
      // a short list in full; a long one (the whole country's) by its first names and a count,
      // so that no line is wider than a terminal: missingGdp() has them all
      int shown = missingGdp.length <= MISSING_SHOWN + 2 ? missingGdp.length : MISSING_SHOWN;
      out.append("GDP missing: ");
      for (int i = 0; i < shown; i++) {
        out.append(i == 0 ? "" : ", ").append(missingGdp[i].nameEn());
      }
      if (shown < missingGdp.length) {
        out.append(" and ").append(missingGdp.length - shown).append(" more (missingGdp())");
      }
      out.append('\n');
    }
    return out.toString();
  }
}
