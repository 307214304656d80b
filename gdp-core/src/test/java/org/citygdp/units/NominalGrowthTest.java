package org.citygdp.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins NominalGrowth's comparisons: faster, slower and the order, including equal rates. */
class NominalGrowthTest {
  private static final NominalGrowth FIVE = NominalGrowth.of("5");
  private static final NominalGrowth FIVE_ONE = NominalGrowth.of("5.1");

  @Test
  void faster_only_when_strictly_higher() {
    assertThat(FIVE_ONE.isFasterThan(FIVE)).isTrue();
    assertThat(FIVE.isFasterThan(FIVE_ONE)).isFalse();
    assertThat(FIVE.isFasterThan(NominalGrowth.of("5.0"))).isFalse();
  }

  @Test
  void slower_only_when_strictly_lower() {
    assertThat(FIVE.isSlowerThan(FIVE_ONE)).isTrue();
    assertThat(FIVE_ONE.isSlowerThan(FIVE)).isFalse();
    assertThat(FIVE.isSlowerThan(NominalGrowth.of("5.0"))).isFalse();
  }

  @Test
  void growth_orders_by_rate() {
    NominalGrowth fall = NominalGrowth.of("-0.3");
    assertThat(FIVE.compareTo(FIVE_ONE)).isNegative();
    assertThat(FIVE_ONE.compareTo(FIVE)).isPositive();
    assertThat(FIVE.compareTo(NominalGrowth.ofTenths(50))).isZero();
    List<NominalGrowth> all = new ArrayList<>(List.of(FIVE_ONE, fall, FIVE));
    Collections.sort(all);
    assertThat(all).containsExactly(fall, FIVE, FIVE_ONE);
  }
}
