package org.citygdp.bench.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.citygdp.bench.data.Raw;

/**
 * The fair hand loop: {@link HandLoop} keeping what citygdp keeps between queries. citygdp sorts a
 * year's cities by a metric once per view and keeps the order, and resolves an as-of view once per
 * date and keeps it (at most 32); so does this: per year, the cities by descending GDP and by
 * descending growth (missing last, ties by id), made on first use; per (year, as-of date), the
 * resolved growth figures, the national benchmark and their order. A query then walks a prefix of
 * an order, as citygdp does. Q4 and Q5 are {@link HandLoop}'s (it already holds the memberships
 * citygdp indexes).
 */
public final class HandLoopCached extends HandLoop {
  private static final int MAX_CACHED_VIEWS = 32;

  private final AtomicReferenceArray<int[]> gdpOrder;
  private final AtomicReferenceArray<int[]> growthOrder;
  private final Map<Long, AsOf> asOfViews = new ConcurrentHashMap<>();

  /** One year as of a date: resolved growth, its descending order, the national benchmark. */
  private record AsOf(long[] growth, int[] order, long benchmark, boolean hasBenchmark) {}

  public HandLoopCached(Raw raw) {
    super(raw);
    gdpOrder = new AtomicReferenceArray<>(gdp.length);
    growthOrder = new AtomicReferenceArray<>(growth.length);
  }

  /** Every city by descending {@code key}, missing last, ties by index (= id order). */
  private int[] order(long[] key) {
    int[] idx = new int[n];
    for (int c = 0; c < n; c++) {
      idx[c] = c;
    }
    sortDescending(idx, n, key); // MISSING is Long.MIN_VALUE: last
    return idx;
  }

  private int[] cached(AtomicReferenceArray<int[]> cache, long[][] values, int y) {
    int[] o = cache.get(y);
    if (o == null) {
      o = order(values[y]);
      cache.set(y, o);
    }
    return o;
  }

  @Override
  public Results.Tiers q1(int year) {
    int y = year - first;
    long[] g = gdp[y];
    int[] order = cached(gdpOrder, gdp, y);
    List<List<String>> members = new ArrayList<>(5);
    for (int t = 0; t < 5; t++) {
      members.add(new ArrayList<>());
    }
    int i = 0;
    for (; i < n && g[order[i]] != MISSING && g[order[i]] >= Results.TRILLION; i++) {
      members.get(5 - Results.tier(g[order[i]])).add(ids[order[i]]);
    }
    int m = n; // the missing figures are the order's tail, in id order
    while (m > i && g[order[m - 1]] == MISSING) {
      m--;
    }
    List<String> missing = new ArrayList<>(n - m);
    for (int k = m; k < n; k++) {
      missing.add(ids[order[k]]);
    }
    return new Results.Tiers(Results.TIER_LABELS, members, missing);
  }

  @Override
  public List<String> q2(int year) {
    int y = year - first;
    return prefixAbove(growth[y], cached(growthOrder, growth, y), natGrowth[y]);
  }

  /** The ids of the prefix of {@code order} whose value is present and above {@code bench}. */
  private List<String> prefixAbove(long[] values, int[] order, long bench) {
    int k = 0;
    while (k < n && values[order[k]] != MISSING && values[order[k]] > bench) {
      k++;
    }
    return ids(order, k);
  }

  @Override
  public List<String> q3(int later, int earlier) {
    int y = later - first;
    long[] now = gdp[y];
    long[] before = gdp[earlier - first];
    int[] order = cached(gdpOrder, gdp, y);
    int[] idx = new int[n];
    int k = 0;
    for (int i = 0; i < n && now[order[i]] != MISSING && now[order[i]] >= Results.TRILLION; i++) {
      int c = order[i];
      if (before[c] == MISSING || before[c] < Results.TRILLION) {
        idx[k++] = c;
      }
    }
    return ids(idx, k);
  }

  @Override
  public Results.AsOfVsLatest q6(int year, LocalDate asOf) {
    int day = (int) asOf.toEpochDay();
    long key = ((long) year << 32) | (day & 0xFFFFFFFFL);
    AsOf view = asOfViews.get(key);
    if (view == null) {
      if (asOfViews.size() >= MAX_CACHED_VIEWS) {
        asOfViews.clear();
      }
      view = resolve(year, day);
      asOfViews.put(key, view);
    }
    List<String> then = view.hasBenchmark()
        ? prefixAbove(view.growth(), view.order(), view.benchmark()) : List.of();
    return new Results.AsOfVsLatest(then, q2(year));
  }

  private AsOf resolve(int year, int day) {
    long[] resolved = growthAsOf(year, day);
    long benchmark = nationalGrowthAsOf(year, day);
    return new AsOf(resolved, order(resolved), benchmark, benchmark != MISSING);
  }
}
