package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.citygdp.units.Percent;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * The dataset finds every figure of every cell from its compact layout (observations located by
 * rank, not by a stored cell). Checked against the input itself, on a seeded dataset large enough
 * that cells span many 64-bit words: 150 cities, 4 years, GDP and growth, national in some years,
 * final revisions of some figures and an unofficial second source for others.
 */
class ObservationLayoutTest {
  private static final int CITIES = 150;
  private static final int FIRST = 2020;
  private static final int YEARS = 4;

  private static Source source(String id, boolean official, LocalDate date) {
    return Source.builder(id).publisher("Bureau").title(id).url("https://example.org/" + id)
        .publishedOn(date).grade(official ? SourceGrade.PRIMARY : SourceGrade.SECONDARY)
        .sourceType(official ? SourceType.STATISTICAL_COMMUNIQUE : SourceType.SECONDARY_COMPILATION)
        .build();
  }

  /** What the input says of one cell, in the selection rule's order. */
  private record Cell(String city, int year, boolean gdp, List<Long> values, List<String> sources) {}

  @Test
  void should_find_every_figure_of_every_cell_in_selection_order() {
    Random rnd = new Random(7);
    Dataset.Builder b = Dataset.builder();
    for (int y = FIRST; y < FIRST + YEARS; y++) {
      b.source(source("prelim-" + y, true, LocalDate.of(y + 1, 2, 28)));
      b.source(source("final-" + y, true, LocalDate.of(y + 2, 1, 15)));
      b.source(source("blog-" + y, false, LocalDate.of(y + 1, 3, 1)));
    }
    List<Cell> cells = new ArrayList<>();
    int expectedConflicts = 0;
    for (int c = -1; c < CITIES; c++) { // -1: national
      String id = c < 0 ? null : String.format("c%03d", c);
      if (id != null) {
        b.city(Fixture.city(id, "City " + c, "城" + c, Region.EASTERN));
      }
      for (int y = FIRST; y < FIRST + YEARS; y++) {
        for (boolean gdp : new boolean[] {true, false}) {
          if (rnd.nextInt(10) < 2) {
            continue; // missing
          }
          List<Long> values = new ArrayList<>();
          List<String> sources = new ArrayList<>();
          long prelim = gdp ? (1 + rnd.nextInt(90_000)) * 1_000_000L : rnd.nextInt(200_000) - 50_000;
          if (rnd.nextInt(10) < 3) {
            long fin = prelim + (gdp ? 1_000_000L : 1000);
            add(b, id, y, gdp, fin, Release.FINAL, "final-" + y);
            values.add(fin);
            sources.add("final-" + y);
          }
          add(b, id, y, gdp, prelim, Release.PRELIMINARY, "prelim-" + y);
          values.add(prelim);
          sources.add("prelim-" + y);
          if (rnd.nextInt(10) < 1) {
            add(b, id, y, gdp, prelim + 1, Release.PRELIMINARY, "blog-" + y);
            values.add(prelim + 1);
            sources.add("blog-" + y);
            if (!sameFigureAtTwoPrecisions(prelim, prelim + 1)) {
              expectedConflicts++;
            }
          }
          cells.add(new Cell(id, y, gdp, values, sources));
        }
      }
    }
    Dataset ds = b.build();

    assertThat(ds.conflicts()).hasSize(expectedConflicts);
    for (Cell cell : cells) {
      List<? extends Figure<?>> figures = figures(ds, cell);
      assertThat(figures).extracting(f -> f.source().id()).as("%s", cell)
          .isEqualTo(cell.sources());
      assertThat(figures).extracting(f -> raw(f.value())).as("%s", cell)
          .isEqualTo(cell.values());
      // before the final release, the preliminary figure is the one picked
      Dataset early = ds.asOf(LocalDate.of(cell.year() + 1, 12, 31));
      assertThat(picked(early, cell)).as("%s", cell).isEqualTo(cell.values().get(
          cell.sources().indexOf("prelim-" + cell.year())));
      assertThat(picked(ds, cell)).as("%s", cell).isEqualTo(cell.values().get(0));
    }
  }

  /**
   * A naive reference: two values are one figure printed to two precisions when the finer,
   * rounded half-up or half-down to the coarser's last printed digit, gives the coarser.
   */
  static boolean sameFigureAtTwoPrecisions(long a, long b) {
    java.math.BigDecimal x = java.math.BigDecimal.valueOf(a).stripTrailingZeros();
    java.math.BigDecimal y = java.math.BigDecimal.valueOf(b).stripTrailingZeros();
    if (x.signum() == 0 || y.signum() == 0) {
      return a == b;
    }
    java.math.BigDecimal coarse = x.scale() <= y.scale() ? x : y;
    java.math.BigDecimal fine = coarse == x ? y : x;
    return fine.setScale(coarse.scale(), java.math.RoundingMode.HALF_UP).compareTo(coarse) == 0
        || fine.setScale(coarse.scale(), java.math.RoundingMode.HALF_DOWN).compareTo(coarse) == 0;
  }

  private static void add(Dataset.Builder b, String city, int year, boolean gdp, long value,
      Release release, String source) {
    Observation<?> o = gdp
        ? new Observation<>(city, year, Metric.GDP, Yuan.ofYuan(value), release, source, true,
            null, null, null)
        : new Observation<>(city, year, Metric.REAL_GROWTH,
            RealGrowth.of(Percent.ofUnscaled(value)), release, source, true, null, null, null);
    // only a PRIMARY or OFFICIAL_MEDIA source can verify a figure
    b.figure(source.startsWith("blog") ? o.unverified("seen only in a blog") : o);
  }


  private static List<? extends Figure<?>> figures(Dataset ds, Cell cell) {
    if (cell.city() == null) {
      NationalStats n = ds.national(cell.year()).orElseThrow();
      return cell.gdp() ? n.figures(Metric.GDP) : n.figures(Metric.REAL_GROWTH);
    }
    YearlyStats s = ds.year(cell.year()).stats(cell.city());
    return cell.gdp() ? s.figures(Metric.GDP) : s.figures(Metric.REAL_GROWTH);
  }

  private static long picked(Dataset ds, Cell cell) {
    if (cell.city() == null) {
      NationalStats n = ds.national(cell.year()).orElseThrow();
      return raw((cell.gdp() ? n.figure(Metric.GDP) : n.figure(Metric.REAL_GROWTH))
          .orElseThrow().value());
    }
    YearlyStats s = ds.year(cell.year()).stats(cell.city());
    return cell.gdp() ? s.gdp().orElseThrow().toYuan()
        : s.realGrowth().orElseThrow().rate().unscaledValue();
  }

  private static long raw(Object value) {
    return value instanceof Yuan y ? y.toYuan() : ((RealGrowth) value).rate().unscaledValue();
  }
}
