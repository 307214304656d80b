package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.citygdp.core.internal.Checks;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;

/**
 * The national benchmark of one year in a view: China's GDP and real growth, each with its source,
 * so that "faster than the national average" is a query, not a constant.
 */
public final class NationalStats {
  private final Dataset dataset;
  private final int year;

  NationalStats(Dataset dataset, int year) {
    this.dataset = dataset;
    this.year = year;
  }

  public int year() {
    return year;
  }

  public Optional<Yuan> gdp() {
    return figure(Metric.GDP).map(Figure::value);
  }

  public Optional<RealGrowth> realGrowth() {
    return figure(Metric.REAL_GROWTH).map(Figure::value);
  }

  /** A national figure with its provenance. */
  @SuppressWarnings("unchecked")
  public <V extends Comparable<? super V>> Optional<Figure<V>> figure(Metric<V> metric) {
    Checks.notNull("metric", metric);
    return (Optional<Figure<V>>) (Optional<?>) dataset.catalog.picked(-1, metric, year,
        dataset.viewKey());
  }

  /**
   * Every figure of {@code metric} for this year in this view, each release and source, in the
   * order of the selection rule (the first is {@link #figure(Metric)}'s).
   */
  @SuppressWarnings("unchecked")
  public <V extends Comparable<? super V>> ImmutableList<Figure<V>> figures(Metric<V> metric) {
    Checks.notNull("metric", metric);
    return (ImmutableList<Figure<V>>) (ImmutableList<?>) dataset.catalog.figures(-1, metric, year,
        dataset.viewKey());
  }

  boolean isEmpty() {
    return gdp().isEmpty() && realGrowth().isEmpty();
  }

  @Override
  public String toString() {
    return "China " + year + ": GDP " + gdp().map(Object::toString).orElse("n/a")
        + ", real growth " + realGrowth().map(Object::toString).orElse("n/a");
  }
}
