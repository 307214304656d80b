package org.citygdp.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written number parser against a naive reference: a regular expression for the
 * grammar, then {@link BigDecimal} for the value, on thousands of seeded random strings, valid and
 * not. Both must accept the same strings, give the same value, and reject for the same rule.
 */
class DecimalsReferenceTest {

  private static final int CASES = 10_000;
  private static final Pattern GRAMMAR = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** What the reference expects: a value, or the words of the rule broken. */
  private static final class Expected {
    final long value;
    final String rule; // null when accepted

    Expected(long value, String rule) {
      this.value = value;
      this.rule = rule;
    }
  }

  /** The naive reference: regex, then BigDecimal. Slow and obviously right for short strings. */
  private static Expected reference(String s, int scale) {
    if (s.isEmpty()) {
      return new Expected(0, "is empty");
    }
    if (s.length() > Decimals.MAX_LENGTH) {
      return new Expected(0, "is too long");
    }
    if (!GRAMMAR.matcher(s).matches()) {
      return new Expected(0, "is not a plain decimal");
    }
    int point = s.indexOf('.');
    if (point >= 0 && s.length() - point - 1 > scale) {
      return new Expected(0, scale == 0 ? "must be a whole number" : "decimal places");
    }
    BigInteger units = new BigDecimal(s).movePointRight(scale).toBigIntegerExact();
    if (units.compareTo(MIN) < 0 || units.compareTo(MAX) > 0) {
      return new Expected(0, "is out of range");
    }
    return new Expected(units.longValueExact(), null);
  }

  @ParameterizedTest(name = "scale {0}")
  @ValueSource(ints = {0, 4, 8, 9, 12})
  void should_agree_with_the_reference_on_random_strings(int scale) {
    Random random = new Random(20_261_203L + scale);
    List<String> disagreements = new ArrayList<>();
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int i = 0; i < CASES; i++) {
      String s = i % 2 == 0 ? plausible(random, scale) : noisy(random);
      Expected expected = reference(s, scale);
      String actual;
      try {
        actual = "value " + Decimals.parse(s, scale, "n");
      } catch (IllegalArgumentException e) {
        actual = e.getMessage();
      }
      boolean agree = expected.rule == null ? actual.equals("value " + expected.value)
          : actual.startsWith("n '") && actual.contains(expected.rule);
      if (!agree && disagreements.size() < 20) {
        disagreements.add("'" + s + "': expected " + (expected.rule == null
            ? "value " + expected.value : "rule '" + expected.rule + "'") + ", got " + actual);
      }
      outcomes.merge(expected.rule == null ? "accepted" : expected.rule, 1, Integer::sum);
    }
    assertThat(disagreements).isEmpty();
    // the generator reaches every outcome, each often
    assertThat(outcomes.keySet()).containsExactlyInAnyOrder("accepted", "is empty", "is too long",
        "is not a plain decimal", scale == 0 ? "must be a whole number" : "decimal places",
        "is out of range");
    assertThat(outcomes.get("accepted")).isGreaterThan(CASES / 5);
    assertThat(outcomes.values()).allMatch(n -> n >= 50, "at least 50 cases of each outcome");
  }

  /** Mostly valid numbers around the edges: long runs of digits, many decimals, signs, zeros. */
  private static String plausible(Random r, int scale) {
    if (r.nextInt(10) == 0) { // at the edge of the range: a long's limit, give or take 2
      BigInteger edge = (r.nextBoolean() ? MAX : MIN).add(BigInteger.valueOf(r.nextInt(5) - 2));
      BigDecimal d = new BigDecimal(edge, scale);
      return (r.nextBoolean() ? d : d.stripTrailingZeros()).toPlainString();
    }
    StringBuilder b = new StringBuilder();
    if (r.nextBoolean()) {
      b.append('-');
    }
    int integerDigits = 1 + r.nextInt(r.nextInt(4) == 0 ? 24 : 12);
    b.append(r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(9));
    if (b.charAt(b.length() - 1) != '0' || r.nextInt(20) == 0) { // rarely a leading zero
      for (int k = 1; k < integerDigits; k++) {
        b.append(r.nextInt(10));
      }
    }
    if (r.nextInt(3) > 0) {
      b.append('.');
      int decimals = 1 + r.nextInt(scale + 3);
      for (int k = 0; k < decimals; k++) {
        b.append(r.nextInt(10));
      }
    }
    return b.toString();
  }

  private static final String NOISE = "0123456789012345678901234567890123456789..--+eE ,_\u0000"
      + "\u00A0\u2212\uFF11\u0661x";

  /** Random characters, mostly digits, some of every kind the grammar forbids. */
  private static String noisy(Random r) {
    int n = r.nextInt(r.nextInt(10) == 0 ? 40 : 12);
    StringBuilder b = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      b.append(NOISE.charAt(r.nextInt(NOISE.length())));
    }
    return b.toString();
  }

  @ParameterizedTest(name = "scale {0}")
  @ValueSource(ints = {0, 4, 8, 9, 12})
  void should_agree_with_the_reference_on_random_big_decimals(int scale) {
    Random random = new Random(4_242L + scale);
    int accepted = 0;
    for (int i = 0; i < CASES; i++) {
      BigInteger unscaled = new BigInteger(1 + random.nextInt(random.nextInt(5) == 0 ? 140 : 70),
          random);
      if (random.nextBoolean()) {
        unscaled = unscaled.negate();
      }
      if (random.nextInt(4) == 0) { // trailing zeros: exact at the scale more often
        unscaled = unscaled.multiply(BigInteger.TEN.pow(random.nextInt(30)));
      }
      BigDecimal value = new BigDecimal(unscaled, random.nextInt(60) - 25);
      String rule;
      long expected = 0;
      if (unscaled.signum() == 0) {
        rule = null;
      } else if (value.precision() > Decimals.MAX_PRECISION) {
        rule = "significant digits";
      } else {
        BigDecimal moved = value.movePointRight(scale);
        if (moved.signum() != 0 && moved.stripTrailingZeros().scale() > 0) {
          rule = scale == 0 ? "must be a whole number" : "decimal places";
        } else if (moved.toBigInteger().compareTo(MIN) < 0
            || moved.toBigInteger().compareTo(MAX) > 0) {
          rule = "is out of range";
        } else {
          rule = null;
          expected = moved.longValueExact();
        }
      }
      Throwable t = catchThrowable(() -> Decimals.toScaledLong(value, scale, "n"));
      if (rule == null) {
        assertThat(t).as("%s at scale %d", value, scale).isNull();
        assertThat(Decimals.toScaledLong(value, scale, "n")).isEqualTo(expected);
        accepted++;
      } else {
        assertThat(t).as("%s at scale %d", value, scale)
            .isExactlyInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(rule);
      }
    }
    assertThat(accepted).isGreaterThan(CASES / 50);
  }
}
