package org.citygdp.units;

import com.google.errorprone.annotations.Immutable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of Chinese yuan (CNY), held as a whole number of yuan.
 *
 * <p>Statistical releases print GDP in 亿元 (10<sup>8</sup> yuan), billions or trillions; every
 * such figure is a whole number of yuan, so this type stores it exactly and never rounds:
 *
 * <pre>{@code
 * Yuan beijing = Yuan.ofBillions("5207.34");          // CNY 5207.34bn
 * Yuan dalian  = Yuan.ofYi("10002.1");                 // the same as Yuan.ofBillions("1000.21")
 * dalian.isAtLeast(Yuan.ofTrillions(1));               // true, with no rounding doubt
 * beijing.toString();                                  // "CNY 5207.34bn", and Yuan.parse reads it back
 * }</pre>
 *
 * <p>{@link #equals} is exact. {@link #compareTo} orders by amount. An amount must fit a
 * {@code long} number of yuan (about ±9.2 × 10<sup>18</sup>): a factory given more throws
 * {@link IllegalArgumentException}; arithmetic on amounts that would overflow throws
 * {@link ArithmeticException}.
 */
@Immutable
public final class Yuan implements Comparable<Yuan>, Serializable {
  private static final long serialVersionUID = 1L;

  private static final long YI = 100_000_000L;
  private static final long BILLION = 1_000_000_000L;
  private static final long TRILLION = 1_000_000_000_000L;

  /** Zero yuan. */
  public static final Yuan ZERO = new Yuan(0);
  /** One trillion yuan, the threshold of the "trillion-yuan club". */
  public static final Yuan ONE_TRILLION = new Yuan(TRILLION);

  private final long yuan;

  private Yuan(long yuan) {
    this.yuan = yuan;
  }

  /** An amount of whole yuan. */
  public static Yuan ofYuan(long yuan) {
    return yuan == 0 ? ZERO : new Yuan(yuan);
  }

  /**
   * An amount in 亿元 (10<sup>8</sup> yuan) written as a plain decimal, e.g.
   * {@code ofYi("52073.4")}: at most 8 decimals, by the {@linkplain org.citygdp.units number
   * grammar} ({@code "10002.1"}, not {@code " 10002.1"}, {@code "+10002.1"} or
   * {@code "1.00021e4"}).
   *
   * @throws IllegalArgumentException naming the text (shortened) and the rule it breaks
   */
  public static Yuan ofYi(String yi) {
    return ofYuan(Decimals.parse(Decimals.notNull("yi", yi), 8, "amount in 亿元"));
  }

  /**
   * An amount in 亿元 (10<sup>8</sup> yuan) as an exact decimal: at most 8 decimals once trailing
   * zeros are ignored, at most 38 significant digits.
   *
   * @throws IllegalArgumentException naming the value and the rule it breaks
   */
  public static Yuan ofYi(BigDecimal yi) {
    return ofYuan(Decimals.toScaledLong(Decimals.notNull("yi", yi), 8, "amount in 亿元"));
  }

  /**
   * A whole number of hundredths of a 亿元 (10<sup>6</sup> yuan each), the precision city GDP is
   * usually published to: {@code ofYiHundredths(5207340)} is 52073.40 亿元.
   *
   * @throws IllegalArgumentException if it is beyond ±9,223,372,036,854 hundredths of a 亿元
   */
  public static Yuan ofYiHundredths(long hundredthsOfYi) {
    return ofYuan(times(hundredthsOfYi, 1_000_000L, "amount in hundredths of 亿元", 6));
  }

  /**
   * An amount in billions of yuan written as a plain decimal, e.g. {@code ofBillions("1000.21")}:
   * at most 9 decimals, by the {@linkplain org.citygdp.units number grammar}.
   *
   * @throws IllegalArgumentException naming the text (shortened) and the rule it breaks
   */
  public static Yuan ofBillions(String billions) {
    return ofYuan(Decimals.parse(
        Decimals.notNull("billions", billions), 9, "amount in billions of yuan"));
  }

  /**
   * A whole number of billions of yuan.
   *
   * @throws IllegalArgumentException if it is beyond ±9,223,372,036 billions
   */
  public static Yuan ofBillions(long billions) {
    return ofYuan(times(billions, BILLION, "amount in billions of yuan", 9));
  }

  /**
   * An amount in trillions of yuan written as a plain decimal, e.g. {@code ofTrillions("1.5")}:
   * at most 12 decimals, by the {@linkplain org.citygdp.units number grammar}.
   *
   * @throws IllegalArgumentException naming the text (shortened) and the rule it breaks
   */
  public static Yuan ofTrillions(String trillions) {
    return ofYuan(Decimals.parse(
        Decimals.notNull("trillions", trillions), 12, "amount in trillions of yuan"));
  }

  /**
   * A whole number of trillions of yuan.
   *
   * @throws IllegalArgumentException if it is beyond ±9,223,372 trillions
   */
  public static Yuan ofTrillions(long trillions) {
    return ofYuan(times(trillions, TRILLION, "amount in trillions of yuan", 12));
  }

  private static long times(long count, long unit, String what, int zeros) {
    if (count > Long.MAX_VALUE / unit || count < Long.MIN_VALUE / unit) {
      throw new IllegalArgumentException(what + " '" + count + "' is out of range: this type holds "
          + Decimals.format(Long.MIN_VALUE, zeros) + " to " + Decimals.format(Long.MAX_VALUE, zeros));
    }
    return count * unit;
  }

  /**
   * Reads the canonical form {@code "CNY 5207.34bn"} exactly: {@code "CNY "}, a number by the
   * {@linkplain org.citygdp.units number grammar}, and one of the suffixes {@code bn} (billions,
   * at most 9 decimals), {@code tn} (trillions, 12), {@code yi} (亿, 8), or none for whole yuan
   * ({@code "CNY 1200"}). Lower case, one space, nothing around it.
   *
   * @throws IllegalArgumentException naming the text (shortened) and the rule it breaks
   */
  public static Yuan parse(CharSequence text) {
    String s = Decimals.bounded(Decimals.notNull("text", text), 4 + Decimals.MAX_LENGTH + 2, "amount");
    if (!s.startsWith("CNY ")) {
      throw Decimals.invalid("amount", s, "must start with 'CNY ', as in 'CNY 5207.34bn'");
    }
    String number = s.substring(4);
    if (number.endsWith("bn")) {
      return ofBillions(number.substring(0, number.length() - 2));
    }
    if (number.endsWith("tn")) {
      return ofTrillions(number.substring(0, number.length() - 2));
    }
    if (number.endsWith("yi")) {
      return ofYi(number.substring(0, number.length() - 2));
    }
    return ofYuan(Decimals.parse(number, 0, "amount in yuan"));
  }

  /** This amount in whole yuan. */
  public long toYuan() {
    return yuan;
  }

  /** This amount in 亿元, exact. */
  public BigDecimal toYi() {
    return Decimals.toDecimal(yuan, 8);
  }

  /** This amount in billions of yuan, exact. */
  public BigDecimal toBillions() {
    return Decimals.toDecimal(yuan, 9);
  }

  /** This amount in trillions of yuan, exact. */
  public BigDecimal toTrillions() {
    return Decimals.toDecimal(yuan, 12);
  }

  /** This amount in billions, rounded to {@code decimals} places with {@code rounding}: for display. */
  public BigDecimal toBillions(int decimals, RoundingMode rounding) {
    return toBillions().setScale(decimals, rounding);
  }

  public Yuan plus(Yuan other) {
    return ofYuan(Math.addExact(yuan, other.yuan));
  }

  public Yuan minus(Yuan other) {
    return ofYuan(Math.subtractExact(yuan, other.yuan));
  }

  public Yuan negated() {
    return ofYuan(Math.negateExact(yuan));
  }

  public Yuan multipliedBy(long factor) {
    return ofYuan(Math.multiplyExact(yuan, factor));
  }

  /**
   * This amount divided by {@code divisor}, rounded to a whole yuan with {@code rounding}: an
   * average of amounts, say ({@code total.dividedBy(3, RoundingMode.HALF_EVEN)}). Figures are
   * never divided by the library; this is for the user's own derived values.
   *
   * @throws ArithmeticException if {@code divisor} is zero, or if {@code rounding} is {@link
   *     RoundingMode#UNNECESSARY} and the quotient is not a whole number of yuan
   */
  public Yuan dividedBy(long divisor, RoundingMode rounding) {
    Decimals.notNull("rounding", rounding);
    if (divisor == 0) {
      throw new ArithmeticException("cannot divide " + this + " by zero");
    }
    return ofYuan(BigDecimal.valueOf(yuan).divide(BigDecimal.valueOf(divisor), 0, rounding)
        .longValueExact());
  }

  /** {@code this * factor}: Kotlin's {@code amount * 3}; the same as {@link #multipliedBy}. */
  public Yuan times(long factor) {
    return multipliedBy(factor);
  }

  /**
   * {@code this / divisor} rounded half-even to a whole yuan: Kotlin's {@code total / 3}; the same
   * as {@code dividedBy(divisor, RoundingMode.HALF_EVEN)}.
   *
   * @throws ArithmeticException if {@code divisor} is zero
   */
  public Yuan div(long divisor) {
    return dividedBy(divisor, RoundingMode.HALF_EVEN);
  }

  /** {@code -this}: Kotlin's unary minus; the same as {@link #negated}. */
  public Yuan unaryMinus() {
    return negated();
  }

  public boolean isNegative() {
    return yuan < 0;
  }

  public boolean isZero() {
    return yuan == 0;
  }

  /** {@code this > other}. */
  public boolean isGreaterThan(Yuan other) {
    return yuan > other.yuan;
  }

  /** {@code this >= other}. */
  public boolean isAtLeast(Yuan other) {
    return yuan >= other.yuan;
  }

  /** {@code this < other}. */
  public boolean isLessThan(Yuan other) {
    return yuan < other.yuan;
  }

  /**
   * This amount as a percentage of {@code whole}, rounded to {@link Percent#SCALE} decimals with
   * {@code rounding}: {@code Yuan.ofYi("25").percentOf(Yuan.ofYi("100"), HALF_EVEN)} is 25%.
   *
   * @throws IllegalArgumentException if {@code whole} is zero
   * @throws ArithmeticException if the share does not fit a {@link Percent}, or if
   *     {@code rounding} is {@link RoundingMode#UNNECESSARY} and the share needs rounding
   */
  public Percent percentOf(Yuan whole, RoundingMode rounding) {
    Decimals.notNull("whole", whole);
    Decimals.notNull("rounding", rounding);
    if (whole.yuan == 0) {
      throw new IllegalArgumentException("whole must not be zero yuan when taking a share of it");
    }
    BigDecimal ratio =
        BigDecimal.valueOf(yuan)
            .movePointRight(2 + Percent.SCALE)
            .divide(BigDecimal.valueOf(whole.yuan), 0, rounding);
    if (ratio.unscaledValue().bitLength() > 63) {
      throw new ArithmeticException(this + " is too many times " + whole
          + " for the share to fit a Percent");
    }
    return Percent.ofUnscaled(ratio.longValue());
  }

  @Override
  public int compareTo(Yuan other) {
    return Long.compare(yuan, other.yuan);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Yuan && ((Yuan) o).yuan == yuan;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(yuan);
  }

  /** The canonical form, {@code "CNY 5207.34bn"}: exact, locale-free, read back by {@link #parse}. */
  @Override
  public String toString() {
    return "CNY " + toBillions().toPlainString() + "bn";
  }
}
