package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Sector;

/**
 * Fuzz targets for the values the loaders read as text (issue #10): publication dates, published
 * figures in their unit, and metric ids. Each either gives a value that prints back to text read
 * to the same value, or an {@link IllegalArgumentException} with a short, printable message;
 * nothing else escapes. See FUZZING.md.
 */
class ValuesFuzzTest {

  static final int MAX_MESSAGE = 400;

  static final List<Metric<?>> METRICS = List.of(Metric.GDP, Metric.REAL_GROWTH,
      Metric.POPULATION, Metric.valueAdded(Sector.TERTIARY), Metric.realGrowth(Sector.TERTIARY),
      Metric.nominalGrowth(Sector.EXPORTS), Metric.growthContribution(Sector.TERTIARY));

  static void assertShort(IllegalArgumentException e) {
    String m = e.getMessage();
    assertThat(m).isNotBlank();
    assertThat(m.length()).as("length of '%s'", m).isLessThanOrEqualTo(MAX_MESSAGE);
  }

  /**
   * {@link PublicationDate#parse}: what it accepts is exactly what {@code YYYY[-MM[-DD]]} in ASCII
   * digits, a real date within 1949–2100, allows (checked against {@link LocalDate#parse}), and it
   * prints back as the same text.
   */
  @FuzzTest
  void publicationDate(@NotNull String text) {
    PublicationDate d;
    try {
      d = PublicationDate.parse(text);
    } catch (IllegalArgumentException e) {
      assertShort(e);
      assertThat(reference(text)).as("reference reading of '%s'", text).isNull();
      return;
    }
    assertThat(d.toString()).isEqualTo(text);
    assertThat(PublicationDate.parse(d.toString())).isEqualTo(d);
    assertThat(d.earliest()).isEqualTo(reference(text));
    assertThat(d.latest()).isAfterOrEqualTo(d.earliest());
    assertThat(d.latest().getYear()).isEqualTo(d.earliest().getYear());
    assertThat(d.isKnownBy(d.latest())).isTrue();
    assertThat(d.isKnownBy(d.latest().minusDays(1))).isFalse();
  }

  /** The first day of {@code text} read by the JDK, or null if the rules reject it. */
  private static LocalDate reference(String text) {
    String full = text.length() == 4 ? text + "-01-01" : text.length() == 7 ? text + "-01" : text;
    if (full.length() != 10 || !full.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(full);
      return day.getYear() < PublicationDate.MIN_YEAR || day.getYear() > PublicationDate.MAX_YEAR
          ? null : day;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * {@link Metric#fromPublished}, the loaders' way in for every figure, for each kind of metric:
   * a value printed back by {@link Metric#toPublished} reads back to itself.
   */
  @FuzzTest
  void published(FuzzedDataProvider data) {
    Metric<?> metric = data.pickValue(METRICS);
    String text = data.consumeRemainingAsString();
    roundTrip(metric, text);
  }

  private static <V extends Comparable<? super V>> void roundTrip(Metric<V> metric, String text) {
    V v;
    try {
      v = metric.fromPublished(text);
    } catch (IllegalArgumentException e) {
      assertShort(e);
      return;
    }
    String printed = metric.toPublished(v);
    assertThat(metric.fromPublished(printed)).as("%s of '%s' printed '%s'", metric, text, printed)
        .isEqualTo(v);
    assertThat(printed.length()).isLessThanOrEqualTo(text.length());
  }

  /** {@link Metric#parse}: a known id or an {@link IllegalArgumentException}, short. */
  @FuzzTest
  void metricId(@NotNull String id) {
    Metric<?> m;
    try {
      m = Metric.parse(id, s -> new Sector(s, "Sector " + s, "部门"));
    } catch (IllegalArgumentException e) {
      // the sector id may be rejected by Sector: also an IllegalArgumentException
      assertThat(e.getMessage()).isNotBlank();
      assertThat(e.getMessage().length()).as("message of '%s'", id).isLessThanOrEqualTo(MAX_MESSAGE);
      return;
    }
    assertThat(m.id()).isEqualTo(id);
  }
}
