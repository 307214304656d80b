package org.citygdp.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.citygdp.core.Dataset;
import org.citygdp.core.domain.PublicationDate;
import org.jspecify.annotations.Nullable;

/**
 * One element of a dataset file, a JSON object or a CSV row, with typed access to its fields. A
 * field that breaks a rule adds a located problem and reads as {@code null}; {@link #failed}
 * then says not to build the element. CSV cells are text: an empty cell is an absent field, and
 * whole numbers and booleans are read from their text. Not part of the API.
 */
final class Element {
  /** The longest id, code, enum constant, metric, value or date: longer is surely a mistake. */
  static final int SHORT = DatasetLoader.MAX_SHORT_TEXT;
  /** The longest name, title, publisher, address or note. */
  static final int LONG = DatasetLoader.MAX_LONG_TEXT;

  final Ref ref;
  final ObjectNode node;
  private final @Nullable Map<String, Ref> cells; // CSV only: where each field's cell is
  private final Problems problems;
  private boolean failed;

  Element(Ref ref, ObjectNode node, @Nullable Map<String, Ref> cells, Problems problems) {
    this.ref = ref;
    this.node = node;
    this.cells = cells;
    this.problems = problems;
  }

  boolean failed() {
    return failed;
  }

  boolean csv() {
    return cells != null;
  }

  /** Where a field is: its JSON pointer, or its CSV cell (the row if the cell is absent). */
  Ref at(String field) {
    if (cells != null) {
      Ref cell = cells.get(field);
      return cell != null ? cell : ref;
    }
    return node.has(field) ? ref.child(field) : ref;
  }

  /** Marks the element as not to be built, for a problem added elsewhere. */
  void fail() {
    failed = true;
  }

  void problem(String field, @Nullable Object value, String rule) {
    problem(at(field), field, value, rule, null);
  }

  void problem(Ref where, String field, @Nullable Object value, String rule,
      @Nullable Throwable cause) {
    failed = true;
    problems.add(where, field, value, rule, cause);
  }

  /** The element's fields must all be among {@code allowed} (JSON; a CSV header is checked once). */
  void only(String... allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!contains(allowed, name)) {
        problem(at(name), "field", name, "is not part of the format; allowed: "
            + String.join(", ", allowed), null);
      }
    }
  }

  static boolean contains(String[] names, String name) {
    for (String a : names) {
      if (a.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private @Nullable JsonNode raw(String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v;
  }

  /** A JSON value as a message shows it: a scalar's text, or the kind of a container. */
  static String shown(JsonNode v) {
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isArray()) {
      return "[…] (an array)";
    }
    if (v.isObject()) {
      return "{…} (an object)";
    }
    return v.toString();
  }

  /** A required string of at most {@code max} characters. */
  @Nullable String text(String field, int max) {
    JsonNode v = raw(field);
    if (v == null) {
      problem(field, null, "is required");
      return null;
    }
    return checked(field, at(field), v, max);
  }

  @Nullable String optionalText(String field, int max) {
    JsonNode v = raw(field);
    return v == null ? null : checked(field, at(field), v, max);
  }

  private @Nullable String checked(String field, Ref where, JsonNode v, int max) {
    if (!v.isTextual()) {
      problem(where, field, shown(v), "must be a string", null);
      return null;
    }
    String s = v.textValue();
    if (s.length() > max) {
      problem(where, field, s, "must be at most " + max + " characters long", null);
      return null;
    }
    String rule = TextCheck.textRule(s);
    if (rule != null) {
      problem(where, field, s, rule, null);
      return null;
    }
    return s;
  }

  /** A year: a JSON whole number, or a CSV cell of ASCII digits; within 1949–2100. */
  @Nullable Integer year(String field) {
    JsonNode v = raw(field);
    if (v == null) {
      problem(field, null, "is required");
      return null;
    }
    int year;
    if (csv()) {
      String s = checked(field, at(field), v, SHORT);
      if (s == null) {
        return null;
      }
      if (s.isEmpty() || s.length() > 9 || !asciiDigits(s)) {
        problem(field, s, "must be a whole number written in ASCII digits");
        return null;
      }
      year = Integer.parseInt(s);
    } else {
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        problem(field, shown(v), "must be a whole number" + (v.isTextual() ? ", not a string" : ""));
        return null;
      }
      year = v.intValue();
    }
    if (year < Dataset.MIN_YEAR || year > Dataset.MAX_YEAR) {
      problem(field, year, "must be within " + Dataset.MIN_YEAR + "–" + Dataset.MAX_YEAR);
      return null;
    }
    return year;
  }

  private static boolean asciiDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code true} or {@code false}: a JSON boolean, or exactly that text in a CSV cell. */
  @Nullable Boolean bool(String field) {
    JsonNode v = raw(field);
    if (v == null) {
      problem(field, null, "is required");
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (csv() && v.isTextual() && ("true".equals(v.textValue()) || "false".equals(v.textValue()))) {
      return "true".equals(v.textValue());
    }
    problem(field, shown(v), "must be true or false");
    return null;
  }

  <E extends Enum<E>> @Nullable E enumValue(String field, Class<E> type) {
    String t = text(field, SHORT);
    if (t == null) {
      return null;
    }
    for (E c : type.getEnumConstants()) {
      if (c.name().equals(t)) {
        return c;
      }
    }
    List<String> names = new ArrayList<>();
    for (E c : type.getEnumConstants()) {
      names.add(c.name());
    }
    problem(field, t, "must be one of " + names);
    return null;
  }

  @Nullable PublicationDate optionalDate(String field) {
    String t = optionalText(field, SHORT);
    if (t == null) {
      return null;
    }
    try {
      return PublicationDate.parse(t);
    } catch (IllegalArgumentException e) {
      problem(at(field), field, t, "must be a date: YYYY-MM-DD, or YYYY-MM when only the month is"
          + " known, or YYYY, in ASCII digits, within " + PublicationDate.MIN_YEAR + "–"
          + PublicationDate.MAX_YEAR, e);
      return null;
    }
  }

  /**
   * A list of strings: a JSON array of strings, or a CSV cell of items separated by {@code ;}
   * (an empty cell is an empty list). Absent is an empty list unless {@code required}.
   */
  @Nullable List<Item> list(String field, boolean required, int max) {
    JsonNode v = raw(field);
    List<Item> out = new ArrayList<>();
    if (v == null) {
      if (required) {
        problem(field, null, "is required");
        return null;
      }
      return out;
    }
    if (csv()) {
      String s = checked(field, at(field), v, LONG);
      if (s == null) {
        return null;
      }
      int k = 0;
      for (String item : s.split(";", -1)) {
        if (item.isEmpty() || item.length() > max) {
          problem(field, s, "must list items separated by ';', each of 1 to " + max
              + " characters, with no empty item");
          return null;
        }
        out.add(new Item(item, at(field), field + "[" + k++ + "]"));
      }
      return out;
    }
    if (!v.isArray()) {
      problem(field, shown(v), "must be an array of strings");
      return null;
    }
    Ref base = at(field);
    for (int i = 0; i < v.size(); i++) {
      String label = field + "[" + i + "]";
      String s = checked(label, base.child(Integer.toString(i)), v.get(i), max);
      if (s == null) {
        return null;
      }
      out.add(new Item(s, base.child(Integer.toString(i)), label));
    }
    return out;
  }

  /** One string of a list, with its place and its label in messages, e.g. {@code clusters[1]}. */
  static final class Item {
    final String text;
    final Ref ref;
    final String label;

    Item(String text, Ref ref, String label) {
      this.text = text;
      this.ref = ref;
      this.label = label;
    }
  }
}
