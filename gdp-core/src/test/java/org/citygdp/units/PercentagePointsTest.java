package org.citygdp.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins PercentagePoints' absolute value, zero test and order, at zero and one step either side. */
class PercentagePointsTest {

  @Test
  void the_absolute_value_drops_the_minus_only() {
    assertThat(PercentagePoints.of("-1.5").abs()).isEqualTo(PercentagePoints.of("1.5"));
    assertThat(PercentagePoints.ofUnscaled(-1).abs().unscaledValue()).isEqualTo(1);
    assertThat(PercentagePoints.of("1.5").abs()).isEqualTo(PercentagePoints.of("1.5"));
    assertThat(PercentagePoints.ofUnscaled(1).abs().unscaledValue()).isEqualTo(1);
    assertThat(PercentagePoints.ZERO.abs()).isEqualTo(PercentagePoints.ZERO);
    assertThat(PercentagePoints.ofUnscaled(-1234567).abs()).hasToString("+123.4567pp");
  }

  @Test
  void only_zero_is_zero() {
    assertThat(PercentagePoints.ZERO.isZero()).isTrue();
    assertThat(PercentagePoints.of("-0").isZero()).isTrue();
    assertThat(PercentagePoints.ofUnscaled(1).isZero()).isFalse();
    assertThat(PercentagePoints.ofUnscaled(-1).isZero()).isFalse();
    assertThat(PercentagePoints.of("0.2").isZero()).isFalse();
  }

  @Test
  void points_order_by_value() {
    PercentagePoints down = PercentagePoints.of("-0.2");
    PercentagePoints up = PercentagePoints.of("0.0001");
    assertThat(down.compareTo(up)).isNegative();
    assertThat(up.compareTo(down)).isPositive();
    assertThat(up.compareTo(PercentagePoints.ofUnscaled(1))).isZero();
    assertThat(PercentagePoints.ZERO.compareTo(up)).isNegative();
    List<PercentagePoints> all = new ArrayList<>(List.of(up, PercentagePoints.ZERO, down));
    Collections.sort(all);
    assertThat(all).containsExactly(down, PercentagePoints.ZERO, up);
  }
}
