package org.citygdp.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one grammar for numbers written as text (issue #10, findings 2 and 7): every hostile input
 * is rejected with an {@link IllegalArgumentException} that names the rule, in a message of
 * bounded length, through every factory and parser that reads text. No test here is timed: the
 * parser checks the length before reading a character, so a 10-million-character input costs no
 * more than a short one, and the message length shows it was never copied.
 */
class NumberGrammarTest {

  /** Longest message any rejection may give: the value is shown to 40 characters at most. */
  private static final int MAX_MESSAGE = 300;

  private static final String TEN_MILLION_DIGITS = "1".repeat(10_000_000);
  private static final String MILLION_DIGITS = "9".repeat(1_000_000);

  /** Every public way to read a number from text, as a name and a function. */
  static Stream<Arguments> readers() {
    return Stream.of(
        reader("Yuan.ofYi", Yuan::ofYi),
        reader("Yuan.ofBillions", Yuan::ofBillions),
        reader("Yuan.ofTrillions", Yuan::ofTrillions),
        reader("Yuan.parse", s -> Yuan.parse("CNY " + s + "bn")),
        reader("Yuan.parse (yuan)", s -> Yuan.parse("CNY " + s)),
        reader("Percent.of", Percent::of),
        reader("Percent.parse", s -> Percent.parse(s + "%")),
        reader("PercentagePoints.of", PercentagePoints::of),
        reader("PercentagePoints.parse", s -> PercentagePoints.parse(s + "pp")),
        reader("RealGrowth.of", RealGrowth::of),
        reader("RealGrowth.parse", s -> RealGrowth.parse(s + "% real")),
        reader("NominalGrowth.of", NominalGrowth::of),
        reader("NominalGrowth.parse", s -> NominalGrowth.parse(s + "% nominal")),
        reader("Population.ofTenThousands", Population::ofTenThousands),
        reader("Population.parse", s -> Population.parse(s + " persons")));
  }

  private static Arguments reader(String name, Function<String, Object> f) {
    return Arguments.of(name, f);
  }

  /** Hostile inputs from the issue, each with words its message must contain. */
  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("1e999999999", "exponent"),
        Arguments.of("1e-999999999", "exponent"),
        Arguments.of("1E5", "exponent"),
        Arguments.of(MILLION_DIGITS, "too long"),
        Arguments.of(TEN_MILLION_DIGITS, "too long"),
        Arguments.of("1." + "0".repeat(1_000_000), "too long"),
        Arguments.of(" 10002.1 ", "whitespace"),
        Arguments.of("10002.1 ", "whitespace"),
        Arguments.of("\t1", "whitespace"),
        Arguments.of("1\u00A0000", "whitespace"),
        Arguments.of("+10002.1", "'+' sign"),
        Arguments.of("1.00021e4", "exponent"),
        Arguments.of("１０００２.１", "not ASCII"),
        Arguments.of("١٠٠٠٢.١", "not ASCII"),
        Arguments.of("۱۲", "not ASCII"),
        Arguments.of("10002\u00001", "control character"),
        Arguments.of("\u0000", "control character"),
        Arguments.of("10002.1\u0000", "control character"), // trim() used to drop it
        Arguments.of("1\u200B0", "invisible character"),
        Arguments.of("10,002.1", "separator"),
        Arguments.of("10002,1", "separator"),
        Arguments.of("1_000", "separator"),
        Arguments.of("−4.7", "ASCII '-'"),
        Arguments.of("--1", "'-' at position 2"),
        Arguments.of("1-", "'-' at position 2"),
        Arguments.of("1.2.3", "second '.'"),
        Arguments.of(".5", "no digit before the '.'"),
        Arguments.of("-.5", "no digit before the '.'"),
        Arguments.of("5.", "no digit after the '.'"),
        Arguments.of("-", "no digits"),
        Arguments.of("", "empty"),
        Arguments.of("07", "leading zero"),
        Arguments.of("-00.5", "leading zero"),
        Arguments.of("NaN", "'N'"),
        Arguments.of("Infinity", "'I'"),
        Arguments.of("0x10", "'x'"),
        Arguments.of("1" + "0".repeat(25), "out of range"),
        Arguments.of("-1" + "0".repeat(25), "out of range"));
  }

  static Stream<Arguments> hostileThroughEveryReader() {
    return readers().flatMap(r -> hostile()
        // "+1.4pp" is the canonical form of a positive number of points
        .filter(h -> !(r.get()[0].equals("PercentagePoints.parse") && h.get()[0].equals("+10002.1")))
        .map(h -> Arguments.of(r.get()[0], r.get()[1], h.get()[0], h.get()[1])));
  }

  @ParameterizedTest(name = "{0} rejects input #{index} by its rule")
  @MethodSource("hostileThroughEveryReader")
  void should_reject_every_hostile_number_with_its_rule_in_a_short_message(
      String reader, Function<String, Object> read, String text, String rule) {
    Throwable t = catchThrowable(() -> read.apply(text));
    assertThat(t).as("%s of %s", reader, shortened(text))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(rule)
        .hasNoCause();
    assertThat(t.getMessage().length()).as(t.getMessage()).isLessThanOrEqualTo(MAX_MESSAGE);
  }

  @Test
  void should_show_a_long_value_shortened_with_its_length() {
    // GIVEN ten million digits
    // WHEN read
    // THEN the message shows 40 of them, an ellipsis and the length, nothing more
    assertThatThrownBy(() -> Yuan.ofYi(TEN_MILLION_DIGITS))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount in 亿元 '" + "1".repeat(40) + "…' (10000000 characters) is too long:"
            + " a number has at most 32 characters");
    assertThatThrownBy(() -> Yuan.parse("CNY " + TEN_MILLION_DIGITS))
        .hasMessage("amount 'CNY " + "1".repeat(36) + "…' (10000004 characters) is too long:"
            + " at most 38 characters");
    // a StringBuilder is read only as far as shown, never copied whole
    assertThat(catchThrowable(() -> Percent.parse(new StringBuilder(TEN_MILLION_DIGITS)))
        .getMessage()).isEqualTo("percent '" + "1".repeat(40) + "…' (10000000 characters) is"
            + " too long: at most 33 characters");
  }

  /**
   * Found by fuzzing (issue #10): forty control characters were shown as 240 characters of
   * escapes; an escape now counts as the six characters it takes.
   */
  @Test
  void should_count_escapes_in_the_shown_length() {
    String controls = "\u0001".repeat(100);
    assertThatThrownBy(() -> Yuan.ofYi(controls))
        .hasMessage("amount in 亿元 '" + "\\u0001".repeat(6) + "…' (100 characters) is too long:"
            + " a number has at most 32 characters");
    assertThatThrownBy(() -> Percent.of("\u007f".repeat(20)))
        .hasMessageStartingWith("percent '" + "\\u007F".repeat(6) + "…' (20 characters) is not");
    assertThatThrownBy(() -> Percent.of("5\u0000"))
        .hasMessageStartingWith("percent '5\\u0000' is not");
  }

  @Test
  void should_show_invisible_characters_escaped_and_name_their_position() {
    assertThatThrownBy(() -> Yuan.ofYi("10002\u00001"))
        .hasMessage("amount in 亿元 '10002\\u00001' is not a plain decimal ([-]digits[.digits],"
            + " ASCII digits only): it has a control character (U+0000 at position 6)");
    assertThatThrownBy(() -> Percent.of(" 5.4"))
        .hasMessage("percent ' 5.4' is not a plain decimal ([-]digits[.digits], ASCII digits"
            + " only): it has whitespace (U+0020 at position 1); write 10002.1, not ' 10002.1 '");
    assertThatThrownBy(() -> RealGrowth.of("１"))
        .hasMessageContaining("real growth in percent '１'")
        .hasMessageContaining("('１', U+FF11 at position 1); only the digits 0-9 are allowed");
    assertThatThrownBy(() -> Population.ofTenThousands("1\u2028"))
        .hasMessageContaining("'1\\u2028'").hasMessageContaining("U+2028 at position 2");
    // a digit outside the BMP: named by its code point, never split
    assertThatThrownBy(() -> Percent.of("1\uD835\uDFCF"))
        .hasMessageContaining("U+1D7CF at position 2");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1.00021e4 | amount in 亿元 '1.00021e4' is not a plain decimal ([-]digits[.digits], ASCII"
          + " digits only): it has an exponent ('e' at position 8); write 10002.1, not 1.00021e4",
      "+10002.1 | amount in 亿元 '+10002.1' is not a plain decimal ([-]digits[.digits], ASCII"
          + " digits only): it has a '+' sign; write 5.4, not +5.4",
      "1.123456789 | amount in 亿元 '1.123456789' has more than 8 decimal places; this type is"
          + " exact and does not round",
      "92233720368.54775808 | amount in 亿元 '92233720368.54775808' is out of range: this type"
          + " holds -92233720368.54775808 to 92233720368.54775807"})
  void should_give_the_exact_message_a_user_sees(String text, String message) {
    assertThatThrownBy(() -> Yuan.ofYi(text)).hasMessage(message);
  }

  @Test
  void should_keep_every_form_the_bundled_data_uses() {
    assertThat(Yuan.ofYi("10002.1").toYuan()).isEqualTo(1_000_210_000_000L);
    assertThat(Yuan.ofYi("52073.4").toYuan()).isEqualTo(5_207_340_000_000L);
    assertThat(Yuan.ofYi("0")).isEqualTo(Yuan.ZERO);
    assertThat(RealGrowth.of("-4.7").rate().unscaledValue()).isEqualTo(-47_000);
    assertThat(Percent.of("0.5").unscaledValue()).isEqualTo(5_000);
    assertThat(Population.ofTenThousands("1798.95").toPersons()).isEqualTo(17_989_500);
    assertThat(Percent.of("-0")).isEqualTo(Percent.ZERO);
    assertThat(Percent.of("5.40")).isEqualTo(Percent.of("5.4"));
  }

  @Test
  void should_read_the_whole_range_of_a_long_and_nothing_beyond() {
    assertThat(Yuan.ofYi("92233720368.54775807").toYuan()).isEqualTo(Long.MAX_VALUE);
    assertThat(Yuan.ofYi("-92233720368.54775808").toYuan()).isEqualTo(Long.MIN_VALUE);
    assertThat(Yuan.parse("CNY 9223372036854775807").toYuan()).isEqualTo(Long.MAX_VALUE);
    assertThat(Yuan.parse("CNY -9223372036854775808").toYuan()).isEqualTo(Long.MIN_VALUE);
    assertThatThrownBy(() -> Yuan.parse("CNY 9223372036854775808"))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    assertThatThrownBy(() -> Yuan.parse("CNY -9223372036854775809"))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    // the scaling after the last digit overflows too
    assertThatThrownBy(() -> Yuan.ofTrillions("9223373"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-9223372.036854775808 to 9223372.036854775807");
    assertThat(Yuan.ofTrillions("9223372").toYuan()).isEqualTo(9_223_372_000_000_000_000L);
  }

  @Test
  void should_count_trailing_zeros_as_decimals_in_text() {
    assertThatThrownBy(() -> Percent.of("5.40000"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 4 decimal places");
    assertThatThrownBy(() -> Population.parse("1.0 persons"))
        .hasMessageContaining("must be a whole number");
    assertThatThrownBy(() -> Yuan.parse("CNY 1.5"))
        .hasMessageContaining("amount in yuan '1.5' must be a whole number");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Percent          | ' 5.4%'        | percent",
      "Percent          | '5.4% '        | percent",
      "Percent          | '5.4 %'        | percent",
      "Percent          | '5.4%%'        | percent",
      "Percent          | '5.4% real'    | percent",
      "RealGrowth       | '5.4%real'     | real growth",
      "RealGrowth       | '5.4%  real'   | real growth",
      "RealGrowth       | '5.4% Real'    | real growth",
      "RealGrowth       | '5.4% real '   | real growth",
      "RealGrowth       | '5.4% nominal' | real growth",
      "NominalGrowth    | ' 5.4% nominal'| nominal growth",
      "PercentagePoints | '+0pp'         | percentage points",
      "PercentagePoints | '+-1pp'        | percentage points",
      "PercentagePoints | '++1pp'        | percentage points",
      "PercentagePoints | '1.4 pp'       | percentage points",
      "PercentagePoints | '1.4PP'        | percentage points",
      "Yuan             | 'CNY  1bn'     | amount",
      "Yuan             | ' CNY 1bn'     | amount",
      "Yuan             | 'cny 1bn'      | amount",
      "Yuan             | 'CNY 1BN'      | amount",
      "Yuan             | 'CNY 1 bn'     | amount",
      "Yuan             | 'CNY +1bn'     | amount",
      "Yuan             | 'CNY 1e3'      | amount",
      "Yuan             | 'CNY 1.5bn '   | amount",
      "Population       | '1 person'     | population",
      "Population       | '+1 persons'   | population",
      "Population       | '1e2 persons'  | population",
      "Population       | '-1 persons'   | population"})
  void should_read_canonical_forms_exactly_and_nothing_around_them(
      String type, String text, String what) {
    Function<String, Object> parser = type.equals("Percent") ? Percent::parse
        : type.equals("RealGrowth") ? RealGrowth::parse
        : type.equals("NominalGrowth") ? NominalGrowth::parse
        : type.equals("PercentagePoints") ? PercentagePoints::parse
        : type.equals("Yuan") ? Yuan::parse
        : Population::parse;
    assertThatThrownBy(() -> parser.apply(text))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(what);
  }

  @Test
  void should_accept_the_canonical_forms() {
    assertThat(Yuan.parse("CNY 5207.34bn")).isEqualTo(Yuan.ofYi("52073.4"));
    assertThat(Yuan.parse("CNY 1.5tn")).isEqualTo(Yuan.ofBillions(1500));
    assertThat(Yuan.parse("CNY 13902.67yi")).isEqualTo(Yuan.ofYi("13902.67"));
    assertThat(Yuan.parse("CNY -1200")).isEqualTo(Yuan.ofYuan(-1200));
    assertThat(PercentagePoints.parse("+1.4pp")).isEqualTo(PercentagePoints.of("1.4"));
    assertThat(PercentagePoints.parse("1.4pp")).isEqualTo(PercentagePoints.of("1.4"));
    assertThat(PercentagePoints.parse("0pp")).isEqualTo(PercentagePoints.ZERO);
    assertThat(RealGrowth.parse("-0.5% real")).isEqualTo(RealGrowth.of("-0.5"));
    assertThat(Population.parse("0 persons").isZero()).isTrue();
  }

  // ---- ranges where values enter ----

  @Test
  void should_reject_growth_below_minus_100_percent_however_it_enters() {
    assertThatThrownBy(() -> RealGrowth.of("-100.0001"))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("below -100%");
    assertThatThrownBy(() -> NominalGrowth.of(new BigDecimal("-101")))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("below -100%");
    assertThatThrownBy(() -> RealGrowth.parse("-200% real"))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("below -100%");
    assertThatThrownBy(() -> RealGrowth.of(Percent.ofUnscaled(Long.MIN_VALUE)))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("below -100%");
    assertThatThrownBy(() -> Population.ofTenThousands("-0.0001"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
  }

  @Test
  void should_reject_whole_counts_beyond_a_long_without_arithmetic_exception() {
    assertThatThrownBy(() -> Percent.of(Long.MAX_VALUE))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent '9223372036854775807' is out of range: this type holds"
            + " -922337203685477.5808 to 922337203685477.5807");
    assertThatThrownBy(() -> Yuan.ofBillions(Long.MIN_VALUE))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    assertThatThrownBy(() -> Yuan.ofTrillions(9_223_373))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    assertThat(Yuan.ofTrillions(9_223_372).toYuan()).isEqualTo(9_223_372_000_000_000_000L);
    assertThat(Percent.of(-922_337_203_685_477L).unscaledValue())
        .isEqualTo(-9_223_372_036_854_770_000L);
  }

  @Test
  void should_name_the_parameter_of_a_null_argument() {
    assertThatThrownBy(() -> Yuan.ofYi((String) null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("yi must not be null");
    assertThatThrownBy(() -> Yuan.parse(null)).hasMessage("text must not be null");
    assertThatThrownBy(() -> Percent.of((BigDecimal) null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessageContaining("must not be null");
    assertThatThrownBy(() -> RealGrowth.of((Percent) null)).hasMessage("rate must not be null");
    assertThatThrownBy(() -> Population.ofTenThousands(null))
        .hasMessage("tenThousands must not be null");
  }

  // ---- BigDecimal arguments ----

  static Stream<Arguments> hostileDecimals() {
    // Named: JUnit would otherwise print each value in the test's name, a million digits long
    return Stream.of(
        decimal("1E-999999999", new BigDecimal(BigInteger.ONE, 999_999_999), "more than"),
        decimal("1E+999999999", new BigDecimal(BigInteger.ONE, -999_999_999), "out of range"),
        decimal("1E+2147483648", new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE),
            "out of range"),
        decimal("1E-2147483647", new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE), "more than"),
        decimal("2^10000000", new BigDecimal(BigInteger.ONE.shiftLeft(10_000_000)),
            "significant digits"),
        decimal("10^39", new BigDecimal(BigInteger.TEN.pow(39)), "significant digits"),
        decimal("2^10000000E-999999999",
            new BigDecimal(BigInteger.ONE.shiftLeft(10_000_000), 999_999_999),
            "significant digits"),
        decimal("1E+19", new BigDecimal("1E+19"), "out of range"),
        decimal("0.123456789", new BigDecimal("0.123456789"), "more than"),
        decimal("1.(37 zeros)1", new BigDecimal("1.00000000000000000000000000000000000001"),
            "significant digits"));
  }

  private static Arguments decimal(String name, BigDecimal value, String rule) {
    return Arguments.of(Named.of(name, value), rule);
  }

  @ParameterizedTest
  @MethodSource("hostileDecimals")
  void should_reject_a_hostile_big_decimal_by_its_bounds(BigDecimal value, String rule) {
    for (Function<BigDecimal, Object> f : java.util.List.<Function<BigDecimal, Object>>of(
        Yuan::ofYi, Percent::of, PercentagePoints::of, RealGrowth::of, NominalGrowth::of)) {
      Throwable t = catchThrowable(() -> f.apply(value));
      assertThat(t).isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(rule);
      assertThat(t.getMessage().length()).as(t.getMessage()).isLessThanOrEqualTo(MAX_MESSAGE);
    }
  }

  @Test
  void should_read_a_big_decimal_by_value_not_by_scale() {
    assertThat(Percent.of(new BigDecimal("5.40000000"))).isEqualTo(Percent.of("5.4"));
    assertThat(Percent.of(new BigDecimal("5.4").setScale(30))).isEqualTo(Percent.of("5.4"));
    assertThat(Yuan.ofYi(new BigDecimal("1E+2"))).isEqualTo(Yuan.ofYi("100"));
    assertThat(Percent.of(new BigDecimal(BigInteger.ZERO, 999_999_999))).isEqualTo(Percent.ZERO);
    assertThat(Percent.of(new BigDecimal(BigInteger.ZERO, -999_999_999))).isEqualTo(Percent.ZERO);
    assertThat(Yuan.ofYi(new BigDecimal("92233720368.54775807")).toYuan())
        .isEqualTo(Long.MAX_VALUE);
    assertThat(Yuan.ofYi(new BigDecimal("-92233720368.54775808")).toYuan())
        .isEqualTo(Long.MIN_VALUE);
    assertThatThrownBy(() -> Yuan.ofYi(new BigDecimal("92233720368.54775808")))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> Percent.of(new BigDecimal(BigInteger.ONE, 999_999_999)))
        .hasMessage("percent '1E-999999999' has more than 4 decimal places; this type is exact"
            + " and does not round");
    assertThatThrownBy(() -> Percent.of(new BigDecimal(BigInteger.ONE.shiftLeft(10_000_000))))
        .hasMessage("percent of about 3010300 digits (scale 0) has more than 38 significant"
            + " digits; this type is exact and does not round");
  }

  private static String shortened(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…(" + s.length() + ")" : s;
  }
}
