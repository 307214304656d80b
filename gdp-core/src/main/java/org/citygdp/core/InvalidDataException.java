package org.citygdp.core;

import org.jspecify.annotations.Nullable;

/**
 * Input broke a rule: a negative GDP, a growth below -100%, a year outside 1949–2100, a duplicate
 * figure, a reference to an unknown city or source, a malformed file. The message names the field,
 * the value, the place and the rule, e.g.
 *
 * <pre>
 * Invalid city 'xain' at figures/xian.json, figures[3]: must name a city defined in the dataset
 * </pre>
 *
 * Nothing is half-built: when this is thrown, no dataset was created.
 */
public class InvalidDataException extends CityGdpException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final @Nullable String value;
  private final String place;
  private final String rule;

  public InvalidDataException(String field, @Nullable Object value, String place, String rule) {
    this(field, value, place, rule, null);
  }

  public InvalidDataException(
      String field, @Nullable Object value, String place, String rule, @Nullable Throwable cause) {
    super(
        "Invalid " + field + " '" + value + "' at " + place + ": " + rule,
        cause);
    this.field = field;
    this.value = value == null ? null : value.toString();
    this.place = place;
    this.rule = rule;
  }

  /** The field that was wrong, e.g. {@code "gdp"} or {@code "city"}. */
  public String field() {
    return field;
  }

  /** The offending value as text, or {@code null} if it was missing. */
  public @Nullable String value() {
    return value;
  }

  /** Where it was found: a file and position, or a description of the builder call. */
  public String place() {
    return place;
  }

  /** The rule it broke. */
  public String rule() {
    return rule;
  }
}
