package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.citygdp.core.domain.City;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * A selection that is a prefix of a cached order ({@code where(above).orderByDescending}, the
 * condition on the ordering metric) holds the whole order and a length: every method must see
 * only the prefix. Fixture 2024: growth epsilon 7.0, gamma 6.1, alpha 5.4, beta 5.0, delta 4.0;
 * national 5.0. GDP alpha 52,000, beta 30,000, gamma 15,000, delta 9,999.99 (亿元), epsilon none.
 */
class PrefixSelectionTest {
  private final YearView y = Fixture.dataset().year(2024);

  private CitySelection fasterThanNation() {
    return y.cities().where(Metric.REAL_GROWTH.above(y.nationalGrowth()))
        .orderByDescending(Metric.REAL_GROWTH);
  }

  @Test
  void should_read_only_the_prefix_through_every_terminal_method() {
    CitySelection s = fasterThanNation();
    assertThat(s.ids()).containsExactly("epsilon", "gamma", "alpha");
    assertThat(s.count()).isEqualTo(3);
    assertThat(s.isEmpty()).isFalse();
    assertThat(s.names()).containsExactly("Epsilon", "Gamma", "Alpha");
    assertThat(s.cities()).extracting(City::id).containsExactly("epsilon", "gamma", "alpha");
    // beta comes next in the order the prefix shares: it is not in the selection
    assertThat(s.contains("alpha")).isTrue();
    assertThat(s.contains("beta")).isFalse();
    assertThat(s.values(Metric.REAL_GROWTH).keySet()).containsExactly("epsilon", "gamma", "alpha");
    assertThat(s.sum(Metric.GDP).value()).contains(Yuan.ofYi("67000"));
    assertThat(s.sum(Metric.GDP).missing()).containsExactly("epsilon");
    assertThat(s.groupBy(Grouping.REGION).counts().values()).containsExactly(1, 1, 1);
    // the exact array made for those methods leaves the answers as they were
    assertThat(s.ids()).containsExactly("epsilon", "gamma", "alpha");
    assertThat(s.count()).isEqualTo(3);
  }

  @Test
  void should_chain_from_the_prefix_as_from_any_selection() {
    CitySelection s = fasterThanNation();
    assertThat(s.top(2).ids()).containsExactly("epsilon", "gamma");
    assertThat(s.top(10).ids()).containsExactly("epsilon", "gamma", "alpha");
    assertThat(s.orderBy(Metric.GDP).ids()).containsExactly("gamma", "alpha", "epsilon");
    assertThat(s.where(Metric.GDP.atLeast(Yuan.ofYi("10000"))).ids())
        .containsExactly("gamma", "alpha");
    assertThat(fasterThanNation().where(Metric.REAL_GROWTH.atLeast(RealGrowth.of("6.1")))
        .orderByDescending(Metric.REAL_GROWTH).ids()).containsExactly("epsilon", "gamma");
  }

  @Test
  void should_hold_an_empty_prefix() {
    CitySelection none = y.cities().where(Metric.REAL_GROWTH.above(RealGrowth.of("9")))
        .orderByDescending(Metric.REAL_GROWTH);
    assertThat(none.count()).isZero();
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.ids()).isEmpty();
    assertThat(none.cities()).isEmpty();
    assertThat(none.contains("epsilon")).isFalse();
    assertThat(none.top(3).ids()).isEmpty();
  }
}
