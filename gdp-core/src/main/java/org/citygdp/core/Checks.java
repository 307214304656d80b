package org.citygdp.core;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Argument checks that name the field, the value and the rule. Not part of the API. */
final class Checks {
  private Checks() {}

  static final Pattern CITY_ID = Pattern.compile("[a-z][a-z0-9_]*");
  static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  static final Pattern UPPER_ID = Pattern.compile("[A-Z][A-Z0-9_]*");
  static final Pattern SECTOR_ID = Pattern.compile("[a-z][a-z0-9_]*");
  static final Pattern DIVISION_CODE = Pattern.compile("[0-9]{6}");

  static String matches(String field, @Nullable String value, Pattern pattern, String what) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " '" + value + "' must be " + what + " (" + pattern.pattern() + ")");
    }
    return value;
  }

  static String notBlank(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " '" + value + "' must not be blank");
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
}
