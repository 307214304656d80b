package org.citygdp.core;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * A resolved view: for every (year, city) cell and metric, the one figure the view's rule picked.
 * Columnar, primitive, indexed by city and year; never mutated after construction.
 */
final class Store {
  final Corpus corpus;
  private final Map<String, Column> columns;
  private final Map<String, Column> national;
  // the covered years as a set, made on first use (Guava's sorted sets load many classes, which a
  // fresh JVM printing one year does not need)
  private @Nullable ImmutableSortedSet<Integer> coveredYears;
  private final boolean[] covered; // by year index
  private final @Nullable Column gdp;
  private final @Nullable Column growth;
  private final int[] allCities;
  // orders by metric, computed on first use: slot (metric's position in columns) x year x asc/desc
  private final Map<String, Integer> slots = new java.util.HashMap<>();
  private final AtomicReferenceArray<int[]> orders;
  private final int gdpSlot;
  private final int growthSlot;

  Store(Corpus corpus, Map<String, Column> columns, Map<String, Column> national,
      boolean[] covered) {
    this.corpus = corpus;
    this.columns = columns;
    this.national = national;
    this.gdp = columns.get(Metric.GDP.id());
    this.growth = columns.get(Metric.REAL_GROWTH.id());
    this.allCities = new int[corpus.cities.size()];
    for (int i = 0; i < allCities.length; i++) {
      allCities[i] = i;
    }
    this.covered = covered;
    for (String id : columns.keySet()) {
      slots.put(id, slots.size());
    }
    this.orders = new AtomicReferenceArray<>(slots.size() * corpus.cityYears.length * 2);
    this.gdpSlot = slots.getOrDefault(Metric.GDP.id(), -1);
    this.growthSlot = slots.getOrDefault(Metric.REAL_GROWTH.id(), -1);
  }

  /** Every city index in order, shared: callers must not modify it. */
  int[] allCities() {
    return allCities;
  }

  /** Whether {@code sel} is every city in index order (usually {@link #allCities()} itself). */
  boolean isEveryCity(int[] sel) {
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

  int cityCount() {
    return corpus.cities.size();
  }

  /** The year's index among the years with city figures (its block of rows), or -1. */
  int yearIndex(int year) {
    return corpus.cityYearIndex(year);
  }

  boolean covers(int year) {
    int y = yearIndex(year);
    return y >= 0 && covered[y];
  }

  ImmutableSortedSet<Integer> coveredYears() {
    ImmutableSortedSet<Integer> set = coveredYears;
    if (set == null) { // racy single-check of an immutable set
      ImmutableSortedSet.Builder<Integer> b = ImmutableSortedSet.naturalOrder();
      for (int y = 0; y < covered.length; y++) {
        if (covered[y]) {
          b.add(corpus.cityYears[y]);
        }
      }
      set = b.build();
      coveredYears = set;
    }
    return set;
  }

  /** The latest covered year, or -1 if none. */
  int latestYear() {
    for (int y = covered.length - 1; y >= 0; y--) {
      if (covered[y]) {
        return corpus.cityYears[y];
      }
    }
    return -1;
  }

  @Nullable Column column(Metric<?> metric) {
    if (metric == Metric.GDP) {
      return gdp;
    }
    if (metric == Metric.REAL_GROWTH) {
      return growth;
    }
    return columns.get(metric.id());
  }

  @Nullable Column nationalColumn(Metric<?> metric) {
    return national.get(metric.id());
  }

  /** Every metric with at least one figure in this view, in the corpus's order. */
  Iterable<String> metricIds() {
    return columns.keySet();
  }

  /**
   * All city indices of one year ordered by {@code metric}, largest first if {@code descending},
   * missing figures last, ties by city index (= id order). Computed once per view, year and metric;
   * callers must not modify the array.
   */
  int[] order(Metric<?> metric, int year, boolean descending) {
    Integer boxed = metric == Metric.GDP || metric == Metric.REAL_GROWTH ? null
        : slots.get(metric.id());
    int slot = metric == Metric.GDP ? gdpSlot : metric == Metric.REAL_GROWTH ? growthSlot
        : boxed == null ? -1 : boxed;
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

  private int[] computeOrder(Metric<?> metric, int year, boolean descending) {
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
  long cells() {
    long n = 0;
    for (Column c : columns.values()) {
      n += c.rows();
    }
    for (Column c : national.values()) {
      n += c.rows();
    }
    return n;
  }

  int row(int year, int city) {
    return yearIndex(year) * cityCount() + city;
  }
}
