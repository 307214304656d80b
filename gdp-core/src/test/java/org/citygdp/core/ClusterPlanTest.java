package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.junit.jupiter.api.Test;

/** Pinyin names, the new administrative ranks, and a cluster's plan as a source (issue 12). */
class ClusterPlanTest {
  static final Source PLAN = Source.builder("plan-2019").publisher("State Council")
      .title("Delta Outline").url("https://example.org/plan-2019")
      .publishedOn(LocalDate.of(2019, 12, 1)).grade(SourceGrade.PRIMARY)
      .sourceType(SourceType.GOVERNMENT_REPORT).build();
  static final Cluster DELTA = Cluster.of("DELTA", "Delta", "三角洲").withPlan("plan-2019");

  private static City city(String id, String pinyin, AdminRank rank, Cluster... clusters) {
    return City.builder(id).names(id.toUpperCase(java.util.Locale.ROOT), "城").pinyin(pinyin)
        .province("P").region(Region.EASTERN).rank(rank).divisionCode("100000")
        .clusters(clusters).build();
  }

  @Test
  void should_keep_the_pinyin_given_and_default_it_to_the_english_name() {
    assertThat(city("taizhou_js", "Taizhou", AdminRank.PREFECTURE).pinyin()).isEqualTo("Taizhou");
    City noPinyin = City.builder("x").names("Xi'an", "西安").province("Shaanxi")
        .region(Region.WESTERN).divisionCode("610100").build();
    assertThat(noPinyin.pinyin()).isEqualTo("Xi'an");
    assertThatThrownBy(() -> city("x", " ", AdminRank.PREFECTURE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("city pinyin ' ' must not be blank");
  }

  @Test
  void should_know_the_prefecture_level_units_that_are_not_cities() {
    assertThat(AdminRank.values()).containsExactly(AdminRank.MUNICIPALITY,
        AdminRank.SUB_PROVINCIAL, AdminRank.PREFECTURE, AdminRank.AUTONOMOUS_PREFECTURE,
        AdminRank.PREFECTURE_AREA, AdminRank.LEAGUE);
    assertThat(city("yanbian", "Yanbian", AdminRank.AUTONOMOUS_PREFECTURE).rank())
        .isEqualTo(AdminRank.AUTONOMOUS_PREFECTURE);
  }

  @Test
  void should_give_the_plan_of_a_cluster_as_its_source() {
    Dataset ds = Dataset.builder().source(PLAN)
        .city(city("a", "A", AdminRank.PREFECTURE, DELTA))
        .city(city("b", "B", AdminRank.LEAGUE, DELTA))
        .city(city("c", "C", AdminRank.PREFECTURE, Cluster.GREATER_BAY_AREA))
        .build();
    // equal by id: a constant or a cluster without the plan finds the dataset's definition
    assertThat(ds.plan(Cluster.of("DELTA", "other name", "别名"))).contains(PLAN);
    assertThat(ds.plan(Cluster.GREATER_BAY_AREA)).isEmpty();
    assertThat(ds.plan(Cluster.MIDDLE_YANGTZE)).isEmpty();
    assertThat(ds.clusters()).extracting(Cluster::id).containsExactly("DELTA", "GREATER_BAY_AREA");
    assertThat(ds.clusters().get(0).planId()).contains("plan-2019");
    assertThat(DELTA.isSameDefinition(Cluster.of("DELTA", "Delta", "三角洲"))).isFalse();
    assertThat(DELTA).isEqualTo(Cluster.of("DELTA", "Delta", "三角洲"));
  }

  @Test
  void should_reject_a_plan_that_names_no_source_of_the_dataset() {
    Dataset.Builder b = Dataset.builder().source(PLAN)
        .city(city("a", "A", AdminRank.PREFECTURE, Cluster.of("K", "K", "K").withPlan("nope")));
    assertThatThrownBy(b::build).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Invalid cluster plan 'nope'")
        .hasMessageContaining("must name a source defined in the dataset");
    assertThatThrownBy(() -> Cluster.of("K", "K", "K").withPlan(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cluster plan ' ' must not be blank");
  }

  @Test
  void should_reject_two_definitions_of_one_cluster() {
    Dataset.Builder b = Dataset.builder().source(PLAN)
        .city(city("a", "A", AdminRank.PREFECTURE, DELTA))
        .city(city("b", "B", AdminRank.PREFECTURE, Cluster.of("DELTA", "Delta", "三角洲")));
    assertThatThrownBy(b::build).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Invalid cluster 'DELTA'")
        .hasMessageContaining("must have one definition");
  }
}
