package org.citygdp.core.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.citygdp.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * When a document was published, to the day where that is known, otherwise to the month or the
 * year. A date known only to the month counts as published by the month's last day: an as-of
 * view shows its figures from then on, never earlier.
 *
 * <pre>{@code
 * PublicationDate.parse("2026-01-23");            // a day
 * PublicationDate d = PublicationDate.parse("2026-01");   // only the month is known
 * d.precision();                                  // MONTH
 * d.latest();                                     // 2026-01-31
 * d.isKnownBy(LocalDate.of(2026, 2, 6));          // true
 * }</pre>
 */
public final class PublicationDate implements Comparable<PublicationDate> {
  /** The first year a publication date may be in. */
  public static final int MIN_YEAR = 1949;
  /** The last year a publication date may be in. */
  public static final int MAX_YEAR = 2100;

  /** How much of a publication date is known. */
  public enum Precision {
    DAY,
    MONTH,
    YEAR
  }

  private final LocalDate earliest;
  private final Precision precision;

  private PublicationDate(LocalDate earliest, Precision precision) {
    int y = earliest.getYear();
    if (y < MIN_YEAR || y > MAX_YEAR) {
      throw new IllegalArgumentException("publication date '" + earliest + "' must be within "
          + MIN_YEAR + "–" + MAX_YEAR);
    }
    this.earliest = earliest;
    this.precision = precision;
  }

  /** A date known to the day. */
  public static PublicationDate of(LocalDate day) {
    return new PublicationDate(Checks.notNull("day", day), Precision.DAY);
  }

  /** A date known only to the month. */
  public static PublicationDate ofMonth(int year, int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month '" + month + "' must be within 1–12");
    }
    return new PublicationDate(LocalDate.of(Checks.year(year), month, 1), Precision.MONTH);
  }

  /** A date known only to the year. */
  public static PublicationDate ofYear(int year) {
    return new PublicationDate(LocalDate.of(Checks.year(year), 1, 1), Precision.YEAR);
  }

  /**
   * Reads {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}: ASCII digits, four for the year,
   * two for month and day, nothing else.
   *
   * @throws IllegalArgumentException naming the text and the rule
   */
  public static PublicationDate parse(CharSequence text) {
    Checks.notNull("text", text);
    int n = text.length();
    if (n != 4 && n != 7 && n != 10 || n > 4 && text.charAt(4) != '-'
        || n > 7 && text.charAt(7) != '-') {
      throw bad(text);
    }
    int year = digits(text, 0, 4);
    int month = n > 4 ? digits(text, 5, 7) : 1;
    int day = n > 7 ? digits(text, 8, 10) : 1;
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1
        || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      throw bad(text);
    }
    LocalDate first = LocalDate.of(year, month, day);
    return new PublicationDate(first, n == 10 ? Precision.DAY : n == 7 ? Precision.MONTH
        : Precision.YEAR);
  }

  private static int digits(CharSequence text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw bad(text);
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static IllegalArgumentException bad(CharSequence text) {
    String shown = text.length() > 40 ? text.subSequence(0, 40) + "…" : text.toString();
    return new IllegalArgumentException("publication date '" + shown
        + "' must be YYYY-MM-DD, YYYY-MM or YYYY, a real date within " + MIN_YEAR + "–"
        + MAX_YEAR);
  }

  public Precision precision() {
    return precision;
  }

  /** The first day the publication may have been on. */
  public LocalDate earliest() {
    return earliest;
  }

  /** The last day the publication may have been on: by then it had surely been published. */
  public LocalDate latest() {
    switch (precision) {
      case DAY:
        return earliest;
      case MONTH:
        return earliest.withDayOfMonth(earliest.lengthOfMonth());
      default:
        return earliest.withDayOfYear(earliest.lengthOfYear());
    }
  }

  /** The day, if known to the day. */
  public Optional<LocalDate> day() {
    return precision == Precision.DAY ? Optional.of(earliest) : Optional.empty();
  }

  /** Whether this had surely been published on or before {@code date}. */
  public boolean isKnownBy(LocalDate date) {
    return !latest().isAfter(Checks.notNull("date", date));
  }

  /** Orders by the last possible day, then the more precise first. */
  @Override
  public int compareTo(PublicationDate other) {
    int c = latest().compareTo(Checks.notNull("other", other).latest());
    return c != 0 ? c : precision.compareTo(other.precision);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PublicationDate d && d.earliest.equals(earliest)
        && d.precision == precision;
  }

  @Override
  public int hashCode() {
    return earliest.hashCode() * 3 + precision.ordinal();
  }

  /** {@code 2026-01-23}, {@code 2026-01} or {@code 2026}, as {@link #parse} reads it. */
  @Override
  public String toString() {
    String s = earliest.toString();
    return precision == Precision.DAY ? s : precision == Precision.MONTH ? s.substring(0, 7)
        : s.substring(0, 4);
  }
}
