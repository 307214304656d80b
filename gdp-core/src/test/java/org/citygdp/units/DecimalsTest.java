package org.citygdp.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Pins how Decimals quotes a text in a message (the 40-character budget at and past its limit,
 * escapes taking six, surrogate pairs kept whole and counted as two, lone surrogates as one), the
 * limit on a canonical form's length, the last scaling step that still fits a long, and how a
 * BigDecimal of 127 and 128 bits is shown.
 */
class DecimalsTest {
  private static final String GRIN = "\uD83D\uDE00";

  private static String a(int n) {
    return "a".repeat(n);
  }

  @Test
  void forty_characters_are_quoted_whole_and_forty_one_are_cut() {
    assertThat(Decimals.quote("")).isEqualTo("''");
    assertThat(Decimals.quote(a(40))).isEqualTo("'" + a(40) + "'");
    assertThat(Decimals.quote(a(41))).isEqualTo("'" + a(40) + "…' (41 characters)");
  }

  @Test
  void an_escape_takes_six_of_the_forty() {
    assertThat(Decimals.quote(a(34) + "\n")).isEqualTo("'" + a(34) + "\\u000A'");
    assertThat(Decimals.quote(a(35) + "\n")).isEqualTo("'" + a(35) + "…' (36 characters)");
    assertThat(Decimals.quote("a b\tc")).isEqualTo("'a b\\u0009c'");
  }

  @Test
  void a_surrogate_pair_is_kept_whole_and_counts_two() {
    assertThat(Decimals.quote("x" + GRIN + "y")).isEqualTo("'x" + GRIN + "y'");
    assertThat(Decimals.quote(GRIN)).isEqualTo("'" + GRIN + "'");
    assertThat(Decimals.quote(a(38) + GRIN)).isEqualTo("'" + a(38) + GRIN + "'");
    // not split: the pair would pass the budget, so neither half is shown
    assertThat(Decimals.quote(a(39) + GRIN)).isEqualTo("'" + a(39) + "…' (41 characters)");
    assertThat(Decimals.quote(a(39) + GRIN + "b")).isEqualTo("'" + a(39) + "…' (42 characters)");
  }

  @Test
  void a_lone_surrogate_counts_one() {
    assertThat(Decimals.quote("x\uD83D")).isEqualTo("'x\uD83D'");
    assertThat(Decimals.quote("\uDE00x")).isEqualTo("'\uDE00x'");
    // a high surrogate before a letter is alone: it fits as one, the letter does not
    assertThat(Decimals.quote(a(39) + "\uD83Dx"))
        .isEqualTo("'" + a(39) + "\uD83D…' (41 characters)");
    assertThat(Decimals.quote(a(39) + "\uDE00\uD83D"))
        .isEqualTo("'" + a(39) + "\uDE00…' (41 characters)");
  }

  @Test
  void a_canonical_percent_of_33_characters_reaches_the_number_rules_and_of_34_is_too_long() {
    String number = "1" + "0".repeat(31); // 32 characters: passes the length check, too large
    assertThatThrownBy(() -> Percent.parse(number + "%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is out of range");
    assertThatThrownBy(() -> Percent.parse(number + "0%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("is too long: at most 33 characters");
    assertThat(Percent.parse("-922337203685477.5808%").unscaledValue()).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void the_last_scaling_step_that_fits_a_long_is_taken() {
    // digits 922337203685477580 then one step of x10: exactly Long.MIN_VALUE / 10 before it
    assertThat(Percent.of("922337203685477.580").unscaledValue())
        .isEqualTo(9_223_372_036_854_775_800L);
    assertThat(Percent.of("-922337203685477.580").unscaledValue())
        .isEqualTo(-9_223_372_036_854_775_800L);
    assertThatThrownBy(() -> Percent.of("922337203685477.59"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is out of range");
  }

  @Test
  void a_big_decimal_of_127_bits_is_written_out_and_of_128_bits_counted() {
    BigDecimal bits127 = new BigDecimal(BigInteger.TWO.pow(126));
    assertThatThrownBy(() -> Percent.of(bits127))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent '85070591730234615865843651857942052864' is out of range: this type"
            + " holds -922337203685477.5808 to 922337203685477.5807");
    BigDecimal bits128 = new BigDecimal(BigInteger.TWO.pow(127));
    assertThatThrownBy(() -> Percent.of(bits128))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent of about 39 digits (scale 0) has more than 38 significant digits;"
            + " this type is exact and does not round");
  }
}
