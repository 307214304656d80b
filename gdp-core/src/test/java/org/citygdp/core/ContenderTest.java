package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citygdp.core.domain.City;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Contenders below a threshold on the {@link Fixture} (2024: alpha 52000, beta 30000, gamma 15000,
 * delta 9999.99 亿元, epsilon missing): a city exactly at the threshold is not one, positions count
 * from 1, {@code top}'s limits; and Contender's equality, hash code, year and text.
 */
class ContenderTest {
  private static final Threshold T30 = Threshold.atLeast(Yuan.ofYi("30000"));

  private static Contenders contenders() {
    return Fixture.dataset().year(2024).contenders(T30);
  }

  @Test
  void should_list_cities_strictly_below_the_threshold_closest_first() {
    Contenders c = contenders();
    // beta is at exactly 30000: not below
    assertThat(c.ids()).containsExactly("gamma", "delta");
    assertThat(c.names()).containsExactly("Gamma", "Delta");
    assertThat(c.count()).isEqualTo(2);
    assertThat(c.year()).isEqualTo(2024);
    assertThat(c.rows()).extracting(Contender::position).containsExactly(1, 2);
    assertThat(c.rows()).extracting(Contender::year).containsExactly(2024, 2024);
    assertThat(c.withoutLevel()).extracting(City::id).containsExactly("epsilon");
  }

  @Test
  void should_take_the_closest_n_from_zero_to_more_than_there_are() {
    Contenders c = contenders();
    assertThat(c.top(0).count()).isZero();
    assertThat(c.top(0).ids()).isEmpty();
    assertThat(c.top(1).ids()).containsExactly("gamma");
    assertThat(c.top(2).ids()).containsExactly("gamma", "delta");
    assertThat(c.top(3).ids()).containsExactly("gamma", "delta");
    assertThat(c.top(1).year()).isEqualTo(2024);
    assertThatThrownBy(() -> c.top(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n '-1' must not be negative");
  }

  @Test
  void should_say_position_city_level_gap_and_threshold() {
    Contenders c = contenders();
    assertThat(c.rows().get(0)).hasToString(
        "#1 Gamma 2024: CNY 1500bn, 15000 亿元 (100%) below GDP >= CNY 3000bn");
    // 30000 - 9999.99 = 20000.01 亿元, 200.0003% of 9999.99
    assertThat(c.rows().get(1)).hasToString(
        "#2 Delta 2024: CNY 999.999bn, 20000.01 亿元 (200.0003%) below GDP >= CNY 3000bn");
  }

  @Test
  void should_compare_by_position_threshold_year_city_and_level() {
    Contenders c = contenders();
    Contender gamma = c.rows().get(0);
    Contender delta = c.rows().get(1);
    Contender same = new Contender(1, T30, 2024, gamma.city(), gamma.level());
    assertThat(gamma).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(gamma.equals(gamma)).isTrue();
    assertThat(gamma.equals("gamma")).isFalse();
    assertThat(gamma).isNotEqualTo(new Contender(2, T30, 2024, gamma.city(), gamma.level()));
    assertThat(gamma).isNotEqualTo(new Contender(1, T30, 2023, gamma.city(), gamma.level()));
    assertThat(gamma).isNotEqualTo(new Contender(1, Threshold.atLeast(Yuan.ofYi("30001")), 2024,
        gamma.city(), gamma.level()));
    assertThat(gamma).isNotEqualTo(new Contender(1, T30, 2024, delta.city(), gamma.level()));
    assertThat(gamma).isNotEqualTo(new Contender(1, T30, 2024, gamma.city(), delta.level()));
    assertThat(gamma.hashCode()).isNotEqualTo(delta.hashCode());
  }

  @Test
  void should_say_n_a_for_the_gap_of_a_zero_level() {
    Dataset ds = Dataset.builder().source(Fixture.OFF)
        .city(Fixture.city("z", "Zero", "零", org.citygdp.core.domain.Region.EASTERN))
        .figure("z", 2024, Metric.GDP, Yuan.ofYi("0"), org.citygdp.core.domain.Release.PRELIMINARY,
            "off")
        .build();
    Contender z = ds.year(2024).contenders(T30).rows().get(0);
    assertThat(z.gapPercent()).isEmpty();
    assertThat(z).hasToString("#1 Zero 2024: CNY 0bn, 30000 亿元 (n/a) below GDP >= CNY 3000bn");
  }
}
