package org.citygdp.units;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The one grammar for numbers written as text, and the bounds on exact decimals, shared by every
 * unit type. Not part of the API: the rules are documented for users in the
 * {@linkplain org.citygdp.units package documentation}.
 *
 * <h2>The grammar</h2>
 *
 * <pre>
 * number   = [ "-" ] integer [ "." fraction ]
 * integer  = "0" | nonzero *digit        ; no leading zeros
 * fraction = 1*digit                      ; at most the unit's scale digits
 * digit    = "0" / "1" / ... / "9"        ; ASCII only
 * </pre>
 *
 * <p>That is a JSON number without exponent, written as text. Nothing else is allowed: no
 * {@code '+'}, no exponent, no whitespace (not even around the number), no thousands separators,
 * no non-ASCII digits, no control characters; {@code ".5"} and {@code "5."} are rejected, and
 * {@code "-0"} is zero. A number has at most {@value #MAX_LENGTH} characters and at most the
 * unit's scale of decimals ({@code "5.40"} is fine for a percent, {@code "5.40000"} is not, even
 * though its last digit is a zero). Its value, in the unit's smallest step, must fit a
 * {@code long}.
 *
 * <h2>Why by hand</h2>
 *
 * <p>{@link #parse} checks the length first and then every character, and only then computes
 * the value in a {@code long}: no {@link BigDecimal} is ever built from text, so no input can
 * cause a large allocation, a slow parse or an {@link ArithmeticException}, and a fresh JVM reads
 * a dataset's figures without loading the {@code BigDecimal} machinery (issue #3). Error messages
 * show at most {@value #SHOWN} characters of the text (then {@code "…"} and its length), with
 * control and invisible characters escaped, and name the rule that was broken.
 *
 * <p>{@link #toScaledLong(BigDecimal, int, String)} gets the same bounds for a
 * {@link BigDecimal}: its scale and bit length are looked at before any arithmetic, so a hostile
 * value such as {@code 1E-999999999} or a number of a million digits is rejected at once.
 */
final class Decimals {
  private Decimals() {}

  /** The longest number text, in characters. No valid value needs more than 21. */
  static final int MAX_LENGTH = 32;

  /** How many characters of a bad value an error message shows. */
  static final int SHOWN = 40;

  /** The most significant digits a {@link BigDecimal} argument may have. */
  static final int MAX_PRECISION = 38;

  private static final double LOG10_2 = 0.30102999566398120;

  /** The grammar, as error messages name it. */
  static final String GRAMMAR = "[-]digits[.digits], ASCII digits only";

  /**
   * Reads {@code text} by the grammar above as an exact decimal with at most {@code scale}
   * decimals, and returns it in units of 10<sup>-scale</sup>: {@code parse("-4.7", 4, …)} is
   * {@code -47000}.
   *
   * @param what names the value in messages, e.g. {@code "amount in 亿元"}
   * @throws IllegalArgumentException naming {@code what}, the text (shortened) and the rule
   */
  static long parse(CharSequence text, int scale, String what) {
    int n = text.length();
    if (n == 0) {
      throw invalid(what, text, "is empty: write a plain decimal (" + GRAMMAR + "), such as 5.4");
    }
    if (n > MAX_LENGTH) {
      throw invalid(what, text, "is too long: a number has at most " + MAX_LENGTH + " characters");
    }
    int start = text.charAt(0) == '-' ? 1 : 0;
    int point = -1;
    for (int i = start; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        continue;
      }
      if (c == '.' && point < 0) {
        point = i;
        continue;
      }
      throw invalid(what, text, notPlain(text, i));
    }
    int integerEnd = point < 0 ? n : point;
    if (integerEnd == start) {
      throw invalid(what, text, point < 0 ? notPlain("has no digits")
          : notPlain("has no digit before the '.'; write 0.5, not .5"));
    }
    if (point == n - 1) {
      throw invalid(what, text, notPlain("has no digit after the '.'; write 5 or 5.0, not 5."));
    }
    if (text.charAt(start) == '0' && integerEnd - start > 1) {
      throw invalid(what, text, notPlain("has a leading zero; write 7 or 0.7, not 07"));
    }
    int decimals = point < 0 ? 0 : n - point - 1;
    if (decimals > scale) {
      throw invalid(what, text, tooManyDecimals(scale));
    }
    // Accumulated as a negative number, so that Long.MIN_VALUE units can be read too.
    long v = 0;
    for (int i = start; i < n; i++) {
      if (i != point) {
        int d = text.charAt(i) - '0';
        if (v < (Long.MIN_VALUE + d) / 10) { // Java's division rounds up here: exact bound
          throw invalid(what, text, outOfRange(scale));
        }
        v = v * 10 - d;
      }
    }
    for (int k = decimals; k < scale; k++) {
      if (v < Long.MIN_VALUE / 10) {
        throw invalid(what, text, outOfRange(scale));
      }
      v *= 10;
    }
    if (start == 0) {
      if (v == Long.MIN_VALUE) {
        throw invalid(what, text, outOfRange(scale));
      }
      v = -v;
    }
    return v;
  }

  /** The rule character {@code i} of {@code text} breaks; positions count from 1. */
  private static String notPlain(CharSequence text, int i) {
    char c = text.charAt(i);
    int cp = Character.codePointAt(text, i);
    String at = " at position " + (i + 1);
    String rule;
    if (c == '+') {
      rule = i == 0 ? "has a '+' sign; write 5.4, not +5.4" : "has a '+'" + at;
    } else if (c == '-') {
      rule = "has a '-'" + at + "; a minus sign may only come first";
    } else if (c == '.') {
      rule = "has a second '.'" + at;
    } else if (c == 'e' || c == 'E') {
      rule = "has an exponent ('" + c + "'" + at + "); write 10002.1, not 1.00021e4";
    } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      rule = "has whitespace (" + codePoint(cp) + at + "); write 10002.1, not ' 10002.1 '";
    } else if (c == ',' || c == '_' || c == '\'') {
      rule = "has a separator ('" + c + "'" + at
          + "); write no thousands separators, and '.' as the decimal point";
    } else if (Character.isDigit(cp)) {
      rule = "has a digit that is not ASCII ('" + new String(Character.toChars(cp)) + "', "
          + codePoint(cp) + at + "); only the digits 0-9 are allowed";
    } else if (Character.getType(cp) == Character.DASH_PUNCTUATION
        || Character.getType(cp) == Character.MATH_SYMBOL) {
      rule = "has '" + new String(Character.toChars(cp)) + "' (" + codePoint(cp) + ")" + at
          + "; the only sign is the ASCII '-' (U+002D), first";
    } else if (Character.isISOControl(c)) {
      rule = "has a control character (" + codePoint(cp) + at + ")";
    } else if (isInvisible(c)) {
      rule = "has an invisible character (" + codePoint(cp) + at + ")";
    } else {
      rule = "has '" + new String(Character.toChars(cp)) + "' (" + codePoint(cp) + ")" + at;
    }
    return notPlain(rule);
  }

  private static String notPlain(String rule) {
    return "is not a plain decimal (" + GRAMMAR + "): it " + rule;
  }

  private static String tooManyDecimals(int scale) {
    return scale == 0 ? "must be a whole number; this type is exact and does not round"
        : "has more than " + scale + " decimal places; this type is exact and does not round";
  }

  private static String outOfRange(int scale) {
    return "is out of range: this type holds " + format(Long.MIN_VALUE, scale) + " to "
        + format(Long.MAX_VALUE, scale);
  }

  /**
   * {@code value} in units of 10<sup>-scale</sup>, exactly: {@code 5.40} and {@code 5.4} are the
   * same value (a BigDecimal's scale is an accident of how it was computed, unlike the digits a
   * source printed). Bounded before any arithmetic: at most {@value #MAX_PRECISION} significant
   * digits, no more than {@code scale} decimals once trailing zeros are ignored, and a value that
   * fits a {@code long} of units.
   *
   * @throws IllegalArgumentException naming {@code what}, the value (shortened) and the rule
   */
  static long toScaledLong(BigDecimal value, int scale, String what) {
    BigInteger unscaled = value.unscaledValue();
    if (unscaled.signum() == 0) {
      return 0;
    }
    int bits = unscaled.bitLength();
    if (bits > 127 || value.precision() > MAX_PRECISION) { // bitLength first: cheap on any size
      throw new IllegalArgumentException(what + " " + shown(value) + " has more than "
          + MAX_PRECISION + " significant digits; this type is exact and does not round");
    }
    long shift = (long) scale - value.scale(); // value = unscaled * 10^-value.scale()
    BigInteger units;
    if (shift >= 0) {
      if (shift > 19) { // |unscaled| >= 1, so |units| >= 10^20
        throw new IllegalArgumentException(what + " " + shown(value) + " " + outOfRange(scale));
      }
      units = unscaled.multiply(BigInteger.TEN.pow((int) shift));
    } else {
      BigInteger[] qr = shift < -MAX_PRECISION ? null
          : unscaled.divideAndRemainder(BigInteger.TEN.pow((int) -shift));
      if (qr == null || qr[1].signum() != 0) { // 38 digits cannot end in more than 38 zeros
        throw new IllegalArgumentException(
            what + " " + shown(value) + " " + tooManyDecimals(scale));
      }
      units = qr[0];
    }
    if (units.bitLength() > 63) {
      throw new IllegalArgumentException(what + " " + shown(value) + " " + outOfRange(scale));
    }
    return units.longValue();
  }

  /**
   * A BigDecimal for a message: its {@link BigDecimal#toString()} (scientific for extreme scales,
   * so short), shortened; never computed for more than {@value #MAX_PRECISION}-odd digits.
   */
  private static String shown(BigDecimal value) {
    if (value.unscaledValue().bitLength() > 127) {
      // 2^(bits-1) <= |unscaled| < 2^bits: this is its digit count, or one less
      return "of about " + ((long) ((value.unscaledValue().bitLength() - 1) * LOG10_2) + 1)
          + " digits (scale " + value.scale() + ")";
    }
    return quote(value.toString());
  }

  /** The exact decimal value of {@code units} with {@code scale} decimals, trailing zeros removed. */
  static BigDecimal toDecimal(long units, int scale) {
    BigDecimal d = BigDecimal.valueOf(units, scale).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** The canonical text of {@code units}: what {@link #parse} reads back to the same units. */
  static String format(long units, int scale) {
    return toDecimal(units, scale).toPlainString();
  }

  /**
   * {@code text} as a String if it has at most {@code maxLength} characters, for the canonical
   * forms read by the {@code parse} methods; checked before copying anything.
   *
   * @throws IllegalArgumentException naming {@code what}, the text (shortened) and the rule
   */
  static String bounded(CharSequence text, int maxLength, String what) {
    if (text.length() > maxLength) {
      throw invalid(what, text, "is too long: at most " + maxLength + " characters");
    }
    return text.toString();
  }

  /** {@code value}, or a NullPointerException naming the parameter. */
  static <T> T notNull(String parameter, @Nullable T value) {
    if (value == null) {
      throw new NullPointerException(parameter + " must not be null");
    }
    return value;
  }

  static IllegalArgumentException invalid(String what, CharSequence text, String rule) {
    return new IllegalArgumentException(what + " " + quote(text) + " " + rule);
  }

  /**
   * {@code text} in single quotes for a message: at most {@value #SHOWN} characters as written out,
   * then {@code "…"} and the full length; control, whitespace other than ' ' and invisible
   * characters shown as {@code \\uXXXX}, six characters each and counted as six (issue #10: found
   * by fuzzing). Reads only the characters it shows.
   */
  static String quote(CharSequence text) {
    int n = text.length();
    StringBuilder b = new StringBuilder(SHOWN + 24).append('\'');
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean escaped = c != ' ' && (Character.isISOControl(c) || Character.isWhitespace(c)
          || Character.isSpaceChar(c) || isInvisible(c));
      boolean pair = !escaped && Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1));
      int width = escaped ? 6 : pair ? 2 : 1;
      if (b.length() - 1 + width > SHOWN) {
        break;
      }
      if (escaped) {
        b.append("\\u").append(hex4(c));
      } else {
        b.append(c);
        if (pair) {
          b.append(text.charAt(i + 1));
        }
      }
      i += pair ? 2 : 1;
    }
    b.append('\'');
    if (i < n) {
      b.insert(b.length() - 1, '…').append(" (").append(n).append(" characters)");
    }
    return b.toString();
  }

  private static boolean isInvisible(char c) {
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }

  private static String codePoint(int cp) {
    return "U+" + (cp > 0xFFFF ? Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)
        : hex4((char) cp));
  }

  private static String hex4(char c) {
    String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    return "0000".substring(h.length()) + h;
  }
}
