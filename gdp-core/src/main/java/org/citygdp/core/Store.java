package org.citygdp.core;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Map;
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

  Store(Corpus corpus, Map<String, Column> columns, Map<String, Column> national,
      ImmutableSortedSet<Integer> coveredYears) {
    this.corpus = corpus;
    this.columns = columns;
    this.national = national;
    this.coveredYears = coveredYears;
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
    return columns.get(metric.id());
  }

  @Nullable Column nationalColumn(Metric<?> metric) {
    return national.get(metric.id());
  }

  /** Every metric with at least one figure in this view, in the corpus's order. */
  Iterable<String> metricIds() {
    return columns.keySet();
  }

  int row(int year, int city) {
    return yearIndex(year) * cityCount() + city;
  }
}
