package org.citygdp.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.citygdp.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Input broke a rule: a negative GDP, a growth below -100%, a year outside 1949–2100, a duplicate
 * figure, a reference to an unknown city or source, a malformed file. The message names the field,
 * the value (shortened), the place and the rule, e.g.
 *
 * <pre>
 * Invalid city 'xain' at data/figures/xian.json, line 2, column 11, /city: must name a city defined in the dataset
 * </pre>
 *
 * <p>The parts are also fields: {@link #field()}, {@link #value()}, {@link #rule()}, and where the
 * input came from a file, {@link #source()} (the file or resource), {@link #line()} and {@link
 * #column()}, {@link #pointer()} (a JSON pointer, RFC 6901) or {@link #row()} (a CSV data row).
 * A loader reports every problem it finds, up to {@link #MAX_PROBLEMS}, in one exception: {@link
 * #problems()} lists them, this exception's own fields are the first one's, and the message lists
 * the first {@link #MAX_PROBLEMS_IN_MESSAGE}. Messages are bounded in length whatever the input:
 *
 * <pre>{@code
 * try {
 *   DatasetLoader.fromDirectory(Path.of("my-data")).load();
 * } catch (InvalidDataException e) {
 *   for (InvalidDataException p : e.problems()) {
 *     System.err.println(p.source().orElse("?") + ":" + p.line().orElse(0) + ": " + p.rule());
 *   }
 * }
 * }</pre>
 *
 * Nothing is half-built: when this is thrown, no dataset was created.
 */
public class InvalidDataException extends CityGdpException {
  private static final long serialVersionUID = 2L;

  /** At most this many problems are collected; a loader stops at the next one. */
  public static final int MAX_PROBLEMS = 50;
  /** At most this many problems are written out in the message; {@link #problems()} has all. */
  public static final int MAX_PROBLEMS_IN_MESSAGE = 10;
  /** A value longer than this many characters is shortened in the message and {@link #value()}. */
  public static final int MAX_VALUE_LENGTH = Checks.MAX_SHOWN_LENGTH;
  /** A place or a rule longer than this many characters is shortened in the message. */
  static final int MAX_PART_LENGTH = 500;
  /** A field name longer than this many characters is shortened (a metric id may be long). */
  static final int MAX_FIELD_LENGTH = 100;

  private final String field;
  private final @Nullable String value;
  private final String place;
  private final String rule;
  private final @Nullable String source;
  private final int line;
  private final int column;
  private final @Nullable String pointer;
  private final int row;
  private final List<InvalidDataException> problems;
  private final boolean more;

  /**
   * A problem at a place described in words, e.g. {@code "figures/alpha.json, figures[7]"} or a
   * builder call.
   *
   * @param value the offending value (its text is shortened), or {@code null} if it was missing
   */
  public InvalidDataException(String field, @Nullable Object value, String place, String rule) {
    this(field, value, place, rule, null);
  }

  /** As {@link #InvalidDataException(String, Object, String, String)}, with its cause. */
  public InvalidDataException(
      String field, @Nullable Object value, String place, String rule, @Nullable Throwable cause) {
    this(shortenField(field), shorten(value), shortenPart(place), shortenPart(rule), cause, null,
        0, 0, null,
        0);
  }

  private InvalidDataException(String field, @Nullable String value, String place, String rule,
      @Nullable Throwable cause, @Nullable String source, int line, int column,
      @Nullable String pointer, int row) {
    super(message(field, value, place, rule), cause);
    this.field = field;
    this.value = value;
    this.place = place;
    this.rule = rule;
    this.source = source;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.row = row;
    this.problems = Collections.singletonList(this);
    this.more = false;
  }

  /** Several problems: this one's fields are the first's. */
  private InvalidDataException(InvalidDataException first, List<InvalidDataException> all,
      boolean more) {
    super(message(all, more), first.getCause());
    this.field = first.field;
    this.value = first.value;
    this.place = first.place;
    this.rule = first.rule;
    this.source = first.source;
    this.line = first.line;
    this.column = first.column;
    this.pointer = first.pointer;
    this.row = first.row;
    this.problems = Collections.unmodifiableList(new ArrayList<>(all));
    this.more = more;
  }

  /**
   * All the problems, each located, in the order they were found; this exception's own fields are
   * those of the first.
   *
   * @param problems one or more problems, each with a single problem; at most {@link
   *     #MAX_PROBLEMS} are kept
   * @param more whether more problems were found than are listed (the loader stopped looking)
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public static InvalidDataException of(List<InvalidDataException> problems, boolean more) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    List<InvalidDataException> all = new ArrayList<>();
    for (InvalidDataException p : problems) {
      for (InvalidDataException q : p.problems) {
        if (all.size() < MAX_PROBLEMS) {
          all.add(q);
        } else {
          more = true;
        }
      }
      more |= p.more;
    }
    return all.size() == 1 && !more ? all.get(0) : new InvalidDataException(all.get(0), all, more);
  }

  /**
   * A builder of a problem found in a file or resource, e.g.
   * {@code InvalidDataException.in("data/cities.csv").line(3).column(1).row(2)
   * .invalid("id", "Beijing", "must match [a-z][a-z0-9_]*")}.
   */
  public static Builder in(String source) {
    return new Builder(source);
  }

  /** Where a problem was found in a file, and then the problem: see {@link #in(String)}. */
  public static final class Builder {
    private final String source;
    private int line;
    private int column;
    private @Nullable String pointer;
    private int row;
    private @Nullable Throwable cause;

    private Builder(String source) {
      this.source = source;
    }

    /** The line, from 1; 0 or less if unknown. */
    public Builder line(int line) {
      this.line = Math.max(line, 0);
      return this;
    }

    /** The column, from 1, in characters; 0 or less if unknown. */
    public Builder column(int column) {
      this.column = Math.max(column, 0);
      return this;
    }

    /** A JSON pointer (RFC 6901) to the value or element, e.g. {@code /figures/3/value}. */
    public Builder pointer(@Nullable String pointer) {
      this.pointer = pointer;
      return this;
    }

    /** The CSV data row, from 1 (the header is row 0); 0 or less if unknown. */
    public Builder row(int row) {
      this.row = Math.max(row, 0);
      return this;
    }

    public Builder cause(@Nullable Throwable cause) {
      this.cause = cause;
      return this;
    }

    /** The problem: which field, which value ({@code null} if missing), which rule. */
    public InvalidDataException invalid(String field, @Nullable Object value, String rule) {
      Checks.notNull("field", field);
      Checks.notNull("rule", rule);
      StringBuilder place = new StringBuilder(shortenPart(source));
      if (line > 0) {
        place.append(", line ").append(line);
        if (column > 0) {
          place.append(", column ").append(column);
        }
      }
      if (row > 0) {
        place.append(", row ").append(row);
      }
      if (pointer != null) {
        place.append(", ").append(pointer.isEmpty() ? "/" : shortenPart(pointer));
      }
      return new InvalidDataException(shortenField(field), shorten(value), place.toString(),
          shortenPart(rule),
          cause, source, line, column, pointer, row);
    }
  }

  private static String message(String field, @Nullable String value, String place,
      String rule) {
    return "Invalid " + field + (value == null ? " (missing)" : " '" + value + "'") + " at "
        + place + ": " + rule;
  }

  private static String message(List<InvalidDataException> all, boolean more) {
    StringBuilder sb = new StringBuilder(all.get(0).getMessage());
    int others = all.size() - 1;
    sb.append("\n… and ").append(others).append(others == 1 ? " more problem" : " more problems")
        .append(more ? " listed, and others not looked for (at most " + MAX_PROBLEMS
            + " are collected):" : ":");
    for (int i = 1; i < all.size() && i < MAX_PROBLEMS_IN_MESSAGE; i++) {
      sb.append("\n  ").append(all.get(i).getMessage());
    }
    if (all.size() > MAX_PROBLEMS_IN_MESSAGE) {
      sb.append("\n  … ").append(all.size() - MAX_PROBLEMS_IN_MESSAGE)
          .append(" more in problems()");
    }
    return sb.toString();
  }

  /**
   * A value as shown: at most {@link #MAX_VALUE_LENGTH} characters as written out, control
   * characters and lone surrogates as {@code \}{@code uXXXX} (six characters each, counted as
   * such: issue #10, found by fuzzing), and a value that does not fit cut to at most {@code
   * MAX_VALUE_LENGTH - 10} shown characters followed by its length.
   */
  static @Nullable String shorten(@Nullable Object value) {
    return Checks.shorten(value);
  }

  private static String shortenField(String s) {
    return s.length() <= MAX_FIELD_LENGTH ? s : String.valueOf(shorten(s));
  }

  private static String shortenPart(String s) {
    if (s.length() <= MAX_PART_LENGTH) {
      return s;
    }
    return s.substring(0, MAX_PART_LENGTH - 1) + "…";
  }

  /** The field that was wrong, e.g. {@code "gdp"} or {@code "city"}. */
  public String field() {
    return field;
  }

  /**
   * The offending value as text, shortened to at most about {@link #MAX_VALUE_LENGTH} characters,
   * or {@code null} if it was missing.
   */
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

  /** The file or resource the problem is in, if it came from one. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** The line in {@link #source()}, from 1, if known. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** The column in {@link #source()}, from 1, counted in characters, if known. */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** The JSON pointer (RFC 6901) to the value or element in {@link #source()}, if known. */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /** The CSV data row in {@link #source()}, from 1 (the header is row 0), if known. */
  public OptionalInt row() {
    return row > 0 ? OptionalInt.of(row) : OptionalInt.empty();
  }

  /**
   * Every problem found, this one's first, at most {@link #MAX_PROBLEMS}; a single problem lists
   * itself.
   */
  public List<InvalidDataException> problems() {
    return problems;
  }

  /** Whether more problems were found than {@link #problems()} lists. */
  public boolean hasMoreProblems() {
    return more;
  }
}
