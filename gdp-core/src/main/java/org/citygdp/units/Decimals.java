package org.citygdp.units;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Fixed-point helpers shared by the unit types. Not part of the API. */
final class Decimals {
  private Decimals() {}

  /**
   * Parses {@code text} as an exact decimal and scales it to a long with {@code scale} decimals.
   *
   * @throws IllegalArgumentException naming {@code what}, the text and the rule broken
   */
  static long toScaledLong(String text, int scale, String what) {
    BigDecimal value;
    try {
      value = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " '" + text + "' is not a decimal number", e);
    }
    return toScaledLong(value, scale, what);
  }

  static long toScaledLong(BigDecimal value, int scale, String what) {
    BigDecimal scaled = value.movePointRight(scale);
    try {
      return scaled.toBigIntegerExact().longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          what + " '" + value.toPlainString() + "' has more than " + scale
              + " decimal places or is out of range; this type is exact and does not round",
          e);
    }
  }

  /** Rounds {@code value} to {@code scale} decimals with the named rounding, then scales it. */
  static long toScaledLong(BigDecimal value, int scale, RoundingMode rounding) {
    return value.setScale(scale, rounding).unscaledValue().longValueExact();
  }

  /** The exact decimal value of {@code units} with {@code scale} decimals, trailing zeros removed. */
  static BigDecimal toDecimal(long units, int scale) {
    BigDecimal d = BigDecimal.valueOf(units, scale).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  static String format(long units, int scale) {
    return toDecimal(units, scale).toPlainString();
  }

  static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }
}
