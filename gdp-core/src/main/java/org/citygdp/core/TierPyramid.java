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
  private final ImmutableList<Tier> tiers;
  private final ImmutableList<ImmutableList<City>> members;
  private final ImmutableList<City> missingGdp;
  private volatile @Nullable ImmutableMap<Tier, ImmutableList<City>> asMap; // made on first use

  private TierPyramid(int year, TierScheme scheme, ImmutableList<Tier> tiers,
      ImmutableList<ImmutableList<City>> members, ImmutableList<City> missingGdp) {
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
    List<Tier> tiers = scheme.tiers();
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
    ImmutableList.Builder<Tier> descending = ImmutableList.builderWithExpectedSize(t);
    ImmutableList.Builder<ImmutableList<City>> m = ImmutableList.builderWithExpectedSize(t);
    for (int i = t - 1; i >= 0; i--) {
      descending.add(tiers.get(i));
      m.add(run(cities, order, from[i], to[i]));
    }
    return new TierPyramid(view.year(), scheme, descending.build(), m.build(),
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
    ImmutableMap<Tier, ImmutableList<City>> map = asMap;
    if (map == null) {
      ImmutableMap.Builder<Tier, ImmutableList<City>> m = ImmutableMap.builder();
      for (int i = 0; i < tiers.size(); i++) {
        m.put(tiers.get(i), members.get(i));
      }
      map = m.buildOrThrow();
      asMap = map; // a race builds at most one more equal map
    }
    return map;
  }

  /** Tier label to number of members, highest tier first. */
  public ImmutableMap<String, Integer> counts() {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < tiers.size(); i++) {
      b.put(tiers.get(i).label(), members.get(i).size());
    }
    return b.buildOrThrow();
  }

  public int count(String tierLabel) {
    Checks.notNull("tierLabel", tierLabel);
    return members(tierLabel).size();
  }

  public ImmutableList<City> members(String tierLabel) {
    Checks.notNull("tierLabel", tierLabel);
    Tier tier = scheme.tier(tierLabel);
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).label().equals(tier.label())) {
        return members.get(i);
      }
    }
    throw new IllegalStateException("tier '" + tierLabel + "' of the scheme is not in the pyramid");
  }

  public ImmutableList<String> memberIds(String tierLabel) {
    Checks.notNull("tierLabel", tierLabel);
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (City c : members(tierLabel)) {
      ids.add(c.id());
    }
    return ids.build();
  }

  /** Cities in any tier. */
  public int total() {
    int total = 0;
    for (int i = 0; i < members.size(); i++) {
      total += members.get(i).size();
    }
    return total;
  }

  /** Cities with no GDP figure this year: in no tier, and not counted as below every tier. */
  public ImmutableList<City> missingGdp() {
    return missingGdp;
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
    for (int t = 0; t < tiers.size(); t++) {
      ImmutableList<City> list = members.get(t);
      StringBuilder names = new StringBuilder();
      for (int i = 0; i < list.size(); i++) {
        names.append(i == 0 ? "" : ", ").append(list.get(i).nameEn()).append(' ')
            .append(list.get(i).nameZh());
      }
      table.row(List.of(tiers.get(t).label(), Integer.toString(list.size()), names.toString()));
    }
    return table;
  }

  /** The caption, the aligned table (long member lists wrapped) and the cities without GDP. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(caption()).append('\n').append(textTable().render());
    if (!missingGdp.isEmpty()) {
      // a short list in full; a long one (the whole country's) by its first names and a count,
      // so that no line is wider than a terminal: missingGdp() has them all
      int shown = missingGdp.size() <= MISSING_SHOWN + 2 ? missingGdp.size() : MISSING_SHOWN;
      out.append("GDP missing: ");
      for (int i = 0; i < shown; i++) {
        out.append(i == 0 ? "" : ", ").append(missingGdp.get(i).nameEn());
      }
      if (shown < missingGdp.size()) {
        out.append(" and ").append(missingGdp.size() - shown).append(" more (missingGdp())");
      }
      out.append('\n');
    }
    return out.toString();
  }
}
