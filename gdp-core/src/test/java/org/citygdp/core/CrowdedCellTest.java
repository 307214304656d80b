package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * The figures of one cell (city, year, metric) come back in the selection rule's order (newest
 * source first) however many there are and whatever the input order: the engine orders them by
 * cell with a counting sort and insertion sort within a cell, packed numbers for a crowded cell
 * (more than 32 figures), and a packed sort of all figures when cells far outnumber figures.
 */
class CrowdedCellTest {
  private static final LocalDate DAY0 = LocalDate.of(2025, 1, 1);

  private static Source source(int i) {
    return Source.builder("s" + i).publisher("Bureau " + i).title("Communiqué " + i)
        .url("https://example.org/" + i).publishedOn(DAY0.plusDays(i))
        .grade(SourceGrade.PRIMARY).sourceType(SourceType.STATISTICAL_COMMUNIQUE).build();
  }

  /** {@code figures} sources each giving c0's 2024 GDP (100 + i 亿元), in shuffled order. */
  private static Dataset dataset(int figures, int cities) {
    Dataset.Builder b = Dataset.builder();
    for (int c = 0; c < cities; c++) {
      b.city(Fixture.city("c" + c, "C" + c, "城" + c, Region.EASTERN));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < figures; i++) {
      b.source(source(i));
      order.add(i);
    }
    Collections.shuffle(order, new Random(11));
    for (int i : order) {
      b.figure("c0", 2024, Metric.GDP, Yuan.ofYi(Integer.toString(100 + i)), Release.PRELIMINARY,
          "s" + i);
    }
    b.figure("c1", 2024, Metric.GDP, Yuan.ofYi("7"), Release.PRELIMINARY, "s0");
    return b.build();
  }

  private static void assertNewestFirst(Dataset d, int figures) {
    List<Figure<Yuan>> got = d.year(2024).stats("c0").figures(Metric.GDP);
    assertThat(got).hasSize(figures);
    for (int k = 0; k < figures; k++) {
      int i = figures - 1 - k;
      assertThat(got.get(k).source().id()).isEqualTo("s" + i);
      assertThat(got.get(k).value()).isEqualTo(Yuan.ofYi(Integer.toString(100 + i)));
    }
    assertThat(d.year(2024).stats("c1").figure(Metric.GDP).orElseThrow().value())
        .isEqualTo(Yuan.ofYi("7"));
  }

  @Test
  void should_order_a_few_figures_of_one_cell_newest_first() {
    assertNewestFirst(dataset(5, 2), 5);
  }

  @Test
  void should_order_a_crowded_cell_newest_first() {
    assertNewestFirst(dataset(40, 2), 40);
  }

  @Test
  void should_order_figures_newest_first_when_cells_far_outnumber_figures() {
    // 6,000 cities and 7 figures: more than 4 cells per figure plus 4,096, the packed sort's case
    assertNewestFirst(dataset(6, 6_000), 6);
  }
}
