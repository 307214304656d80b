package org.citygdp.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pins PublicationDate's parsing at every limit (first and last year, month and day), the text
 * of a long bad input in the message, the order (by last possible day, then the more precise
 * first), and equality and hash codes over day, month and year dates.
 */
class PublicationDateTest {
  private static final String RULE =
      "' must be YYYY-MM-DD, YYYY-MM or YYYY, a real date within 1949–2100";

  @Test
  void the_first_and_last_year_month_and_day_are_read() {
    assertThat(PublicationDate.parse("1949").earliest()).isEqualTo(LocalDate.of(1949, 1, 1));
    assertThat(PublicationDate.parse("2100").latest()).isEqualTo(LocalDate.of(2100, 12, 31));
    assertThat(PublicationDate.parse("2026-01").earliest()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(PublicationDate.parse("2026-12").latest()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(PublicationDate.parse("2026-03-01").day()).contains(LocalDate.of(2026, 3, 1));
    assertThat(PublicationDate.parse("2026-01-31").day()).contains(LocalDate.of(2026, 1, 31));
    assertThat(PublicationDate.parse("2024-02-29").day()).contains(LocalDate.of(2024, 2, 29));
    assertThat(PublicationDate.parse("1999-09-19").day()).contains(LocalDate.of(1999, 9, 19));
    assertThat(PublicationDate.parse("2090-10-09")).hasToString("2090-10-09");
  }

  @Test
  void one_past_each_limit_is_refused() {
    for (String bad : new String[] {"1948", "2101", "2026-00", "2026-13", "2026-01-00",
        "2026-01-32", "2025-02-29", "2026-04-31", "1948-12-31", "2101-01-01", "202/", "202:",
        "2026-0/", "2026-01-3:"}) {
      assertThatThrownBy(() -> PublicationDate.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("publication date '" + bad + RULE);
    }
  }

  @Test
  void a_bad_text_is_shown_up_to_40_characters() {
    String forty = String.join("", Collections.nCopies(40, "x"));
    assertThatThrownBy(() -> PublicationDate.parse(forty))
        .hasMessage("publication date '" + forty + RULE);
    assertThatThrownBy(() -> PublicationDate.parse(forty + "y"))
        .hasMessage("publication date '" + forty + "…" + RULE);
  }

  @Test
  void dates_order_by_last_possible_day_then_the_more_precise_first() {
    PublicationDate day = PublicationDate.parse("2026-12-31");
    PublicationDate month = PublicationDate.parse("2026-12");
    PublicationDate year = PublicationDate.parse("2026");
    PublicationDate earlier = PublicationDate.parse("2026-12-30");
    PublicationDate later = PublicationDate.parse("2027-01-01");
    assertThat(day.compareTo(month)).isNegative();
    assertThat(month.compareTo(day)).isPositive();
    assertThat(month.compareTo(year)).isNegative();
    assertThat(year.compareTo(day)).isPositive();
    assertThat(day.compareTo(PublicationDate.of(LocalDate.of(2026, 12, 31)))).isZero();
    assertThat(earlier.compareTo(year)).isNegative();
    assertThat(year.compareTo(earlier)).isPositive();
    assertThat(later.compareTo(year)).isPositive();
    // the year 2026 is known later than 2026-06 although it may have begun earlier
    assertThat(PublicationDate.ofYear(2026).compareTo(PublicationDate.ofMonth(2026, 6)))
        .isPositive();
    List<PublicationDate> sorted = new ArrayList<>(List.of(later, year, month, earlier, day));
    Collections.sort(sorted);
    assertThat(sorted).containsExactly(earlier, day, month, year, later);
  }

  @Test
  void equal_exactly_when_first_day_and_precision_are() {
    PublicationDate month = PublicationDate.ofMonth(2026, 1);
    assertThat(month).isEqualTo(PublicationDate.parse("2026-01"))
        .hasSameHashCodeAs(PublicationDate.parse("2026-01"));
    assertThat(month).isEqualTo(month);
    assertThat(month).isNotEqualTo(PublicationDate.parse("2026-01-01"));
    assertThat(month).isNotEqualTo(PublicationDate.parse("2026"));
    assertThat(month).isNotEqualTo(PublicationDate.parse("2026-02"));
    assertThat(PublicationDate.parse("2026-01-01")).isNotEqualTo(PublicationDate.parse("2026"));
    assertThat(PublicationDate.parse("2026-01-01"))
        .isEqualTo(PublicationDate.of(LocalDate.of(2026, 1, 1)))
        .isNotEqualTo(PublicationDate.parse("2026-01-02"));
    assertThat(month).isNotEqualTo(LocalDate.of(2026, 1, 1)).isNotEqualTo("2026-01")
        .isNotEqualTo(null);
  }

  @Test
  void distinct_dates_have_distinct_hash_codes() {
    Set<Integer> hashes = new HashSet<>();
    int n = 0;
    for (int year = 2024; year <= 2026; year++) {
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        hashes.add(PublicationDate.of(d).hashCode());
        n++;
      }
      for (int m = 1; m <= 12; m++) {
        hashes.add(PublicationDate.ofMonth(year, m).hashCode());
        n++;
      }
      hashes.add(PublicationDate.ofYear(year).hashCode());
      n++;
    }
    assertThat(hashes).hasSize(n);
  }
}
