package org.citygdp.core.engine;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * A resolved view: for every (year, city) cell and metric, the one figure the view's rule picked.
 * Columnar, primitive, indexed by city and year, keyed by metric id; never mutated after
 * construction.
 */
public final class Store {
  private final Corpus corpus;
  private final Map<String, Column> columns;
  private final Map<String, Column> national;
  private final boolean[] covered; // by city-year index
  private final int[] allCities;
  // orders by metric, computed on first use: slot (metric's position in columns) x year x asc/desc
  private final Map<String, Integer> slots = new java.util.HashMap<>();
  private final AtomicReferenceArray<int[]> orders;
  // the two most asked columns, found without hashing
  private final @Nullable String hot0;
  private final @Nullable Column col0;
  private final int slot0;
  private final @Nullable String hot1;
  private final @Nullable Column col1;
  private final int slot1;

  Store(Corpus corpus, Map<String, Column> columns, Map<String, Column> national,
      boolean[] covered, @Nullable String hot0, @Nullable String hot1) {
    this.corpus = corpus;
    this.columns = columns;
    this.national = national;
    this.allCities = corpus.allCities; // one array for the latest and every as-of view
    this.covered = covered;
    for (String id : columns.keySet()) {
      slots.put(id, slots.size());
    }
    this.orders = new AtomicReferenceArray<>(slots.size() * corpus.cityYears.length * 2);
    this.hot0 = hot0;
    this.col0 = hot0 == null ? null : columns.get(hot0);
    this.slot0 = hot0 == null ? -1 : slots.getOrDefault(hot0, -1);
    this.hot1 = hot1;
    this.col1 = hot1 == null ? null : columns.get(hot1);
    this.slot1 = hot1 == null ? -1 : slots.getOrDefault(hot1, -1);
  }

  /** Every city index in order, shared: callers must not modify it. */
  public int[] allCities() {
    return allCities;
  }

  /** Whether {@code sel} is every city in index order (usually {@link #allCities()} itself). */
  public boolean isEveryCity(int[] sel) {
    if (sel == allCities) {
      return true;
    }
    if (sel.length != allCities.length) {
      return false;
    }
    for (int i = 0; i < sel.length; i++) {
      if (sel[i] != i) {
        return false;
      }
    }
    return true;
  }

  public int cityCount() {
    return allCities.length;
  }

  /** The year's index among the years with city figures (its block of rows), or -1. */
  public int yearIndex(int year) {
    return corpus.cityYearIndex(year);
  }

  /** Whether this view has a city figure in {@code year}. */
  public boolean covers(int year) {
    int y = yearIndex(year);
    return y >= 0 && covered[y];
  }

  /** The years this view has city figures in, ascending. */
  public int[] coveredYears() {
    int n = 0;
    for (boolean c : covered) {
      n += c ? 1 : 0;
    }
    int[] out = new int[n];
    for (int y = 0, k = 0; y < covered.length; y++) {
      if (covered[y]) {
        out[k++] = corpus.cityYears[y];
      }
    }
    return out;
  }

  /** The latest covered year, or -1 if none. */
  public int latestYear() {
    for (int y = covered.length - 1; y >= 0; y--) {
      if (covered[y]) {
        return corpus.cityYears[y];
      }
    }
    return -1;
  }

  /** The city column of a metric, or null if the view has no figure of it. */
  public @Nullable Column column(String metric) {
    if (metric == hot0) { // identity: the caller's constant
      return col0;
    }
    if (metric == hot1) {
      return col1;
    }
    return columns.get(metric);
  }

  /** The national column of a metric (one row per year index), or null. */
  public @Nullable Column nationalColumn(String metric) {
    return national.get(metric);
  }

  /** Every metric with at least one city figure in this view, in the corpus's order. */
  public Iterable<String> metricIds() {
    return columns.keySet();
  }

  /**
   * All city indices of one year ordered by a metric, largest first if {@code descending},
   * missing figures last, ties by city index (= id order). Computed once per view, year and metric;
   * callers must not modify the array.
   */
  public int[] order(String metric, int year, boolean descending) {
    int slot;
    if (metric == hot0) {
      slot = slot0;
    } else if (metric == hot1) {
      slot = slot1;
    } else {
      Integer boxed = slots.get(metric);
      slot = boxed == null ? -1 : boxed;
    }
    if (slot < 0) {
      return allCities; // no figures: every city is missing, in index order
    }
    int y = yearIndex(year);
    if (y < 0) {
      return allCities; // no city figures that year: every city is missing, in index order
    }
    int i = (slot * corpus.cityYears.length + y) * 2 + (descending ? 1 : 0);
    int[] order = orders.get(i);
    if (order == null) {
      order = computeOrder(metric, year, descending);
      if (!orders.compareAndSet(i, null, order)) {
        order = orders.get(i);
      }
    }
    return order;
  }

  private int[] computeOrder(String metric, int year, boolean descending) {
    int n = cityCount();
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = i;
    }
    Column c = column(metric);
    if (c == null) {
      return out;
    }
    int base = yearIndex(year) * n;
    int[] units = c.units;
    if (units != null && n < (1 << 30)) {
      // packed primitive keys: missing last, then the value (its bits flipped when descending),
      // then the city index; one primitive sort, no comparator calls
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        long v = descending ? ~units[base + i] : units[base + i];
        keys[i] = c.has(base + i) ? (v + (1L << 31)) << 30 | i : 1L << 62 | i;
      }
      java.util.Arrays.sort(keys);
      for (int i = 0; i < n; i++) {
        out[i] = (int) (keys[i] & ((1 << 30) - 1));
      }
      return out;
    }
    IntSort.sort(out, new IntSort.IntComparator() { // a class, not a lambda: cheaper on a fresh JVM
      @Override
      public int compare(int a, int b) {
        boolean ha = c.has(base + a);
        boolean hb = c.has(base + b);
        if (ha != hb) {
          return ha ? -1 : 1;
        }
        if (ha) {
          int r = Long.compare(c.value(base + a), c.value(base + b));
          if (r != 0) {
            return descending ? -r : r;
          }
        }
        return Integer.compare(a, b);
      }
    });
    return out;
  }

  /** The cells this view's columns store, present or not, city and national: its storage. */
  public long cells() {
    long n = 0;
    for (Column c : columns.values()) {
      n += c.rows();
    }
    for (Column c : national.values()) {
      n += c.rows();
    }
    return n;
  }

  /** The row of a city in a year with city figures. */
  public int row(int year, int city) {
    return yearIndex(year) * cityCount() + city;
  }
}
