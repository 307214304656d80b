package org.citygdp.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Factories from whole numbers of the units figures are published in (issue #11). */
class IntegerFactoriesTest {

  @Test
  void should_make_percent_and_growth_from_tenths_of_a_percent() {
    assertThat(Percent.ofTenths(54)).isEqualTo(Percent.of("5.4"));
    assertThat(Percent.ofTenths(-3)).isEqualTo(Percent.of("-0.3"));
    assertThat(Percent.ofTenths(0)).isEqualTo(Percent.ZERO);
    assertThat(Percent.ofTenths(1000)).isEqualTo(Percent.ONE_HUNDRED);
    assertThat(RealGrowth.ofTenths(54)).isEqualTo(RealGrowth.of("5.4"));
    assertThat(NominalGrowth.ofTenths(123)).isEqualTo(NominalGrowth.of("12.3"));
    assertThat(RealGrowth.ofTenths(-1000)).isEqualTo(RealGrowth.of("-100"));
    assertThatThrownBy(() -> RealGrowth.ofTenths(-1001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NominalGrowth.ofTenths(-1001))
        .isInstanceOf(IllegalArgumentException.class);
    long max = Long.MAX_VALUE / 1000;
    assertThat(Percent.ofTenths(max).unscaledValue()).isEqualTo(max * 1000);
    assertThatThrownBy(() -> Percent.ofTenths(max + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    assertThatThrownBy(() -> Percent.ofTenths(Long.MIN_VALUE / 1000 - 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
  }

  @Test
  void should_make_percentage_points_from_tenths_of_a_point() {
    assertThat(PercentagePoints.ofTenths(4)).isEqualTo(PercentagePoints.of("0.4"));
    assertThat(PercentagePoints.ofTenths(-13)).isEqualTo(PercentagePoints.of("-1.3"));
    assertThat(PercentagePoints.ofTenths(0)).isSameAs(PercentagePoints.ZERO);
    // within ±50 points: one shared instance per value, the same ofUnscaled gives
    assertThat(PercentagePoints.ofTenths(500)).isSameAs(PercentagePoints.ofTenths(500))
        .isSameAs(PercentagePoints.ofUnscaled(500_000)).hasToString("+50pp");
    assertThat(PercentagePoints.ofTenths(-500)).isSameAs(PercentagePoints.ofUnscaled(-500_000));
    // values no other test makes: their shared instance is made here
    assertThat(PercentagePoints.ofTenths(-487).unscaledValue()).isEqualTo(-487_000);
    assertThat(PercentagePoints.ofTenths(493)).hasToString("+49.3pp");
    // past it: equal values, new objects
    assertThat(PercentagePoints.ofTenths(501)).isEqualTo(PercentagePoints.of("50.1"))
        .isNotSameAs(PercentagePoints.ofTenths(501));
    assertThat(PercentagePoints.ofTenths(-501)).isEqualTo(PercentagePoints.of("-50.1"));
    long max = Long.MAX_VALUE / 1000;
    assertThat(PercentagePoints.ofTenths(max).unscaledValue()).isEqualTo(max * 1000);
    assertThat(PercentagePoints.ofTenths(-max).unscaledValue()).isEqualTo(-max * 1000);
    assertThatThrownBy(() -> PercentagePoints.ofTenths(max + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + (max + 1) + "'").hasMessageContaining("out of range");
    assertThatThrownBy(() -> PercentagePoints.ofTenths(Long.MIN_VALUE / 1000 - 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
  }

  @Test
  void should_make_yuan_from_hundredths_of_a_yi() {
    assertThat(Yuan.ofYiHundredths(5_207_340)).isEqualTo(Yuan.ofYi("52073.40"));
    assertThat(Yuan.ofYiHundredths(1).toYuan()).isEqualTo(1_000_000L);
    assertThat(Yuan.ofYiHundredths(-1).toYuan()).isEqualTo(-1_000_000L);
    assertThat(Yuan.ofYiHundredths(0)).isEqualTo(Yuan.ZERO);
    long max = Long.MAX_VALUE / 1_000_000;
    assertThat(Yuan.ofYiHundredths(max).toYuan()).isEqualTo(max * 1_000_000);
    assertThatThrownBy(() -> Yuan.ofYiHundredths(max + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
  }
}
