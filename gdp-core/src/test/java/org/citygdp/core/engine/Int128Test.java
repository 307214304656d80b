package org.citygdp.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The 128-bit sums the engine divides (weighted growth, shares) against {@link BigDecimal}: every
 * path of {@link Int128#divideHalfEven} (a quotient from a long, from the double estimate and its
 * corrections, and from BigDecimal), halves rounded to even, and {@link Int128#fitsLong} at its
 * edges.
 */
class Int128Test {
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  /** The exact value of (hi, lo), written out with BigInteger. */
  private static BigInteger value(long hi, long lo) {
    BigInteger unsignedLo = lo >= 0 ? BigInteger.valueOf(lo) : BigInteger.valueOf(lo).add(TWO_64);
    return BigInteger.valueOf(hi).shiftLeft(64).add(unsignedLo);
  }

  private static long expected(long hi, long lo, long den) {
    return new BigDecimal(value(hi, lo)).divide(BigDecimal.valueOf(den), 0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }

  private static void check(long hi, long lo, long den) {
    assertThat(Int128.divideHalfEven(hi, lo, den)).as("(%d, %d) / %d", hi, lo, den)
        .isEqualTo(expected(hi, lo, den));
  }

  @Test
  void should_say_whether_a_value_fits_a_long_at_the_edges() {
    assertThat(Int128.fitsLong(0, 0)).isTrue();
    assertThat(Int128.fitsLong(0, Long.MAX_VALUE)).isTrue();
    assertThat(Int128.fitsLong(0, Long.MIN_VALUE)).isFalse(); // 2^63
    assertThat(Int128.fitsLong(-1, -1)).isTrue();
    assertThat(Int128.fitsLong(-1, Long.MIN_VALUE)).isTrue();
    assertThat(Int128.fitsLong(-1, 0)).isFalse(); // -2^64
    assertThat(Int128.fitsLong(1, 0)).isFalse();
    assertThat(Int128.fitsLong(-2, -1)).isFalse();
  }

  @Test
  void should_round_halves_to_even_on_each_path() {
    check(0, 5, 2); // 2.5 -> 2
    check(0, 7, 2); // 3.5 -> 4
    check(-1, -5, 2); // -2.5 -> -2
    check(-1, -7, 2); // -3.5 -> -4
    check(0, 10, 4); // 2.5 -> 2
    check(0, 11, 4); // 2.75 -> 3
    check(0, 9, 4); // 2.25 -> 2
    // beyond a long: 2^64 + 1 over 2 is 2^63 + 0.5, which is no long, and 2^64 + 2 over 4 is
    // 2^62 + 0.5 -> 2^62 (even)
    check(1, 2, 4);
    check(1, 6, 4); // 2^62 + 1.5 -> 2^62 + 2
    check(1, 0, 3);
    check(-1, 0, 3);
    assertThat(Int128.divideHalfEven(1, 2, 4)).isEqualTo(1L << 62);
    assertThat(Int128.divideHalfEven(1, 6, 4)).isEqualTo((1L << 62) + 2);
  }

  @Test
  void should_divide_values_beyond_a_long_exactly_on_every_path() {
    SplittableRandom rnd = new SplittableRandom(128);
    for (int i = 0; i < 200_000; i++) {
      long den = switch (i % 4) {
        case 0 -> 1 + rnd.nextLong(1000);
        case 1 -> 1 + rnd.nextLong(Long.MAX_VALUE);
        case 2 -> (1L << (20 + rnd.nextInt(43))) + rnd.nextLong(-3, 4);
        default -> 1 + rnd.nextLong(1L << 40);
      };
      // a quotient of up to about 2^49 (the estimate's path), or up to a long (BigDecimal's)
      long q = i % 3 == 0 ? rnd.nextLong(-(1L << 49), 1L << 49)
          : i % 3 == 1 ? rnd.nextLong(-(1L << 12), 1L << 12) : rnd.nextLong(-(1L << 62), 1L << 62);
      BigInteger v = BigInteger.valueOf(q).multiply(BigInteger.valueOf(den))
          .add(BigInteger.valueOf(rnd.nextLong(-den, den)));
      // half-way and one off half-way as often as anything else
      if (i % 5 == 0 && den % 2 == 0) {
        v = BigInteger.valueOf(q).multiply(BigInteger.valueOf(den))
            .add(BigInteger.valueOf(den / 2 + rnd.nextLong(-1, 2)));
      }
      long hi = v.shiftRight(64).longValue();
      long lo = v.longValue();
      assertThat(value(hi, lo)).isEqualTo(v);
      long exact;
      try {
        exact = expected(hi, lo, den);
      } catch (ArithmeticException e) {
        continue; // the quotient is no long: refused on every path, checked below
      }
      assertThat(Int128.divideHalfEven(hi, lo, den)).as("%s / %d", v, den).isEqualTo(exact);
    }
  }

  @Test
  void should_correct_the_estimate_where_the_double_is_off() {
    // values just below and above multiples of a large denominator: floor(estimate) lands one
    // off and the exact remainder moves it back or forward
    long den = (1L << 53) + 1;
    for (long q = 1; q < 1 << 10; q += 37) {
      BigInteger m = BigInteger.valueOf(q).multiply(BigInteger.valueOf(den));
      for (long d = -3; d <= 3; d++) {
        BigInteger v = m.add(BigInteger.valueOf(d));
        check(v.shiftRight(64).longValue(), v.longValue(), den);
        BigInteger n = v.negate();
        check(n.shiftRight(64).longValue(), n.longValue(), den);
      }
    }
  }

  @Test
  void should_refuse_a_zero_divisor_and_a_quotient_beyond_a_long() {
    assertThatThrownBy(() -> Int128.divideHalfEven(0, 1, 0))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Int128.divideHalfEven(1, 0, 1))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Int128.toBigDecimal(1, -1)).isEqualTo(new BigDecimal(value(1, -1)));
    assertThat(Int128.toBigDecimal(-1, 0)).isEqualTo(new BigDecimal(TWO_64.negate()));
  }
}
