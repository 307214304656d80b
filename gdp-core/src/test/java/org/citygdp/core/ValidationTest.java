package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/** Every input rule fails with a typed exception naming the field, value, place and rule. */
class ValidationTest {

  @Test
  void should_reject_negative_gdp() {
    assertThatThrownBy(() -> Fixture.builder()
        .figure(Observation.of("alpha", 2022, Metric.GDP, Yuan.ofYi("-1"), Release.PRELIMINARY, "off")
            .at("figures/alpha.json, figures[7]")).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Invalid gdp 'CNY -0.1bn' at figures/alpha.json, figures[7]: must not be negative")
        .satisfies(e -> {
          InvalidDataException x = (InvalidDataException) e;
          assertThat(x.field()).isEqualTo("gdp");
          assertThat(x.place()).isEqualTo("figures/alpha.json, figures[7]");
        });
  }

  @Test
  void should_reject_years_outside_1949_to_2100() {
    assertThatThrownBy(() -> Fixture.builder()
        .figure("alpha", 1948, Metric.GDP, Yuan.ofYi("1"), Release.PRELIMINARY, "off").build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Invalid year '1948'")
        .hasMessageContaining("must be within 1949–2100");
    assertThatThrownBy(() -> Fixture.builder()
        .figure("alpha", 2101, Metric.GDP, Yuan.ofYi("1"), Release.PRELIMINARY, "off").build())
        .hasMessageContaining("Invalid year '2101'");
  }

  @Test
  void should_reject_a_duplicate_city_year_within_one_release_and_source() {
    assertThatThrownBy(() -> Fixture.builder()
        .figure("alpha", 2024, Metric.GDP, Yuan.ofYi("52000"), Release.PRELIMINARY, "off").build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Invalid figure 'alpha 2024 gdp PRELIMINARY off'")
        .hasMessageContaining("duplicates a figure from the same source and release");
  }

  @Test
  void should_reject_a_figure_for_an_unknown_city_or_source() {
    assertThatThrownBy(() -> Fixture.builder()
        .figure("zeta", 2024, Metric.GDP, Yuan.ofYi("1"), Release.PRELIMINARY, "off").build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("Invalid city 'zeta' at zeta 2024 gdp (PRELIMINARY, off)")
        .hasMessageEndingWith("must name a city defined in the dataset");
    assertThatThrownBy(() -> Fixture.builder()
        .figure("alpha", 2024, Metric.GDP, Yuan.ofYi("1"), Release.PRELIMINARY, "nope").build())
        .hasMessageContaining("Invalid source 'nope'");
  }

  @Test
  void should_reject_duplicate_ids_and_derived_metrics() {
    assertThatThrownBy(() -> Fixture.builder().source(Fixture.OFF).build())
        .hasMessage("Invalid source id 'off' at sources: must be unique, but is defined twice");
    assertThatThrownBy(() -> Fixture.builder()
        .city(Fixture.city("alpha", "A", "甲", Region.EASTERN)).build())
        .hasMessage("Invalid city id 'alpha' at cities: must be unique, but is defined twice");
    assertThatThrownBy(() -> Fixture.builder().figure("alpha", 2024, Metric.GDP_PER_CAPITA,
        Yuan.ofYuan(1), Release.PRELIMINARY, "off").build())
        .hasMessageContaining("is derived from other figures");
  }

  @Test
  void should_reject_a_growth_below_minus_100_percent_when_built() {
    assertThatThrownBy(() -> RealGrowth.of("-100.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("below -100%");
  }

  @Test
  void should_reject_malformed_domain_values() {
    assertThatThrownBy(() -> Fixture.city("Alpha", "A", "甲", Region.EASTERN))
        .hasMessageContaining("city id 'Alpha' must be lower-case ASCII");
    assertThatThrownBy(() -> City.builder("x").names("X", "X").province("P").region(Region.EASTERN)
        .divisionCode("12345").build())
        .hasMessageContaining("city divisionCode '12345' must be six digits");
    assertThatThrownBy(() -> Threshold.atLeast(Yuan.ofYuan(-1)))
        .hasMessageContaining("must not be negative");
  }

  @Test
  void should_build_nothing_when_anything_is_wrong() {
    Dataset.Builder b = Fixture.builder()
        .figure("zeta", 2024, Metric.GDP, Yuan.ofYi("1"), Release.PRELIMINARY, "off");
    assertThatThrownBy(b::build).isInstanceOf(InvalidDataException.class);
    assertThatThrownBy(b::build).isInstanceOf(InvalidDataException.class);
  }

  @Test
  void should_reject_amounts_whose_sum_over_cities_would_not_fit() {
    Dataset.Builder b = Fixture.builder()
        .figure("alpha", 2022, Metric.GDP, Yuan.ofYuan(Long.MAX_VALUE / 2), Release.FINAL, "off")
        .figure("beta", 2022, Metric.GDP, Yuan.ofYuan(Long.MAX_VALUE / 2), Release.FINAL, "off");
    Dataset ds = b.build(); // exactly Long.MAX_VALUE - 1: still exact
    assertThat(ds.year(2022).cities().sum(Metric.GDP).value())
        .contains(Yuan.ofYuan(Long.MAX_VALUE - 1));

    assertThatThrownBy(() -> b.figure("gamma", 2022, Metric.GDP, Yuan.ofYuan(2), Release.FINAL,
        "off").build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("Invalid gdp 'CNY 0.000000002bn' at gamma 2022 gdp (FINAL, off)")
        .hasMessageContaining("makes the gdp figures of 2022 add up to more than");
  }
}
