package org.citygdp.core;

import java.util.Optional;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A figure as a query returns it: the value with its provenance.
 *
 * <pre>{@code
 * Figure<RealGrowth> g = dataset.year(2024).stats("xian").figure(Metric.REAL_GROWTH).orElseThrow();
 * g.value();      // 4.5% real
 * g.release();    // FINAL
 * g.grade();      // OFFICIAL_MEDIA
 * g.source().citation();
 * }</pre>
 *
 * @param verified whether it was read, digit for digit, in a {@link SourceGrade#PRIMARY} or {@link
 *     SourceGrade#OFFICIAL_MEDIA} source that states it
 * @param publishedOn the date this figure was published, if known
 */
public record Figure<V extends Comparable<? super V>>(
    Metric<V> metric,
    V value,
    Source source,
    Release release,
    boolean verified,
    @Nullable String note,
    @Nullable PublicationDate publishedOn) {
  /** @throws NullPointerException naming a null component */
  public Figure {
    Checks.notNull("metric", metric);
    Checks.notNull("value", value);
    Checks.notNull("source", source);
    Checks.notNull("release", release);
  }


  public Optional<String> noteText() {
    return Optional.ofNullable(note);
  }

  public Optional<PublicationDate> publicationDate() {
    return Optional.ofNullable(publishedOn);
  }

  /** The grade of the figure's source. */
  public SourceGrade grade() {
    return source.grade();
  }

  @Override
  public String toString() {
    return metric.id() + " = " + value + " [" + release + ", " + source.id()
        + ", " + source.grade() + (verified ? "" : ", unverified") + "]";
  }
}
