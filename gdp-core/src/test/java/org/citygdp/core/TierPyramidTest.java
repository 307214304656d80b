package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * The tier pyramid: its year, its map of tiers to members, two members of one tier printed with
 * one separator, and the list of cities without GDP printed in full up to {@code MISSING_SHOWN + 2}
 * names and shortened past that.
 */
class TierPyramidTest {

  /** a and b in 5T, c in 1T; {@code missing} more cities without GDP in 2024. */
  private static Dataset dataset(int missing) {
    Dataset.Builder b = Dataset.builder().source(Fixture.OFF)
        .city(Fixture.city("a", "A", "甲", Region.EASTERN))
        .city(Fixture.city("b", "B", "乙", Region.EASTERN))
        .city(Fixture.city("c", "C", "丙", Region.EASTERN))
        .figure("a", 2024, Metric.GDP, Yuan.ofYi("52000"), Release.PRELIMINARY, "off")
        .figure("b", 2024, Metric.GDP, Yuan.ofYi("51000"), Release.PRELIMINARY, "off")
        .figure("c", 2024, Metric.GDP, Yuan.ofYi("12000"), Release.PRELIMINARY, "off");
    for (int i = 1; i <= missing; i++) {
      String id = String.format("m%02d", i);
      b.city(Fixture.city(id, "M" + i, "缺" + i, Region.WESTERN));
    }
    return b.build();
  }

  @Test
  void should_map_every_tier_to_its_members_highest_first() {
    TierPyramid p = dataset(0).year(2024).tiers();
    assertThat(p.year()).isEqualTo(2024);
    assertThat(p.asMap().keySet()).extracting(Tier::label)
        .containsExactly("5T", "4T", "3T", "2T", "1T");
    assertThat(p.asMap().values()).containsExactly(
        ImmutableList.copyOf(p.members("5T")), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.copyOf(p.members("1T")));
    assertThat(p.memberIds("5T")).containsExactly("a", "b");
    assertThat(p.asMap().get(p.scheme().tier("1T"))).extracting(City::id).containsExactly("c");
  }

  @Test
  void should_separate_members_of_one_tier_by_a_comma() {
    assertThat(dataset(0).year(2024).tiers().toString()).isEqualTo(
        "Tier pyramid 2024 (trillions, GDP at current prices)\n"
            + "tier  cities  members\n"
            + "----  ------  ----------\n"
            + "5T         2  A 甲, B 乙\n"
            + "4T         0\n"
            + "3T         0\n"
            + "2T         0\n"
            + "1T         1  C 丙\n");
  }

  @Test
  void should_name_up_to_ten_cities_without_gdp_in_full() {
    assertThat(dataset(10).year(2024).tiers().toString())
        .endsWith("GDP missing: M1, M2, M3, M4, M5, M6, M7, M8, M9, M10\n");
  }

  @Test
  void should_name_eight_and_count_the_rest_past_ten() {
    TierPyramid p = dataset(11).year(2024).tiers();
    assertThat(p.toString())
        .endsWith("GDP missing: M1, M2, M3, M4, M5, M6, M7, M8 and 3 more (missingGdp())\n");
    assertThat(p.missingGdp()).hasSize(11);
  }

  /**
   * A scheme with a gap between its tiers (CNY 500bn to 1tn, then 3tn up): a city in the gap
   * (2.5tn) is in no tier but the scan goes on past it; cities below the lowest tier (200bn) and
   * without GDP are told apart, the latter found from the end of the order.
   */
  @Test
  void should_place_cities_around_a_gap_and_below_the_lowest_tier() {
    Dataset.Builder b = Dataset.builder().source(Fixture.OFF);
    String[][] gdp = {{"p", "40000"}, {"q", "25000"}, {"r", "7000"}, {"s", "2000"}, {"t", null},
        {"u", "9999.99"}};
    for (String[] g : gdp) {
      b.city(Fixture.city(g[0], g[0].toUpperCase(java.util.Locale.ROOT), "城" + g[0],
          Region.EASTERN));
      if (g[1] != null) {
        b.figure(g[0], 2024, Metric.GDP, Yuan.ofYi(g[1]), Release.PRELIMINARY, "off");
      }
    }
    TierScheme gap = TierScheme.of("gap", java.util.List.of(
        new Tier("0.5-1T", Yuan.ofYi("5000"), Yuan.ofYi("10000")),
        new Tier("3T+", Yuan.ofYi("30000"), null)));
    TierPyramid p = b.build().year(2024).tiers(gap);
    assertThat(p.memberIds("3T+")).containsExactly("p");
    assertThat(p.memberIds("0.5-1T")).containsExactly("u", "r");
    assertThat(p.missingGdp()).extracting(City::id).containsExactly("t");
  }
}
