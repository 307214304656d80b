package org.citygdp.core;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A resolved view: for every (year, city) cell and metric, the one figure the view's rule picked.
 * Columnar, primitive, indexed by city and year; never mutated after construction.
 */
final class Store {
  final Corpus corpus;
  private final Map<String, Column> columns;
  private final Map<String, Column> national;
  private final ImmutableSortedSet<Integer> coveredYears;
  private final Map<OrderKey, int[]> orders = new ConcurrentHashMap<>();
  private final @Nullable Column gdp;
  private final @Nullable Column growth;
  private final int[] allCities;

  private record OrderKey(String metric, int year, boolean descending) {}

  Store(Corpus corpus, Map<String, Column> columns, Map<String, Column> national,
      ImmutableSortedSet<Integer> coveredYears) {
    this.corpus = corpus;
    this.columns = columns;
    this.national = national;
    this.coveredYears = coveredYears;
    this.gdp = columns.get(Metric.GDP.id());
    this.growth = columns.get(Metric.REAL_GROWTH.id());
    this.allCities = new int[corpus.cities.size()];
    for (int i = 0; i < allCities.length; i++) {
      allCities[i] = i;
    }
  }

  /** Every city index in order, shared: callers must not modify it. */
  int[] allCities() {
    return allCities;
  }

  int cityCount() {
    return corpus.cities.size();
  }

  int yearIndex(int year) {
    return year - corpus.firstYear;
  }

  boolean covers(int year) {
    return coveredYears.contains(year);
  }

  ImmutableSortedSet<Integer> coveredYears() {
    return coveredYears;
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
    return orders.computeIfAbsent(new OrderKey(metric.id(), year, descending),
        k -> computeOrder(metric, year, descending));
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
    IntSort.sort(out, (a, b) -> {
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
    });
    return out;
  }

  int row(int year, int city) {
    return yearIndex(year) * cityCount() + city;
  }
}
