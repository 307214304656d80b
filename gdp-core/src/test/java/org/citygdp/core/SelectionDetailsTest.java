package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Small parts of the selection API that the bigger tests pass through without looking: membership
 * and emptiness, the year, conditions comparing two metrics (each operator, its description),
 * negation, "always", the administrative rank, and what a view says about itself. Answers worked
 * out by hand from {@link Fixture}.
 */
class SelectionDetailsTest {
  private final Dataset ds = Fixture.dataset();
  private final YearView y2024 = ds.year(2024);

  @Test
  void should_say_which_cities_a_selection_holds() {
    CitySelection fast = y2024.cities().where(Metric.REAL_GROWTH.above(RealGrowth.of("5.4")));
    // growth 2024: alpha 5.4, beta 5.0, gamma 6.1, delta 4.0, epsilon 7.0
    assertThat(fast.ids()).containsExactly("epsilon", "gamma");
    assertThat(fast.contains("gamma")).isTrue();
    assertThat(fast.contains("alpha")).isFalse();
    assertThat(fast.isEmpty()).isFalse();
    assertThat(fast.count()).isEqualTo(2);
    assertThat(fast.year()).isEqualTo(2024);
    assertThat(fast.toString()).contains("2 cities in 2024").contains("epsilon").contains("gamma");
    CitySelection none = y2024.cities().where(Metric.REAL_GROWTH.above(RealGrowth.of("7.0")));
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.contains("epsilon")).isFalse();
    assertThat(y2024.cities().where(Condition.always()).ids())
        .containsExactly("alpha", "beta", "delta", "epsilon", "gamma");
  }

  @Test
  void should_compare_two_metrics_with_each_operator() {
    // tertiary growth 2024: alpha 6.0 (> 5.4 overall), beta 4.8 (< 5.0 overall); the others
    // have no tertiary figure and so pass no comparison
    Metric<RealGrowth> tertiary = Metric.realGrowth(org.citygdp.core.domain.Sector.TERTIARY);
    Condition above = tertiary.above(Metric.REAL_GROWTH);
    Condition atLeast = tertiary.atLeast(Metric.REAL_GROWTH);
    Condition below = tertiary.below(Metric.REAL_GROWTH);
    assertThat(y2024.cities().where(above).ids()).containsExactly("alpha");
    assertThat(y2024.cities().where(atLeast).ids()).containsExactly("alpha");
    assertThat(y2024.cities().where(below).ids()).containsExactly("beta");
    assertThat(y2024.cities().where(Metric.REAL_GROWTH.atLeast(Metric.REAL_GROWTH)).count())
        .isEqualTo(5);
    assertThat(y2024.cities().where(Metric.REAL_GROWTH.below(Metric.REAL_GROWTH)).count())
        .isZero();
    assertThat(above).hasToString(tertiary.id() + " > real_growth");
    assertThat(atLeast).hasToString(tertiary.id() + " >= real_growth");
    assertThat(below).hasToString(tertiary.id() + " < real_growth");
    // not: the cities without the figure pass a negation
    assertThat(y2024.cities().where(above.negate()).ids())
        .containsExactly("beta", "delta", "epsilon", "gamma");
    assertThat(y2024.cities().where(Metric.GDP.isMissing()).ids()).containsExactly("epsilon");
    assertThat(y2024.cities().where(Metric.GDP.isPresent()).count()).isEqualTo(4);
  }

  @Test
  void should_fail_at_where_for_an_unknown_id_inside_and_or_not() {
    CitySelection all = y2024.cities();
    Condition unknown = Condition.idIn("alpah");
    // where() reads nothing yet: the id is checked there, whichever way it is combined
    assertThatThrownBy(() -> all.where(unknown.and(Condition.always())))
        .isInstanceOf(UnknownCityException.class).hasMessageContaining("'alpah'");
    assertThatThrownBy(() -> all.where(Condition.always().and(unknown)))
        .isInstanceOf(UnknownCityException.class);
    assertThatThrownBy(() -> all.where(unknown.or(Condition.always())))
        .isInstanceOf(UnknownCityException.class);
    assertThatThrownBy(() -> all.where(Condition.always().or(unknown)))
        .isInstanceOf(UnknownCityException.class);
    assertThatThrownBy(() -> all.where(unknown.negate()))
        .isInstanceOf(UnknownCityException.class);
  }

  @Test
  void should_select_by_administrative_rank() {
    Dataset d = Dataset.builder().source(Fixture.OFF)
        .city(City.builder("p").names("P", "甲").province("X").region(Region.EASTERN)
            .rank(AdminRank.PREFECTURE).divisionCode("100000").build())
        .city(City.builder("s").names("S", "乙").province("X").region(Region.EASTERN)
            .rank(AdminRank.SUB_PROVINCIAL).divisionCode("100100").build())
        .figure("p", 2024, Metric.GDP, Yuan.ofYi("1"), Release.PRELIMINARY, "off").build();
    assertThat(d.year(2024).cities().where(Condition.withRank(AdminRank.SUB_PROVINCIAL)).ids())
        .containsExactly("s");
    assertThat(d.year(2024).cities().where(Condition.withRank(AdminRank.PREFECTURE)).ids())
        .containsExactly("p");
  }

  @Test
  void should_say_what_a_view_is() {
    assertThat(ds.asOfDate()).isEmpty();
    assertThat(ds.isVerifiedOnly()).isFalse();
    Dataset then = ds.asOf(LocalDate.of(2025, 2, 15));
    assertThat(then.asOfDate()).contains(LocalDate.of(2025, 2, 15));
    assertThat(ds.verifiedOnly().isVerifiedOnly()).isTrue();
    assertThat(ds.verifiedOnly().asOfDate()).isEmpty();
    // unverified: beta's blog GDP and delta's growth
    assertThat(ds.verifiedOnly().year(2024).stats("delta").realGrowth()).isEmpty();
    assertThat(ds.year(2024).stats("delta").realGrowth()).contains(RealGrowth.of("4.0"));
  }
}
