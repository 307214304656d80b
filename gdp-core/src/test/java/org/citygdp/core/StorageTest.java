package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.citygdp.core.engine.Corpus;
import org.citygdp.core.engine.Store;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Storage is proportional to the data (issue #10, finding 4): only years with figures are indexed,
 * the city columns have rows only for years with city figures, and a dataset whose dense columns
 * would be far larger than its figures is rejected before anything is allocated. Sizes are
 * counted in cells (one value and one presence bit each) through {@link Store#cells()}.
 */
class StorageTest {
  private static final Source S = Source.builder("s").publisher("Bureau").title("Communiqué")
      .url("https://example.org/s").publishedOn(LocalDate.of(2100, 12, 31))
      .grade(SourceGrade.PRIMARY).sourceType(SourceType.STATISTICAL_COMMUNIQUE).build();

  private static Dataset.Builder cities(int n) {
    Dataset.Builder b = Dataset.builder().source(S);
    for (int c = 0; c < n; c++) {
      b.city(Fixture.city(String.format("c%05d", c), "C" + c, "城" + c, Region.EASTERN));
    }
    return b;
  }

  @Test
  void should_store_only_the_years_that_have_figures() {
    Dataset.Builder b = cities(3);
    for (int c = 0; c < 3; c++) {
      for (int y : new int[] {1949, 2000, 2100}) {
        b.figure(String.format("c%05d", c), y, Metric.GDP, Yuan.ofYi("100" + c), Release.FINAL,
            "s");
      }
    }
    b.national(1950, Metric.REAL_GROWTH, RealGrowth.of("5"), Release.FINAL, "s");

    Dataset ds = b.build();

    // 3 city years × 3 cities × 1 metric, + 4 years × 1 national metric; densely over 1949–2100
    // it was 152 × 3 + 152 = 608
    assertThat(ds.store.cells()).isEqualTo(3 * 3 + 4);
    assertThat(ds.asOf(LocalDate.of(2100, 12, 31)).store.cells()).isEqualTo(3 * 3 + 4);
    assertThat(ds.years()).containsExactly(1949, 2000, 2100);
    assertThat(ds.year(2100).stats("c00002").gdp()).contains(Yuan.ofYi("1002"));
    assertThat(ds.national(1950).flatMap(NationalStats::realGrowth)).contains(RealGrowth.of("5"));
    assertThat(ds.national(1951)).isEmpty();
    assertThatThrownBy(() -> ds.year(1950)).isInstanceOf(YearNotCoveredException.class)
        .hasMessageContaining("covered years: [1949, 2000, 2100]");
  }

  @Test
  void should_keep_a_sparse_dataset_spanning_1949_to_2100_small() {
    // 2,000 cities with 10 sector metrics each, figures only in 1949 and 2100: dense over the
    // span this was 152 × 2,000 × 10 = 3.04 million cells (some 24 MB per view)
    Dataset.Builder b = cities(2000);
    for (int c = 0; c < 2000; c++) {
      for (int k = 0; k < 10; k++) {
        Metric<RealGrowth> m = Metric.realGrowth(Sector.of("s" + k, "S" + k, "业" + k));
        b.figure(String.format("c%05d", c), c % 2 == 0 ? 1949 : 2100, m, RealGrowth.of("1"),
            Release.FINAL, "s");
      }
    }

    Dataset ds = b.build();

    assertThat(ds.store.cells()).isEqualTo(2L * 2000 * 10);
    assertThat(ds.years()).containsExactly(1949, 2100);
  }

  @Test
  void should_reject_a_dataset_far_larger_than_its_figures_before_allocating_it() {
    // 1,000 cities, 200 metrics, a figure in each of the 152 years: 30.4 million cells for
    // 1,000 figures
    Dataset.Builder b = cities(1000);
    for (int i = 0; i < 1000; i++) {
      Metric<RealGrowth> m = Metric.realGrowth(Sector.of("s" + i % 200, "S", "业"));
      b.figure(String.format("c%05d", i), 1949 + i % 152, m, RealGrowth.of("1"), Release.FINAL,
          "s");
    }

    assertThatThrownBy(b::build).isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("Invalid size '30400000 cells' at dataset: is 152 years with city"
            + " figures × 1000 cities × 200 metrics = 30400000 cells, but must be at most 1048576"
            + " cells (1048576, or 64 per figure for 1000 figures, whichever is more)")
        .hasMessageContaining("drop the cities, years or metrics that have few figures");
  }

  @Test
  void should_allow_the_larger_of_the_floor_and_64_cells_per_figure() {
    // the floor: 2^20 cells whatever the figures
    Catalog.checkSize(16_384, 64, 1, 64, 0, 1);
    assertThatThrownBy(() -> Catalog.checkSize(16_385, 64, 1, 64, 0, 1))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("= 1048640 cells")
        .hasMessageContaining("must be at most 1048576 cells");
    // national cells count too
    assertThatThrownBy(() -> Catalog.checkSize(16_384, 64, 1, 64, 1, 1))
        .hasMessageContaining("64 years with city figures × 16384 cities × 1 metrics + 64 years"
            + " × 1 national metrics = 1048640 cells");
    // 64 per figure above the floor: 2^21 cells for 2^15 figures
    Catalog.checkSize(32_768, 64, 1, 64, 0, 32_768);
    assertThatThrownBy(() -> Catalog.checkSize(32_769, 64, 1, 64, 0, 32_768))
        .hasMessageContaining("must be at most 2097152 cells");
    // never more than 2^31 city-years, whatever the figures
    assertThatThrownBy(() -> Catalog.checkSize(20_000_000, 150, 1, 150, 0, Integer.MAX_VALUE))
        .isInstanceOf(InvalidDataException.class);
  }

  @Test
  void should_leave_undated_figures_out_of_even_the_farthest_as_of_view() {
    // "unknown" is the absence of a date, not a far date: no as-of date reaches it
    Source undated = Source.builder("u").publisher("Blog").title("Table")
        .url("https://example.org/u").grade(SourceGrade.COMPILATION).build();
    Dataset ds = cities(2).source(undated)
        .figure("c00000", 2025, Metric.GDP, Yuan.ofYi("1"), Release.FINAL, "s")
        .figure(Observation.of("c00001", 2025, Metric.GDP, Yuan.ofYi("2"), Release.FINAL, "u")
            .unverified("a compilation"))
        .build();

    Dataset farthest = ds.asOf(LocalDate.MAX);

    assertThat(farthest.year(2025).cities().values(Metric.GDP)).containsOnlyKeys("c00000");
    assertThat(farthest.leftOut().undated()).isEqualTo(1);
    assertThat(farthest.leftOut().publishedLater()).isZero();
    // and in the latest view, a dated figure is picked before an undated one of the same rank
    assertThat(ds.year(2025).stats("c00001").figures(Metric.GDP)).hasSize(1);
  }
}
