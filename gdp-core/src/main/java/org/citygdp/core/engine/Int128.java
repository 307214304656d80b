package org.citygdp.core.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Exact sums of products in 128 bits, held as a pair of longs {@code (hi, lo)} (two's complement,
 * {@code lo} unsigned), and their quotients by a long rounded half-even, without BigDecimal in
 * the common cases. Not part of the API.
 */
public final class Int128 {
  private Int128() {}

  /** Whether {@code (hi, lo)} fits in a long. */
  public static boolean fitsLong(long hi, long lo) {
    return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0);
  }

  /**
   * {@code (hi, lo) / den} rounded half-even, exactly.
   *
   * @throws ArithmeticException if {@code den} is zero or the quotient does not fit in a long
   */
  public static long divideHalfEven(long hi, long lo, long den) {
    if (den > 0 && fitsLong(hi, lo)) {
      return roundHalfEven(Math.floorDiv(lo, den), Math.floorMod(lo, den), den);
    }
    if (den > 0) {
      double estimate = (hi * 0x1p64 + unsignedToDouble(lo)) / den;
      if (Math.abs(estimate) < 0x1p50) {
        // floor(estimate) is within one of the floor of the exact quotient; correct it by the
        // exact remainder r = (hi, lo) - q * den, until 0 <= r < den
        long q = (long) Math.floor(estimate);
        long pLo = q * den;
        long pHi = Math.multiplyHigh(q, den);
        long rLo = lo - pLo;
        long rHi = hi - pHi - (Long.compareUnsigned(lo, pLo) < 0 ? 1 : 0);
        while (rHi < 0) {
          q--;
          long sum = rLo + den;
          rHi += Long.compareUnsigned(sum, rLo) < 0 ? 1 : 0;
          rLo = sum;
        }
        while (rHi > 0 || Long.compareUnsigned(rLo, den) >= 0) {
          q++;
          long diff = rLo - den;
          rHi -= Long.compareUnsigned(rLo, den) < 0 ? 1 : 0;
          rLo = diff;
        }
        return roundHalfEven(q, rLo, den);
      }
    }
    return toBigDecimal(hi, lo)
        .divide(BigDecimal.valueOf(den), 0, RoundingMode.HALF_EVEN).longValueExact();
  }

  /** The quotient {@code floor + rem / den} (0 <= rem < den) rounded half-even. */
  private static long roundHalfEven(long floor, long rem, long den) {
    long rest = den - rem;
    return rem > rest || (rem == rest && (floor & 1) != 0) ? floor + 1 : floor;
  }

  public static BigDecimal toBigDecimal(long hi, long lo) {
    return new BigDecimal(BigInteger.valueOf(hi).shiftLeft(64)
        .add(BigInteger.valueOf(lo >>> 1).shiftLeft(1).add(BigInteger.valueOf(lo & 1))));
  }

  private static double unsignedToDouble(long v) {
    double d = (double) (v >>> 1) * 2.0;
    return d + (v & 1);
  }
}
