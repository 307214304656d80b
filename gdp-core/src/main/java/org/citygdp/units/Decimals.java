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
    long plain = plainToScaledLong(text.trim(), scale);
    if (plain != NOT_PLAIN) {
      return plain;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " '" + text + "' is not a decimal number", e);
    }
    return toScaledLong(value, scale, what);
  }

  private static final long NOT_PLAIN = Long.MIN_VALUE;

  /**
   * A plain decimal such as {@code "-12.5"} (optional minus, digits, optionally a point and more
   * digits) with at most {@code scale} decimals and 18 digits, scaled, without a BigDecimal: a
   * fresh JVM reads a dataset's figures much faster (issue #3). Anything else is
   * {@link #NOT_PLAIN}, left to {@link BigDecimal} and its exact rules and messages; both give the
   * same value for every text this accepts.
   */
  private static long plainToScaledLong(String s, int scale) {
    int n = s.length();
    int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
    long v = 0;
    int digits = 0;
    int decimals = -1; // -1 until the point
    for (int k = i; k < n; k++) {
      char c = s.charAt(k);
      if (c >= '0' && c <= '9') {
        if (++digits > 18) {
          return NOT_PLAIN;
        }
        v = v * 10 + (c - '0');
        if (decimals >= 0) {
          decimals++;
        }
      } else if (c == '.' && decimals < 0 && digits > 0) {
        decimals = 0;
      } else {
        return NOT_PLAIN;
      }
    }
    if (digits == 0 || decimals == 0 || decimals > scale) {
      return NOT_PLAIN;
    }
    for (int k = Math.max(decimals, 0); k < scale; k++) {
      if (v > Long.MAX_VALUE / 10) {
        return NOT_PLAIN;
      }
      v *= 10;
    }
    return i == 1 ? -v : v;
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
