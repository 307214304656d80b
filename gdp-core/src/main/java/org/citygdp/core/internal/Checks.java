package org.citygdp.core.internal;

import org.jspecify.annotations.Nullable;

/** Argument checks that name the field, the value and the rule. Not part of the API. */
public final class Checks {
  private Checks() {}

  /** The first year a figure may be for. */
  public static final int MIN_YEAR = 1949;
  /** The last year a figure may be for. */
  public static final int MAX_YEAR = 2100;

  public static final IdRule CITY_ID = new IdRule("[a-z][a-z0-9_]*", "az", "az09__", -1);
  public static final IdRule SOURCE_ID = new IdRule("[a-z0-9][a-z0-9-]*", "az09", "az09--", -1);
  public static final IdRule UPPER_ID = new IdRule("[A-Z][A-Z0-9_]*", "AZ", "AZ09__", -1);
  public static final IdRule SECTOR_ID = new IdRule("[a-z][a-z0-9_]*", "az", "az09__", -1);
  public static final IdRule DIVISION_CODE = new IdRule("[0-9]{6}", "09", "09", 6);

  /**
   * An identifier shape: a first character and then more, each from a few ASCII ranges, matched
   * by hand rather than by {@link java.util.regex.Pattern} so a fresh JVM loading data need not
   * compile regular expressions (issue #3). {@link #pattern()} is the equivalent regex, for
   * messages.
   */
  public static final class IdRule {
    private final String pattern;
    private final String first; // inclusive ranges as pairs: "az09" is a-z or 0-9
    private final String rest;
    private final int length; // exact length, or -1 for one or more characters

    public IdRule(String pattern, String first, String rest, int length) {
      this.pattern = pattern;
      this.first = first;
      this.rest = rest;
      this.length = length;
    }

    public String pattern() {
      return pattern;
    }

    public boolean matches(String s) {
      if (s.isEmpty() || (length >= 0 && s.length() != length) || !in(first, s.charAt(0))) {
        return false;
      }
      for (int i = 1; i < s.length(); i++) {
        if (!in(rest, s.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private static boolean in(String ranges, char c) {
      for (int i = 0; i < ranges.length(); i += 2) {
        if (c >= ranges.charAt(i) && c <= ranges.charAt(i + 1)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return pattern;
    }
  }

  /** The most characters a value takes in an error message, as written out. */
  public static final int MAX_SHOWN_LENGTH = 40;

  /**
   * {@code value} as error messages show it: at most {@link #MAX_SHOWN_LENGTH} characters,
   * control characters escaped (issue #10: a message is bounded whatever the input).
   */
  public static String shown(@Nullable Object value) {
    return String.valueOf(shorten(value));
  }

  /**
   * A value as shown: at most {@link #MAX_SHOWN_LENGTH} characters as written out, control
   * characters and lone surrogates as {@code \}{@code uXXXX} (six characters each, counted as
   * such: issue #10, found by fuzzing), and a value that does not fit cut to at most {@code
   * MAX_SHOWN_LENGTH - 10} shown characters followed by its length; null stays null.
   */
  public static @Nullable String shorten(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString();
    StringBuilder sb = new StringBuilder(MAX_SHOWN_LENGTH + 24);
    if (appendShown(sb, s, MAX_SHOWN_LENGTH) == s.length()) {
      return sb.toString();
    }
    sb.setLength(0);
    appendShown(sb, s, MAX_SHOWN_LENGTH - 10);
    return sb.append("…(").append(s.length()).append(" characters)").toString();
  }

  /**
   * Appends the start of {@code s}, escaped, while what is appended stays within {@code budget}
   * characters; returns how many characters of {@code s} it showed.
   */
  private static int appendShown(StringBuilder sb, String s, int budget) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1));
      boolean escaped = !pair && (Character.isISOControl(c) || Character.isSurrogate(c));
      int width = pair ? 2 : escaped ? 6 : 1;
      if (sb.length() + width > budget) {
        break;
      }
      if (pair) {
        sb.append(c).append(s.charAt(i + 1));
      } else if (escaped) {
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        sb.append("\\u").append("0000", hex.length(), 4).append(hex);
      } else {
        sb.append(c);
      }
      i += pair ? 2 : 1;
    }
    return i;
  }

  public static String matches(String field, @Nullable String value, IdRule rule, String what) {
    if (value == null || !rule.matches(value)) {
      throw new IllegalArgumentException(
          field + " '" + shown(value) + "' must be " + what + " (" + rule.pattern() + ")");
    }
    return value;
  }

  public static String notBlank(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " '" + shown(value) + "' must not be blank");
    }
    return value;
  }

  /** @throws NullPointerException naming the parameter, if {@code value} is null */
  public static <T> T notNull(String parameter, @Nullable T value) {
    if (value == null) {
      throw new NullPointerException(parameter + " must not be null");
    }
    return value;
  }

  public static int year(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "year '" + year + "' must be within " + MIN_YEAR + "–" + MAX_YEAR);
    }
    return year;
  }

  // ---- added for issue #10: API entry checks ----

  /**
   * @throws NullPointerException naming the parameter if {@code values} is null, or naming the
   *     element ({@code "ids[1] must not be null"}) if one of them is
   */
  public static <T> T[] notNullElements(String parameter, T @Nullable [] values) {
    values = notNull(parameter, values);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new NullPointerException(parameter + "[" + i + "] must not be null");
      }
    }
    return values;
  }

  /**
   * The elements of {@code values}, read once, in a new list.
   *
   * @throws NullPointerException naming the parameter if {@code values} is null, or naming the
   *     element ({@code "all[1] must not be null"}) if one of them is
   */
  public static <T> java.util.List<T> notNullElements(String parameter,
      @Nullable Iterable<? extends T> values) {
    values = notNull(parameter, values);
    java.util.List<T> out = new java.util.ArrayList<>();
    for (T v : values) {
      if (v == null) {
        throw new NullPointerException(parameter + "[" + out.size() + "] must not be null");
      }
      out.add(v);
    }
    return out;
  }

  /** @throws IllegalArgumentException naming the parameter, its value and the range */
  public static int within(String parameter, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(parameter + " '" + value + "' must be within " + min
          + "–" + max);
    }
    return value;
  }
}
