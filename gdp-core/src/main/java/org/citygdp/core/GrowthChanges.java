package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.citygdp.core.domain.City;
import org.citygdp.core.engine.Column;
import org.citygdp.core.engine.IntSort;
import org.citygdp.core.internal.TextTable;
import org.citygdp.units.Percent;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.RealGrowth;
import org.jspecify.annotations.Nullable;

/**
 * Changes in real growth between two years, largest rise first, cities with a missing figure
 * last (ties by id), or in the cities' own order after {@link #inCityOrder()}. Printable as a
 * table. Held in primitive columns: {@link #rows()} builds the row objects on demand, and the
 * positional accessors ({@link #id(int)}, {@link #city(int)}, {@link #change(int)}, ...) read one
 * row without building any.
 *
 * <pre>{@code
 * GrowthChanges ch = dataset.compare(2025, 2024).growthChanges(y.members(Threshold.TRILLION_CLUB));
 * ch.keptOrRaised().size();   // growth this year >= growth last year
 * ch.slowed().rows();
 * ch.id(0) + " " + ch.change(0);   // the largest rise
 *
 * // every city, in the dataset's order, read row by row without row objects
 * GrowthChanges all = dataset.compare(2025, 2024).growthChanges().inCityOrder();
 * for (int i = 0; i < all.size(); i++) {
 *   String id = all.id(i);
 *   PercentagePoints change = all.changeOrNull(i);   // null: a year's growth is missing
 * }
 * }</pre>
 */
public final class GrowthChanges {
  // a row's flags: whether each year's growth is present; only BOTH (a change) is read, the
  // rows themselves read the growth columns
  private static final byte EARLIER = 1;
  private static final byte LATER = 2;
  private static final byte BOTH = EARLIER | LATER;

  private interface DeltaTest {
    boolean test(long delta);
  }

  /**
   * The changes in parallel arrays, in the order of the cities asked about; never modified after
   * construction. The change (later - earlier) is kept where both years are present.
   */
  private static final class Changes {
    final long[] delta; // in units of scale
    final long scale;
    final byte[] present;

    Changes(long[] delta, long scale, byte[] present) {
      this.delta = delta;
      this.scale = scale;
      this.present = present;
    }
  }

  private final YearView later;
  private final YearView earlier;
  private final int[] cities; // the cities asked about, in their order
  // the growth columns of both years (null: no growth that year) and the rows where they start:
  // a row read by position reads them directly, with no pass over every city first
  private final @Nullable Column ce;
  private final @Nullable Column cl;
  private final int be;
  private final int bl;
  // both years' growth in tenths of a percent (as published; null otherwise): their units and
  // presence bits, read straight by changeOrNull
  private final int @Nullable [] tenthsE;
  private final int @Nullable [] tenthsL;
  private final long[] presentE;
  private final long[] presentL;
  // true: the rows are in the order of the cities asked about, and no sort is needed
  private final boolean cityOrder;
  // true: in city order, and the cities asked about are every city: row i is city i
  private final boolean identity;
  // computed on first use: by the sort, the filters and the row objects
  private volatile @Nullable Changes changes;
  private volatile @Nullable ImmutableList<GrowthChange> rows;
  private volatile int @Nullable [] sorted; // positions in result order

  private GrowthChanges(YearView later, YearView earlier, int[] cities,
      @Nullable Changes changes, boolean cityOrder) {
    this.later = later;
    this.earlier = earlier;
    this.cities = cities;
    this.ce = earlier.slice.column(Metric.REAL_GROWTH.id());
    this.cl = later.slice.column(Metric.REAL_GROWTH.id());
    this.be = earlier.slice.base;
    this.bl = later.slice.base;
    Column e = ce;
    Column l = cl;
    boolean tenths = e != null && l != null && e.units != null && l.units != null
        && e.scale == TENTH && l.scale == TENTH;
    this.tenthsE = tenths && e != null ? e.units : null;
    this.tenthsL = tenths && l != null ? l.units : null;
    this.presentE = e != null ? e.present : NONE;
    this.presentL = l != null ? l.present : NONE;
    this.changes = changes;
    this.cityOrder = cityOrder;
    this.identity = cityOrder && later.slice.store.isEveryCity(cities);
  }

  static GrowthChanges of(YearView later, YearView earlier, int[] among) {
    return new GrowthChanges(later, earlier, among, null, false);
  }

  private Changes changes() {
    Changes c = changes;
    if (c == null) {
      c = compute(later, earlier, cities);
      changes = c;
    }
    return c;
  }

  private static Changes compute(YearView later, YearView earlier, int[] among) {
    int n = among.length;
    long[] d = new long[n];
    byte[] p = new byte[n];
    Column ce = earlier.slice.column(Metric.REAL_GROWTH.id());
    Column cl = later.slice.column(Metric.REAL_GROWTH.id());
    // two decimal-scaled columns of one scale: the changes are kept in their units
    boolean scaled = ce != null && cl != null && ce.units != null && cl.units != null
        && ce.scale == cl.scale;
    if (scaled && ce != null && cl != null) {
      changesScaled(among, later.slice.store.isEveryCity(among), ce.present,
          java.util.Objects.requireNonNull(ce.units), earlier.slice.base, cl.present,
          java.util.Objects.requireNonNull(cl.units), later.slice.base, d, p);
    } else if (ce != null && cl != null) {
      changes(among, ce, earlier.slice.base, cl, later.slice.base, d, p);
    }
    // a year without any growth figure: no city has a change, and every flag stays 0
    return new Changes(d, scaled ? java.util.Objects.requireNonNull(ce).scale : 1, p);
  }

  /** One tight loop: presence flags and, where both years are present, the change. */
  private static void changes(int[] among, Column ce, int be, Column cl, int bl, long[] d,
      byte[] p) {
    for (int i = 0; i < among.length; i++) {
      int c = among[i];
      boolean he = ce.has(be + c);
      boolean hl = cl.has(bl + c);
      if (he && hl) {
        d[i] = cl.value(bl + c) - ce.value(be + c);
        p[i] = BOTH;
      }
    }
  }

  /**
   * {@link #changes} for two columns stored in units of the same scale, the changes in those
   * units; a change is defined only where both years are present.
   */
  private static void changesScaled(int[] among, boolean everyCity, long[] pe, int[] ue, int be,
      long[] pl, int[] ul, int bl, long[] d, byte[] p) {
    if (everyCity) {
      // every city in index order: no indirection and no branches; the presence bits of 64
      // cities at a time are lined up in two registers first
      int n = among.length;
      for (int c0 = 0; c0 < n; c0 += 64) {
        long bitsE = bits64(pe, be + c0);
        long bitsL = bits64(pl, bl + c0);
        int end = Math.min(n, c0 + 64);
        for (int c = c0; c < end; c++) {
          long he = (bitsE >>> c) & 1; // shifts use the low 6 bits: c - c0 == c mod 64
          long hl = (bitsL >>> c) & 1;
          p[c] = (byte) (he | hl << 1); // EARLIER = 1, LATER = 2
          d[c] = (long) ul[bl + c] - ue[be + c];
        }
      }
      return;
    }
    for (int i = 0; i < among.length; i++) {
      int re = be + among[i];
      int rl = bl + among[i];
      boolean he = (pe[re >>> 6] & (1L << re)) != 0;
      boolean hl = (pl[rl >>> 6] & (1L << rl)) != 0;
      if (he && hl) {
        d[i] = (long) ul[rl] - ue[re];
        p[i] = BOTH;
      }
    }
  }

  /** The 64 bits of {@code bits} from bit {@code from} on (zeros past the end). */
  private static long bits64(long[] bits, int from) {
    int w = from >>> 6;
    int shift = from & 63;
    long low = bits[w] >>> shift;
    return shift == 0 || w + 1 >= bits.length ? low : low | bits[w + 1] << (64 - shift);
  }

  private static final long LIMIT = 1L << 29;

  /**
   * Positions of {@code among} sorted by change (largest first), missing last, ties by city index.
   * Sorts packed primitive keys when every change is below 2^29 units (53,687 pp), else falls back
   * to a comparator sort.
   */
  private static int[] order(int[] among, long[] delta, byte[] p, int cityCount) {
    int n = among.length;
    int[] counted = countingOrder(among, delta, p);
    if (counted != null) {
      return counted;
    }
    long[] keys = new long[n];
    boolean packable = true;
    for (int i = 0; i < n && packable; i++) {
      if (p[i] == BOTH) {
        long d = delta[i];
        packable = d > -LIMIT && d < LIMIT;
        keys[i] = ((LIMIT - d) << 32) | among[i];
      } else {
        keys[i] = ((2 * LIMIT + 1) << 32) | among[i];
      }
    }
    int[] perm = new int[n];
    if (packable) {
      int[] position = new int[cityCount];
      for (int i = 0; i < n; i++) {
        position[among[i]] = i;
      }
      java.util.Arrays.sort(keys);
      for (int i = 0; i < n; i++) {
        perm[i] = position[(int) keys[i]];
      }
      return perm;
    }
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    IntSort.sort(perm, (a, b) -> {
      boolean ka = p[a] == BOTH;
      boolean kb = p[b] == BOTH;
      if (ka != kb) {
        return ka ? -1 : 1;
      }
      if (ka) {
        int r = Long.compare(delta[b], delta[a]);
        if (r != 0) {
          return r;
        }
      }
      return Integer.compare(among[a], among[b]);
    });
    return perm;
  }

  /**
   * {@link #order} by counting, in O(n + range), when the cities are in index order (so a stable
   * order breaks ties by city index) and the changes span at most {@code 4n + 1024} units (growth
   * published to 0.1% spans a few hundred); else null.
   */
  private static int @Nullable [] countingOrder(int[] among, long[] delta, byte[] p) {
    int n = among.length;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      if (i > 0 && among[i] <= among[i - 1]) {
        return null;
      }
      if (p[i] == BOTH) {
        min = Math.min(min, delta[i]);
        max = Math.max(max, delta[i]);
      }
    }
    long span = min > max ? -1 : max - min; // negative if it overflowed
    if (min <= max && (span < 0 || span >= 4L * n + 1024)) {
      return null;
    }
    long range = span + 1;
    int missing = (int) range; // the bucket after every change: missing last
    int[] start = new int[missing + 2];
    for (int i = 0; i < n; i++) {
      start[(p[i] == BOTH ? (int) (max - delta[i]) : missing) + 1]++;
    }
    for (int b = 1; b < start.length; b++) {
      start[b] += start[b - 1];
    }
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[start[p[i] == BOTH ? (int) (max - delta[i]) : missing]++] = i;
    }
    return perm;
  }

  /**
   * The positions in the columns of the rows in result order, sorted on first use; null when the
   * result order is the cities' own ({@link #inCityOrder()}), with nothing to sort.
   */
  private int @Nullable [] resultOrder() {
    if (cityOrder) {
      return null;
    }
    int[] s = sorted;
    if (s == null) {
      Changes ch = changes();
      s = order(cities, ch.delta, ch.present, later.slice.cityCount());
      sorted = s;
    }
    return s;
  }

  /** The city (its index in the dataset) of row {@code i} of the result order. */
  private int cityAt(int i) {
    if (identity) { // row i is city i: no lookups, and the JIT can check a loop's bounds once
      return java.util.Objects.checkIndex(i, cities.length);
    }
    return cities[position(i)];
  }

  /** The position in the columns of row {@code i} of the result order. */
  private int position(int i) {
    java.util.Objects.checkIndex(i, cities.length);
    int @Nullable [] s = resultOrder();
    return s == null ? i : s[i];
  }

  /**
   * The same rows in the order of the cities asked about: the dataset's city order for
   * {@link Comparison#growthChanges()}, the selection's order otherwise. Reading every row this
   * way skips the sort by change. Filters of the result ({@link #slowed()}, ...) keep this order.
   */
  public GrowthChanges inCityOrder() {
    return cityOrder ? this
        : new GrowthChanges(later, earlier, cities, changes, true);
  }

  /**
   * The city of row {@code i} (0-based, in this result's order).
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
   */
  public City city(int i) {
    return later.catalog.cities.get(cityAt(i));
  }

  /**
   * The id of the city of row {@code i}; {@code city(i).id()} without reading the city.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
   */
  public String id(int i) {
    return later.catalog.id(cityAt(i));
  }

  /**
   * Whether row {@code i} has a change: its growth is published in both years.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
   */
  public boolean hasChange(int i) {
    int c = cityAt(i);
    Column e = ce;
    Column l = cl;
    return e != null && l != null && both(be + c, bl + c) != 0;
  }

  /**
   * 1 if growth is present in both rows (earlier row {@code re}, later row {@code rl}), else 0:
   * both presence bits in one expression, no branch. Both columns must exist.
   */
  private long both(int re, int rl) {
    return (presentE[re >>> 6] >>> re) & (presentL[rl >>> 6] >>> rl) & 1L;
  }

  /**
   * The change of row {@code i}, {@code later - earlier} in percentage points, if both years'
   * growth is published; the same value as {@code rows().get(i).change()}.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
   */
  public Optional<PercentagePoints> change(int i) {
    return Optional.ofNullable(changeOrNull(i));
  }

  /**
   * {@link #change(int)} without the {@code Optional}: the change of row {@code i}, or null if
   * either year's growth is missing. For loops over many rows (no object per row: changes
   * published to 0.1 pp within ±50 pp are shared values), and for Kotlin, where it reads as
   * {@code PercentagePoints?}.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
   */
  public @Nullable PercentagePoints changeOrNull(int i) {
    int c = cityAt(i);
    int re = be + c;
    int rl = bl + c;
    int[] ue = tenthsE;
    int[] ul = tenthsL;
    if (ue != null && ul != null) {
      // both years in tenths of a percent (how growth is published): one table lookup, with no
      // branch on presence. The slot is computed whether or not both figures are there, and a
      // missing one turns it into slot 0, which holds null
      long both = both(re, rl);
      long slot = (long) ul[rl] - ue[re] + NEAR_OFFSET;
      if (slot > 0 && slot < NEAR.length) {
        return NEAR[(int) (slot * both)];
      }
      return both == 0 ? null : PercentagePoints.ofTenths(slot - NEAR_OFFSET);
    }
    Column e = ce;
    Column l = cl;
    if (e == null || l == null || both(re, rl) == 0) {
      return null;
    }
    return PercentagePoints.ofUnscaled(l.value(rl) - e.value(re));
  }

  private static final long[] NONE = new long[0];

  // the changes within +-50 points in tenths, at slot tenths + NEAR_OFFSET; slot 0 is null (no
  // change). Made with the class: 1,001 shared instances, the ones ofTenths returns
  private static final int NEAR_OFFSET = 501;
  private static final @Nullable PercentagePoints[] NEAR = near();

  private static @Nullable PercentagePoints[] near() {
    @Nullable PercentagePoints[] t = new PercentagePoints[2 * NEAR_OFFSET];
    for (int s = 1; s < t.length; s++) {
      t[s] = PercentagePoints.ofTenths(s - NEAR_OFFSET);
    }
    return t;
  }

  /** A column unit of a tenth of a percent, in ten-thousandths of a percent. */
  private static final long TENTH = 1000;

  /**
   * The earlier year's real growth of row {@code i}, if published.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
   */
  public Optional<RealGrowth> earlierGrowth(int i) {
    return growth(ce, be + cityAt(i));
  }

  /**
   * The later year's real growth of row {@code i}, if published.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
   */
  public Optional<RealGrowth> laterGrowth(int i) {
    return growth(cl, bl + cityAt(i));
  }

  private static Optional<RealGrowth> growth(@Nullable Column c, int row) {
    return c == null || !c.has(row) ? Optional.empty()
        : Optional.of(RealGrowth.of(Percent.ofUnscaled(c.value(row))));
  }

  /** The rows, largest rise first, missing last. */
  public ImmutableList<GrowthChange> rows() {
    ImmutableList<GrowthChange> r = rows;
    if (r == null) {
      ImmutableList.Builder<GrowthChange> b = ImmutableList.builderWithExpectedSize(cities.length);
      List<City> all = later.catalog.cities;
      Column e = ce;
      Column l = cl;
      RealGrowth[] shared = new RealGrowth[SHARED];
      int n = cities.length;
      int @Nullable [] s = resultOrder();
      for (int k = 0; k < n; k++) {
        int c = cities[s == null ? k : s[k]];
        b.add(new GrowthChange(all.get(c),
            e != null && e.has(be + c) ? growth(e.value(be + c), shared) : null,
            l != null && l.has(bl + c) ? growth(l.value(bl + c), shared) : null));
      }
      r = b.build();
      rows = r;
    }
    return r;
  }

  /** Slots of the per-call cache of growth values (a power of two). */
  private static final int SHARED = 256;

  /**
   * The growth of a raw value; rows with equal growth share one immutable value through the
   * direct-mapped cache {@code shared} (growth is published to 0.1%, so a year has a few hundred
   * distinct values): about one object per row instead of five (issue #11).
   */
  private static RealGrowth growth(long raw, @Nullable RealGrowth[] shared) {
    int slot = (int) (raw ^ (raw >>> 32)) * 0x9E3779B9 >>> 24;
    RealGrowth g = shared[slot];
    if (g == null || g.rate().unscaledValue() != raw) {
      g = RealGrowth.of(Percent.ofUnscaled(raw));
      shared[slot] = g;
    }
    return g;
  }

  public int size() {
    return cities.length;
  }

  /** The earlier year of the comparison: the growth each change starts from. */
  public int earlierYear() {
    return earlier.year();
  }

  /** The later year of the comparison: the growth each change ends at. */
  public int laterYear() {
    return later.year();
  }

  /** Cities whose growth did not fall (change ≥ 0 pp). */
  public GrowthChanges keptOrRaised() {
    return filter(d -> d >= 0);
  }

  /** Cities whose growth rose (change > 0 pp). */
  public GrowthChanges raised() {
    return filter(d -> d > 0);
  }

  /** Cities whose growth fell (change {@code < 0} pp). */
  public GrowthChanges slowed() {
    return filter(d -> d < 0);
  }

  /** Cities for which either year's growth is missing. */
  public GrowthChanges unknown() {
    byte[] present = changes().present;
    return select(i -> present[i] != BOTH);
  }

  /**
   * Cities whose growth is present in both years, so that every row has a change; the
   * complement of {@link #unknown()}.
   */
  public GrowthChanges known() {
    byte[] present = changes().present;
    return select(i -> present[i] == BOTH);
  }

  private GrowthChanges filter(DeltaTest test) {
    Changes ch = changes();
    byte[] present = ch.present;
    long[] delta = ch.delta;
    long scale = ch.scale;
    return select(i -> present[i] == BOTH && test.test(delta[i] * scale));
  }

  private interface IndexTest {
    boolean test(int i);
  }

  private GrowthChanges select(IndexTest keep) {
    int n = 0;
    int[] idx = new int[cities.length];
    int @Nullable [] s = resultOrder();
    for (int k = 0; k < cities.length; k++) {
      int i = s == null ? k : s[k];
      if (keep.test(i)) {
        idx[n++] = i;
      }
    }
    Changes ch = changes();
    int[] cs = new int[n];
    long[] ds = new long[n];
    byte[] ps = new byte[n];
    for (int k = 0; k < n; k++) {
      cs[k] = cities[idx[k]];
      ds[k] = ch.delta[idx[k]];
      ps[k] = ch.present[idx[k]];
    }
    return new GrowthChanges(later, earlier, cs, new Changes(ds, ch.scale, ps), cityOrder);
  }

  /** City ids in order. */
  public ImmutableList<String> ids() {
    int n = cities.length;
    String[] out = new String[n];
    int @Nullable [] s = resultOrder();
    for (int k = 0; k < n; k++) {
      out[k] = later.catalog.id(cities[s == null ? k : s[k]]);
    }
    return ImmutableList.copyOf(out);
  }

  /** The rows as a table: each city's real growth in both years and the change in pp. */
  public Table table() {
    TextTable t = new TextTable(List.of("id", "city", "城市", earlier.year() + " (%)",
        later.year() + " (%)", "change (pp)"), false, false, false, true, true, true);
    for (GrowthChange r : rows()) {
      t.row(List.of(r.city().id(), r.city().nameEn(), r.city().nameZh(),
          r.earlierGrowth().map(g -> g.rate().toBigDecimal().toPlainString()).orElse("—"),
          r.laterGrowth().map(g -> g.rate().toBigDecimal().toPlainString()).orElse("—"),
          r.change().map(PercentagePoints::toString).orElse("—")));
    }
    return new Table("Real growth " + earlier.year() + " -> " + later.year(), t);
  }

  /** {@link #table()}, printed. */
  @Override
  public String toString() {
    return table().toString();
  }
}
