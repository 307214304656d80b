package org.citygdp.core.engine;

import org.jspecify.annotations.Nullable;

/** One year of a {@link Store}: the cells {@code base .. base + cityCount}. */
public final class Slice {
  public final Store store;
  public final int year;
  public final int base;

  public Slice(Store store, int year) {
    this.store = store;
    this.year = year;
    this.base = store.yearIndex(year) * store.cityCount();
  }

  /** The city column of a metric (by id), or null if the view has none. */
  public @Nullable Column column(String metric) {
    return store.column(metric);
  }

  public int cityCount() {
    return store.cityCount();
  }
}
