package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * A figure keeps its own provenance (source, release, verified, date) however many distinct ones
 * a dataset has: the engine numbers them in a byte up to 256, a char up to 65,536 and an int
 * beyond, and each width must give every figure back its own.
 */
class ManyProvenancesTest {
  private static Source source(int i) {
    return Source.builder("s" + i).publisher("Bureau " + i).title("Communiqué " + i)
        .url("https://example.org/" + i).publishedOn(LocalDate.of(2025, 2, 1))
        .grade(SourceGrade.PRIMARY).sourceType(SourceType.STATISTICAL_COMMUNIQUE).build();
  }

  @Test
  void should_keep_each_figure_s_source_among_three_hundred() {
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < 300; i++) {
      String id = String.format("c%03d", i);
      b.source(source(i)).city(Fixture.city(id, "C" + i, "城" + i, Region.EASTERN))
          .figure(id, 2024, Metric.GDP, Yuan.ofYi(Integer.toString(100 + i)), Release.PRELIMINARY,
              "s" + i);
    }
    Dataset d = b.build();
    for (int i = 0; i < 300; i++) {
      Figure<Yuan> f = d.year(2024).stats(String.format("c%03d", i)).figure(Metric.GDP)
          .orElseThrow();
      assertThat(f.source().id()).isEqualTo("s" + i);
      assertThat(f.value()).isEqualTo(Yuan.ofYi(Integer.toString(100 + i)));
    }
  }

  @Test
  void should_keep_each_figure_s_date_release_and_verification_among_84_000() {
    int cities = 300;
    int years = 70; // 1950..2019
    LocalDate first = LocalDate.of(2020, 1, 1);
    Dataset.Builder b = Dataset.builder().source(source(0));
    for (int c = 0; c < cities; c++) {
      b.city(Fixture.city(String.format("c%03d", c), "C" + c, "城" + c, Region.EASTERN));
    }
    for (int c = 0; c < cities; c++) {
      String id = String.format("c%03d", c);
      for (int y = 0; y < years; y++) {
        PublicationDate day = PublicationDate.of(first.plusDays(c * years + y));
        Yuan gdp = Yuan.ofYi(Integer.toString(1 + y));
        RealGrowth g = RealGrowth.of(Integer.toString(y % 10));
        // four provenances per day: (release, verified) differ
        b.figure(new Observation<>(id, 1950 + y, Metric.GDP, gdp, Release.PRELIMINARY, "s0",
            true, null, day, null));
        b.figure(new Observation<>(id, 1950 + y, Metric.GDP, gdp, Release.FINAL, "s0",
            false, "not checked", day, null));
        b.figure(new Observation<>(id, 1950 + y, Metric.REAL_GROWTH, g, Release.PRELIMINARY,
            "s0", false, "not checked", day, null));
        b.figure(new Observation<>(id, 1950 + y, Metric.REAL_GROWTH, g, Release.FINAL, "s0",
            true, null, day, null));
      }
    }
    Dataset d = b.build();
    for (int c = 0; c < cities; c += 7) {
      String id = String.format("c%03d", c);
      for (int y = 0; y < years; y += 3) {
        PublicationDate day = PublicationDate.of(first.plusDays(c * years + y));
        YearlyStats s = d.year(1950 + y).stats(id);
        assertThat(s.figures(Metric.GDP)).extracting(Figure::release, Figure::verified,
                Figure::publishedOn)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Release.PRELIMINARY, true, day),
                org.assertj.core.groups.Tuple.tuple(Release.FINAL, false, day));
        assertThat(s.figures(Metric.REAL_GROWTH)).extracting(Figure::release, Figure::verified,
                Figure::publishedOn)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Release.PRELIMINARY, false, day),
                org.assertj.core.groups.Tuple.tuple(Release.FINAL, true, day));
        assertThat(s.gdp()).contains(Yuan.ofYi(Integer.toString(1 + y)));
      }
    }
  }
}
