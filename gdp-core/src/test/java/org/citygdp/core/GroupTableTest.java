package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Sector;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Groups' GDP-weighted growth on decimal-scaled columns and on GDP stored as plain longs, sums of
 * an amount other than GDP, and the table's list of missing cities (lacking GDP, or only growth).
 */
class GroupTableTest {

  @Test
  void should_weight_growth_by_gdp() {
    // Eastern: (52000 x 5.4 + 30000 x 5.0) / 82000 = 5.253658...% -> 5.2537
    GroupTable g = Fixture.dataset().year(2024).cities().groupBy(Grouping.REGION);
    GroupTable.Row east = g.row("Eastern").orElseThrow();
    assertThat(east.weightedGrowth().value()).contains(RealGrowth.of("5.2537"));
    assertThat(east.weightedGrowth().counted()).isEqualTo(2);
    assertThat(east.weightedGrowth().isComplete()).isTrue();
  }

  @Test
  void should_weight_growth_by_gdp_stored_as_plain_longs() {
    // 3000000001 yuan (odd, past an int) at 5%, 999999999 yuan at 10%:
    // (3000000001 x 5 + 999999999 x 10) / 4000000000 = 6.2499999987...% -> 6.25
    Dataset ds = Dataset.builder().source(Fixture.OFF)
        .city(Fixture.city("a", "A", "甲", Region.EASTERN))
        .city(Fixture.city("b", "B", "乙", Region.EASTERN))
        .figure("a", 2024, Metric.GDP, Yuan.ofYuan(3_000_000_001L), Release.PRELIMINARY, "off")
        .figure("b", 2024, Metric.GDP, Yuan.ofYuan(999_999_999L), Release.PRELIMINARY, "off")
        .figure("a", 2024, Metric.REAL_GROWTH, RealGrowth.of("5"), Release.PRELIMINARY, "off")
        .figure("b", 2024, Metric.REAL_GROWTH, RealGrowth.of("10"), Release.PRELIMINARY, "off")
        .build();
    GroupTable.Row east = ds.year(2024).cities().groupBy(Grouping.REGION).rows().get(0);
    assertThat(east.gdp().value()).contains(Yuan.ofYuan(4_000_000_000L));
    assertThat(east.weightedGrowth().value()).contains(RealGrowth.of("6.25"));
    assertThat(east.weightedGrowth().counted()).isEqualTo(2);
  }

  @Test
  void should_sum_an_amount_other_than_gdp_per_group() {
    Dataset ds = Dataset.builder().source(Fixture.OFF)
        .city(Fixture.city("a", "A", "甲", Region.EASTERN))
        .city(Fixture.city("b", "B", "乙", Region.CENTRAL))
        .figure("a", 2024, Metric.GDP, Yuan.ofYi("1000"), Release.PRELIMINARY, "off")
        .figure("b", 2024, Metric.GDP, Yuan.ofYi("2000"), Release.PRELIMINARY, "off")
        .figure("a", 2024, Metric.valueAdded(Sector.SECONDARY), Yuan.ofYi("400"),
            Release.PRELIMINARY, "off")
        .build();
    GroupTable g = ds.year(2024).cities().groupBy(Grouping.REGION);
    assertThat(g.sum(Metric.valueAdded(Sector.SECONDARY)).get("Eastern").value())
        .contains(Yuan.ofYi("400"));
    assertThat(g.sum(Metric.valueAdded(Sector.SECONDARY)).get("Central").value()).isEmpty();
    assertThat(g.sum(Metric.valueAdded(Sector.SECONDARY)).get("Central").missing())
        .containsExactly("b");
    assertThat(g.sum(Metric.GDP).keySet()).containsExactly("Eastern", "Central");
    assertThat(g.sum(Metric.GDP).get("Central").value()).contains(Yuan.ofYi("2000"));
  }

  @Test
  void should_list_cities_lacking_gdp_then_those_lacking_only_growth_once_each() {
    Dataset ds = Dataset.builder().source(Fixture.OFF)
        .city(Fixture.city("a", "A", "甲", Region.EASTERN))
        .city(Fixture.city("b", "B", "乙", Region.EASTERN))
        .city(Fixture.city("c", "C", "丙", Region.EASTERN))
        .figure("a", 2024, Metric.GDP, Yuan.ofYi("1000"), Release.PRELIMINARY, "off")
        .figure("a", 2024, Metric.REAL_GROWTH, RealGrowth.of("5"), Release.PRELIMINARY, "off")
        .figure("b", 2024, Metric.GDP, Yuan.ofYi("1000"), Release.PRELIMINARY, "off")
        .figure("c", 2024, Metric.REAL_GROWTH, RealGrowth.of("6"), Release.PRELIMINARY, "off")
        .build();
    Table t = ds.year(2024).cities().groupBy(Grouping.REGION).table();
    // c lacks GDP (and so counts as missing for growth too); b lacks only growth
    assertThat(t.rows()).containsExactly(
        ImmutableList.of("Eastern", "3", "2000", "5", "—", "c, b"));
  }

  /**
   * Three cities in seven clusters each, overlapping (21 memberships: more than the index's first
   * array holds): every cluster lists exactly its members, in city order, clusters by id.
   */
  @Test
  void should_index_cities_that_belong_to_many_clusters() {
    org.citygdp.core.domain.Cluster[] all = new org.citygdp.core.domain.Cluster[9];
    for (int k = 0; k < all.length; k++) {
      all[k] = org.citygdp.core.domain.Cluster.of("K" + k, "K" + k, "群" + k);
    }
    Dataset.Builder b = Dataset.builder().source(Fixture.OFF);
    String[] ids = {"a", "b", "c"};
    for (int c = 0; c < ids.length; c++) {
      // city c is in clusters c .. c + 6
      org.citygdp.core.domain.Cluster[] in = java.util.Arrays.copyOfRange(all, c, c + 7);
      b.city(Fixture.city(ids[c], ids[c].toUpperCase(java.util.Locale.ROOT), "城" + c,
          Region.EASTERN, in));
      b.figure(ids[c], 2024, Metric.GDP, Yuan.ofYi(String.valueOf(100 * (c + 1))),
          Release.PRELIMINARY, "off");
    }
    GroupTable t = b.build().year(2024).cities().groupBy(Grouping.CLUSTER);
    assertThat(t.rows()).extracting(GroupTable.Row::label)
        .containsExactly("K0", "K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8");
    assertThat(t.rows()).extracting(r -> r.members().ids())
        .containsExactly(ImmutableList.of("a"), ImmutableList.of("a", "b"),
            ImmutableList.of("a", "b", "c"), ImmutableList.of("a", "b", "c"),
            ImmutableList.of("a", "b", "c"), ImmutableList.of("a", "b", "c"),
            ImmutableList.of("a", "b", "c"), ImmutableList.of("b", "c"), ImmutableList.of("c"));
    assertThat(t.rows().get(2).gdp().value()).contains(Yuan.ofYi("600"));
  }
}
