package org.citygdp.core;

import org.jspecify.annotations.Nullable;

/** One year of a {@link Store}: the cells {@code base .. base + cityCount}. Not part of the API. */
final class Slice {
  final Store store;
  final int year;
  final int base;

  Slice(Store store, int year) {
    this.store = store;
    this.year = year;
    this.base = store.yearIndex(year) * store.cityCount();
  }

  @Nullable Column column(Metric<?> metric) {
    return store.column(metric);
  }

  int cityCount() {
    return store.cityCount();
  }
}
