package org.citygdp.data;

import org.jspecify.annotations.Nullable;

/**
 * A place in a dataset file: a JSON pointer (whose line and column are found only when a problem
 * is reported, by {@link Json#locate}), or a CSV row with its line and column. Not part of the API.
 */
final class Ref {
  final DataFile file;
  final @Nullable String pointer;
  final int row;
  int line;
  int column;

  private Ref(DataFile file, @Nullable String pointer, int row, int line, int column) {
    this.file = file;
    this.pointer = pointer;
    this.row = row;
    this.line = line;
    this.column = column;
  }

  /** A value or element of a JSON file, by its JSON pointer ({@code ""} is the whole document). */
  static Ref json(DataFile file, String pointer) {
    return new Ref(file, pointer, 0, 0, 0);
  }

  /** A cell or row of a CSV file; the header is row 0. */
  static Ref csv(DataFile file, int row, int line, int column) {
    return new Ref(file, null, row, line, column);
  }

  /** A place known only by its line and column, e.g. a syntax error or a bad byte. */
  static Ref at(DataFile file, int line, int column) {
    return new Ref(file, null, 0, line, column);
  }

  /** A whole file. */
  static Ref file(DataFile file) {
    return new Ref(file, null, 0, 0, 0);
  }

  /** A JSON pointer one step further: {@code ref.child("figures").child("3")}. */
  Ref child(String step) {
    if (pointer == null) {
      return this; // a CSV cell has no parts
    }
    return json(file, pointer + "/" + escape(step));
  }

  /** A JSON pointer step: {@code ~} and {@code /} escaped as RFC 6901 says. */
  static String escape(String step) {
    if (step.indexOf('~') < 0 && step.indexOf('/') < 0) {
      return step;
    }
    return step.replace("~", "~0").replace("/", "~1");
  }

  /** As error messages show it, e.g. {@code data/cities.json, line 4, column 5, /2/id}. */
  String describe() {
    StringBuilder sb = new StringBuilder(file.source);
    if (line > 0) {
      sb.append(", line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
    }
    if (row > 0) {
      sb.append(", row ").append(row);
    }
    if (pointer != null) {
      sb.append(", ").append(pointer.isEmpty() ? "/" : pointer);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
