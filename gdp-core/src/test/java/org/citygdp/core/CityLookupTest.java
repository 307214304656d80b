package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Finding a city by id, division code, Chinese name, pinyin or English name (issue 12), on a
 * hand-built set of names that collide as China's do:
 *
 * <pre>
 * id           nameZh  pinyin     nameEn     code
 * suzhou       苏州     Suzhou     Suzhou     320500
 * suzhou_ah    宿州     Suzhou     Suzhou     341300
 * taizhou_js   泰州     Taizhou    Taizhou    321200
 * taizhou_zj   台州     Taizhou    Taizhou    331000
 * xian         西安     Xi'an      Xi'an      610100
 * lvliang      吕梁     Lüliang    Lvliang    141100
 * haerbin      哈尔滨   Ha'erbin   Harbin     230100
 * </pre>
 */
class CityLookupTest {
  private static City city(String id, String zh, String pinyin, String en, String code) {
    return City.builder(id).names(en, zh).pinyin(pinyin).province("P" + code.substring(0, 2))
        .region(Region.EASTERN).divisionCode(code).build();
  }

  static final Dataset DS = Dataset.builder()
      .source(Source.builder("s").publisher("Bureau").title("T").url("https://example.org/s")
          .publishedOn(LocalDate.of(2025, 2, 1)).grade(SourceGrade.PRIMARY).build())
      .city(city("suzhou", "苏州", "Suzhou", "Suzhou", "320500"))
      .city(city("suzhou_ah", "宿州", "Suzhou", "Suzhou", "341300"))
      .city(city("taizhou_js", "泰州", "Taizhou", "Taizhou", "321200"))
      .city(city("taizhou_zj", "台州", "Taizhou", "Taizhou", "331000"))
      .city(city("xian", "西安", "Xi'an", "Xi'an", "610100"))
      .city(city("lvliang", "吕梁", "Lüliang", "Lvliang", "141100"))
      .city(city("haerbin", "哈尔滨", "Ha'erbin", "Harbin", "230100"))
      .figure("taizhou_js", 2024, Metric.GDP, Yuan.ofYi("6731.66"), Release.PRELIMINARY, "s")
      .build();

  @Test
  void should_find_a_city_by_id_code_chinese_name_pinyin_or_english_name() {
    assertThat(DS.findCity("taizhou_js").nameZh()).isEqualTo("泰州");
    assertThat(DS.findCity("泰州").id()).isEqualTo("taizhou_js");
    assertThat(DS.findCity("台州").id()).isEqualTo("taizhou_zj");
    assertThat(DS.findCity("321200").id()).isEqualTo("taizhou_js");
    assertThat(DS.findCity("Xi'an").id()).isEqualTo("xian");
    assertThat(DS.findCity("XIAN").id()).isEqualTo("xian");
    assertThat(DS.findCity("xi an").id()).isEqualTo("xian");
    assertThat(DS.findCity("Harbin").id()).isEqualTo("haerbin");
    assertThat(DS.findCity("Ha'erbin").id()).isEqualTo("haerbin");
    assertThat(DS.findCity("哈尔滨").id()).isEqualTo("haerbin");
    // ü typed as ü, v or u
    assertThat(DS.findCity("Lüliang").id()).isEqualTo("lvliang");
    assertThat(DS.findCity("Luliang").id()).isEqualTo("lvliang");
    assertThat(DS.findCity("lvliang").id()).isEqualTo("lvliang");
    // every query that takes a city takes a name
    assertThat(DS.year(2024).stats("泰州").gdp()).contains(Yuan.ofYi("6731.66"));
    assertThat(DS.city("321200").series(Metric.GDP)).containsKey(2024);
  }

  @Test
  void should_put_the_id_before_a_name_that_another_city_shares() {
    // "suzhou" is 苏州's id, and the pinyin of 宿州 too: the id decides
    assertThat(DS.findCity("suzhou").nameZh()).isEqualTo("苏州");
    assertThat(DS.citiesMatching("suzhou")).extracting(City::id).containsExactly("suzhou");
    assertThat(DS.citiesMatching("Suzhou")).extracting(City::id)
        .containsExactly("suzhou", "suzhou_ah");
    assertThat(DS.citiesMatching("Nanjing")).isEmpty();
  }

  @Test
  void should_list_the_candidates_of_an_ambiguous_name() {
    assertThatThrownBy(() -> DS.city("Taizhou"))
        .isInstanceOf(AmbiguousCityException.class)
        .hasMessage("City 'Taizhou' is ambiguous: 2 cities have this pinyin or English name:"
            + " 泰州 taizhou_js (P32, 321200), 台州 taizhou_zj (P33, 331000);"
            + " name one by its id or division code")
        .satisfies(e -> {
          AmbiguousCityException a = (AmbiguousCityException) e;
          assertThat(a.key()).isEqualTo("Taizhou");
          assertThat(a.candidates()).extracting(City::id)
              .containsExactly("taizhou_js", "taizhou_zj");
        });
    assertThatThrownBy(() -> DS.year(2024).stats("TAIZHOU"))
        .isInstanceOf(AmbiguousCityException.class).hasMessageContaining("泰州 taizhou_js");
  }

  @Test
  void should_name_the_nearest_cities_of_an_unknown_name() {
    // shaped like an id: the nearest ids, as for any unknown id
    assertThatThrownBy(() -> DS.city("taizou_js")).isInstanceOf(UnknownCityException.class)
        .hasMessage("Unknown city id 'taizou_js'; nearest known ids: taizhou_js, taizhou_zj,"
            + " suzhou_ah");
    // a Chinese name: the nearest Chinese names (泰州 at 1 edit, then the ties at 2 by id)
    assertThatThrownBy(() -> DS.city("泰洲")).isInstanceOf(UnknownCityException.class)
        .hasMessage("Unknown city '泰洲': no city has this id, division code, Chinese name, pinyin"
            + " or English name; nearest known: 泰州 taizhou_js, 吕梁 lvliang, 苏州 suzhou")
        .satisfies(e -> assertThat(((UnknownCityException) e).nearest())
            .containsExactly("taizhou_js", "lvliang", "suzhou"));
    // a code: the nearest codes (321200 at 1 edit; 320500, 341300 and 331000 at 3, by id)
    assertThatThrownBy(() -> DS.city("321201")).isInstanceOf(UnknownCityException.class)
        .hasMessageEndingWith("nearest known: 泰州 taizhou_js, 苏州 suzhou, 宿州 suzhou_ah");
    // a pinyin with a capital: the nearest pinyin or English names (harbin 1, xian 4, then
    // lvliang, suzhou, taizhou at 6, by id)
    assertThatThrownBy(() -> DS.city("Harbn")).isInstanceOf(UnknownCityException.class)
        .hasMessageEndingWith("nearest known: 哈尔滨 haerbin, 西安 xian, 吕梁 lvliang");
  }

  @Test
  void should_find_every_city_by_id_among_many_and_ids_whose_hashes_collide() {
    // "aan" and "ac0" have the same String.hashCode: one must be found past the other
    assertThat("aan".hashCode()).isEqualTo("ac0".hashCode());
    Dataset.Builder b = Dataset.builder();
    java.util.List<String> ids = new java.util.ArrayList<>(java.util.List.of("aan", "ac0"));
    for (int c = 0; c < 3000; c++) {
      ids.add("c" + c);
    }
    for (int c = 0; c < ids.size(); c++) {
      b.city(City.builder(ids.get(c)).names("N " + c, "城" + c).province("P")
          .region(Region.EASTERN).divisionCode(Integer.toString(100_000 + c)).build());
    }
    Dataset ds = b.build();
    for (String id : ids) {
      assertThat(ds.findCity(id).id()).isEqualTo(id);
    }
    assertThatThrownBy(() -> ds.findCity("c3000")).isInstanceOf(UnknownCityException.class);
    assertThatThrownBy(() -> ds.findCity("aa")).isInstanceOf(UnknownCityException.class);
  }
}
