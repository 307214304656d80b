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

  /** A percentage written as a decimal, {@code of("5.4")} for 5.4%. At most 4 decimals. */
  public static Percent of(String percent) {
    return new Percent(Decimals.toScaledLong(percent, SCALE, "percent"));
  }

  /** A percentage as an exact decimal. At most 4 decimals. */
  public static Percent of(BigDecimal percent) {
    return new Percent(Decimals.toScaledLong(percent, SCALE, "percent"));
  }

  /** A whole number of percent. */
  public static Percent of(long wholePercent) {
    return new Percent(Math.multiplyExact(wholePercent, 10_000L));
  }

  /** A percentage from its unscaled value in ten-thousandths of a percent ({@code 54000} is 5.4%). */
  public static Percent ofUnscaled(long tenThousandthsOfAPercent) {
    return new Percent(tenThousandthsOfAPercent);
  }

  /** Reads the canonical form {@code "5.4%"} (the {@code %} sign is required). */
  public static Percent parse(CharSequence text) {
    String s = text.toString().trim();
    if (!s.endsWith("%")) {
      throw new IllegalArgumentException("percent '" + text + "' must end with '%', as in '5.4%'");
    }
    return of(s.substring(0, s.length() - 1));
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

  public Percent plus(PercentagePoints points) {
    return new Percent(Math.addExact(units, points.unscaledValue()));
  }

  public Percent minus(PercentagePoints points) {
    return new Percent(Math.subtractExact(units, points.unscaledValue()));
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
