package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/** Two-year comparisons, histories and milestones on the hand-built {@link Fixture}. */
class ComparisonTest {
  private final Dataset ds = Fixture.dataset();
  private final Comparison c = ds.compare(2024, 2023);

  @Test
  void should_measure_growth_changes_in_percentage_points() {
    // alpha: 5.4 - 4.8 (the FINAL 2023 figure wins over the preliminary 5.0) = +0.6pp
    assertThat(c.growthChange("alpha")).contains(PercentagePoints.of("0.6"));
    assertThat(c.growthChange("beta")).contains(PercentagePoints.of("-0.5"));
    assertThat(c.growthChange("gamma")).contains(PercentagePoints.ZERO);
    assertThat(c.growthChange("epsilon")).isEmpty();
  }

  @Test
  void should_rank_changes_and_count_who_kept_or_raised_growth() {
    GrowthChanges all = c.growthChanges();
    assertThat(all.ids()).containsExactly("delta", "alpha", "gamma", "beta", "epsilon");
    assertThat(all.keptOrRaised().ids()).containsExactly("delta", "alpha", "gamma");
    assertThat(all.raised().size()).isEqualTo(2);
    // the years stay with every subset, for export (CSV columns, JSON fields)
    assertThat(all.slowed().earlierYear()).isEqualTo(c.earlier().year());
    assertThat(all.slowed().laterYear()).isEqualTo(c.later().year())
        .isGreaterThan(all.earlierYear());
    assertThat(all.slowed().ids()).containsExactly("beta");
    assertThat(all.unknown().ids()).containsExactly("epsilon");
    assertThat(all.toString()).contains("+1pp", "+0.6pp", "-0.5pp");
  }

  @Test
  void should_order_extreme_changes_too() {
    // changes beyond 53,687 pp take the comparator path; the order rule is the same
    Dataset wild = Dataset.builder().source(Fixture.OFF)
        .city(Fixture.city("a", "A", "甲", Region.EASTERN))
        .city(Fixture.city("b", "B", "乙", Region.EASTERN))
        .city(Fixture.city("c", "C", "丙", Region.EASTERN))
        .figure("a", 2023, Metric.REAL_GROWTH, RealGrowth.of("0"), Release.PRELIMINARY, "off")
        .figure("a", 2024, Metric.REAL_GROWTH, RealGrowth.of("1"), Release.PRELIMINARY, "off")
        .figure("b", 2023, Metric.REAL_GROWTH, RealGrowth.of("0"), Release.PRELIMINARY, "off")
        .figure("b", 2024, Metric.REAL_GROWTH, RealGrowth.of("60000"), Release.PRELIMINARY, "off")
        .figure("c", 2024, Metric.REAL_GROWTH, RealGrowth.of("2"), Release.PRELIMINARY, "off")
        .build();
    assertThat(wild.compare(2024, 2023).growthChanges().ids()).containsExactly("b", "a", "c");
  }

  @Test
  void should_restrict_changes_to_a_selection() {
    CitySelection club = ds.year(2024).members(Threshold.TRILLION_CLUB);
    assertThat(c.growthChanges(club).keptOrRaised().ids()).containsExactly("alpha", "gamma");
  }

  @Test
  void should_find_newcomers_and_leavers_of_a_club() {
    assertThat(c.newcomers(Threshold.TRILLION_CLUB).ids()).containsExactly("gamma");
    assertThat(c.leavers(Threshold.TRILLION_CLUB).ids()).isEmpty();
    // above one trillion in 2024 but not (by 2024's growth) before: a newcomer, never a leaver
    assertThat(c.leavers(Threshold.atLeast(Yuan.ofYi("12000"))).ids()).isEmpty();
    assertThat(c.newcomers(Threshold.atLeast(Yuan.ofYi("12000"))).ids()).containsExactly("gamma");
    assertThat(c.newcomers(Threshold.atLeast(Yuan.ofTrillions(5))).ids()).containsExactly("alpha");
  }

  @Test
  void should_list_tier_moves() {
    assertThat(c.tierMoves()).extracting(Object::toString)
        .containsExactly("alpha: 4T -> 5T", "beta: 2T -> 3T", "gamma: - -> 1T");
  }

  @Test
  void should_rank_by_a_metric_in_both_years() {
    // 2023 by GDP: alpha, beta, delta (9500), gamma (9000); 2024: alpha, beta, gamma, delta
    assertThat(c.rankChanges(Metric.GDP)).extracting(Object::toString)
        .containsExactly("alpha: #1 -> #1", "beta: #2 -> #2", "gamma: #4 -> #3", "delta: #3 -> #4");
    assertThat(c.rankChanges(Metric.GDP).get(2).places()).isEqualTo(1);
  }

  @Test
  void should_find_milestones_and_say_whether_the_crossing_is_pinned_down() {
    CityHistory alpha = ds.city("alpha");
    assertThat(alpha.milestones()).extracting(Object::toString).containsExactly(
        "1T: by 2023 (CNY 4800bn)", "2T: by 2023 (CNY 4800bn)", "3T: by 2023 (CNY 4800bn)",
        "4T: by 2023 (CNY 4800bn)", "5T: 2024 (CNY 5200bn)");
    assertThat(ds.city("gamma").milestones()).singleElement()
        .satisfies(m -> assertThat(m.crossedThatYear()).isTrue())
        .satisfies(m -> assertThat(m.year()).isEqualTo(2024));
    assertThat(ds.city("delta").milestones()).isEmpty();
  }

  @Test
  void should_compute_nominal_cagr_labelled_nominal() {
    // 52000 / 48000 - 1 = 8.3333...%
    assertThat(ds.city("alpha").nominalCagr(2023, 2024)).contains(NominalGrowth.of("8.3333"));
    assertThat(ds.city("epsilon").nominalCagr(2023, 2024)).isEmpty();
  }

  @Test
  void should_give_a_series_of_published_years_only() {
    assertThat(ds.city("epsilon").series(Metric.GDP)).containsOnlyKeys(2023);
    assertThat(ds.city("alpha").series(Metric.GDP)).containsKeys(2023, 2024);
  }
}
