package org.citygdp.units;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Fuzz targets for the number grammar (issue #10): every text and every {@link BigDecimal} a
 * unit's factory is given either makes the exact value a reference reading says it is, or is
 * rejected with an {@link IllegalArgumentException} whose message is short and printable. Nothing
 * else may escape. What is made prints a canonical form that parses back to it.
 *
 * <p>{@code mvn test} replays {@code UnitsFuzzTestInputs/<method>/}; {@code ./fuzz.sh} fuzzes
 * (see FUZZING.md).
 */
class UnitsFuzzTest {

  /** The longest message a rejected value may give, whatever its length. */
  static final int MAX_MESSAGE = 400;

  /** The grammar, written the other way: a regular expression over the text, checked by length. */
  private static final Pattern PLAIN = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  /**
   * The reference reading of {@code text} in units of 10^-scale, or null if the grammar rejects
   * it. Safe to use BigDecimal here: the text is at most 32 characters once the pattern matched.
   */
  static Long reference(String text, int scale) {
    if (text.length() > Decimals.MAX_LENGTH || !PLAIN.matcher(text).matches()) {
      return null;
    }
    int point = text.indexOf('.');
    if (point >= 0 && text.length() - point - 1 > scale) {
      return null;
    }
    BigInteger units = new BigDecimal(text).movePointRight(scale).toBigIntegerExact();
    return units.bitLength() > 63 ? null : units.longValueExact();
  }

  /** Whatever a factory did with {@code text}: a value, or a rejection that obeys the rules. */
  static <T> T tryMake(Function<String, T> make, String text) {
    try {
      return make.apply(text);
    } catch (IllegalArgumentException e) {
      assertShortAndPrintable(e, text);
      return null;
    }
  }

  static void assertShortAndPrintable(Throwable e, Object input) {
    String m = e.getMessage();
    assertThat(m).as("message for %s", input).isNotBlank();
    assertThat(m.length()).as("length of the message '%s'", m).isLessThanOrEqualTo(MAX_MESSAGE);
    assertThat(m.chars().noneMatch(Character::isISOControl))
        .as("message '%s' has no control characters", m).isTrue();
  }

  /** The factories that read a bare number, each against the reference reading. */
  @FuzzTest
  void numberText(@NotNull String text) {
    Yuan yi = tryMake(Yuan::ofYi, text);
    check(yi == null ? null : yi.toYuan(), reference(text, 8), text, "ofYi");
    Yuan bn = tryMake(Yuan::ofBillions, text);
    check(bn == null ? null : bn.toYuan(), reference(text, 9), text, "ofBillions");
    Yuan tn = tryMake(Yuan::ofTrillions, text);
    check(tn == null ? null : tn.toYuan(), reference(text, 12), text, "ofTrillions");
    Percent p = tryMake(Percent::of, text);
    check(p == null ? null : p.unscaledValue(), reference(text, 4), text, "Percent.of");
    PercentagePoints pp = tryMake(PercentagePoints::of, text);
    check(pp == null ? null : pp.unscaledValue(), reference(text, 4), text, "PercentagePoints.of");
    RealGrowth real = tryMake(RealGrowth::of, text);
    Long r = reference(text, 4);
    check(real == null ? null : real.rate().unscaledValue(),
        r == null || r < -100_0000 ? null : r, text, "RealGrowth.of");
    NominalGrowth nominal = tryMake(NominalGrowth::of, text);
    check(nominal == null ? null : nominal.rate().unscaledValue(),
        r == null || r < -100_0000 ? null : r, text, "NominalGrowth.of");
    Population pop = tryMake(Population::ofTenThousands, text);
    Long persons = reference(text, 4);
    check(pop == null ? null : pop.toPersons(), persons == null || persons < 0 ? null : persons,
        text, "Population.ofTenThousands");

    for (Object v : new Object[] {yi, bn, tn, p, pp, real, nominal, pop}) {
      if (v != null) {
        assertRoundTrip(v);
      }
    }
  }

  /** The readers of the canonical forms ("CNY 5207.34bn", "5.4%", "4.7% real", "+1.4pp", …). */
  @FuzzTest
  void canonicalText(@NotNull String text) {
    for (Function<String, ?> parse : new Function[] {
        (Function<String, Yuan>) Yuan::parse, (Function<String, Percent>) Percent::parse,
        (Function<String, RealGrowth>) RealGrowth::parse,
        (Function<String, NominalGrowth>) NominalGrowth::parse,
        (Function<String, PercentagePoints>) PercentagePoints::parse,
        (Function<String, Population>) Population::parse}) {
      Object v = tryMake(parse, text);
      if (v != null) {
        assertRoundTrip(v);
      }
    }
  }

  /**
   * The factories that take a {@link BigDecimal}: any unscaled value of up to 80 bytes at any
   * scale is made exactly or rejected at once, never rounded.
   */
  @FuzzTest
  void decimal(FuzzedDataProvider data) {
    int scale = data.consumeBoolean() ? data.consumeInt(-40, 40) : data.consumeInt();
    byte[] bytes = data.consumeBytes(80);
    BigInteger unscaled = bytes.length == 0 ? BigInteger.ZERO : new BigInteger(bytes);
    BigDecimal value = new BigDecimal(unscaled, scale);

    Yuan yi = tryDecimal(Yuan::ofYi, value);
    if (yi != null) {
      assertThat(yi.toYi()).as("ofYi(%s)", value).isEqualByComparingTo(value);
      assertRoundTrip(yi);
    }
    Percent p = tryDecimal(Percent::of, value);
    if (p != null) {
      assertThat(p.toBigDecimal()).as("Percent.of(%s)", value).isEqualByComparingTo(value);
      assertRoundTrip(p);
    }
    PercentagePoints pp = tryDecimal(PercentagePoints::of, value);
    if (pp != null) {
      assertThat(pp.toBigDecimal()).isEqualByComparingTo(value);
      assertRoundTrip(pp);
    }
    RealGrowth real = tryDecimal(RealGrowth::of, value);
    if (real != null) {
      assertThat(real.rate().toBigDecimal()).isEqualByComparingTo(value);
      assertRoundTrip(real);
    }
    NominalGrowth nominal = tryDecimal(NominalGrowth::of, value);
    if (nominal != null) {
      assertThat(nominal.rate().toBigDecimal()).isEqualByComparingTo(value);
      assertRoundTrip(nominal);
    }
    // exact or rejected: what is accepted has few enough decimals and fits a long of units
    boolean fitsPercent = fits(value, Percent.SCALE);
    assertThat(p != null).as("Percent.of(%s) accepted", value).isEqualTo(fitsPercent);
    assertThat(pp != null).isEqualTo(fitsPercent);
    assertThat(yi != null).as("ofYi(%s) accepted", value).isEqualTo(fits(value, 8));
  }

  /**
   * Whether {@code value} is a whole number of 10^-scale units that fits a long, by the documented
   * bounds: at most 38 digits of precision as given, trailing zeros then removed by hand (a
   * BigDecimal's own stripTrailingZeros overflows at extreme scales).
   */
  private static boolean fits(BigDecimal value, int scale) {
    BigInteger u = value.unscaledValue();
    if (u.signum() == 0) {
      return true;
    }
    if (u.bitLength() > 127 || value.precision() > Decimals.MAX_PRECISION) {
      return false;
    }
    long s = value.scale();
    while (u.mod(BigInteger.TEN).signum() == 0) {
      u = u.divide(BigInteger.TEN);
      s--;
    }
    if (s > scale || scale - s > 40) {
      return false;
    }
    return u.multiply(BigInteger.TEN.pow((int) (scale - s))).bitLength() <= 63;
  }

  private static <T> T tryDecimal(Function<BigDecimal, T> make, BigDecimal value) {
    try {
      return make.apply(value);
    } catch (IllegalArgumentException e) {
      assertShortAndPrintable(e, "a BigDecimal of scale " + value.scale());
      return null;
    }
  }

  private static void check(Long made, Long expected, String text, String factory) {
    assertThat(made).as("%s('%s')", factory, text).isEqualTo(expected);
  }

  /** The canonical form parses back to the same value. */
  static void assertRoundTrip(Object v) {
    String s = v.toString();
    Object back;
    if (v instanceof Yuan) {
      back = Yuan.parse(s);
    } else if (v instanceof Percent) {
      back = Percent.parse(s);
    } else if (v instanceof PercentagePoints) {
      back = PercentagePoints.parse(s);
    } else if (v instanceof RealGrowth) {
      back = RealGrowth.parse(s);
    } else if (v instanceof NominalGrowth) {
      back = NominalGrowth.parse(s);
    } else {
      back = Population.parse(s);
    }
    assertThat(back).as("parse('%s')", s).isEqualTo(v);
    assertThat(back.toString()).isEqualTo(s);
  }
}
