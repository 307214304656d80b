package org.citygdp.core;

import org.jspecify.annotations.Nullable;

/** Argument checks that name the field, the value and the rule. Not part of the API. */
final class Checks {
  private Checks() {}

  static final IdRule CITY_ID = new IdRule("[a-z][a-z0-9_]*", "az", "az09__", -1);
  static final IdRule SOURCE_ID = new IdRule("[a-z0-9][a-z0-9-]*", "az09", "az09--", -1);
  static final IdRule UPPER_ID = new IdRule("[A-Z][A-Z0-9_]*", "AZ", "AZ09__", -1);
  static final IdRule SECTOR_ID = new IdRule("[a-z][a-z0-9_]*", "az", "az09__", -1);
  static final IdRule DIVISION_CODE = new IdRule("[0-9]{6}", "09", "09", 6);

  /**
   * An identifier shape: a first character and then more, each from a few ASCII ranges, matched
   * by hand rather than by {@link java.util.regex.Pattern} so a fresh JVM loading data need not
   * compile regular expressions (issue #3). {@link #pattern()} is the equivalent regex, for
   * messages.
   */
  static final class IdRule {
    private final String pattern;
    private final String first; // inclusive ranges as pairs: "az09" is a-z or 0-9
    private final String rest;
    private final int length; // exact length, or -1 for one or more characters

    IdRule(String pattern, String first, String rest, int length) {
      this.pattern = pattern;
      this.first = first;
      this.rest = rest;
      this.length = length;
    }

    String pattern() {
      return pattern;
    }

    boolean matches(String s) {
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

  /**
   * {@code value} as error messages show it: at most {@link InvalidDataException#MAX_VALUE_LENGTH}
   * characters, control characters escaped (issue #10: a message is bounded whatever the input).
   */
  static String shown(@Nullable Object value) {
    return String.valueOf(InvalidDataException.shorten(value));
  }

  static String matches(String field, @Nullable String value, IdRule rule, String what) {
    if (value == null || !rule.matches(value)) {
      throw new IllegalArgumentException(
          field + " '" + shown(value) + "' must be " + what + " (" + rule.pattern() + ")");
    }
    return value;
  }

  static String notBlank(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " '" + shown(value) + "' must not be blank");
    }
    return value;
  }

  /** @throws NullPointerException naming the parameter, if {@code value} is null */
  static <T> T notNull(String parameter, @Nullable T value) {
    if (value == null) {
      throw new NullPointerException(parameter + " must not be null");
    }
    return value;
  }

  static int year(int year) {
    if (year < Dataset.MIN_YEAR || year > Dataset.MAX_YEAR) {
      throw new IllegalArgumentException(
          "year '" + year + "' must be within " + Dataset.MIN_YEAR + "–" + Dataset.MAX_YEAR);
    }
    return year;
  }

  // ---- added for issue #10: API entry checks ----

  /**
   * @throws NullPointerException naming the parameter if {@code values} is null, or naming the
   *     element ({@code "ids[1] must not be null"}) if one of them is
   */
  static <T> T[] notNullElements(String parameter, T @Nullable [] values) {
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
  static <T> java.util.List<T> notNullElements(String parameter,
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
  static int within(String parameter, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(parameter + " '" + value + "' must be within " + min
          + "–" + max);
    }
    return value;
  }
}
