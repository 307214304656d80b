package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Projections at the edges of the year range (a level reaching the threshold exactly in
 * {@link Dataset#MAX_YEAR}, an own average starting in {@link Dataset#MIN_YEAR}) and their
 * equality and hash codes.
 */
class ProjectionTest {
  private static final Assumption DOUBLING = Assumption.nominalGrowth(NominalGrowth.of("100"));

  private static Dataset levels(int firstYear, String firstYi, int secondYear, String secondYi) {
    return Dataset.builder().source(Fixture.OFF)
        .city(Fixture.city("a", "A", "甲", Region.EASTERN))
        .figure("a", firstYear, Metric.GDP, Yuan.ofYi(firstYi), Release.PRELIMINARY, "off")
        .figure("a", secondYear, Metric.GDP, Yuan.ofYi(secondYi), Release.PRELIMINARY, "off")
        .build();
  }

  @Test
  void should_reach_a_threshold_met_exactly_in_the_last_year() {
    // 100 in 2098 doubling: 200 in 2099, exactly 400 in 2100
    Dataset ds = levels(2097, "50", 2098, "100");
    City a = ds.city("a").city();
    Projection p = Projection.of(ds, a, Threshold.atLeast(Yuan.ofYi("400")), DOUBLING, 2098);
    assertThat(p.outcome()).isEqualTo(Projection.Outcome.CROSSES);
    assertThat(p.crossingYear()).contains(2100);
    assertThat(p.projectedLevel()).contains(Yuan.ofYi("400"));
    Projection beyond =
        Projection.of(ds, a, Threshold.atLeast(Yuan.ofYi("400.01")), DOUBLING, 2098);
    assertThat(beyond.outcome()).isEqualTo(Projection.Outcome.NOT_BY_MAX_YEAR);
    assertThat(beyond.reason()).isEqualTo("not reached by 2100");
  }

  @Test
  void should_reach_a_threshold_met_exactly_in_the_first_projected_year() {
    Dataset ds = levels(2097, "50", 2098, "100");
    City a = ds.city("a").city();
    Projection p = Projection.of(ds, a, Threshold.atLeast(Yuan.ofYi("200")), DOUBLING, 2098);
    assertThat(p.crossingYear()).contains(2099);
    assertThat(p.reason()).isEqualTo("reaches it in 2099");
  }

  @Test
  void should_average_from_a_level_in_the_first_year_allowed() {
    Dataset ds = levels(Dataset.MIN_YEAR, "100", Dataset.MIN_YEAR + 1, "200");
    City a = ds.city("a").city();
    Projection p = Projection.of(ds, a, Threshold.atLeast(Yuan.ofYi("800")),
        Assumption.ownAverage(1), Dataset.MIN_YEAR + 1);
    assertThat(p.outcome()).isEqualTo(Projection.Outcome.CROSSES);
    assertThat(p.rate()).contains(NominalGrowth.of("100"));
    assertThat(p.crossingYear()).contains(Dataset.MIN_YEAR + 3);
    assertThat(p.levels().keySet()).containsExactly(Dataset.MIN_YEAR, Dataset.MIN_YEAR + 1);
  }

  @Test
  void should_name_no_break_when_no_single_break_separates_the_levels() {
    // breaks 2018 and 2023; a's 2017 level is a census revision (series 1), its 2024 level is
    // series 2, yet every break counts both as revised: the reason says "a series break"
    Dataset ds = OutlookTest.builder().seriesBreak(SeriesBreak.CENSUS_2023)
        .seriesBreak(new SeriesBreak(2018, "the fourth national economic census (2018)"))
        .figure("a", 2017, Metric.GDP, Yuan.ofYi("6000"), Release.CENSUS_REVISION, "census")
        .build();
    Projection p = ds.city("a").outlook(Threshold.atLeast(Yuan.ofYi("20000")),
        Assumption.ownAverage(7), 2024);
    assertThat(p.outcome()).isEqualTo(Projection.Outcome.CANNOT_COMPUTE);
    assertThat(p.reason()).isEqualTo("no own average over 7 years to 2024: the levels of 2017"
        + " and 2024 are on either side of a series break; no earlier level in the same series");
  }

  @Test
  void should_compare_projections_by_value() {
    Dataset ds = levels(2023, "50", 2024, "100");
    City a = ds.city("a").city();
    Threshold t = Threshold.atLeast(Yuan.ofYi("400"));
    Projection p = Projection.of(ds, a, t, DOUBLING, 2024);
    Projection same = Projection.of(ds, a, t, DOUBLING, 2024);
    assertThat(p).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(p.equals(p)).isTrue();
    assertThat(p.equals(p.toString())).isFalse();
    Projection otherThreshold =
        Projection.of(ds, a, Threshold.atLeast(Yuan.ofYi("800")), DOUBLING, 2024);
    assertThat(p).isNotEqualTo(otherThreshold);
    assertThat(p.hashCode()).isNotEqualTo(otherThreshold.hashCode());
    assertThat(p).isNotEqualTo(Projection.of(ds, a, t, Assumption.ownAverage(1), 2024));
    assertThat(p).isNotEqualTo(Projection.of(ds, a, t, DOUBLING, 2023));
    // a city with no level: a projection that cannot be made, equal to itself built again
    Projection none = Projection.of(ds, a, t, DOUBLING, 2022);
    assertThat(none.outcome()).isEqualTo(Projection.Outcome.CANNOT_COMPUTE);
    assertThat(none).isEqualTo(Projection.of(ds, a, t, DOUBLING, 2022));
  }
}
