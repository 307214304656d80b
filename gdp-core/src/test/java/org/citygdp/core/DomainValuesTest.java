package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

class DomainValuesTest {

  @Test
  void should_parse_metric_ids_back_to_metrics() {
    assertThat(Metric.parse("gdp", id -> Sector.TERTIARY)).isSameAs(Metric.GDP);
    assertThat(Metric.parse("real_growth.tertiary", id -> Sector.TERTIARY))
        .isEqualTo(Metric.realGrowth(Sector.TERTIARY));
    assertThat(Metric.realGrowth(Sector.TERTIARY)).isNotEqualTo(Metric.valueAdded(Sector.TERTIARY));
    assertThatThrownBy(() -> Metric.parse("growth", id -> Sector.TERTIARY))
        .hasMessageContaining("metric 'growth' must be");
    assertThat(Metric.GDP.fromPublished("13902.67")).isEqualTo(Yuan.ofYi("13902.67"));
    assertThat(Metric.GDP.toPublished(Yuan.ofBillions("1000.21"))).isEqualTo("10002.1");
    assertThat(Metric.REAL_GROWTH.header()).isEqualTo("real growth (%)");
  }

  @Test
  void should_define_tier_schemes_without_overlap() {
    assertThat(TierScheme.TRILLIONS.classify(Yuan.ofBillions("5207.34"))).map(Tier::label)
        .contains("5T");
    assertThat(TierScheme.TRILLIONS.classify(Yuan.ofBillions("999.999"))).isEmpty();
    assertThat(TierScheme.TRILLIONS.classify(Yuan.ofTrillions(2))).map(Tier::label).contains("2T");
    assertThatThrownBy(() -> TierScheme.of("bad", java.util.List.of(
        new Tier("a", Yuan.ofTrillions(1), Yuan.ofTrillions(3)),
        new Tier("b", Yuan.ofTrillions(2), null))))
        .hasMessageContaining("overlaps");
    assertThatThrownBy(() -> TierScheme.TRILLIONS.tier("6T"))
        .hasMessageContaining("tier '6T' is not in scheme 'trillions'");
  }

  /**
   * Found by fuzzing (issue #10): messages quoted ids, names and labels whole, so a long one made
   * a message of any length. They show at most 40 characters of it now.
   */
  @Test
  void should_keep_messages_short_whatever_the_text() {
    String huge = "X".repeat(100_000);
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls = List.of(
        () -> Metric.parse(huge, id -> Sector.TERTIARY),
        () -> Metric.parse("value_added." + huge, id -> Sector.of(id, "a", "b")),
        () -> Sector.of(huge, "a", "b"),
        () -> Sector.of("a", " ".repeat(100_000), "b"),
        () -> City.builder(huge).build(),
        () -> City.builder("x" + huge.toLowerCase()).build(),
        () -> Source.builder(huge).build(),
        () -> Source.builder("a" + huge.toLowerCase()).grade(SourceGrade.PRIMARY).publisher("P")
            .title("T").build(),
        () -> TierScheme.TRILLIONS.tier(huge),
        () -> new Tier(huge, Yuan.ofTrillions(2), Yuan.ofTrillions(1)),
        () -> TierScheme.of(huge));
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call : calls) {
      assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }
    // found by fuzzing the loader: a value of control characters was shown six times too long
    InvalidDataException controls =
        new InvalidDataException("url", "\u007f".repeat(161), "here", "must be printable");
    assertThat(controls.value()).isEqualTo("\\u007F".repeat(5) + "…(161 characters)");
    assertThat(new InvalidDataException("url", "a\u0000", "here", "rule").value())
        .isEqualTo("a\\u0000");
    InvalidDataException e = new InvalidDataException(huge, huge, "here", "must be short");
    assertThat(e.getMessage()).hasSizeLessThan(200).startsWith("Invalid XXXX");
    assertThat(InvalidDataException.in("f.json").invalid(huge, "v", "rule").getMessage())
        .hasSizeLessThan(200);
  }

  /** Found by fuzzing (issue #10): the open top tier ended one yuan short of Long.MAX_VALUE. */
  @Test
  void should_put_the_largest_amount_in_the_open_top_tier() {
    Yuan most = Yuan.ofYuan(Long.MAX_VALUE);
    assertThat(TierScheme.TRILLIONS.classify(most)).map(Tier::label).contains("5T");
    assertThat(TierScheme.trillions(1).classify(most)).map(Tier::label).contains("1T");
    assertThat(TierScheme.of("one", Yuan.ZERO).classify(most)).map(Tier::label)
        .contains(">= CNY 0bn");
    // a closed tier still excludes its upper bound, even the largest one
    TierScheme closed = TierScheme.of("closed", java.util.List.of(new Tier("a", Yuan.ZERO, most)));
    assertThat(closed.classify(most)).isEmpty();
    assertThat(closed.classify(Yuan.ofYuan(Long.MAX_VALUE - 1))).map(Tier::label).contains("a");
    assertThat(TierScheme.TRILLIONS.tiers().get(4).contains(most)).isTrue();
  }

  @Test
  void should_require_an_address_a_reader_can_open() {
    Source.Builder b = Source.builder("x").publisher("P").title("T").grade(SourceGrade.SECONDARY);
    assertThatThrownBy(b::build)
        .hasMessageContaining("must have a url or a copy (owner/repo@commit:path)");
    for (String bad : new String[] {"index file id 1", "unknown (stored copy: index file id 7)",
        "https://tjgb.hongheiku.com/", "https://www.stats.gov.cn", "ftp://x.org/a",
        "https://x.org/a b", "https:///path"}) {
      assertThatThrownBy(() -> b.url(bad).build()).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url");
    }
    b.url(null);
    for (String bad : new String[] {"owner/repo:path", "owner/repo@1dce311:path",
        "repo@1dce311a9ab55b0ff528b60ad6f4202e9790051e:path",
        "o/r@1dce311a9ab55b0ff528b60ad6f4202e9790051e:", "index file id 66451343850"}) {
      assertThatThrownBy(() -> b.copy(bad).build()).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("copy");
    }
    Source copy = b.copy("o/r@1dce311a9ab55b0ff528b60ad6f4202e9790051e:raw/a.html")
        .published(PublicationDate.parse("2026-01")).build();
    assertThat(copy.link())
        .isEqualTo("https://github.com/o/r/blob/1dce311a9ab55b0ff528b60ad6f4202e9790051e/raw/a.html");
    assertThat(copy.citation()).isEqualTo("P, \"T\", 2026-01, https://github.com/o/r/blob/"
        + "1dce311a9ab55b0ff528b60ad6f4202e9790051e/raw/a.html [SECONDARY]");
  }

  @Test
  void should_require_a_grade() {
    assertThatThrownBy(() -> Source.builder("x").publisher("P").title("T")
        .url("https://x.org/doc").build()).hasMessageContaining("must have a grade");
    assertThat(SourceGrade.PRIMARY.isAtLeast(SourceGrade.OFFICIAL_MEDIA)).isTrue();
    assertThat(SourceGrade.SECONDARY.isAtLeast(SourceGrade.OFFICIAL_MEDIA)).isFalse();
    assertThat(SourceGrade.OFFICIAL_MEDIA.isOfficial()).isTrue();
    assertThat(SourceGrade.SECONDARY.isOfficial()).isFalse();
  }

  @Test
  void should_read_publication_dates_to_the_day_month_or_year() {
    PublicationDate day = PublicationDate.parse("2026-02-06");
    PublicationDate month = PublicationDate.parse("2026-02");
    PublicationDate year = PublicationDate.parse("2026");
    assertThat(day.latest()).isEqualTo(LocalDate.of(2026, 2, 6));
    assertThat(month.latest()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(PublicationDate.parse("2024-02").latest()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(year.latest()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(month.isKnownBy(LocalDate.of(2026, 2, 27))).isFalse();
    assertThat(month.isKnownBy(LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(List.of(day, month, year)).extracting(PublicationDate::toString)
        .containsExactly("2026-02-06", "2026-02", "2026");
    assertThat(month.precision()).isEqualTo(PublicationDate.Precision.MONTH);
    assertThat(month.day()).isEmpty();
    for (String bad : new String[] {"2026-2-6", "2026-02-30", "26-02-06", "2026/02/06",
        "+999999999-12-31", "1948-12-31", "2101-01", "２０２６", "2026-02-06T00:00", " 2026",
        "2026-13", ""}) {
      assertThatThrownBy(() -> PublicationDate.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must be YYYY-MM-DD, YYYY-MM or YYYY");
    }
  }
}
