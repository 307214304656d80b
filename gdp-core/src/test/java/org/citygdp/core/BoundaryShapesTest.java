package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.citygdp.units.Yuan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Datasets whose city-years fill whole 64-bit words of presence bits (issue #10, finding 1): with
 * cities × years a multiple of 64 and a figure in the last city's last year, the presence bits
 * were read one word past the end and {@code build()} threw ArrayIndexOutOfBoundsException.
 *
 * <p>Why no test caught it: every dataset a test built had one fixed shape, and none filled whole
 * words: the fixture has 5 cities × 2 years (10 rows), CompactColumnsTest 2 × 1,
 * ObservationLayoutTest 150 × 4 (600; seeded values, but one shape), the bundled data 29 × 7
 * (203), the benchmarks' synthetic scales 2,900 × 7 and 290,000 × 7. {@link
 * GeneratedDatasetsTest} varies the shape and finds it within a dozen datasets, shrunk to one
 * figure for the last of 128 cities; it also found the second bug below.
 */
class BoundaryShapesTest {
  private static final Source S = Source.builder("s").publisher("Bureau").title("Communiqué")
      .url("https://example.org/s").publishedOn(LocalDate.of(2026, 2, 1))
      .grade(SourceGrade.PRIMARY).sourceType(SourceType.STATISTICAL_COMMUNIQUE).build();

  @ParameterizedTest(name = "{0} cities × {1} years")
  @CsvSource({"32, 2", "64, 1", "16, 4", "8, 8", "1, 64", "128, 1", "63, 1", "65, 1", "33, 2"})
  void should_build_and_query_every_city_year_when_the_rows_fill_whole_words(int cities,
      int years) {
    Dataset.Builder b = Dataset.builder().source(S);
    int first = 2026 - years;
    for (int c = 0; c < cities; c++) {
      b.city(Fixture.city(String.format("c%03d", c), "C" + c, "城" + c, Region.EASTERN));
      for (int y = first; y < first + years; y++) {
        b.figure(String.format("c%03d", c), y, Metric.GDP, Yuan.ofYi(Integer.toString(1 + c)),
            Release.PRELIMINARY, "s");
      }
    }

    Dataset ds = b.build();

    String last = String.format("c%03d", cities - 1);
    assertThat(ds.years()).hasSize(years).contains(2025);
    assertThat(ds.year(2025).stats(last).gdp()).contains(Yuan.ofYi(Integer.toString(cities)));
    assertThat(ds.year(2025).stats(last).figures(Metric.GDP)).hasSize(1);
    assertThat(ds.asOf(LocalDate.of(2026, 2, 1)).year(2025).cities().count()).isEqualTo(cities);
    assertThat(ds.atLeast(SourceGrade.PRIMARY).provenance().total()).isEqualTo(cities * years);
    assertThat(ds.conflicts()).isEmpty();
  }

  /**
   * Found by {@link GeneratedDatasetsTest}: with a multiple of 64 figures and a second figure in
   * the last cell, the value of that figure was looked up one word of rank bits too far.
   */
  @ParameterizedTest(name = "{0} years with two releases each")
  @CsvSource({"32", "64", "31"})
  void should_find_the_second_figure_of_the_last_cell_when_the_figures_fill_whole_words(
      int years) {
    Dataset.Builder b = Dataset.builder().source(S)
        .city(Fixture.city("c000", "C0", "城0", Region.EASTERN));
    for (int y = 2026 - years; y < 2026; y++) {
      b.figure("c000", y, Metric.GDP, Yuan.ofYi("10000"), Release.PRELIMINARY, "s");
      b.figure("c000", y, Metric.GDP, Yuan.ofYi("10001"), Release.FINAL, "s");
    }

    Dataset ds = b.build();

    assertThat(ds.figureCount()).isEqualTo(2 * years);
    assertThat(ds.year(2025).stats("c000").figures(Metric.GDP)).extracting(Figure::value)
        .containsExactly(Yuan.ofYi("10001"), Yuan.ofYi("10000"));
    assertThat(ds.conflicts()).isEmpty();
  }
}
