package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Region;
import org.junit.jupiter.api.Test;

/**
 * Pins CityNames on a fresh index each test (a dataset caches its index, so these are the only
 * tests that see it built): every kind of name is indexed, a city sharing a name with itself is
 * listed once, ü typed either way finds both spellings, the nearest names by the kind of key,
 * and how a city is described.
 *
 * <pre>
 * #  id          nameZh  pinyin     nameEn     code
 * 0  suzhou      苏州     Suzhou     Suzhou     320500
 * 1  suzhou_ah   宿州     Suzhou     Suzhou     341300
 * 2  lvliang     吕梁     Lüliang    Lyuliang   141100
 * 3  luliang_x   卢梁     Luliang    Luliang    141200
 * 4  nvwa_town   女娲     Nuwazhen   Nüwa       610100
 * 5  lvxi        吕西     Lvxi       Lvxi       141300
 * </pre>
 */
class CityNamesTest {
  private static City city(String id, String zh, String pinyin, String en, String code) {
    return City.builder(id).names(en, zh).pinyin(pinyin).province("P" + code.substring(0, 2))
        .region(Region.EASTERN).divisionCode(code).build();
  }

  private static CityNames names() {
    return new CityNames(List.of(
        city("suzhou", "苏州", "Suzhou", "Suzhou", "320500"),
        city("suzhou_ah", "宿州", "Suzhou", "Suzhou", "341300"),
        city("lvliang", "吕梁", "Lüliang", "Lyuliang", "141100"),
        city("luliang_x", "卢梁", "Luliang", "Luliang", "141200"),
        city("nvwa_town", "女娲", "Nuwazhen", "Nüwa", "610100"),
        city("lvxi", "吕西", "Lvxi", "Lvxi", "141300")));
  }

  @Test
  void a_division_code_and_a_chinese_name_are_found() {
    CityNames n = names();
    CityNames.Match code = n.match("341300");
    assertThat(code.cities).containsExactly(1);
    assertThat(code.kind).isEqualTo("division code");
    CityNames.Match zh = n.match("卢梁");
    assertThat(zh.cities).containsExactly(3);
    assertThat(zh.kind).isEqualTo("Chinese name");
    assertThat(n.match("610100").cities).containsExactly(4);
    assertThat(n.match("苏州").cities).containsExactly(0);
  }

  @Test
  void a_pinyin_or_english_name_is_found_whichever_way_u_umlaut_is_typed() {
    CityNames n = names();
    CityNames.Match m = n.match("lyuliang"); // nameEn only
    assertThat(m.cities).containsExactly(2);
    assertThat(m.kind).isEqualTo("pinyin or English name");
    assertThat(n.match("lvliang").cities).containsExactly(2); // pinyin, ü as v
    assertThat(n.match("LU-LIANG").cities).containsExactly(2, 3); // pinyin ü as u, and 卢梁
    assertThat(n.match("nvwa").cities).containsExactly(4); // nameEn, ü as v
    assertThat(n.match("nuwa").cities).containsExactly(4); // nameEn, ü as u
    assertThat(n.match("Nu Wa Zhen").cities).containsExactly(4); // pinyin
  }

  @Test
  void a_name_several_cities_share_lists_each_once_in_index_order() {
    CityNames n = names();
    // each of the two adds "suzhou" four times (pinyin and nameEn, ü as v and as u)
    assertThat(n.match("Suzhou").cities).containsExactly(0, 1);
    assertThat(n.match("Lvxi").cities).containsExactly(5);
  }

  @Test
  void a_key_with_u_umlaut_unites_what_its_two_spellings_find() {
    CityNames n = names();
    // v-spelling "lvliang" finds 2, u-spelling "luliang" finds 2 and 3
    assertThat(n.match("Lüliang").cities).containsExactly(2, 3);
    // only the v-spelling "lvxi" is a name
    assertThat(n.match("Lüxi").cities).containsExactly(5);
    // only the u-spelling "nuwazhen" is a name
    assertThat(n.match("Nüwazhen").cities).containsExactly(4);
    CityNames.Match none = n.match("Nanjing");
    assertThat(none.cities).isEmpty();
    assertThat(none.kind).isEmpty();
    assertThat(n.match("Nüjing").cities).isEmpty();
  }

  @Test
  void the_nearest_are_by_the_kind_of_name_the_key_looks_like() {
    CityNames n = names();
    assertThat(n.nearest("320501")).hasSize(3).first().isEqualTo("suzhou");
    assertThat(n.nearest("宿洲")).hasSize(3).first().isEqualTo("suzhou_ah");
    assertThat(n.nearest("Lyuliangg")).hasSize(3).first().isEqualTo("lvliang");
    // U+00FF is still Latin-1: compared with the Latin names, not the Chinese ones
    assertThat(n.nearest("lyulian\u00ff")).hasSize(3).first().isEqualTo("lvliang");
  }

  @Test
  void a_city_is_described_by_its_chinese_name_and_id() {
    CityNames n = names();
    assertThat(n.describe("lvxi")).isEqualTo("吕西 lvxi");
    assertThat(n.describe("suzhou_ah")).isEqualTo("宿州 suzhou_ah");
    assertThat(n.describe("nowhere")).isEqualTo("nowhere");
  }
}
