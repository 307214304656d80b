package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citygdp.core.Assumption;
import org.citygdp.core.Condition;
import org.citygdp.core.Contenders;
import org.citygdp.core.Dataset;
import org.citygdp.core.Metric;
import org.citygdp.core.NationalShare;
import org.citygdp.core.NationalShares;
import org.citygdp.core.Projection;
import org.citygdp.core.Rank;
import org.citygdp.core.SeriesBreak;
import org.citygdp.core.Threshold;
import org.citygdp.core.TierScheme;
import org.citygdp.core.YearView;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.Percent;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Ranks, shares, contenders, the outlook and the bands on the bundled data. The arithmetic is
 * tested on hand-built data in gdp-core; here the figures are checked against the bundled levels
 * they come from (in the comments, in 亿元).
 */
class WhoIsNextTest {
  private static final Dataset CHINA = ChinaCities.load();
  private static final YearView Y2025 = CHINA.year(2025);

  @Test
  void should_declare_the_2023_census_break_from_the_snapshot_and_from_json() {
    assertThat(CHINA.seriesBreaks()).containsExactly(SeriesBreak.CENSUS_2023);
    assertThat(ChinaCities.loader().load().seriesBreaks()).containsExactly(SeriesBreak.CENSUS_2023);
  }

  @Test
  void should_list_the_closest_cities_below_one_trillion_in_2025() {
    Contenders next = Y2025.contenders(Threshold.TRILLION_CLUB);
    assertThat(next.top(5).ids())
        .containsExactly("xuzhou", "shenyang", "xiamen", "shaoxing", "shijiazhuang");
    // Xuzhou 9957.22: 42.78 short, 42.78 / 9957.22 = 0.42963..% -> 0.4296%
    assertThat(next.rows().get(0).gap()).isEqualTo(Yuan.ofYi("42.78"));
    assertThat(next.rows().get(0).gapPercent()).contains(Percent.of("0.4296"));
    // only cities with a 2025 level are placed: 144 with a level, 28 members, 116 below
    assertThat(next.count()).isEqualTo(144 - 28);
    assertThat(next.withoutLevel()).hasSize(337 - 144);
  }

  @Test
  void should_project_only_from_levels_of_one_series() {
    List<Projection> outlook = Y2025.contenders(Threshold.TRILLION_CLUB).top(4)
        .outlook(Assumption.ownAverage(1));
    // Xuzhou and Shenyang have no 2024 level, and their 2023 levels are of the old basis
    assertThat(outlook.get(0).outcome()).isEqualTo(Projection.Outcome.CANNOT_COMPUTE);
    assertThat(outlook.get(1).outcome()).isEqualTo(Projection.Outcome.CANNOT_COMPUTE);
    // Xiamen 8589.01 -> 8980.37: 4.5565%; 8980.37 x 1.045565^3 = 10264.7 >= 10000 in 2028
    assertThat(outlook.get(2).rate()).contains(NominalGrowth.of("4.5565"));
    assertThat(outlook.get(2).crossingYear()).contains(2028);
    // Shaoxing 8369 -> 8932: 6.7272%; 8932 x 1.067272^2 = 10174.2 in 2027
    assertThat(outlook.get(3).crossingYear()).contains(2027);
    assertThat(outlook.get(3).sources()).hasSize(2);
    // two years back crosses the census revision for every one of them
    assertThat(Y2025.contenders(Threshold.TRILLION_CLUB).top(10)
        .outlook(Assumption.ownAverage(2))).extracting(Projection::outcome)
        .containsOnly(Projection.Outcome.CANNOT_COMPUTE);
    // Hefei's and Xi'an's revised 2021 levels are of the series of 2025: four years of one series
    for (String id : List.of("hefei", "xian")) {
      Projection four = CHINA.city(id).outlook(Threshold.TRILLION_CLUB, Assumption.ownAverage(4));
      assertThat(four.outcome()).as(id).isEqualTo(Projection.Outcome.ALREADY_AT_OR_ABOVE);
      assertThat(four.rate()).as(id).isPresent();
      assertThat(four.levels().keySet()).containsExactly(2021, 2025);
      assertThat(CHINA.city(id).outlook(Threshold.TRILLION_CLUB, Assumption.ownAverage(5))
          .outcome()).isEqualTo(Projection.Outcome.CANNOT_COMPUTE);
    }
    // a given rate needs only the 2025 level: Xuzhou 9957.22 x 1.05 = 10455.1 in 2026
    assertThat(CHINA.city("xuzhou").outlook(Threshold.TRILLION_CLUB,
        Assumption.nominalGrowth(NominalGrowth.of("5"))).crossingYear()).contains(2026);
  }

  @Test
  void should_rank_in_the_country_and_the_province() {
    assertThat(Y2025.rank("suzhou", Metric.GDP)).map(Rank::position).contains(6);
    assertThat(Y2025.provinceRank("suzhou", Metric.GDP)).map(Rank::position).contains(1);
    // Jiangsu 2023: Suzhou, Nanjing, Wuxi, Nantong, Changzhou (all above one trillion), Xuzhou 8900
    assertThat(CHINA.year(2023).provinceRank("xuzhou", Metric.GDP))
        .map(r -> r.position() + " of " + r.ranked()).contains("6 of 13");
    assertThat(Y2025.rank("wuhan", Metric.GDP)).isEmpty(); // no graded 2025 level
  }

  @Test
  void should_give_the_club_share_of_national_gdp_per_year() {
    NationalShares club = CHINA.shareOfNationalGdp(Threshold.TRILLION_CLUB);
    assertThat(club.years()).hasSize(7);
    // 2019: 17 members, 31316.23 bn of 98651.5 bn = 31.7443%
    assertThat(club.inYear(2019).flatMap(NationalShare::share)).contains(Percent.of("31.7443"));
    assertThat(club.inYear(2025).flatMap(NationalShare::national).map(f -> f.source().id()))
        .contains("nbs-2026-01-20-gdp-2025-preliminary");
    assertThat(club.years()).allSatisfy(s -> assertThat(s.share()).isPresent());
    assertThat(CHINA.shareOfNationalGdp(Condition.inProvince("Jiangsu")).inYear(2023)
        .map(NationalShare::isComplete)).contains(true);
  }

  @Test
  void should_count_every_city_with_a_level_in_the_bands() {
    assertThat(CHINA.year(2023).tiers(TierScheme.BANDS).counts().values())
        .containsExactly(26, 33, 109, 75, 53);
    assertThat(CHINA.year(2023).tiers(TierScheme.BANDS).total()).isEqualTo(296);
    assertThat(Y2025.tiers(TierScheme.BANDS).total()).isEqualTo(144);
    assertThat(Y2025.concentration(10).share()).contains(Percent.of("23.3205"));
  }
}
