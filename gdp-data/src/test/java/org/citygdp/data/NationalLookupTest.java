package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.citygdp.core.AmbiguousCityException;
import org.citygdp.core.Dataset;
import org.citygdp.core.UnknownCityException;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceType;
import org.junit.jupiter.api.Test;

/** Finding the country's cities by name, and the clusters' plans, in the bundled data (#12). */
class NationalLookupTest {
  private final Dataset china = ChinaCities.load();

  @Test
  void should_find_every_city_by_its_chinese_name_and_its_division_code() {
    for (City c : china.cities()) {
      assertThat(china.findCity(c.nameZh())).as(c.nameZh()).isEqualTo(c);
      assertThat(china.findCity(c.divisionCode())).as(c.divisionCode()).isEqualTo(c);
    }
    assertThat(china.findCity("泰州").id()).isEqualTo("taizhou_js");
    assertThat(china.findCity("320100").id()).isEqualTo("nanjing");
    assertThat(china.findCity("Harbin").nameZh()).isEqualTo("哈尔滨");
    assertThat(china.city("Xi'an").city().id()).isEqualTo("xian");
  }

  @Test
  void should_list_the_candidates_of_the_five_shared_pinyin_names() {
    assertThatThrownBy(() -> china.city("Taizhou")).isInstanceOf(AmbiguousCityException.class)
        .hasMessage("City 'Taizhou' is ambiguous: 2 cities have this pinyin or English name:"
            + " 泰州 taizhou_js (Jiangsu, 321200), 台州 taizhou_zj (Zhejiang, 331000);"
            + " name one by its id or division code");
    for (List<String> pair : List.of(List.of("Suzhou", "suzhou", "suzhou_ah"),
        List.of("Fuzhou", "fuzhou", "fuzhou_jx"), List.of("Taizhou", "taizhou_js", "taizhou_zj"),
        List.of("Yichun", "yichun_hl", "yichun_jx"), List.of("Yulin", "yulin_gx", "yulin_sn"))) {
      assertThat(china.citiesMatching(pair.get(0))).extracting(City::id)
          .as(pair.get(0)).containsExactly(pair.get(1), pair.get(2));
    }
    // the ids of the 29 stay what they were: "suzhou" is 苏州
    assertThat(china.findCity("suzhou").nameZh()).isEqualTo("苏州");
  }

  @Test
  void should_name_the_nearest_of_an_unknown_city() {
    assertThatThrownBy(() -> china.city("泰洲")).isInstanceOf(UnknownCityException.class)
        .hasMessage("Unknown city '泰洲': no city has this id, division code, Chinese name, pinyin"
            + " or English name; nearest known: 泰安 taian, 泰州 taizhou_js, 株洲 zhuzhou");
    // (all three one character away; ties by id)
  }

  @Test
  void should_cite_an_openable_plan_for_four_clusters_and_the_others_in_the_readme() {
    assertThat(china.clusters()).hasSize(15);
    List<String> withPlan = china.clusters().stream().filter(c -> c.plan() != null)
        .map(Cluster::id).toList();
    assertThat(withPlan).containsExactly("GREATER_BAY_AREA", "LIAONING_CENTRAL_SOUTH",
        "YANGTZE_RIVER_DELTA", "YANGTZE_RIVER_DELTA_CENTRAL");
    for (Cluster c : china.clusters()) {
      china.plan(c).ifPresent(s -> assertThat(s.sourceType()).as(c.id())
          .isEqualTo(SourceType.GOVERNMENT_REPORT));
    }
    assertThat(china.plan(Cluster.GREATER_BAY_AREA).map(Source::citation).orElseThrow())
        .contains("粤港澳大湾区发展规划纲要", "2019-02-18", "[PRIMARY]");
    assertThat(china.year(2025).cluster(Cluster.GREATER_BAY_AREA).count()).isEqualTo(9);
  }
}
