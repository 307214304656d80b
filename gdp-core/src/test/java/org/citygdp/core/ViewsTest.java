package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.RealGrowth;
import org.junit.jupiter.api.Test;

/** As-of and verified-only views on the hand-built {@link Fixture}. */
class ViewsTest {
  private final Dataset ds = Fixture.dataset();

  @Test
  void should_show_only_what_was_published_by_a_date() {
    // the FINAL 2023 figure for alpha (4.8) came out on 2026-01-15
    Dataset before = ds.asOf(LocalDate.of(2025, 12, 31));
    assertThat(before.year(2023).stats("alpha").realGrowth()).contains(RealGrowth.of("5.0"));
    assertThat(before.compare(2024, 2023).growthChange("alpha")).contains(PercentagePoints.of("0.4"));
    assertThat(ds.year(2023).stats("alpha").figure(Metric.REAL_GROWTH).orElseThrow().release())
        .isEqualTo(Release.FINAL);
  }

  @Test
  void should_list_every_release_and_source_of_a_figure_best_first() {
    assertThat(ds.year(2023).stats("alpha").figures(Metric.REAL_GROWTH))
        .extracting(f -> f.value().toString() + " " + f.release())
        .containsExactly("4.8% real FINAL", "5% real PRELIMINARY");
    assertThat(ds.year(2024).stats("beta").figures(Metric.GDP))
        .extracting(f -> f.source().id()).containsExactly("off", "sec");
    assertThat(ds.asOf(LocalDate.of(2025, 12, 31)).year(2023).stats("alpha")
        .figures(Metric.REAL_GROWTH)).hasSize(1);
    assertThat(ds.year(2024).stats("gamma").figures(Metric.POPULATION)).isEmpty();
  }

  @Test
  void should_hide_later_sources_and_uncovered_years() {
    // on 2025-02-15 the blog (2025-03-01) was not out: delta's 2024 growth is missing
    Dataset feb = ds.asOf(LocalDate.of(2025, 2, 15));
    assertThat(feb.year(2024).stats("delta").realGrowth()).isEmpty();
    assertThat(ds.year(2024).stats("delta").realGrowth()).contains(RealGrowth.of("4.0"));
    // on 2024-12-31 nothing about 2024 had been published
    assertThatThrownBy(() -> ds.asOf(LocalDate.of(2024, 12, 31)).year(2024))
        .isInstanceOf(YearNotCoveredException.class)
        .hasMessage("No data for year 2024 in this view (as of 2024-12-31, 2024: 16 figures "
            + "published later, 0 undated); covered years: [2023]");
  }

  @Test
  void should_drop_unverified_figures_in_a_verified_view() {
    Dataset verified = ds.verifiedOnly();
    assertThat(verified.year(2024).stats("delta").realGrowth()).isEmpty();
    assertThat(verified.compare(2024, 2023).growthChange("delta")).isEmpty();
    assertThat(ds.year(2024).stats("delta").figure(Metric.REAL_GROWTH).orElseThrow().verified())
        .isFalse();
    assertThat(verified.toString()).contains("verified only");
  }

  @Test
  void should_answer_the_same_after_many_as_of_dates() {
    // more dates than the view cache keeps: evicted views are rebuilt with the same answers
    LocalDate first = LocalDate.of(2025, 12, 31);
    assertThat(ds.asOf(first).year(2023).stats("alpha").realGrowth()).contains(RealGrowth.of("5.0"));
    for (int i = 0; i < 40; i++) {
      assertThat(ds.asOf(first.minusDays(i)).year(2024).stats("alpha").gdp()).isPresent();
    }
    assertThat(ds.asOf(first).year(2023).stats("alpha").realGrowth()).contains(RealGrowth.of("5.0"));
    assertThat(ds.year(2023).stats("alpha").realGrowth()).contains(RealGrowth.of("4.8"));
  }

  @Test
  void should_be_reusable_and_independent_between_views() {
    CitySelection fast = ds.year(2024).cities().where(Metric.REAL_GROWTH.above(RealGrowth.of("5")));
    CitySelection ordered = fast.orderByDescending(Metric.REAL_GROWTH);
    assertThat(fast.ids()).containsExactly("alpha", "epsilon", "gamma");
    assertThat(ordered.ids()).containsExactly("epsilon", "gamma", "alpha");
    assertThat(fast.ids()).containsExactly("alpha", "epsilon", "gamma");
  }

  @Test
  void should_give_each_date_and_filter_its_own_view_when_asked_in_turn() {
    // the view asked for last is found again without the cache's key: only if everything matches
    LocalDate dec = LocalDate.of(2025, 12, 31);
    LocalDate feb = LocalDate.of(2025, 2, 15);
    Dataset all = ds.asOf(dec);
    Dataset verified = ds.verifiedOnly().asOf(dec);
    assertThat(ds.asOf(dec)).isSameAs(all);
    assertThat(verified).isNotSameAs(all);
    assertThat(verified.isVerifiedOnly()).isTrue();
    assertThat(all.isVerifiedOnly()).isFalse();
    assertThat(verified.year(2024).stats("delta").realGrowth()).isEmpty();
    assertThat(all.year(2024).stats("delta").realGrowth()).isPresent();
    assertThat(ds.asOf(dec)).isSameAs(all);
    assertThat(ds.atLeast(SourceGrade.PRIMARY).asOf(dec)).isNotSameAs(all);
    for (int i = 0; i < 3; i++) {
      assertThat(ds.asOf(feb).asOfDate()).contains(feb);
      assertThat(ds.asOf(dec).asOfDate()).contains(dec);
      assertThat(ds.asOf(feb)).isSameAs(ds.asOf(feb));
    }
  }
}
