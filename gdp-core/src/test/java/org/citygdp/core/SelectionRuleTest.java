package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.citygdp.core.engine.Corpus;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * The selection rule (release, then grade, then precision, then the newer publication; never
 * the source id), as-of views with undated and later-published figures, and grade views. Every
 * expected answer is worked out by hand from the sources below.
 *
 * <pre>
 * id   grade           published    note
 * a    COMPILATION     2026-01-10   ids sort first: must never win on its id
 * b    SECONDARY       2026-01-20
 * c    SECONDARY       2026-03-01   newer than b
 * d    OFFICIAL_MEDIA  2026-01     known only to the month: visible from 2026-01-31
 * e    PRIMARY         2026-04-15   the communiqué
 * z    SECONDARY       (undated)
 * </pre>
 */
class SelectionRuleTest {
  private static Source source(String id, SourceGrade grade, String date) {
    return Source.builder(id).publisher("P " + id).title("T " + id)
        .url("https://example.org/doc/" + id)
        .published(date == null ? null : PublicationDate.parse(date)).grade(grade)
        .sourceType(SourceType.NEWS_REPORT).build();
  }

  private static Observation<RealGrowth> growth(String city, String value, String source,
      boolean verified) {
    Observation<RealGrowth> o = Observation.of(city, 2025, Metric.REAL_GROWTH,
        RealGrowth.of(value), Release.PRELIMINARY, source);
    return verified ? o : o.unverified("read in a " + source + " document");
  }

  private static Dataset.Builder base() {
    return Dataset.builder()
        .source(source("z", SourceGrade.SECONDARY, null))
        .source(source("e", SourceGrade.PRIMARY, "2026-04-15"))
        .source(source("d", SourceGrade.OFFICIAL_MEDIA, "2026-01"))
        .source(source("c", SourceGrade.SECONDARY, "2026-03-01"))
        .source(source("b", SourceGrade.SECONDARY, "2026-01-20"))
        .source(source("a", SourceGrade.COMPILATION, "2026-01-10"))
        .city(Fixture.city("p", "P", "甲", Region.EASTERN))
        .city(Fixture.city("q", "Q", "乙", Region.EASTERN))
        .city(Fixture.city("r", "R", "丙", Region.EASTERN))
        .city(Fixture.city("s", "S", "丁", Region.EASTERN));
  }

  private static String picked(Dataset ds, String city) {
    return ds.year(2025).stats(city).figure(Metric.REAL_GROWTH).map(f -> f.value() + " "
        + f.source().id()).orElse("none");
  }

  @Test
  void should_prefer_the_stronger_grade_even_when_less_precise() {
    Dataset ds = base()
        .figure(growth("p", "7.46", "a", false))     // compilation, most precise
        .figure(growth("p", "7.5", "b", false))      // secondary
        .figure(growth("p", "8", "d", true))         // official media, least precise
        .build();
    assertThat(picked(ds, "p")).isEqualTo("8% real d");
    assertThat(ds.year(2025).stats("p").figures(Metric.REAL_GROWTH))
        .extracting(f -> f.source().id()).containsExactly("d", "b", "a");
  }

  @Test
  void should_prefer_the_more_precise_figure_at_equal_grade_whatever_the_ids_and_dates() {
    Dataset ds = base()
        // b is older than c, and "b" < "c": neither may decide against precision
        .figure(growth("q", "8", "b", false))
        .figure(growth("q", "7.5", "c", false))
        .figure(Observation.of("q", 2025, Metric.GDP, Yuan.ofYi("10002"), Release.PRELIMINARY,
            "c").unverified("secondary"))
        .figure(Observation.of("q", 2025, Metric.GDP, Yuan.ofYi("10002.1"), Release.PRELIMINARY,
            "b").unverified("secondary"))
        .build();
    assertThat(picked(ds, "q")).isEqualTo("7.5% real c");
    assertThat(ds.year(2025).stats("q").figure(Metric.GDP).orElseThrow().source().id())
        .isEqualTo("b");
    // "8" is "7.5" printed to the unit and "10002" is "10002.1": no conflict, both kept
    assertThat(ds.conflicts()).isEmpty();
    assertThat(ds.year(2025).stats("q").figures(Metric.REAL_GROWTH)).hasSize(2);
  }

  @Test
  void should_prefer_the_newer_publication_at_equal_grade_and_precision_never_the_id() {
    Dataset ds = base()
        .figure(growth("r", "5.2", "b", false))
        .figure(growth("r", "5.3", "c", false))
        .figure(growth("s", "5.2", "z", false))  // undated sorts after dated
        .figure(growth("s", "5.3", "b", false))
        .build();
    assertThat(picked(ds, "r")).isEqualTo("5.3% real c");
    assertThat(picked(ds, "s")).isEqualTo("5.3% real b");
  }

  @Test
  void should_prefer_a_later_release_over_a_stronger_grade() {
    Dataset ds = base()
        .figure(growth("p", "4.6", "e", true))
        .figure(Observation.of("p", 2025, Metric.REAL_GROWTH, RealGrowth.of("4.5"), Release.FINAL,
            "c").unverified("restated in a newspaper"))
        .build();
    assertThat(picked(ds, "p")).isEqualTo("4.5% real c");
  }

  @Test
  void should_show_in_an_as_of_view_only_what_was_surely_published_by_then() {
    Dataset ds = base()
        .figure(growth("p", "5.1", "b", false))   // 2026-01-20
        .figure(growth("p", "5.0", "e", true))    // 2026-04-15, PRIMARY
        .figure(growth("q", "6.1", "d", true))    // 2026-01: visible from 2026-01-31
        .figure(growth("r", "4.4", "z", false))   // undated: never in an as-of view
        .build();
    assertThat(picked(ds, "p")).isEqualTo("5% real e");
    assertThat(picked(ds.asOf(LocalDate.of(2026, 2, 6)), "p")).isEqualTo("5.1% real b");
    assertThatThrownBy(() -> ds.asOf(LocalDate.of(2026, 1, 19)).year(2025))
        .isInstanceOf(YearNotCoveredException.class)
        .hasMessage("No data for year 2025 in this view (as of 2026-01-19, 2025: 3 figures "
            + "published later, 1 undated); covered years: none");
    assertThat(picked(ds.asOf(LocalDate.of(2026, 1, 30)), "q")).isEqualTo("none");
    assertThat(picked(ds.asOf(LocalDate.of(2026, 1, 31)), "q")).isEqualTo("6.1% real d");
    assertThat(picked(ds, "r")).isEqualTo("4.4% real z");
    assertThat(picked(ds.asOf(LocalDate.MAX), "r")).isEqualTo("none");
    assertThat(picked(ds.asOf(LocalDate.of(2100, 12, 31)), "r")).isEqualTo("none");

    LeftOut l = ds.asOf(LocalDate.of(2026, 1, 25)).leftOut(2025);
    // d (month, visible from 01-31) and e (04-15) published later; z undated
    assertThat(l.publishedLater()).isEqualTo(2);
    assertThat(l.undated()).isEqualTo(1);
    assertThat(l.toString())
        .isEqualTo("as of 2026-01-25, 2025: 2 figures published later, 1 undated");
    assertThat(ds.leftOut().isEmpty()).isTrue();
    assertThat(ds.leftOut().toString()).isEqualTo("latest release: nothing left out");
  }

  @Test
  void should_keep_only_figures_at_or_above_a_grade() {
    Dataset ds = base()
        .figure(growth("p", "7.46", "a", false))
        .figure(growth("p", "7.5", "b", false))
        .figure(growth("q", "6.1", "d", true))
        .figure(growth("r", "4.4", "a", false))
        .build();
    Dataset secondary = ds.atLeast(SourceGrade.SECONDARY);
    assertThat(picked(secondary, "p")).isEqualTo("7.5% real b");
    assertThat(picked(secondary, "r")).isEqualTo("none");
    assertThat(picked(ds.atLeast(SourceGrade.OFFICIAL_MEDIA), "p")).isEqualTo("none");
    assertThat(picked(ds.atLeast(SourceGrade.OFFICIAL_MEDIA), "q")).isEqualTo("6.1% real d");
    assertThat(secondary.leftOut().belowGrade()).isEqualTo(2);
    assertThat(secondary.minimumGrade()).isEqualTo(SourceGrade.SECONDARY);
    assertThat(secondary.asOf(LocalDate.of(2026, 2, 6)).minimumGrade())
        .isEqualTo(SourceGrade.SECONDARY);
    assertThat(secondary.toString()).contains("grade SECONDARY or stronger");
    assertThat(ds.atLeast(SourceGrade.COMPILATION)).isSameAs(ds);

    ProvenanceSummary p = ds.provenance();
    assertThat(p.total()).isEqualTo(3); // one picked figure per cell
    assertThat(p.count(SourceGrade.SECONDARY)).isEqualTo(1);
    assertThat(p.count(SourceGrade.OFFICIAL_MEDIA, Release.PRELIMINARY)).isEqualTo(1);
    assertThat(p.count(SourceGrade.COMPILATION)).isEqualTo(1);
    assertThat(p.officialShare().toString()).isEqualTo("33.3%");
  }

  @Test
  void should_refuse_a_verified_figure_from_a_source_that_cannot_verify() {
    assertThatThrownBy(() -> base().figure(growth("p", "5", "b", true)).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("PRIMARY or OFFICIAL_MEDIA")
        .hasMessageContaining("'b' is graded SECONDARY");
  }

  @Test
  void should_not_call_two_precisions_of_one_figure_a_conflict() {
    Dataset ds = base()
        .figure(growth("p", "12.15", "b", false))
        .figure(growth("p", "12.2", "c", false))   // 12.15 printed to one decimal
        .figure(growth("q", "12.3", "b", false))
        .figure(growth("q", "12.2", "c", false))   // a real disagreement
        .figure(Observation.of("r", 2025, Metric.GDP, Yuan.ofYi("12003"), Release.PRELIMINARY,
            "b").unverified("secondary"))
        .figure(Observation.of("r", 2025, Metric.GDP, Yuan.ofYi("12004"), Release.PRELIMINARY,
            "c").unverified("secondary"))
        .figure(Observation.of("s", 2025, Metric.GDP, Yuan.ofYi("13528"), Release.PRELIMINARY,
            "b").unverified("secondary"))
        .figure(Observation.of("s", 2025, Metric.GDP, Yuan.ofYi("13527.6"), Release.PRELIMINARY,
            "c").unverified("secondary"))
        .build();
    assertThat(ds.conflicts()).extracting(c -> c.city().id()).containsExactly("q", "r");
    // a level of "30000" 亿元 is printed to the 亿元, so it conflicts with "30010"
    assertThat(Corpus.agreeWithinRounding(3_000_000_000_000L, 3_001_000_000_000L, 8)).isFalse();
    assertThat(Corpus.agreeWithinRounding(3_000_000_000_000L, 3_000_040_000_000L, 8)).isTrue();
    // both precisions stay listed, the finer first
    assertThat(ds.year(2025).stats("p").figures(Metric.REAL_GROWTH))
        .extracting(f -> f.value().toString()).containsExactly("12.15% real", "12.2% real");
    for (long[] pair : new long[][] {{121500, 122000}, {123000, 122000}, {0, 1}, {0, 0},
        {-47300, -47000}, {1_200_300_000_000L, 1_200_400_000_000L}, {5, 10}, {15, 20}}) {
      assertThat(Corpus.agreeWithinRounding(pair[0], pair[1], 18)).as("%s vs %s", pair[0], pair[1])
          .isEqualTo(ObservationLayoutTest.sameFigureAtTwoPrecisions(pair[0], pair[1]));
    }
  }

  @Test
  void should_refuse_null_views() {
    Dataset ds = base().build();
    assertThatThrownBy(() -> ds.asOf(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("date must not be null");
    assertThatThrownBy(() -> ds.atLeast(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("grade must not be null");
  }
}
