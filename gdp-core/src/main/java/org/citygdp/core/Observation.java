package org.citygdp.core;

import java.time.LocalDate;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One published figure as it goes into a dataset: whose (a city, or the nation), which year,
 * which metric, the value, which release, from which source, and whether it was verified against
 * that source.
 *
 * <pre>{@code
 * Observation.of("xian", 2024, Metric.REAL_GROWTH, RealGrowth.of("4.6"), Release.PRELIMINARY, "rating-report")
 *     .unverified("seen only in a bond rating report");
 * Observation.national(2025, Metric.REAL_GROWTH, RealGrowth.of("5.0"), Release.PRELIMINARY, "nbs-2025");
 * }</pre>
 *
 * @param cityId the city's id, or {@code null} for a national figure
 * @param publishedOn when this figure was first published, if earlier than its source's date;
 *     {@code null} to use the source's date
 * @param verified whether it was read, digit for digit, in its source; only a {@link
 *     SourceGrade#PRIMARY} or {@link SourceGrade#OFFICIAL_MEDIA} source can verify a figure
 * @param place where the figure was read from (a file and position), for error messages
 */
public record Observation<V extends Comparable<? super V>>(
    @Nullable String cityId,
    int year,
    Metric<V> metric,
    V value,
    Release release,
    String sourceId,
    boolean verified,
    @Nullable String note,
    @Nullable PublicationDate publishedOn,
    @Nullable String place) {

  /**
   * Checks that the figure says what it is, whose and from where.
   *
   * @throws NullPointerException naming a null metric, value, release or source id
   * @throws IllegalArgumentException if the value is not of the metric's type (possible only
   *     through raw types, reflection or another JVM language)
   */
  public Observation {
    check(metric, value, release, sourceId);
  }

  /**
   * What every figure must say, checked here and by {@link Dataset.Builder}'s shortcuts that
   * make no Observation.
   */
  static <V extends Comparable<? super V>> void check(Metric<V> metric, V value, Release release,
      String sourceId) {
    Checks.notNull("metric", metric);
    Checks.notNull("value", value);
    Checks.notNull("release", release);
    Checks.notNull("sourceId", sourceId);
    metric.checkValue(value);
  }

  /**
   * A verified city figure.
   *
   * @throws NullPointerException naming a null argument: a national figure is made by {@link
   *     #national}, never by a null city id
   */
  public static <V extends Comparable<? super V>> Observation<V> of(
      String cityId, int year, Metric<V> metric, V value, Release release, String sourceId) {
    Checks.notNull("cityId", cityId);
    return new Observation<>(cityId, year, metric, value, release, sourceId, true, null, null, null);
  }

  /** A verified national figure. */
  public static <V extends Comparable<? super V>> Observation<V> national(
      int year, Metric<V> metric, V value, Release release, String sourceId) {
    return new Observation<>(null, year, metric, value, release, sourceId, true, null, null, null);
  }

  /** This figure marked unverified, with the reason. */
  public Observation<V> unverified(String why) {
    Checks.notNull("why", why);
    return new Observation<>(cityId, year, metric, value, release, sourceId, false, why,
        publishedOn, place);
  }

  public Observation<V> withNote(@Nullable String note) {
    return new Observation<>(cityId, year, metric, value, release, sourceId, verified, note,
        publishedOn, place);
  }

  /** This figure, first published on {@code day} (before its source's date). */
  public Observation<V> withPublishedOn(@Nullable LocalDate day) {
    return withPublished(day == null ? null : PublicationDate.of(day));
  }

  /** This figure, first published on {@code date} (before its source's date). */
  public Observation<V> withPublished(@Nullable PublicationDate date) {
    return new Observation<>(cityId, year, metric, value, release, sourceId, verified, note, date,
        place);
  }

  /** This figure with the place it was read from, used in error messages. */
  public Observation<V> at(@Nullable String place) {
    return new Observation<>(cityId, year, metric, value, release, sourceId, verified, note,
        publishedOn, place);
  }

  public boolean isNational() {
    return cityId == null;
  }

  String describePlace() {
    return place != null ? place : describePlace(cityId, year, metric, release, sourceId);
  }

  /** The place of a figure read from no file: what it is, whose and from where. */
  static String describePlace(@Nullable String cityId, int year, Metric<?> metric,
      Release release, String sourceId) {
    return (cityId == null ? "national" : cityId) + " " + year + " " + metric.id() + " ("
        + release + ", " + sourceId + ")";
  }
}
