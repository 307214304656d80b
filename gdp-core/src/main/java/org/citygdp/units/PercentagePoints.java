package org.citygdp.units;

import com.google.errorprone.annotations.Immutable;
import java.io.Serializable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A difference between two rates, in percentage points (pp), exact to {@value Percent#SCALE}
 * decimals. Xi'an's growth going from 4.5% to 4.7% is {@code +0.2pp}, not "+0.2%".
 *
 * <pre>{@code
 * PercentagePoints.of("3.4").minus(PercentagePoints.of("3.2")); // +0.2pp
 * PercentagePoints.parse("-1.9pp");
 * }</pre>
 */
@Immutable
public final class PercentagePoints implements Comparable<PercentagePoints>, Serializable {
  private static final long serialVersionUID = 1L;

  public static final PercentagePoints ZERO = new PercentagePoints(0);

  /** Shared instances of whole tenths of a point within ±50 points: see {@link #ofUnscaled}. */
  private static final int SHARED_HALF_RANGE = 500_000;
  private static final @Nullable PercentagePoints[] SHARED =
      new PercentagePoints[2 * SHARED_HALF_RANGE / 1000 + 1];

  private final long units; // ten-thousandths of a percentage point

  private PercentagePoints(long units) {
    this.units = units;
  }

  /**
   * A number of percentage points written as a plain decimal, {@code of("1.4")} or
   * {@code of("-0.2")}: at most 4 decimals, by the {@linkplain org.citygdp.units number grammar}
   * (no {@code '+'}: that sign belongs to the canonical form {@code "+1.4pp"} only).
   *
   * @throws IllegalArgumentException naming the text (shortened) and the rule it breaks
   */
  public static PercentagePoints of(String points) {
    return ofUnscaled(Decimals.parse(Decimals.notNull("points", points), Percent.SCALE, WHAT));
  }

  /**
   * A number of percentage points as an exact decimal: at most 4 decimals once trailing zeros
   * are ignored.
   *
   * @throws IllegalArgumentException naming the value and the rule it breaks
   */
  public static PercentagePoints of(BigDecimal points) {
    return ofUnscaled(
        Decimals.toScaledLong(Decimals.notNull("points", points), Percent.SCALE, WHAT));
  }

  private static final String WHAT = "percentage points";

  /**
   * A whole number of tenths of a point, the precision changes of growth rates are published
   * to: {@code ofTenths(4)} is +0.4pp, {@code ofTenths(-13)} is -1.3pp. Within ±50 points the
   * value is a shared instance (no division, no new object).
   *
   * @throws IllegalArgumentException if it is beyond ±922,337,203,685,477.5 points
   */
  public static PercentagePoints ofTenths(long tenthsOfAPoint) {
    long t = tenthsOfAPoint;
    if (t >= -SHARED_HALF_RANGE / 1000 && t <= SHARED_HALF_RANGE / 1000) {
      return shared((int) t);
    }
    if (t > Long.MAX_VALUE / 1_000 || t < Long.MIN_VALUE / 1_000) {
      throw new IllegalArgumentException("tenths of a point '" + t + "' is out of range: this"
          + " type holds " + Decimals.format(Long.MIN_VALUE, Percent.SCALE) + " to "
          + Decimals.format(Long.MAX_VALUE, Percent.SCALE) + " points");
    }
    return new PercentagePoints(t * 1000);
  }

  /** From the unscaled value in ten-thousandths of a point. */
  public static PercentagePoints ofUnscaled(long tenThousandthsOfAPoint) {
    long u = tenThousandthsOfAPoint;
    long tenths = u / 1000; // one division: the remainder is u - tenths * 1000
    if (tenths * 1000 != u || u < -SHARED_HALF_RANGE || u > SHARED_HALF_RANGE) {
      return new PercentagePoints(u);
    }
    return shared((int) tenths);
  }

  /**
   * The shared instance of a whole number of tenths of a point within ±50 points (most changes
   * of growth rates), made on first use; a race makes at most an extra equal instance (the field
   * is final, so any thread sees it whole).
   */
  private static PercentagePoints shared(int tenths) {
    int slot = tenths + SHARED_HALF_RANGE / 1000;
    PercentagePoints p = SHARED[slot];
    if (p == null) {
      p = tenths == 0 ? ZERO : new PercentagePoints(tenths * 1000L);
      SHARED[slot] = p;
    }
    return p;
  }


  /**
   * Reads the canonical form {@code "+1.4pp"}, {@code "-0.2pp"} or {@code "0pp"}: an optional
   * {@code '+'} before a positive number, the number by the {@linkplain org.citygdp.units number
   * grammar}, then {@code pp}, with nothing around them.
   *
   * @throws IllegalArgumentException naming the text (shortened) and the rule it breaks
   */
  public static PercentagePoints parse(CharSequence text) {
    String s = Decimals.bounded(Decimals.notNull("text", text), Decimals.MAX_LENGTH + 3, WHAT);
    if (!s.endsWith("pp")) {
      throw Decimals.invalid(WHAT, s, "must end with 'pp', as in '+1.4pp'");
    }
    String number = s.substring(0, s.length() - 2);
    if (number.startsWith("+")) {
      PercentagePoints p = of(number.substring(1));
      if (!p.isPositive()) {
        throw Decimals.invalid(WHAT, s, "has a '+' before a number that is not positive");
      }
      return p;
    }
    return of(number);
  }

  public BigDecimal toBigDecimal() {
    return Decimals.toDecimal(units, Percent.SCALE);
  }

  public long unscaledValue() {
    return units;
  }

  public PercentagePoints plus(PercentagePoints other) {
    return ofUnscaled(Math.addExact(units, other.units));
  }

  public PercentagePoints minus(PercentagePoints other) {
    return ofUnscaled(Math.subtractExact(units, other.units));
  }

  /** {@code this * factor}, exact: Kotlin's {@code pp * 2}. */
  public PercentagePoints times(long factor) {
    return ofUnscaled(Math.multiplyExact(units, factor));
  }

  /** {@code -this}: Kotlin's unary minus; the same as {@link #negated}. */
  public PercentagePoints unaryMinus() {
    return negated();
  }

  public PercentagePoints negated() {
    return ofUnscaled(Math.negateExact(units));
  }

  public PercentagePoints abs() {
    return units < 0 ? negated() : this;
  }

  public boolean isNegative() {
    return units < 0;
  }

  public boolean isPositive() {
    return units > 0;
  }

  public boolean isZero() {
    return units == 0;
  }

  @Override
  public int compareTo(PercentagePoints other) {
    return Long.compare(units, other.units);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PercentagePoints && ((PercentagePoints) o).units == units;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(units);
  }

  /** The canonical form, signed: {@code "+1.4pp"}, {@code "-0.2pp"}, {@code "0pp"}. */
  @Override
  public String toString() {
    return (units > 0 ? "+" : "") + Decimals.format(units, Percent.SCALE) + "pp";
  }
}
