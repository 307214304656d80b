package org.citygdp.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YuanTest {

  @Test
  void should_hold_yi_billions_and_trillions_exactly() {
    // GIVEN Beijing's 2025 GDP as published: 52073.4 亿元 = 5207.34 billion
    Yuan yi = Yuan.ofYi("52073.4");
    Yuan billions = Yuan.ofBillions("5207.34");
    // THEN both are the same whole number of yuan
    assertThat(yi).isEqualTo(billions);
    assertThat(yi.toYuan()).isEqualTo(5_207_340_000_000L);
    assertThat(yi.toString()).isEqualTo("CNY 5207.34bn");
    assertThat(yi.toTrillions()).isEqualByComparingTo("5.20734");
    assertThat(yi.toYi()).isEqualByComparingTo("52073.4");
  }

  @Test
  void should_put_dalian_at_or_above_one_trillion_without_rounding_doubt() {
    Yuan dalian = Yuan.ofBillions("1000.21");
    assertThat(dalian.isAtLeast(Yuan.ofTrillions(1))).isTrue();
    assertThat(Yuan.ofYi("9999.99").isAtLeast(Yuan.ONE_TRILLION)).isFalse();
    assertThat(Yuan.ofYi("10000").isAtLeast(Yuan.ONE_TRILLION)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "CNY 5207.34bn, 5207340000000",
      "CNY 1.5tn,     1500000000000",
      "CNY 13902.67yi, 1390267000000",
      "CNY 1200,      1200",
      "CNY 0.000000001bn, 1"})
  void should_parse_what_it_prints_and_its_variants(String text, long yuan) {
    Yuan parsed = Yuan.parse(text);
    assertThat(parsed.toYuan()).isEqualTo(yuan);
    assertThat(Yuan.parse(parsed.toString())).isEqualTo(parsed);
  }

  @Test
  void should_refuse_fractions_of_a_yuan_rather_than_round() {
    assertThatThrownBy(() -> Yuan.ofYi("1.123456789"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.123456789")
        .hasMessageContaining("more than 8 decimal places");
  }

  @Test
  void should_refuse_text_without_the_currency() {
    assertThatThrownBy(() -> Yuan.parse("5207.34bn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must start with 'CNY '");
  }

  @Test
  void should_add_subtract_and_compare() {
    Yuan a = Yuan.ofYi("100.5");
    Yuan b = Yuan.ofYi("0.5");
    assertThat(a.plus(b)).isEqualTo(Yuan.ofYi("101"));
    assertThat(a.minus(b)).isEqualTo(Yuan.ofYi("100"));
    assertThat(b.minus(a).isNegative()).isTrue();
    assertThat(a.compareTo(b)).isPositive();
    assertThat(a.multipliedBy(2)).isEqualTo(Yuan.ofYi("201"));
  }

  @Test
  void should_overflow_loudly() {
    Yuan big = Yuan.ofYuan(Long.MAX_VALUE);
    assertThatThrownBy(() -> big.plus(Yuan.ofYuan(1))).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void should_take_a_share_with_named_rounding() {
    // 82000 of 1,000,000 亿元 is exactly 8.2%
    assertThat(Yuan.ofYi("82000").percentOf(Yuan.ofYi("1000000"), RoundingMode.HALF_EVEN))
        .isEqualTo(Percent.of("8.2"));
    // 1 of 3 is 33.33333...% -> 33.3333% half-even
    assertThat(Yuan.ofYuan(1).percentOf(Yuan.ofYuan(3), RoundingMode.HALF_EVEN))
        .isEqualTo(Percent.of("33.3333"));
    assertThatThrownBy(() -> Yuan.ofYuan(1).percentOf(Yuan.ZERO, RoundingMode.HALF_EVEN))
        .hasMessageContaining("must not be zero");
  }

  @Test
  void should_round_for_display_only_when_asked() {
    assertThat(Yuan.ofYi("52073.45").toBillions(1, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("5207.3"));
  }

  @Test
  void should_obey_the_equals_contract() {
    EqualsVerifier.forClass(Yuan.class).verify();
  }
}
