package org.citygdp.core;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A figure as a query returns it: the value with its provenance.
 *
 * <pre>{@code
 * Figure<RealGrowth> g = dataset.year(2024).stats("xian").figure(Metric.REAL_GROWTH).orElseThrow();
 * g.value();      // 4.5% real
 * g.release();    // FINAL
 * g.source().citation();
 * }</pre>
 *
 * @param publishedOn the date this figure was published, if known
 */
public record Figure<V extends Comparable<? super V>>(
    Metric<V> metric,
    V value,
    Source source,
    Release release,
    boolean verified,
    @Nullable String note,
    @Nullable LocalDate publishedOn) {

  public Optional<String> noteText() {
    return Optional.ofNullable(note);
  }

  public Optional<LocalDate> publicationDate() {
    return Optional.ofNullable(publishedOn);
  }

  @Override
  public String toString() {
    return metric.id() + " = " + value + " [" + release + ", " + source.id()
        + (verified ? "" : ", unverified") + "]";
  }
}
