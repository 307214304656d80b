package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.math.LongMath;
import com.google.errorprone.annotations.CheckReturnValue;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citygdp.core.domain.City;
import org.citygdp.core.engine.Column;
import org.citygdp.core.engine.Int128;
import org.citygdp.core.internal.Checks;
import org.citygdp.core.internal.TextTable;
import org.citygdp.units.Percent;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.jspecify.annotations.Nullable;

/**
 * An ordered selection of cities in one year. Each step returns a new selection; a selection is
 * immutable, so a stored one can be reused and shared between threads.
 *
 * <pre>{@code
 * y.cities()
 *  .where(Metric.REAL_GROWTH.above(RealGrowth.of("6")))
 *  .orderByDescending(Metric.REAL_GROWTH)
 *  .names();                                   // [Tangshan, Hefei, ...]
 * y.cities().groupBy(Grouping.REGION);         // counts, GDP sums, weighted growth, shares
 * y.cluster(Cluster.GREATER_BAY_AREA).shareOfNationalGdp();
 * }</pre>
 *
 * <p>Ordering puts missing figures last and breaks ties by city id, so results are deterministic.
 */
@CheckReturnValue
public final class CitySelection {
  private final YearView view;
  // city indices in order, never mutated; for a selection made by where(), computed on first use
  // from the source selection and the condition (a benign race: every thread computes the same)
  private volatile int @Nullable [] resolved;
  // the number of leading entries of resolved that are the selection, or -1 for all of them: a
  // prefix of a cached order is kept without a copy until a method needs an exact array
  private final int length;
  private final @Nullable CitySelection source;
  private final @Nullable Condition condition;

  CitySelection(YearView view, int[] cities) {
    this(view, cities, -1);
  }

  /** The first {@code length} cities of {@code cities} (which is shared, never modified). */
  CitySelection(YearView view, int[] cities, int length) {
    this.view = view;
    this.resolved = cities;
    this.length = length;
    this.source = null;
    this.condition = null;
  }

  /** The cities of {@code source} that satisfy {@code condition}, found when first needed. */
  private CitySelection(YearView view, CitySelection source, Condition condition) {
    this.view = view;
    this.length = -1;
    this.source = source;
    this.condition = condition;
  }

  /** The city indices, in order: an exact array. */
  private int[] idx() {
    int[] r = held();
    if (length >= 0 && r.length != length) {
      r = Arrays.copyOf(r, length);
      resolved = r;
    }
    return r;
  }

  /** The array holding the city indices: its first {@link #size(int[])} entries. */
  private int[] held() {
    int[] r = resolved;
    if (r == null) {
      CitySelection src = java.util.Objects.requireNonNull(source);
      r = filter(src.idx(), java.util.Objects.requireNonNull(condition));
      resolved = r;
    }
    return r;
  }

  /** How many cities the selection holds, given {@code held()}. */
  private int size(int[] held) {
    return length >= 0 ? length : held.length;
  }

  private int[] filter(int[] in, Condition c) {
    int[] out = new int[in.length];
    int n = c.filter(view, in, in.length, out);
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  public int year() {
    return view.year();
  }

  public YearView yearView() {
    return view;
  }

  /** The cities that satisfy {@code condition}, in the current order. */
  public CitySelection where(Condition condition) {
    Checks.notNull("condition", condition);
    condition.check(view);
    // evaluated when first read: an order that follows is applied first, then the condition on
    // the ordered cities (which keeps their order), so no second pass re-orders the result
    return new CitySelection(view, this, condition);
  }

  /** Ordered by {@code metric}, smallest first; missing figures last, ties by id. */
  public CitySelection orderBy(Metric<?> metric) {
    return sorted(Checks.notNull("metric", metric), false);
  }

  /** Ordered by {@code metric}, largest first; missing figures last, ties by id. */
  public CitySelection orderByDescending(Metric<?> metric) {
    return sorted(Checks.notNull("metric", metric), true);
  }

  private CitySelection sorted(Metric<?> metric, boolean descending) {
    CitySelection src = source;
    Condition cond = condition;
    if (src != null && cond != null) {
      // order the source, then filter it: a condition keeps the order it is given
      int[] ordered = src.sorted(metric, descending).idx();
      int k = cond.passingPrefix(view, ordered, metric.id(), descending);
      return k >= 0 ? new CitySelection(view, ordered, k)
          : new CitySelection(view, filter(ordered, cond));
    }
    int[] cities = idx();
    // the whole year's order is computed once per view and reused: no per-query re-sort
    int[] full = view.slice.store.order(metric.id(), view.year(), descending);
    if (cities.length == full.length) {
      return new CitySelection(view, full);
    }
    boolean[] member = new boolean[full.length];
    for (int c : cities) {
      member[c] = true;
    }
    int[] out = new int[cities.length];
    int n = 0;
    for (int c : full) {
      if (member[c]) {
        out[n++] = c;
      }
    }
    return new CitySelection(view, out);
  }

  /** The first {@code n} cities in the current order (all of them if fewer). */
  public CitySelection top(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n '" + n + "' must not be negative");
    }
    int[] cities = idx();
    return new CitySelection(view, Arrays.copyOf(cities, Math.min(n, cities.length)));
  }

  /** Groups these cities by region, province, cluster, rank or tier, with totals per group. */
  public GroupTable groupBy(Grouping grouping) {
    return GroupTable.of(this, Checks.notNull("grouping", grouping));
  }

  // ---- terminal operations ----

  public int count() {
    return size(held());
  }

  public boolean isEmpty() {
    return count() == 0;
  }

  public boolean contains(String cityId) {
    Checks.notNull("cityId", cityId);
    int i = view.dataset().cityIndex(cityId);
    for (int c : idx()) {
      if (c == i) {
        return true;
      }
    }
    return false;
  }

  /** City ids in order. */
  public ImmutableList<String> ids() {
    int[] cities = held();
    int n = size(cities);
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      b.add(view.catalog.id(cities[i]));
    }
    return b.build();
  }

  /** English names in order. */
  public ImmutableList<String> names() {
    int[] cities = held();
    int n = size(cities);
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      b.add(city(cities[i]).nameEn());
    }
    return b.build();
  }

  public ImmutableList<City> cities() {
    int[] cities = held();
    int n = size(cities);
    ImmutableList.Builder<City> b = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      b.add(city(cities[i]));
    }
    return b.build();
  }

  /** Each city's figures this year, in order. */
  public ImmutableList<YearlyStats> stats() {
    int[] cities = idx();
    ImmutableList.Builder<YearlyStats> b = ImmutableList.builderWithExpectedSize(cities.length);
    for (int c : cities) {
      b.add(new YearlyStats(view, c));
    }
    return b.build();
  }

  /** City id to value, in order, for the cities that have the figure. */
  public <V extends Comparable<? super V>> ImmutableMap<String, V> values(Metric<V> metric) {
    Checks.notNull("metric", metric);
    Column c = view.slice.column(metric.id());
    ImmutableMap.Builder<String, V> b = ImmutableMap.builder();
    if (c != null) {
      int base = view.slice.base;
      for (int i : idx()) {
        if (c.has(base + i)) {
          b.put(city(i).id(), metric.decode(c.value(base + i)));
        }
      }
    }
    return b.buildOrThrow();
  }

  /** The sum of an amount over these cities, with the cities that lack it. */
  public Aggregate<Yuan> sum(Metric<Yuan> metric) {
    Checks.notNull("metric", metric);
    Column c = view.slice.column(metric.id());
    int base = view.slice.base;
    long total = 0;
    int counted = 0;
    List<String> missing = new ArrayList<>();
    for (int i : idx()) {
      if (c != null && c.has(base + i)) {
        total = Math.addExact(total, c.value(base + i));
        counted++;
      } else {
        missing.add(city(i).id());
      }
    }
    return new Aggregate<>(counted == 0 ? null : Yuan.ofYuan(total), counted,
        ImmutableList.copyOf(missing));
  }

  /**
   * GDP-weighted average of real growth: Σ(growth × GDP) / Σ GDP over the cities that have both,
   * weighted by this year's nominal GDP, rounded half-even to {@value Percent#SCALE} decimals.
   * Cities lacking either figure are listed as missing.
   */
  public Aggregate<RealGrowth> weightedGrowth() {
    Column g = view.slice.column(Metric.REAL_GROWTH.id());
    Column w = view.slice.column(Metric.GDP.id());
    int base = view.slice.base;
    long hi = 0;
    long lo = 0;
    long weights = 0;
    int counted = 0;
    List<String> missing = new ArrayList<>();
    for (int i : idx()) {
      int r = base + i;
      if (g != null && w != null && g.has(r) && w.has(r)) {
        long a = g.value(r);
        long b = w.value(r);
        long pLo = a * b;
        long pHi = Math.multiplyHigh(a, b);
        long sum = lo + pLo;
        hi += pHi + (Long.compareUnsigned(sum, lo) < 0 ? 1 : 0);
        lo = sum;
        weights = Math.addExact(weights, b);
        counted++;
      } else {
        missing.add(city(i).id());
      }
    }
    RealGrowth value = weightedAverage(hi, lo, weights, counted);
    return new Aggregate<>(value, counted, ImmutableList.copyOf(missing));
  }

  /** Σ(growth × GDP), held in 128 bits as (hi, lo), over Σ GDP, rounded half-even. */
  static @Nullable RealGrowth weightedAverage(long hi, long lo, long weights, int counted) {
    if (counted == 0 || weights == 0) {
      return null;
    }
    return RealGrowth.of(Percent.ofUnscaled(Int128.divideHalfEven(hi, lo, weights)));
  }

  /**
   * These cities' GDP as a share of the national GDP of the year, rounded half-even to
   * {@value Percent#SCALE} decimals; empty value if the view has no national GDP for the year.
   */
  public Aggregate<Percent> shareOfNationalGdp() {
    return shareOf(sum(Metric.GDP), view.nationalGdpOrNull());
  }

  static Aggregate<Percent> shareOf(Aggregate<Yuan> sum, @Nullable Yuan national) {
    Yuan part = sum.valueOrNull();
    return sum.withValue(part == null || national == null || national.isZero() ? null
        : percentOf(part, national));
  }

  private static final long PERCENT_FACTOR = LongMath.pow(10, 2 + Percent.SCALE);

  /** {@code part.percentOf(whole, HALF_EVEN)}, in 128-bit arithmetic when {@code whole > 0}. */
  static Percent percentOf(Yuan part, Yuan whole) {
    return Percent.ofUnscaled(percentOfUnscaled(part.toYuan(), whole.toYuan()));
  }

  /** {@link #percentOf} in yuan, as unscaled percent; {@code whole} must not be 0. */
  static long percentOfUnscaled(long part, long whole) {
    if (whole <= 0) {
      return Yuan.ofYuan(part).percentOf(Yuan.ofYuan(whole), RoundingMode.HALF_EVEN)
          .unscaledValue();
    }
    return Int128.divideHalfEven(Math.multiplyHigh(part, PERCENT_FACTOR), part * PERCENT_FACTOR,
        whole);
  }

  /**
   * These cities ranked by {@code metric}, largest first, each with its place among them: ties
   * share a place and the places after them are skipped (see {@link Rank}); cities without the
   * figure are not ranked and not listed. Rank within a province:
   * {@code y.cities().where(Condition.inProvince("Jiangsu")).ranks(Metric.GDP)}, or {@link
   * YearView#provinceRank}.
   */
  public ImmutableList<Rank> ranks(Metric<?> metric) {
    Checks.notNull("metric", metric);
    return ranks(metric, "among " + idx().length + " selected cities");
  }

  /** {@link #ranks(Metric)} with {@code among} describing the cities ranked. */
  ImmutableList<Rank> ranks(Metric<?> metric, String among) {
    Column c = view.slice.column(metric.id());
    if (c == null) {
      return ImmutableList.of();
    }
    int[] order = sorted(metric, true).idx(); // missing figures last
    int base = view.slice.base;
    int n = 0;
    while (n < order.length && c.has(base + order[n])) {
      n++;
    }
    ImmutableList.Builder<Rank> out = ImmutableList.builderWithExpectedSize(n);
    int position = 0;
    for (int i = 0; i < n; i++) {
      long v = c.value(base + order[i]);
      boolean sameAsPrevious = i > 0 && c.value(base + order[i - 1]) == v;
      boolean sameAsNext = i + 1 < n && c.value(base + order[i + 1]) == v;
      position = sameAsPrevious ? position : i + 1;
      out.add(new Rank(city(order[i]), metric, view.year(), position, n,
          sameAsPrevious || sameAsNext, among));
    }
    return out.build();
  }

  /**
   * A table of these cities, in this selection's order, with the given columns (default: GDP and
   * real growth); amounts in 亿元, rates in percent, the unit in each header. Prints aligned.
   */
  public Table table(Metric<?>... columns) {
    Checks.notNullElements("columns", columns);
    List<Metric<?>> cols = columns.length == 0
        ? List.of(Metric.GDP, Metric.REAL_GROWTH) : Arrays.asList(columns);
    List<String> headers = new ArrayList<>(List.of("#", "id", "city", "城市"));
    boolean[] right = new boolean[4 + cols.size()];
    right[0] = true;
    for (int k = 0; k < cols.size(); k++) {
      headers.add(cols.get(k).formatHeader());
      right[4 + k] = true;
    }
    TextTable t = new TextTable(headers, right);
    int base = view.slice.base;
    int rank = 1;
    for (int i : idx()) {
      City city = city(i);
      List<String> row = new ArrayList<>(List.of(Integer.toString(rank++), city.id(),
          city.nameEn(), city.nameZh()));
      for (Metric<?> m : cols) {
        Column c = view.slice.column(m.id());
        row.add(c != null && c.has(base + i) ? m.format(c.value(base + i)) : "—");
      }
      t.row(row);
    }
    int n = idx().length;
    return new Table(n + (n == 1 ? " city in " : " cities in ") + view.year(), t);
  }

  int[] indices() {
    return idx();
  }

  private City city(int index) {
    return view.catalog.cities.get(index);
  }

  @Override
  public String toString() {
    return table().toString();
  }
}
