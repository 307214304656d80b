package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Release;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * The API misuses of issue #10, finding 8, each with the error it now gets where the value enters.
 * Before: {@code city(null)} failed deep inside, {@code figure(null, …)} made a national figure, a
 * null region was accepted and failed later in {@code groupBy}, {@code compare(2023, 2024)}
 * silently inverted, {@code latestYear()} of an empty view named year 2100, {@code
 * TierScheme.trillions(Integer.MAX_VALUE)} ran out of memory, and unknown ids got no suggestion.
 */
class ApiMisuseTest {
  private final Dataset ds = Fixture.dataset();

  @Test
  void should_reject_a_null_city_id_naming_the_parameter() {
    assertThatThrownBy(() -> ds.city(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("key must not be null");
    assertThatThrownBy(() -> ds.year(2024).stats(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("cityId must not be null");
    assertThatThrownBy(() -> ds.compare(2024, 2023).growthChange(null))
        .hasMessage("cityId must not be null");
  }

  @Test
  void should_not_make_a_national_figure_of_a_city_figure_with_a_null_city() {
    Dataset.Builder b = Fixture.builder();

    assertThatThrownBy(() -> b.figure(null, 2022, Metric.GDP, Yuan.ofYi("1"),
        Release.PRELIMINARY, "off")).isInstanceOf(NullPointerException.class)
        .hasMessage("cityId must not be null");
    assertThatThrownBy(() -> Observation.of(null, 2022, Metric.GDP, Yuan.ofYi("1"),
        Release.PRELIMINARY, "off")).hasMessage("cityId must not be null");
    // nothing was added: the dataset has no national GDP for 2022
    assertThat(b.build().national(2022)).isEmpty();
  }

  @Test
  void should_reject_a_null_region_when_the_city_is_built() {
    assertThatThrownBy(() -> City.builder("x").region(null))
        .isInstanceOf(NullPointerException.class).hasMessage("region must not be null");
    assertThatThrownBy(() -> new City("x", "X", "X", "X", "P", null, AdminRank.PREFECTURE, "100000",
        com.google.common.collect.ImmutableSet.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("region must not be null");
  }

  @Test
  void should_reject_null_elements_naming_their_place() {
    assertThatThrownBy(() -> Condition.idIn("alpha", null))
        .isInstanceOf(NullPointerException.class).hasMessage("ids[1] must not be null");
    java.util.List<City> cities = new java.util.ArrayList<>();
    cities.add(null);
    Dataset.Builder b = Fixture.builder();
    assertThatThrownBy(() -> b.cities(cities)).hasMessage("all[0] must not be null");
    assertThat(b.build().cities()).hasSize(5);
  }

  @Test
  void should_reject_a_comparison_whose_later_year_is_not_after_the_earlier() {
    assertThatThrownBy(() -> ds.compare(2023, 2024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("later year '2023' must be after earlier year '2024': compare(later, earlier),"
            + " e.g. compare(2024, 2023)");
    assertThatThrownBy(() -> ds.compare(2024, 2024)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ds.compare(2024, 2023).later().year()).isEqualTo(2024);
  }

  @Test
  void should_say_an_empty_view_has_no_latest_year_without_naming_2100() {
    Dataset before = ds.asOf(LocalDate.of(2000, 1, 1));

    assertThatThrownBy(before::latestYear).isInstanceOf(MissingFigureException.class)
        .hasMessageStartingWith("No city figures in Dataset[5 cities, no years, 27 figures")
        .hasMessageContaining("so it has no latest year (left out: as of 2000-01-01: 27 figures"
            + " published later, 0 undated)")
        .hasMessageNotContaining("2100");
    assertThatThrownBy(() -> Dataset.builder().build().latestYear())
        .isInstanceOf(MissingFigureException.class)
        .hasMessage("No city figures in Dataset[0 cities, no years, 0 figures from 0 sources,"
            + " latest release], so it has no latest year");
    assertThatThrownBy(before::latestYearView).isInstanceOf(MissingFigureException.class);
  }

  @Test
  void should_reject_a_tier_scheme_of_absurdly_many_tiers_before_making_them() {
    assertThatThrownBy(() -> TierScheme.trillions(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("top '2147483647' must be within 1–1000");
    assertThatThrownBy(() -> TierScheme.trillions(0)).hasMessage("top '0' must be within 1–1000");
    assertThat(TierScheme.trillions(TierScheme.MAX_TRILLIONS).tiers()).hasSize(1000);
  }

  @Test
  void should_name_the_nearest_known_ids_of_an_unknown_one() {
    CitySelection all = ds.year(2024).cities();

    assertThatThrownBy(() -> all.where(Condition.idIn("alpha", "gamme")))
        .isInstanceOf(UnknownCityException.class)
        .hasMessage("Unknown city id 'gamme'; nearest known ids: gamma, alpha, beta");
    assertThatThrownBy(() -> ds.year(2024).stats("bet"))
        .isInstanceOf(UnknownCityException.class)
        .hasMessage("Unknown city id 'bet'; nearest known ids: beta, delta, alpha");
    assertThatThrownBy(() -> ds.source("of"))
        .isInstanceOf(CityGdpException.class)
        .hasMessage("Unknown source id 'of'; nearest known ids: off, off23, rev");
    assertThat(all.where(Condition.idIn("beta", "alpha")).ids()).containsExactly("alpha", "beta");
  }

  @Test
  void should_keep_the_message_of_an_absurd_id_short() {
    String id = "x".repeat(1_000_000);

    assertThatThrownBy(() -> ds.city(id)).isInstanceOf(UnknownCityException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200))
        .satisfies(e -> assertThat(((UnknownCityException) e).id()).isEqualTo(id));
  }

  @Test
  void should_check_years_where_they_enter() {
    assertThatThrownBy(() -> ds.leftOut(1800)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year '1800' must be within 1949–2100");
    assertThatThrownBy(() -> ds.national(2101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year '2101' must be within 1949–2100");
    assertThat(ds.national(1949)).isEmpty();
    assertThatThrownBy(() -> ds.city("alpha").nominalCagr(1800, 2024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year '1800' must be within 1949–2100");
    assertThatThrownBy(() -> ds.asOf(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("date must not be null");
    assertThatThrownBy(() -> ds.year(2024).cities().top(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("n '-1' must not be negative");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void should_reject_a_value_of_another_type_than_its_metric_when_generics_are_bypassed() {
    Metric gdp = Metric.GDP;
    Comparable growth = org.citygdp.units.RealGrowth.of("5");

    assertThatThrownBy(() -> Observation.of("alpha", 2024, gdp, growth, Release.FINAL, "off"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value '5% real' of metric gdp must be a Yuan, not a RealGrowth");
    assertThatThrownBy(() -> gdp.above(growth)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gdp.above((Metric) Metric.REAL_GROWTH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metric real_growth holds other values than gdp and cannot be compared with it");
  }
}
