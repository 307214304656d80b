package org.citygdp.data.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.citygdp.core.Dataset;
import org.citygdp.core.Metric;
import org.citygdp.core.Observation;
import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.citygdp.data.DatasetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random datasets (the shapes of gdp-core's GeneratedDatasetsTest: sparse and contiguous
 * years across 1949–2100, several releases and sources per figure with grades, dates known to
 * the day, month or year or not at all, own publication dates, conflicts and figures printed to
 * two precisions, national figures in years without city figures; plus what only the loading
 * format has to carry: sectors of every kind, clusters with plans, sources with only a copy, and
 * text with commas, quotes, line breaks and Chinese) exported as JSON and CSV and loaded again.
 * More shapes: {@code -Dcitygdp.exportShapes=2000}.
 */
class GeneratedRoundTripTest {
  private static final long SEED = Long.getLong("citygdp.seed", 20_261_203L);
  private static final int SHAPES = Integer.getInteger("citygdp.exportShapes", 150);
  @TempDir Path dir;

  @Test
  void generated_datasets_round_trip_through_json_and_csv() {
    int conflicts = 0;
    int sectorFigures = 0;
    for (int i = 0; i < SHAPES; i++) {
      long seed = SEED * 1_000_003L + i;
      Dataset d = generate(new Random(seed));
      String expected = DatasetDump.of(d);
      try {
        String json = DatasetExport.toJson(d);
        Dataset fromJson = DatasetLoader.fromStream(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "d.json").load();
        assertThat(DatasetDump.of(fromJson)).as("JSON").isEqualTo(expected);
        assertThat(DatasetExport.toJson(fromJson)).isEqualTo(json);
        Path csv = dir.resolve("d" + i);
        DatasetExport.writeCsv(d, csv);
        Dataset fromCsv = DatasetLoader.fromDirectory(csv).load();
        assertThat(DatasetDump.of(fromCsv)).as("CSV").isEqualTo(expected);
      } catch (RuntimeException | AssertionError e) {
        fail("generated dataset #" + i + " (seed " + seed + ") does not round-trip:\n" + expected,
            e);
      }
      conflicts += d.conflicts().size();
      sectorFigures += expected.split(
          "\n  (value_added|real_growth|nominal_growth|growth_contribution)\\.", -1).length - 1;
    }
    assertThat(conflicts).as("conflicts generated").isGreaterThan(SHAPES / 5);
    assertThat(sectorFigures).as("sector figures generated").isGreaterThan(SHAPES);
  }

  private static final Sector ROBOTS = Sector.of("robots", "Robots, \"smart\" ones", "机器人");
  private static final Sector[] SECTORS = {Sector.TERTIARY, Sector.EXPORTS, ROBOTS,
      Sector.of("primary", "Farming, renamed", "农业")};
  private static final String[] NOTES = {"read in a table", "from a newspaper, not the bureau",
      "chart 图1, \"preliminary\"", "two lines:\nsecond line", "tab\there"};

  /** A dataset of a random shape, built with the public builder. */
  static Dataset generate(Random r) {
    Dataset.Builder b = Dataset.builder();
    int nSources = 1 + r.nextInt(5);
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < nSources; i++) {
      Source.Builder s = Source.builder("s" + i + (i % 2 == 0 ? "" : "-x"))
          .publisher(i % 3 == 0 ? "Bureau, \"official\"" : "统计局 " + i)
          .title(r.nextBoolean() ? "Communiqué " + i : "公报, part " + i)
          .grade(SourceGrade.values()[r.nextInt(4)])
          .sourceType(SourceType.values()[r.nextInt(SourceType.values().length)])
          .published(date(r));
      int address = r.nextInt(3);
      if (address != 1) {
        s.url("https://example.org/doc/" + i + "?a=1,2");
      }
      if (address != 0) {
        s.copy("owner/repo@" + "0123456789abcdef0123456789abcdef0123456" + i % 10 + ":raw/doc_" + i
            + ".pdf");
      }
      sources.add(s.build());
    }
    sources.forEach(b::source);
    List<Cluster> clusters = List.of(Cluster.of("C1", "Cluster, one", "一群"),
        Cluster.of("C2", "Cluster \"two\"", "二群").withPlan(sources.get(0).id()));
    int nCities = 1 + r.nextInt(r.nextInt(4) == 0 ? 70 : 8);
    List<String> ids = new ArrayList<>();
    for (int c = 0; c < nCities; c++) {
      String id = "c" + c + (c % 3 == 0 ? "_x" : "");
      ids.add(id);
      City.Builder cb = City.builder(id).names("City " + c + (c % 4 == 0 ? ", Upper" : ""),
              "城" + c).province(c % 2 == 0 ? "Anhui" : "Jiangsu")
          .region(Region.values()[r.nextInt(4)])
          .rank(AdminRank.values()[r.nextInt(AdminRank.values().length)])
          .divisionCode(String.format("%06d", 100000 + r.nextInt(800000)));
      if (r.nextBoolean()) {
        cb.pinyin("Chengshi'" + c);
      }
      Set<Cluster> in = new HashSet<>();
      for (Cluster k : clusters) {
        if (r.nextInt(3) == 0) {
          in.add(k);
        }
      }
      b.city(cb.clusters(in).build());
    }
    int[] years = years(r);
    List<Metric<?>> metrics = new ArrayList<>(List.of(Metric.GDP, Metric.REAL_GROWTH));
    if (r.nextBoolean()) {
      metrics.add(Metric.POPULATION);
    }
    for (Sector s : SECTORS) {
      int kind = r.nextInt(6);
      metrics.add(kind == 0 ? Metric.valueAdded(s) : kind == 1 ? Metric.realGrowth(s)
          : kind == 2 ? Metric.nominalGrowth(s) : Metric.growthContribution(s));
    }
    java.util.Collections.shuffle(metrics, r);
    double density = new double[] {0.2, 0.6, 1.0}[r.nextInt(3)];
    for (String city : ids) {
      for (int y : years) {
        for (Metric<?> m : metrics) {
          if (r.nextDouble() < density) {
            cell(r, b, city, y, m, sources);
          }
        }
      }
    }
    for (int y : r.nextBoolean() ? years : new int[] {years[0], 1950 + r.nextInt(150)}) {
      for (Metric<?> m : List.of(Metric.GDP, Metric.REAL_GROWTH)) {
        if (r.nextDouble() < 0.6) {
          cell(r, b, null, y, m, sources);
        }
      }
    }
    return b.build();
  }

  private static void cell(Random r, Dataset.Builder b, String city, int year, Metric<?> m,
      List<Source> sources) {
    int n = 1 + (r.nextInt(3) == 0 ? r.nextInt(3) : 0);
    Set<String> used = new HashSet<>();
    String value = value(r, m);
    for (int i = 0; i < n; i++) {
      Release release = Release.values()[r.nextInt(4)];
      Source s = sources.get(r.nextInt(sources.size()));
      if (!used.add(release + s.id())) {
        continue;
      }
      // the same value, the same to a coarser precision, or another value (a conflict)
      int k = r.nextInt(4);
      String v = k == 0 ? value(r, m) : k == 1 && value.contains(".")
          ? new BigDecimal(value).setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString()
          : value;
      boolean verified = s.grade().isOfficial() && r.nextBoolean();
      PublicationDate own = r.nextInt(4) == 0 ? date(r) : null;
      b.figure(new Observation(city, year, m, (Comparable) m.fromPublished(v), release, s.id(),
          verified, verified && r.nextBoolean() ? null : NOTES[r.nextInt(NOTES.length)], own,
          null));
    }
  }

  private static String value(Random r, Metric<?> m) {
    boolean amount = m.publishedUnit().equals("亿元") || m.equals(Metric.POPULATION);
    long whole = amount ? r.nextInt(60_000) : r.nextInt(30) - 10;
    int decimals = r.nextInt(amount ? 5 : 3);
    if (decimals == 0) {
      return Long.toString(whole);
    }
    return BigDecimal.valueOf(whole * 10_000L + r.nextInt(10_000), 4).setScale(decimals,
        java.math.RoundingMode.DOWN).toPlainString();
  }

  private static int[] years(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return new int[] {2019 + r.nextInt(7)};
      case 1:
        return new int[] {1949, 2024, 2025, 2100};
      default:
        int first = 2018 + r.nextInt(5);
        return new int[] {first, first + 1, first + 2};
    }
  }

  private static PublicationDate date(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return null;
      case 1:
        return PublicationDate.ofYear(2019 + r.nextInt(8));
      case 2:
        return PublicationDate.ofMonth(2019 + r.nextInt(8), 1 + r.nextInt(12));
      default:
        return PublicationDate.of(LocalDate.of(2019 + r.nextInt(8), 1 + r.nextInt(12),
            1 + r.nextInt(28)));
    }
  }
}
