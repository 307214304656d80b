package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.internal.TextTable;
import org.citygdp.units.Percent;
import org.citygdp.units.Population;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/** Year views, filters, ordering and tiers on the hand-built {@link Fixture}. */
class YearQueriesTest {
  private final Dataset ds = Fixture.dataset();
  private final YearView y2024 = ds.year(2024);

  @Test
  void should_list_the_covered_years_and_fail_on_others() {
    assertThat(ds.years()).containsExactly(2023, 2024);
    assertThatThrownBy(() -> ds.year(2025))
        .isInstanceOf(YearNotCoveredException.class)
        .hasMessage("No data for year 2025; covered years: [2023, 2024]");
  }

  @Test
  void should_find_cities_by_id_and_suggest_the_nearest_for_typos() {
    assertThat(ds.city("gamma").city().nameZh()).isEqualTo("丙城");
    assertThatThrownBy(() -> ds.city("alpah"))
        .isInstanceOf(UnknownCityException.class)
        .hasMessageStartingWith("Unknown city id 'alpah'; nearest known ids: alpha")
        .satisfies(e -> assertThat(((UnknownCityException) e).nearest()).first().isEqualTo("alpha"));
  }

  @Test
  void should_classify_tiers_with_empty_tiers_shown_and_missing_gdp_apart() {
    TierPyramid p = y2024.tiers();
    // alpha 52000 -> 5T, beta 30000 -> 3T, gamma 15000 -> 1T, delta 9999.99 below, epsilon missing
    assertThat(p.counts()).containsExactly(
        entry("5T", 1), entry("4T", 0), entry("3T", 1), entry("2T", 0), entry("1T", 1));
    assertThat(p.memberIds("5T")).containsExactly("alpha");
    assertThat(p.memberIds("1T")).containsExactly("gamma");
    assertThat(p.total()).isEqualTo(3);
    assertThat(p.missingGdp()).extracting(City::id).containsExactly("epsilon");
    assertThat(y2024.tierOf("delta")).isEmpty();
    assertThat(y2024.tierOf("beta")).map(Tier::label).contains("3T");
    assertThat(p.toString()).contains("5T", "Alpha 甲城", "GDP missing: Epsilon");
  }

  /**
   * Found by fuzzing (issue #10): a GDP of Long.MAX_VALUE yuan, which the builder accepts (a sum
   * over cities still fits), was in the club but in no tier of the pyramid.
   */
  @Test
  void should_put_the_largest_gdp_a_dataset_holds_in_the_top_tier() {
    Dataset big = Dataset.builder().source(Fixture.OFF)
        .city(Fixture.city("alpha", "Alpha", "甲城", Region.EASTERN))
        .figure("alpha", 2024, Metric.GDP, Yuan.ofYuan(Long.MAX_VALUE), Release.PRELIMINARY,
            "off")
        .build();
    YearView y = big.year(2024);
    assertThat(y.members(Threshold.TRILLION_CLUB).ids()).containsExactly("alpha");
    assertThat(y.tiers().memberIds("5T")).containsExactly("alpha");
    assertThat(y.tiers().total()).isEqualTo(1);
    assertThat(y.tierOf("alpha")).map(Tier::label).contains("5T");
  }

  @Test
  void should_classify_with_a_configurable_scheme() {
    TierScheme halves = TierScheme.of("halves", Yuan.ofBillions(500), Yuan.ofTrillions(1),
        Yuan.ofTrillions(5));
    TierPyramid p = y2024.tiers(halves);
    // delta 999.999bn is in [500bn, 1tn); beta and gamma in [1tn, 5tn); alpha 5.2tn above 5tn
    assertThat(p.counts().values()).containsExactly(1, 2, 1);
    assertThat(p.members(">= CNY 500bn")).extracting(City::id).containsExactly("delta");
  }

  @Test
  void should_list_club_members_largest_first() {
    assertThat(y2024.members(Threshold.TRILLION_CLUB).ids())
        .containsExactly("alpha", "beta", "gamma");
    assertThat(ds.year(2023).members(Threshold.TRILLION_CLUB).ids())
        .containsExactly("alpha", "beta");
  }

  @Test
  void should_filter_against_the_national_benchmark() {
    RealGrowth national = y2024.nationalGrowth();
    assertThat(national).isEqualTo(RealGrowth.of("5.0"));
    // above 5.0: alpha 5.4, gamma 6.1, epsilon 7.0; beta's 5.0 is not above
    assertThat(y2024.cities().where(Metric.REAL_GROWTH.above(national)).ids())
        .containsExactly("alpha", "epsilon", "gamma");
    assertThat(y2024.members(Threshold.TRILLION_CLUB)
        .where(Metric.REAL_GROWTH.above(national)).count()).isEqualTo(2);
    assertThat(y2024.cities().where(Metric.REAL_GROWTH.atLeast(national)).count()).isEqualTo(4);
  }

  @Test
  void should_combine_conditions_with_and_or_and_negate() {
    Condition big = Metric.GDP.above(Yuan.ofYi("20000"));
    // alpha 52000 and beta 30000 are big; epsilon grew 7.0
    assertThat(y2024.cities().where(big.or(Metric.REAL_GROWTH.above(RealGrowth.of("6.5")))).ids())
        .containsExactly("alpha", "beta", "epsilon");
    // negate keeps cities whose GDP is missing (epsilon); atMost does not
    assertThat(y2024.cities().where(big.negate()).ids()).containsExactly("delta", "epsilon", "gamma");
    assertThat(y2024.cities().where(Metric.GDP.atMost(Yuan.ofYi("20000"))).ids())
        .containsExactly("delta", "gamma");
    assertThat(y2024.cities().where(Metric.GDP.atLeast(Yuan.ONE_TRILLION)
        .and(Metric.REAL_GROWTH.above(RealGrowth.of("5.5")))).ids()).containsExactly("gamma");
    assertThat(y2024.cities().where(Condition.always()).count()).isEqualTo(5);
    assertThat(y2024.cities().where(Condition.inRegion(Region.EASTERN).negate()
        .and(Condition.idIn("gamma", "alpha"))).ids()).containsExactly("gamma");
  }

  @Test
  void should_round_weighted_growth_half_even_including_negative_rates() {
    Dataset ds = Dataset.builder().source(Fixture.OFF)
        .city(Fixture.city("a", "A", "甲", Region.EASTERN))
        .city(Fixture.city("b", "B", "乙", Region.EASTERN))
        .city(Fixture.city("c", "C", "丙", Region.CENTRAL))
        .city(Fixture.city("d", "D", "丁", Region.CENTRAL))
        // Eastern: (-1.5 * 100 + -2.0 * 300) / 400 = -1.875 exactly
        .figure("a", 2024, Metric.GDP, Yuan.ofYi("100"), Release.PRELIMINARY, "off")
        .figure("a", 2024, Metric.REAL_GROWTH, RealGrowth.of("-1.5"), Release.PRELIMINARY, "off")
        .figure("b", 2024, Metric.GDP, Yuan.ofYi("300"), Release.PRELIMINARY, "off")
        .figure("b", 2024, Metric.REAL_GROWTH, RealGrowth.of("-2.0"), Release.PRELIMINARY, "off")
        // Central: (0.0003 * 1 + 0 * 1) / 2 = 0.00015 -> half-even at 4 decimals -> 0.0002
        .figure("c", 2024, Metric.GDP, Yuan.ofYuan(1), Release.PRELIMINARY, "off")
        .figure("c", 2024, Metric.REAL_GROWTH, RealGrowth.of("0.0003"), Release.PRELIMINARY, "off")
        .figure("d", 2024, Metric.GDP, Yuan.ofYuan(1), Release.PRELIMINARY, "off")
        .figure("d", 2024, Metric.REAL_GROWTH, RealGrowth.of("0"), Release.PRELIMINARY, "off")
        .build();
    GroupTable t = ds.year(2024).cities().groupBy(Grouping.REGION);
    assertThat(t.row("Eastern").orElseThrow().weightedGrowth().value())
        .contains(RealGrowth.of("-1.875"));
    assertThat(t.row("Central").orElseThrow().weightedGrowth().value())
        .contains(RealGrowth.of("0.0002"));
    // no national GDP in this dataset: the share is missing, not zero
    assertThat(t.row("Central").orElseThrow().shareOfNationalGdp().value()).isEmpty();
  }

  @Test
  void should_compare_a_sector_with_the_citys_own_growth() {
    // alpha's tertiary 6.0 > its GDP 5.4; beta's 4.8 < 5.0; others have no sector figure
    assertThat(y2024.cities().where(Metric.realGrowth(Sector.TERTIARY).above(Metric.REAL_GROWTH))
        .ids()).containsExactly("alpha");
    assertThat(y2024.cities().where(Metric.realGrowth(Sector.TERTIARY).below(Metric.REAL_GROWTH))
        .ids()).containsExactly("beta");
  }

  @Test
  void should_never_treat_missing_as_zero() {
    // epsilon has no 2024 GDP: it is neither above nor below anything
    assertThat(y2024.cities().where(Metric.GDP.below(Yuan.ofYi("1"))).ids()).isEmpty();
    assertThat(y2024.cities().where(Metric.GDP.isMissing()).ids()).containsExactly("epsilon");
    assertThat(y2024.stats("epsilon").gdp()).isEmpty();
  }

  @Test
  void should_order_with_missing_last_and_ties_by_id() {
    assertThat(y2024.cities().orderBy(Metric.GDP).ids())
        .containsExactly("delta", "gamma", "beta", "alpha", "epsilon");
    assertThat(y2024.cities().orderByDescending(Metric.REAL_GROWTH).ids())
        .containsExactly("epsilon", "gamma", "alpha", "beta", "delta");
    assertThat(ds.year(2023).cities().orderByDescending(Metric.REAL_GROWTH).ids())
        .containsExactly("gamma", "beta", "alpha", "delta", "epsilon");
    assertThat(y2024.cities().orderByDescending(Metric.REAL_GROWTH).top(2).names())
        .containsExactly("Epsilon", "Gamma");
  }

  @Test
  void should_pick_the_official_figure_and_keep_the_conflict() {
    YearlyStats beta = y2024.stats("beta");
    assertThat(beta.gdp()).contains(Yuan.ofYi("30000"));
    assertThat(beta.sourceOf(Metric.GDP)).contains(Fixture.OFF);
    assertThat(ds.conflicts()).hasSize(1);
    Conflict c = ds.conflicts().get(0);
    assertThat(c.city().id()).isEqualTo("beta");
    assertThat(c.figures()).extracting(f -> f.source().id()).containsExactly("off", "sec");
    assertThat(beta.conflicts()).containsExactly(c);
  }

  @Test
  void should_derive_gdp_per_capita_and_sector_shares() {
    // 52000 亿元 / 20,000,000 persons = 260,000 yuan
    assertThat(y2024.stats("alpha").gdpPerCapita()).contains(Yuan.ofYuan(260_000));
    assertThat(y2024.stats("alpha").population()).contains(Population.ofPersons(20_000_000));
    assertThat(y2024.stats("alpha").sourceOf(Metric.GDP_PER_CAPITA)).isEmpty();
    assertThat(y2024.cities().where(Metric.GDP_PER_CAPITA.above(Yuan.ofYuan(270_000))).ids())
        .containsExactly("beta");
    assertThat(y2024.stats("alpha").sector(Sector.TERTIARY).flatMap(SectorGrowth::realGrowth))
        .contains(RealGrowth.of("6.0"));
    assertThat(y2024.stats("gamma").sector(Sector.TERTIARY)).isEmpty();
  }

  @Test
  void should_sum_weight_and_share_by_region_naming_the_missing() {
    GroupTable byRegion = y2024.cities().groupBy(Grouping.REGION);
    assertThat(byRegion.counts()).containsExactly(entry("Eastern", 2), entry("Central", 1),
        entry("Western", 1), entry("Northeast", 1));
    GroupTable.Row east = byRegion.row("Eastern").orElseThrow();
    assertThat(east.gdp().completeValue()).contains(Yuan.ofYi("82000"));
    // (5.4 * 52000 + 5.0 * 30000) / 82000 = 5.2536585... -> 5.2537
    assertThat(east.weightedGrowth().value()).contains(RealGrowth.of("5.2537"));
    // 82000 / 1000000 = 8.2%
    assertThat(east.shareOfNationalGdp().value()).contains(Percent.of("8.2"));
    GroupTable.Row northeast = byRegion.row("Northeast").orElseThrow();
    assertThat(northeast.gdp().value()).isEmpty();
    assertThat(northeast.gdp().missing()).containsExactly("epsilon");
    assertThat(byRegion.toString()).contains("Eastern", "8200", "5.2537", "8.2", "epsilon");
  }

  @Test
  void should_aggregate_a_cluster_and_say_when_incomplete() {
    CitySelection delta = y2024.cluster(Fixture.DELTA);
    assertThat(delta.ids()).containsExactly("alpha", "beta");
    assertThat(delta.shareOfNationalGdp().completeValue()).contains(Percent.of("8.2"));
    Aggregate<Yuan> all = y2024.cities().sum(Metric.GDP);
    assertThat(all.isComplete()).isFalse();
    assertThat(all.completeValue()).isEmpty();
    // 52000 + 30000 + 15000 + 9999.99 = 107000 - 0.01 = 106999.99
    assertThat(all.value()).contains(Yuan.ofYi("106999.99"));
    assertThat(all.toString()).isEqualTo("CNY 10699.999bn (1 of 5 missing: epsilon)");
    assertThat(y2024.cities().groupBy(Grouping.CLUSTER).counts()).containsExactly(entry("DELTA", 2));
  }

  @Test
  void should_group_by_tier_highest_first() {
    assertThat(y2024.cities().groupBy(Grouping.tier(TierScheme.TRILLIONS)).counts())
        .containsExactly(entry("5T", 1), entry("3T", 1), entry("1T", 1));
  }

  @Test
  void should_print_aligned_tables_with_units_in_headers() {
    Table t = y2024.members(Threshold.TRILLION_CLUB).table();
    assertThat(t.caption()).isEqualTo("3 cities in 2024");
    assertThat(t.headers()).containsExactly("#", "id", "city", "城市", "GDP (亿元)",
        "real growth (%)");
    assertThat(t.rows().get(0).subList(1, 6)).containsExactly("alpha", "Alpha", "甲城", "52000",
        "5.4");
    String table = t.toString();
    String[] lines = table.split("\n");
    assertThat(lines[0]).isEqualTo("3 cities in 2024");
    // every data line puts the GDP column at the same display column
    int width = TextTable.width(lines[1]);
    for (int i = 1; i < lines.length; i++) {
      assertThat(TextTable.width(lines[i])).isLessThanOrEqualTo(width);
    }
    assertThat(TextTable.width(lines[3].substring(0, lines[3].indexOf("52000"))))
        .isEqualTo(TextTable.width(lines[4].substring(0, lines[4].indexOf("30000"))));
  }

  @Test
  void should_fail_clearly_without_a_national_benchmark() {
    YearView y2023 = ds.year(2023);
    assertThat(y2023.nationalGrowth()).isEqualTo(RealGrowth.of("5.2"));
    assertThatThrownBy(y2023::nationalGdp)
        .isInstanceOf(MissingFigureException.class)
        .hasMessageContaining("No national GDP for 2023");
  }

  private static <K, V> java.util.Map.Entry<K, V> entry(K k, V v) {
    return java.util.Map.entry(k, v);
  }
}
