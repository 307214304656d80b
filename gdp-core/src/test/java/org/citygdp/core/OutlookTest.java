package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.LocalDate;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Projections on a small hand-built dataset with the 2023 census break; every expected answer is
 * worked out by hand in the comments.
 *
 * <pre>
 * city  GDP 2021  GDP 2023                          GDP 2024 (亿元)
 * g     8000      9680                              9900
 * h     -         8800 (preliminary), 9000 (census revision)  9450
 * a     -         -                                 12000
 * z     -         -                                 -         (real growth only)
 * </pre>
 */
class OutlookTest {
  static final Source BUREAU = NationalQueriesTest.BUREAU;
  static final Source CENSUS = Source.builder("census").publisher("Bureau")
      .title("Revised levels").url("https://example.org/census")
      .publishedOn(LocalDate.of(2025, 3, 1)).grade(SourceGrade.PRIMARY)
      .sourceType(SourceType.STATISTICAL_COMMUNIQUE).build();

  static Dataset.Builder builder() {
    return Dataset.builder().source(BUREAU).source(CENSUS)
        .city(NationalQueriesTest.city("g", "P1")).city(NationalQueriesTest.city("h", "P1"))
        .city(NationalQueriesTest.city("a", "P2")).city(NationalQueriesTest.city("z", "P2"))
        .figure("g", 2021, Metric.GDP, Yuan.ofYi("8000"), Release.PRELIMINARY, "bureau")
        .figure("g", 2023, Metric.GDP, Yuan.ofYi("9680"), Release.PRELIMINARY, "bureau")
        .figure("g", 2024, Metric.GDP, Yuan.ofYi("9900"), Release.PRELIMINARY, "bureau")
        .figure("h", 2023, Metric.GDP, Yuan.ofYi("8800"), Release.PRELIMINARY, "bureau")
        .figure("h", 2023, Metric.GDP, Yuan.ofYi("9000"), Release.CENSUS_REVISION, "census")
        .figure("h", 2024, Metric.GDP, Yuan.ofYi("9450"), Release.PRELIMINARY, "bureau")
        .figure("a", 2024, Metric.GDP, Yuan.ofYi("12000"), Release.PRELIMINARY, "bureau")
        .figure("z", 2024, Metric.REAL_GROWTH, RealGrowth.of("5"), Release.PRELIMINARY, "bureau");
  }

  static final Dataset DS = builder().seriesBreak(SeriesBreak.CENSUS_2023).build();
  static final Threshold CLUB = Threshold.TRILLION_CLUB;

  @Test
  void should_project_with_the_own_average_of_levels_in_one_series() {
    // g from 2023, window 2021-2023 (both before the break): (9680/8000)^(1/2) - 1 = 10%;
    // 9680 * 1.1 = 10648 >= 10000 in 2024
    Projection p = DS.city("g").outlook(CLUB, Assumption.ownAverage(2), 2023);
    assertThat(p.outcome()).isEqualTo(Projection.Outcome.CROSSES);
    assertThat(p.rate()).contains(NominalGrowth.of("10"));
    assertThat(p.crossingYear()).contains(2024);
    assertThat(p.projectedLevel()).contains(Yuan.ofYi("10648"));
    assertThat(p.levels().keySet()).containsExactly(2021, 2023);
    assertThat(p.sources()).extracting(Source::id).containsExactly("bureau");
    assertThat(p.toString()).startsWith("Projection (not a figure): G reaches trillion-yuan club"
        + " in 2024 at CNY 1064.8bn, assuming its own average nominal growth over its last 2"
        + " years of levels (one series) = 10% nominal; from 2021 CNY 800bn [bureau] 2023"
        + " CNY 968bn [bureau]");
  }

  @Test
  void should_never_take_the_own_average_across_the_census_break() {
    // g 2023 (first published, old basis) to 2024 (revised basis): not one series
    Projection p = DS.city("g").outlook(CLUB, Assumption.ownAverage(1));
    assertThat(p.baseYear()).isEqualTo(2024);
    assertThat(p.outcome()).isEqualTo(Projection.Outcome.CANNOT_COMPUTE);
    assertThat(p.rate()).isEmpty();
    assertThat(p.crossingYear()).isEmpty();
    assertThat(p.reason()).isEqualTo("no own average over 1 year to 2024: the levels of 2023 and"
        + " 2024 are on either side of the series break of the fifth national economic census"
        + " (2023); no earlier level in the same series");
    assertThat(p.toString()).startsWith("Projection (not a figure): G cannot be projected");
    // without the declared break, the same levels are one series: 9680 -> 9900 = 2.2727%
    Projection unbroken = builder().build().city("g").outlook(CLUB, Assumption.ownAverage(1));
    assertThat(unbroken.rate()).contains(NominalGrowth.of("2.2727"));
  }

  @Test
  void should_use_the_census_revision_as_the_same_series_as_later_levels() {
    // h: the view shows the 2023 census revision (9000), on the revised basis like 2024's 9450:
    // 9450/9000 - 1 = 5%; 9450 * 1.05 = 9922.5, * 1.05 = 10418.625 >= 10000 in 2026
    Projection p = DS.city("h").outlook(CLUB, Assumption.ownAverage(1));
    assertThat(p.rate()).contains(NominalGrowth.of("5"));
    assertThat(p.crossingYear()).contains(2026);
    assertThat(p.projectedLevel()).contains(Yuan.ofYi("10418.625"));
    assertThat(p.sources()).extracting(Source::id).containsExactly("census", "bureau");
    // two years back there is no level: it says so, and how many years one series spans
    Projection two = DS.city("h").outlook(CLUB, Assumption.ownAverage(2));
    assertThat(two.outcome()).isEqualTo(Projection.Outcome.CANNOT_COMPUTE);
    assertThat(two.reason()).isEqualTo("no own average over 2 years to 2024: no level in 2022;"
        + " the levels of one series span 1 year (ownAverage(1))");
  }

  @Test
  void should_project_with_a_given_nominal_rate() {
    // h 9450 * 1.1 = 10395 >= 10000 in 2025
    Projection p = DS.city("h").outlook(CLUB, Assumption.nominalGrowth(NominalGrowth.of("10")));
    assertThat(p.crossingYear()).contains(2025);
    assertThat(p.projectedLevel()).contains(Yuan.ofYi("10395"));
    assertThat(p.levels().keySet()).containsExactly(2024);
    assertThat(p.assumption()).isEqualTo(Assumption.nominalGrowth(NominalGrowth.of("10")));
    // g across the break is no problem for a given rate: 9900 * 1.01 = 9999, * 1.01 = 10098.99
    assertThat(DS.city("g").outlook(CLUB, Assumption.nominalGrowth(NominalGrowth.of("1")))
        .crossingYear()).contains(2026);
  }

  @Test
  void should_say_never_for_a_rate_that_does_not_grow_and_not_by_2100_for_a_tiny_one() {
    assertThat(DS.city("h").outlook(CLUB, Assumption.nominalGrowth(NominalGrowth.of("0")))
        .outcome()).isEqualTo(Projection.Outcome.NEVER);
    assertThat(DS.city("h").outlook(CLUB, Assumption.nominalGrowth(NominalGrowth.of("-1")))
        .outcome()).isEqualTo(Projection.Outcome.NEVER);
    // 9450 * 1.000001^76 is about 9450.7: far below 10000 in 2100
    Projection tiny = DS.city("h").outlook(CLUB,
        Assumption.nominalGrowth(NominalGrowth.of("0.0001")));
    assertThat(tiny.outcome()).isEqualTo(Projection.Outcome.NOT_BY_MAX_YEAR);
    assertThat(tiny.crossingYear()).isEmpty();
    assertThat(tiny.projectedLevel()).isEmpty();
  }

  @Test
  void should_say_when_the_city_is_already_there_or_has_no_level() {
    assertThat(DS.city("a").outlook(CLUB, Assumption.ownAverage(1)).outcome())
        .isEqualTo(Projection.Outcome.CANNOT_COMPUTE); // no 2023 level to average from
    assertThat(DS.city("a").outlook(CLUB, Assumption.nominalGrowth(NominalGrowth.of("5")))
        .outcome()).isEqualTo(Projection.Outcome.ALREADY_AT_OR_ABOVE);
    Projection none = DS.city("z").outlook(CLUB, Assumption.ownAverage(1));
    assertThat(none.outcome()).isEqualTo(Projection.Outcome.CANNOT_COMPUTE);
    assertThat(none.reason()).isEqualTo("no level in 2024");
    assertThat(none.sources()).isEmpty();
  }

  @Test
  void should_project_every_contender() {
    // 2024 below one trillion: g 9900, h 9450
    Contenders next = DS.year(2024).contenders(CLUB);
    assertThat(next.ids()).containsExactly("g", "h");
    assertThat(next.outlook(Assumption.ownAverage(1))).extracting(Projection::outcome)
        .containsExactly(Projection.Outcome.CANNOT_COMPUTE, Projection.Outcome.CROSSES);
  }

  @Test
  void should_place_levels_in_series_by_year_and_release() {
    Dataset two = builder().seriesBreak(SeriesBreak.CENSUS_2023)
        .seriesBreak(new SeriesBreak(2018, "the fourth national economic census (2018)")).build();
    assertThat(two.seriesBreaks()).extracting(SeriesBreak::year).containsExactly(2018, 2023);
    assertThat(two.seriesOf(2017, Release.FINAL)).isZero();
    assertThat(two.seriesOf(2017, Release.CENSUS_REVISION)).isEqualTo(1);
    assertThat(two.seriesOf(2019, Release.PRELIMINARY)).isEqualTo(1);
    assertThat(two.seriesOf(2023, Release.FINAL)).isEqualTo(1);
    assertThat(two.seriesOf(2023, Release.CENSUS_REVISION)).isEqualTo(2);
    assertThat(two.seriesOf(2024, Release.PRELIMINARY)).isEqualTo(2);
    assertThat(builder().build().seriesBreaks()).isEmpty();
    assertThatThrownBy(() -> builder().seriesBreak(SeriesBreak.CENSUS_2023)
        .seriesBreak(new SeriesBreak(2023, "again")).build())
        .isInstanceOf(InvalidDataException.class).hasMessageContaining("must be the only break");
    assertThat(SeriesBreak.CENSUS_2023.isRevised(2023, Release.FINAL)).isFalse();
    assertThat(SeriesBreak.CENSUS_2023.isRevised(2023, Release.CENSUS_REVISION)).isTrue();
    assertThat(SeriesBreak.CENSUS_2023.isRevised(2024, Release.PRELIMINARY)).isTrue();
  }

  @Test
  void should_take_no_real_growth_as_an_assumption() {
    for (Method m : Assumption.class.getMethods()) {
      assertThat(m.getParameterTypes()).doesNotContain(RealGrowth.class);
    }
    assertThatThrownBy(() -> Assumption.ownAverage(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
