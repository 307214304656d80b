package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Release;
import org.citygdp.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Two or more sources that disagree on the same figure in the same release. All are kept; the
 * default view picks one by the documented rule (see {@link Dataset}), and this says which others
 * exist.
 *
 * @param city the city, or {@code null} for a national figure
 * @param figures the disagreeing figures, the one a view would pick first
 */
public record Conflict(
    @Nullable City city, int year, Metric<?> metric, Release release,
    ImmutableList<Figure<?>> figures) {
  /** @throws NullPointerException naming a null component */
  public Conflict {
    Checks.notNull("metric", metric);
    Checks.notNull("release", release);
    Checks.notNull("figures", figures);
  }


  public Optional<City> cityIfAny() {
    return Optional.ofNullable(city);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(city == null ? "national" : city.id()).append(' ').append(year).append(' ')
        .append(metric.id()).append(" (").append(release).append("):");
    for (Figure<?> f : figures) {
      sb.append(' ').append(f.value()).append(" [").append(f.source().id()).append(']');
    }
    return sb.toString();
  }
}
