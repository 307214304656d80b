package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * The builder's tables: a duplicate figure is found whichever earlier figure it repeats (the
 * very first included) and the error names that one's place; repeated provinces and cluster sets
 * are stored once, shared by every city that has them.
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

  @Test
  void should_find_a_duplicate_of_the_very_first_figure_and_name_its_place() {
    assertThatThrownBy(() -> cities().figure(gdp("alpha", 2024, "100", "file.json#/0"))
        .figure(gdp("beta", 2024, "90", "file.json#/1"))
        .figure(gdp("alpha", 2024, "101", "file.json#/2")).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("at file.json#/2")
        .hasMessageEndingWith("duplicates a figure from the same source and release at "
            + "file.json#/0");
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
}
