package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citygdp.core.domain.Release;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Shares of national GDP on the {@link Fixture}, with a national GDP of 900000 亿元 added for 2023:
 * the text with and without a national figure, a level or every city; equality and hash codes of
 * one year's share and of a series; the change between two years and its year order.
 */
class NationalShareTest {
  private static final Threshold T10 = Threshold.atLeast(Yuan.ofYi("10000"));

  private static Dataset dataset() {
    return Fixture.builder()
        .national(2023, Metric.GDP, Yuan.ofYi("900000"), Release.PRELIMINARY, "off23").build();
  }

  @Test
  void should_print_the_cities_their_gdp_the_national_figure_the_share_and_who_is_missing() {
    Dataset ds = Fixture.dataset();
    // 52000 + 30000 + 15000 + 9999.99 = 106999.99 亿元 of 1000000: 10.699999% -> 10.7%
    NationalShare all = ds.year(2024).shareOfNationalGdp(Condition.always());
    assertThat(all.selection()).isEqualTo("true");
    assertThat(all).hasToString("2024, true: 5 cities, CNY 10699.999bn of CNY 100000bn [off]"
        + " = 10.7% (without epsilon)");
    // 2023 has no national GDP in the fixture; alpha 48000 + beta 29000
    NationalShares club = ds.shareOfNationalGdp(T10);
    assertThat(club.selection()).isEqualTo("GDP >= CNY 1000bn");
    assertThat(club.inYear(2023).orElseThrow()).hasToString(
        "2023, GDP >= CNY 1000bn: 2 cities, CNY 7700bn of no national GDP = n/a");
    NationalShare eps = ds.year(2024).shareOfNationalGdp(Condition.idIn("epsilon"));
    assertThat(eps).hasToString("2024, id in [epsilon]: 1 city, no level of CNY 100000bn [off]"
        + " = n/a (without epsilon)");
  }

  @Test
  void should_compare_one_years_share_by_value() {
    Dataset ds = Fixture.dataset();
    NationalShare a = ds.year(2024).shareOfNationalGdp(Condition.always());
    NationalShare same = ds.year(2024).shareOfNationalGdp(Condition.always());
    NationalShare other = ds.year(2024).shareOfNationalGdp(Condition.idIn("alpha"));
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a.equals(a)).isTrue();
    assertThat(a.equals("2024")).isFalse();
    assertThat(a).isNotEqualTo(other);
    assertThat(a.hashCode()).isNotEqualTo(other.hashCode());
    assertThat(a).isNotEqualTo(ds.year(2023).shareOfNationalGdp(Condition.always()));
  }

  @Test
  void should_compare_a_series_by_label_and_years() {
    Dataset ds = dataset();
    NationalShares a = ds.shareOfNationalGdp(T10);
    NationalShares same = ds.shareOfNationalGdp(T10);
    NationalShares other = ds.shareOfNationalGdp(Threshold.atLeast(Yuan.ofYi("20000")));
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a.equals(a)).isTrue();
    assertThat(a.equals("GDP >= CNY 1000bn")).isFalse();
    assertThat(a).isNotEqualTo(other);
    // same years, another label: the label alone tells them apart
    NationalShares relabelled = ds.shareOfNationalGdp(Condition.always());
    assertThat(a).isNotEqualTo(relabelled);
    assertThat(a.hashCode()).isNotEqualTo(other.hashCode());
    // the hash combines label and years as 31 * label + years
    assertThat(a.hashCode()).isEqualTo(31 * "GDP >= CNY 1000bn".hashCode() + a.years().hashCode());
  }

  @Test
  void should_measure_the_change_between_two_years_later_first() {
    NationalShares club = dataset().shareOfNationalGdp(T10);
    // 2023: 77000 / 900000 = 8.5556%; 2024: 97000 / 1000000 = 9.7%
    assertThat(club.inYear(2023).orElseThrow().share().orElseThrow().toString())
        .isEqualTo("8.5556%");
    assertThat(club.change(2024, 2023)).contains(PercentagePoints.of("1.1444"));
    assertThatThrownBy(() -> club.change(2024, 2024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("later year '2024' must be after earlier year '2024': change(later, earlier)");
    assertThatThrownBy(() -> club.change(2023, 2024))
        .hasMessage("later year '2023' must be after earlier year '2024': change(later, earlier)");
    assertThat(Fixture.dataset().shareOfNationalGdp(T10).change(2024, 2023)).isEmpty();
  }
}
