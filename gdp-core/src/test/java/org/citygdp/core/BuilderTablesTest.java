package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * The builder's tables: a duplicate figure is found whichever earlier figure it repeats (the
 * very first included), in a cell of a few figures or a crowded one, national or a city's, and
 * the error names the repeat that comes first and the earliest figure it repeats, as a naive
 * look at every pair does on generated datasets; repeated provinces and cluster sets are stored
 * once, shared by every city that has them.
 */
class BuilderTablesTest {
  private static Observation<Yuan> gdp(String city, int year, String yi, String place) {
    return new Observation<>(city, year, Metric.GDP, Yuan.ofYi(yi), Release.PRELIMINARY, "off",
        true, null, null, place);
  }

  private static Dataset.Builder cities() {
    return Dataset.builder().source(Fixture.OFF)
        .city(Fixture.city("alpha", "Alpha", "甲城", Region.EASTERN))
        .city(Fixture.city("beta", "Beta", "乙城", Region.EASTERN));
  }

  /** Building fails on a repeat, naming its place and the place of the figure it repeats. */
  private static void assertRepeat(Dataset.Builder b, String repeat, String first) {
    assertThatThrownBy(b::build).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("at " + repeat)
        .hasMessageEndingWith("duplicates a figure from the same source and release at " + first);
  }

  @Test
  void should_find_a_duplicate_of_the_very_first_figure_and_name_its_place() {
    assertRepeat(cities().figure(gdp("alpha", 2024, "100", "file.json#/0"))
        .figure(gdp("beta", 2024, "90", "file.json#/1"))
        .figure(gdp("alpha", 2024, "101", "file.json#/2")), "file.json#/2", "file.json#/0");
  }

  @Test
  void should_name_the_earlier_figure_a_duplicate_repeats_among_many() {
    Dataset.Builder b = cities();
    for (int y = 2000; y < 2040; y++) {
      b.figure(gdp("alpha", y, "100", "a#/" + y)).figure(gdp("beta", y, "90", "b#/" + y));
    }
    assertThatThrownBy(() -> b.figure(gdp("beta", 2017, "91", "again")).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageEndingWith("duplicates a figure from the same source and release at b#/2017");
    // the same five but another release or year is no duplicate
    Dataset ok = cities().figure(gdp("alpha", 2024, "100", "p0"))
        .figure(new Observation<>("alpha", 2024, Metric.GDP, Yuan.ofYi("101"), Release.FINAL,
            "off", true, null, null, "p1"))
        .figure(gdp("alpha", 2023, "99", "p2")).build();
    assertThat(ok.year(2024).stats("alpha").gdp()).contains(Yuan.ofYi("101"));
  }

  @Test
  void should_share_one_province_text_and_one_cluster_set_among_the_cities_that_repeat_them() {
    // equal texts and sets, each city with its own instances
    City a = City.builder("a").names("A", "甲").province(new String("Jiangsu"))
        .region(Region.EASTERN).rank(AdminRank.PREFECTURE).divisionCode("320100")
        .clusters(Fixture.DELTA).build();
    City b = City.builder("b").names("B", "乙").province(new String("Jiangsu"))
        .region(Region.EASTERN).rank(AdminRank.PREFECTURE).divisionCode("320200")
        .clusters(Fixture.DELTA).build();
    City c = City.builder("c").names("C", "丙").province(new String("Zhejiang"))
        .region(Region.EASTERN).rank(AdminRank.PREFECTURE).divisionCode("330100").build();
    assertThat(a.province()).isNotSameAs(b.province());
    assertThat(a.clusters()).isNotSameAs(b.clusters());
    Dataset d = Dataset.builder().source(Fixture.OFF).city(a).city(b).city(c)
        .figure("a", 2024, Metric.GDP, Yuan.ofYi("1"), Release.PRELIMINARY, "off").build();
    City da = d.cities().get(0);
    City db = d.cities().get(1);
    City dc = d.cities().get(2);
    assertThat(db.province()).isSameAs(da.province()).isEqualTo("Jiangsu");
    assertThat(db.clusters()).isSameAs(da.clusters()).containsExactly(Fixture.DELTA);
    assertThat(dc.province()).isEqualTo("Zhejiang");
    // the first city of each kind is kept as given; the others are equal to what was given
    assertThat(da).isSameAs(a);
    assertThat(db).isEqualTo(b);
    assertThat(dc).isSameAs(c);
  }

  private static Source source(int k) {
    return Source.builder("s" + k).publisher("Bureau").title("Communiqué " + k)
        .url("https://example.org/s" + k).publishedOn(LocalDate.of(2025, 2, 1 + k % 28))
        .grade(SourceGrade.PRIMARY).sourceType(SourceType.STATISTICAL_COMMUNIQUE).build();
  }

  private static Observation<Yuan> figure(String city, int year, Release release, int source,
      String yi, String place) {
    return new Observation<>(city, year, Metric.GDP, Yuan.ofYi(yi), release, "s" + source, true,
        null, null, place);
  }

  @Test
  void should_find_the_first_repeat_in_a_crowded_cell_of_forty_sources() {
    // 40 sources give alpha's 2024 GDP (a cell of more than 32 figures is sorted, not compared
    // pairwise); then s20 again, then s5 again: the s20 repeat comes first
    Dataset.Builder b = Dataset.builder()
        .city(Fixture.city("alpha", "Alpha", "甲城", Region.EASTERN));
    for (int k = 0; k < 40; k++) {
      b.source(source(k)).figure(figure("alpha", 2024, Release.FINAL, k, "100", "f" + k));
    }
    b.figure(figure("alpha", 2024, Release.FINAL, 20, "101", "again20"))
        .figure(figure("alpha", 2024, Release.FINAL, 5, "102", "again5"));
    assertRepeat(b, "again20", "f20");
  }

  @Test
  void should_find_a_repeat_when_the_cells_far_outnumber_the_figures() {
    // 4,200 cities and four figures: the engine sorts packed keys instead of counting by cell
    Dataset.Builder b = Dataset.builder().source(source(1)).source(source(2));
    for (int c = 0; c < 4200; c++) {
      b.city(Fixture.city("c" + c, "C" + c, "城" + c, Region.EASTERN));
    }
    b.figure(figure("c4000", 2024, Release.FINAL, 1, "100", "p0"))
        .figure(figure("c7", 2024, Release.FINAL, 1, "90", "p1"))
        .figure(figure("c4000", 2024, Release.FINAL, 2, "101", "p2"))
        .figure(figure("c4000", 2024, Release.FINAL, 1, "102", "p3"));
    assertRepeat(b, "p3", "p0");
  }

  @Test
  void should_find_a_repeated_national_figure() {
    assertThatThrownBy(() -> cities().figure("alpha", 2024, Metric.GDP, Yuan.ofYi("1"),
            Release.PRELIMINARY, "off")
        .national(2024, Metric.GDP, Yuan.ofYi("100"), Release.PRELIMINARY, "off")
        .national(2024, Metric.GDP, Yuan.ofYi("100"), Release.FINAL, "off")
        .national(2024, Metric.GDP, Yuan.ofYi("101"), Release.PRELIMINARY, "off").build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("*national* 2024 gdp PRELIMINARY off")
        .hasMessageEndingWith("duplicates a figure from the same source and release at "
            + "national 2024 gdp (PRELIMINARY, off)");
  }

  @Test
  void should_report_the_repeat_a_naive_look_at_every_pair_finds_on_generated_datasets() {
    Random random = new Random(20261203L);
    int clean = 0;
    for (int round = 0; round < 300; round++) {
      int n = 1 + random.nextInt(round % 3 == 0 ? 120 : 12);
      int sources = 1 + random.nextInt(round % 5 == 0 ? 60 : 4);
      int cityCount = 1 + random.nextInt(3);
      int years = 1 + random.nextInt(3);
      Dataset.Builder b = Dataset.builder();
      for (int k = 0; k < sources; k++) {
        b.source(source(k));
      }
      for (int c = 0; c < cityCount; c++) {
        b.city(Fixture.city("c" + c, "C" + c, "城" + c, Region.EASTERN));
      }
      List<int[]> keys = new ArrayList<>(); // city, year, release, source
      for (int i = 0; i < n; i++) {
        int[] k = {random.nextInt(cityCount), 2020 + random.nextInt(years), random.nextInt(2),
            random.nextInt(sources)};
        keys.add(k);
        b.figure(figure("c" + k[0], k[1], Release.values()[k[2]], k[3], "" + (100 + i),
            "#" + i));
      }
      String expected = null;
      for (int i = 0; i < n && expected == null; i++) {
        for (int j = 0; j < i; j++) {
          if (java.util.Arrays.equals(keys.get(i), keys.get(j))) {
            expected = "at #" + i + ": duplicates a figure from the same source and release at #"
                + j;
            break;
          }
        }
      }
      if (expected == null) {
        clean++;
        assertThat(b.build().figureCount()).isEqualTo(n);
      } else {
        String e = expected;
        assertThatThrownBy(b::build).as("round %d", round).isInstanceOf(InvalidDataException.class)
            .satisfies(t -> assertThat(t.getMessage()).contains(e.substring(0, e.indexOf(':')))
                .endsWith(e.substring(e.indexOf("duplicates"))));
      }
    }
    assertThat(clean).as("datasets without a repeat").isBetween(30, 270);
  }
}
