package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.citygdp.units.Percent;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.RealGrowth;

/**
 * Changes in real growth between two years, largest rise first, cities with a missing figure
 * last (ties by id). Printable as a table. Held in primitive columns; {@link #rows()} builds the
 * row objects on demand.
 *
 * <pre>{@code
 * GrowthChanges ch = dataset.compare(2025, 2024).growthChanges(y.members(Threshold.TRILLION_CLUB));
 * ch.keptOrRaised().size();   // growth this year >= growth last year
 * ch.slowed().rows();
 * }</pre>
 */
public final class GrowthChanges {
  private static final byte EARLIER = 1;
  private static final byte LATER = 2;
  private static final byte BOTH = EARLIER | LATER;

  private interface DeltaTest {
    boolean test(long delta);
  }

  private final YearView later;
  private final YearView earlier;
  // parallel arrays in the order of the cities asked about; never modified after construction.
  // The result order (largest rise first) is computed on first use.
  private final int[] cities;
  private final long[] earlierRaw;
  private final long[] laterRaw;
  private final byte[] present;
  private volatile ImmutableList<GrowthChange> rows;
  private volatile int[] sorted; // positions in result order

  private GrowthChanges(YearView later, YearView earlier, int[] cities, long[] earlierRaw,
      long[] laterRaw, byte[] present) {
    this.later = later;
    this.earlier = earlier;
    this.cities = cities;
    this.earlierRaw = earlierRaw;
    this.laterRaw = laterRaw;
    this.present = present;
  }

  static GrowthChanges of(YearView later, YearView earlier, int[] among) {
    int n = among.length;
    long[] e = new long[n];
    long[] l = new long[n];
    byte[] p = new byte[n];
    Column ce = earlier.slice.column(Metric.REAL_GROWTH);
    Column cl = later.slice.column(Metric.REAL_GROWTH);
    int be = earlier.slice.base;
    int bl = later.slice.base;
    for (int i = 0; i < n; i++) {
      int c = among[i];
      if (ce != null && ce.has(be + c)) {
        e[i] = ce.value(be + c);
        p[i] |= EARLIER;
      }
      if (cl != null && cl.has(bl + c)) {
        l[i] = cl.value(bl + c);
        p[i] |= LATER;
      }
    }
    return new GrowthChanges(later, earlier, among, e, l, p);
  }

  private static final long LIMIT = 1L << 29;

  /**
   * Positions of {@code among} sorted by change (largest first), missing last, ties by city index.
   * Sorts packed primitive keys when every change is below 2^29 units (53,687 pp), else falls back
   * to a comparator sort.
   */
  private static int[] order(int[] among, long[] e, long[] l, byte[] p, int cityCount) {
    int n = among.length;
    long[] keys = new long[n];
    boolean packable = true;
    for (int i = 0; i < n && packable; i++) {
      if (p[i] == BOTH) {
        long d = l[i] - e[i];
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
        int r = Long.compare(l[b] - e[b], l[a] - e[a]);
        if (r != 0) {
          return r;
        }
      }
      return Integer.compare(among[a], among[b]);
    });
    return perm;
  }

  private int[] sorted() {
    int[] s = sorted;
    if (s == null) {
      s = order(cities, earlierRaw, laterRaw, present, later.slice.cityCount());
      sorted = s;
    }
    return s;
  }

  /** The rows, largest rise first, missing last. */
  public ImmutableList<GrowthChange> rows() {
    ImmutableList<GrowthChange> r = rows;
    if (r == null) {
      ImmutableList.Builder<GrowthChange> b = ImmutableList.builderWithExpectedSize(cities.length);
      List<City> all = later.slice.store.corpus.cities;
      for (int i : sorted()) {
        b.add(new GrowthChange(all.get(cities[i]),
            (present[i] & EARLIER) != 0 ? growth(earlierRaw[i]) : null,
            (present[i] & LATER) != 0 ? growth(laterRaw[i]) : null));
      }
      r = b.build();
      rows = r;
    }
    return r;
  }

  private static RealGrowth growth(long raw) {
    return RealGrowth.of(Percent.ofUnscaled(raw));
  }

  public int size() {
    return cities.length;
  }

  /** Cities whose growth did not fall (change ≥ 0 pp). */
  public GrowthChanges keptOrRaised() {
    return filter(d -> d >= 0);
  }

  /** Cities whose growth rose (change > 0 pp). */
  public GrowthChanges raised() {
    return filter(d -> d > 0);
  }

  /** Cities whose growth fell (change < 0 pp). */
  public GrowthChanges slowed() {
    return filter(d -> d < 0);
  }

  /** Cities for which either year's growth is missing. */
  public GrowthChanges unknown() {
    return select(i -> present[i] != BOTH);
  }

  private GrowthChanges filter(DeltaTest test) {
    return select(i -> present[i] == BOTH && test.test(laterRaw[i] - earlierRaw[i]));
  }

  private interface IndexTest {
    boolean test(int i);
  }

  private GrowthChanges select(IndexTest keep) {
    int n = 0;
    int[] idx = new int[cities.length];
    for (int i : sorted()) {
      if (keep.test(i)) {
        idx[n++] = i;
      }
    }
    int[] cs = new int[n];
    long[] es = new long[n];
    long[] ls = new long[n];
    byte[] ps = new byte[n];
    for (int k = 0; k < n; k++) {
      cs[k] = cities[idx[k]];
      es[k] = earlierRaw[idx[k]];
      ls[k] = laterRaw[idx[k]];
      ps[k] = present[idx[k]];
    }
    return new GrowthChanges(later, earlier, cs, es, ls, ps);
  }

  /** City ids in order. */
  public ImmutableList<String> ids() {
    List<City> all = later.slice.store.corpus.cities;
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(cities.length);
    for (int i : sorted()) {
      b.add(all.get(cities[i]).id());
    }
    return b.build();
  }

  @Override
  public String toString() {
    TextTable t = new TextTable(List.of("id", "city", "城市", earlier.year() + " (%)",
        later.year() + " (%)", "change (pp)"), false, false, false, true, true, true);
    for (GrowthChange r : rows()) {
      t.row(List.of(r.city().id(), r.city().nameEn(), r.city().nameZh(),
          r.earlierGrowth().map(g -> g.rate().toBigDecimal().toPlainString()).orElse("—"),
          r.laterGrowth().map(g -> g.rate().toBigDecimal().toPlainString()).orElse("—"),
          r.change().map(PercentagePoints::toString).orElse("—")));
    }
    return "Real growth " + earlier.year() + " -> " + later.year() + "\n" + t.render();
  }
}
