package org.citygdp.units;

import com.google.errorprone.annotations.Immutable;
import java.io.Serializable;
import java.math.BigDecimal;

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

  private final long units; // ten-thousandths of a percentage point

  private PercentagePoints(long units) {
    this.units = units;
  }

  /** A number of percentage points written as a decimal, {@code of("1.4")}. At most 4 decimals. */
  public static PercentagePoints of(String points) {
    return new PercentagePoints(Decimals.toScaledLong(points, Percent.SCALE, "percentage points"));
  }

  public static PercentagePoints of(BigDecimal points) {
    return new PercentagePoints(Decimals.toScaledLong(points, Percent.SCALE, "percentage points"));
  }

  /** From the unscaled value in ten-thousandths of a point. */
  public static PercentagePoints ofUnscaled(long tenThousandthsOfAPoint) {
    return tenThousandthsOfAPoint == 0 ? ZERO : new PercentagePoints(tenThousandthsOfAPoint);
  }

  /** Reads the canonical form {@code "+1.4pp"} (sign optional, {@code pp} required). */
  public static PercentagePoints parse(CharSequence text) {
    String s = text.toString().trim();
    if (!s.endsWith("pp")) {
      throw new IllegalArgumentException(
          "percentage points '" + text + "' must end with 'pp', as in '+1.4pp'");
    }
    String number = s.substring(0, s.length() - 2);
    return of(number.startsWith("+") ? number.substring(1) : number);
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
