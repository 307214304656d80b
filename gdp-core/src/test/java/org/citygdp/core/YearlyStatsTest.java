package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A city's year on the {@link Fixture}: its text (every present figure with its source, GDP per
 * capita only where population is known) and its conflicts (only its own, only that year's).
 */
class YearlyStatsTest {

  @Test
  void should_print_each_present_figure_with_its_source_and_the_derived_gdp_per_capita() {
    Dataset ds = Fixture.dataset();
    // 52000 亿元 / 2000 万人 = 260000 yuan per resident
    assertThat(ds.year(2024).stats("alpha")).hasToString("Alpha 甲城 2024\n"
        + "  GDP (亿元): 52000  [off]\n"
        + "  real growth (%): 5.4  [off]\n"
        + "  population (万人): 2000  [off]\n"
        + "  Tertiary sector real growth (%): 6  [off]\n"
        + "  GDP per capita (CNY): 260000  [derived]\n");
  }

  @Test
  void should_print_only_the_figures_a_city_has() {
    Dataset ds = Fixture.dataset();
    assertThat(ds.year(2024).stats("epsilon")).hasToString("Epsilon 戊城 2024\n"
        + "  real growth (%): 7  [off]\n");
    assertThat(ds.year(2023).stats("epsilon")).hasToString("Epsilon 戊城 2023\n"
        + "  GDP (亿元): 8000  [off23]\n");
  }

  @Test
  void should_list_only_the_citys_own_conflicts_of_that_year() {
    Dataset ds = Fixture.dataset();
    assertThat(ds.conflicts()).hasSize(1);
    assertThat(ds.year(2024).stats("beta").conflicts()).hasSize(1);
    assertThat(ds.year(2024).stats("beta").conflicts().get(0).city().id()).isEqualTo("beta");
    assertThat(ds.year(2024).stats("alpha").conflicts()).isEmpty();
    assertThat(ds.year(2023).stats("beta").conflicts()).isEmpty();
  }
}
