package org.citygdp.units;

import com.google.errorprone.annotations.Immutable;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A rate or a share in percent, exact to {@value #SCALE} decimal places.
 *
 * <p>The difference of two rates is not a percent but a number of
 * {@link PercentagePoints percentage points}: 5.4% − 4.0% is 1.4 pp, so {@link #minus(Percent)}
 * returns {@link PercentagePoints}, and there is no {@code plus(Percent)}.
 *
 * <pre>{@code
 * Percent.of("5.4").minus(Percent.of("4.0"));   // +1.4pp
 * Percent.of("5.4").plus(PercentagePoints.of("0.6")); // 6%
 * Percent.parse("5.4%").equals(Percent.of("5.40")); // true: equality is by value
 * }</pre>
 */
@Immutable
public final class Percent implements Comparable<Percent>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Decimal places kept exactly: {@code Percent.of("12.3456")} is the finest value. */
  public static final int SCALE = 4;

  public static final Percent ZERO = new Percent(0);
  public static final Percent ONE_HUNDRED = new Percent(100L * 10_000);

  private final long units; // ten-thousandths of a percent

  private Percent(long units) {
    this.units = units;
  }

  /**
   * A percentage written as a plain decimal, {@code of("5.4")} for 5.4%: at most 4 decimals, by
   * the {@linkplain org.citygdp.units number grammar} ({@code "-0.25"}, not {@code "+5.4"},
   * {@code " 5.4"} or {@code "5.4e0"}).
   *
   * @throws IllegalArgumentException naming the text (shortened) and the rule it breaks
   */
  public static Percent of(String percent) {
    return of(percent, "percent");
  }

  static Percent of(String percent, String what) {
    return new Percent(Decimals.parse(Decimals.notNull(what, percent), SCALE, what));
  }

  /**
   * A percentage as an exact decimal: at most 4 decimals once trailing zeros are ignored, at most
   * 38 significant digits, within the range of {@link #ofUnscaled}.
   *
   * @throws IllegalArgumentException naming the value and the rule it breaks
   */
  public static Percent of(BigDecimal percent) {
    return of(percent, "percent");
  }

  static Percent of(BigDecimal percent, String what) {
    return new Percent(Decimals.toScaledLong(Decimals.notNull(what, percent), SCALE, what));
  }

  /**
   * A whole number of percent.
   *
   * @throws IllegalArgumentException if it is beyond ±922,337,203,685,477 percent
   */
  public static Percent of(long wholePercent) {
    if (wholePercent > Long.MAX_VALUE / 10_000 || wholePercent < Long.MIN_VALUE / 10_000) {
      throw new IllegalArgumentException("percent '" + wholePercent + "' is out of range: this"
          + " type holds " + Decimals.format(Long.MIN_VALUE, SCALE) + " to "
          + Decimals.format(Long.MAX_VALUE, SCALE));
    }
    return new Percent(wholePercent * 10_000L);
  }

  /**
   * A whole number of tenths of a percent, the precision most growth rates are published to:
   * {@code ofTenths(54)} is 5.4%, {@code ofTenths(-3)} is -0.3%.
   *
   * @throws IllegalArgumentException if it is beyond ±922,337,203,685,477.5 percent
   */
  public static Percent ofTenths(long tenthsOfAPercent) {
    if (tenthsOfAPercent > Long.MAX_VALUE / 1_000 || tenthsOfAPercent < Long.MIN_VALUE / 1_000) {
      throw new IllegalArgumentException("tenths of a percent '" + tenthsOfAPercent + "' is out"
          + " of range: this type holds " + Decimals.format(Long.MIN_VALUE, SCALE) + " to "
          + Decimals.format(Long.MAX_VALUE, SCALE) + " percent");
    }
    return new Percent(tenthsOfAPercent * 1_000L);
  }

  /** A percentage from its unscaled value in ten-thousandths of a percent ({@code 54000} is 5.4%). */
  public static Percent ofUnscaled(long tenThousandthsOfAPercent) {
    return new Percent(tenThousandthsOfAPercent);
  }

  /**
   * Reads the canonical form {@code "5.4%"}: a number by the {@linkplain org.citygdp.units number
   * grammar}, then {@code %}, with nothing around them.
   *
   * @throws IllegalArgumentException naming the text (shortened) and the rule it breaks
   */
  public static Percent parse(CharSequence text) {
    return parse(text, "percent");
  }

  static Percent parse(CharSequence text, String what) {
    String s = Decimals.bounded(Decimals.notNull("text", text), Decimals.MAX_LENGTH + 1, what);
    if (!s.endsWith("%")) {
      throw Decimals.invalid(what, s, "must end with '%', as in '5.4%'");
    }
    return of(s.substring(0, s.length() - 1), what);
  }

  /** The value in percent, exact ({@code 5.4} for 5.4%). */
  public BigDecimal toBigDecimal() {
    return Decimals.toDecimal(units, SCALE);
  }

  /** The value as a fraction, exact ({@code 0.054} for 5.4%). */
  public BigDecimal toFraction() {
    return Decimals.toDecimal(units, SCALE + 2);
  }

  /** The unscaled value in ten-thousandths of a percent. */
  public long unscaledValue() {
    return units;
  }

  /** The difference of two rates, in percentage points. */
  public PercentagePoints minus(Percent other) {
    return PercentagePoints.ofUnscaled(Math.subtractExact(units, other.units));
  }

  /** This rate moved by {@code points}; {@link ArithmeticException} if that overflows. */
  public Percent plus(PercentagePoints points) {
    return new Percent(Math.addExact(units, points.unscaledValue()));
  }

  /** This rate moved down by {@code points}; {@link ArithmeticException} if that overflows. */
  public Percent minus(PercentagePoints points) {
    return new Percent(Math.subtractExact(units, points.unscaledValue()));
  }

  /** The opposite rate, exact: a 4.7% rise negated is a 4.7% fall ({@code -4.7%}). */
  public Percent negated() {
    return ofUnscaled(Math.negateExact(unscaledValue()));
  }

  /** {@code -this}: Kotlin's unary minus; the same as {@link #negated}. */
  public Percent unaryMinus() {
    return negated();
  }

  public boolean isNegative() {
    return units < 0;
  }

  public boolean isGreaterThan(Percent other) {
    return units > other.units;
  }

  public boolean isLessThan(Percent other) {
    return units < other.units;
  }

  @Override
  public int compareTo(Percent other) {
    return Long.compare(units, other.units);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Percent && ((Percent) o).units == units;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(units);
  }

  /** The canonical form, {@code "5.4%"}: exact, locale-free, read back by {@link #parse}. */
  @Override
  public String toString() {
    return Decimals.format(units, SCALE) + "%";
  }
}
