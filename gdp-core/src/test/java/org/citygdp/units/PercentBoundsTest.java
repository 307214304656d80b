package org.citygdp.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Pins Percent's whole-number and tenths factories exactly at the largest and smallest values a
 * long holds and one past, and its sign test at zero and one step either side.
 */
class PercentBoundsTest {

  @Test
  void whole_percent_at_either_limit_is_made_and_one_past_refused() {
    long max = Long.MAX_VALUE / 10_000;
    long min = Long.MIN_VALUE / 10_000;
    assertThat(Percent.of(max).unscaledValue()).isEqualTo(max * 10_000);
    assertThat(Percent.of(min).unscaledValue()).isEqualTo(min * 10_000);
    assertThat(Percent.of(max)).hasToString("922337203685477%");
    assertThatThrownBy(() -> Percent.of(max + 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent '922337203685478' is out of range: this type holds"
            + " -922337203685477.5808 to 922337203685477.5807");
    assertThatThrownBy(() -> Percent.of(min - 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("percent '-922337203685478' is out of range");
  }

  @Test
  void tenths_at_either_limit_are_made_and_one_past_refused() {
    long max = Long.MAX_VALUE / 1_000;
    long min = Long.MIN_VALUE / 1_000;
    assertThat(Percent.ofTenths(min).unscaledValue()).isEqualTo(min * 1_000);
    assertThat(Percent.ofTenths(max).unscaledValue()).isEqualTo(max * 1_000);
    assertThatThrownBy(() -> Percent.ofTenths(min - 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tenths of a percent '-9223372036854776' is out of range: this type holds"
            + " -922337203685477.5808 to 922337203685477.5807 percent");
  }

  @Test
  void only_a_rate_below_zero_is_negative() {
    assertThat(Percent.ofUnscaled(-1).isNegative()).isTrue();
    assertThat(Percent.of("-4.7").isNegative()).isTrue();
    assertThat(Percent.ZERO.isNegative()).isFalse();
    assertThat(Percent.of("-0").isNegative()).isFalse();
    assertThat(Percent.ofUnscaled(1).isNegative()).isFalse();
  }
}
