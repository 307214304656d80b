package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.citygdp.core.CitySelection;
import org.citygdp.core.Comparison;
import org.citygdp.core.Dataset;
import org.citygdp.core.Figure;
import org.citygdp.core.GrowthChanges;
import org.citygdp.core.Metric;
import org.citygdp.core.Threshold;
import org.citygdp.core.TierPyramid;
import org.citygdp.core.YearView;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Sector;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Every quantitative statement of the seed article ("Northeast Welcomes Its First Trillion-Yuan
 * GDP City", Deep News, 2026-02-06), computed with the public API from the bundled data.
 *
 * <p>Each test quotes the claim. The article's numbers appear only as {@code CLAIM_…} constants
 * and are compared with what the data computes; where the sourced data disagrees, the test asserts
 * what the data says and the comment (and gdp-data/README.md) explains why.
 */
class ArticleTest {
  private static final Dataset CHINA = ChinaCities.load();
  private static final YearView Y2025 = CHINA.year(2025);
  private static final YearView Y2024 = CHINA.year(2024);
  private static final CitySelection CLUB = Y2025.members(Threshold.TRILLION_CLUB);
  private static final Comparison VS_2024 = CHINA.compare(2025, 2024);
  /**
   * The article's cities: every city with a level of at least one trillion in any year. The
   * bundled data holds the whole country since issue 12; the article's statements are about the
   * club, so "cities" below means these 29, and a city without a level is one of them.
   */
  private static final String[] MEMBERS = ClubReport.everMembers(CHINA).toArray(new String[0]);

  /** The article's cities in one year, in id order. */
  private static CitySelection tracked(YearView y) {
    return y.cities().where(org.citygdp.core.Condition.idIn(MEMBERS));
  }

  // The article's numbers, typed in once, never used as answers to themselves.
  private static final int CLAIM_CLUB_2025 = 29;
  private static final int CLAIM_CLUB_2021 = 24;
  private static final int CLAIM_ABOVE_NATIONAL = 22;
  private static final String CLAIM_NATIONAL_GROWTH = "5";
  private static final int CLAIM_KEPT_OR_RAISED = 14;
  private static final String CLAIM_XIAN_PP = "3.4";
  private static final String CLAIM_GUANGZHOU_PP = "1.9";
  private static final String CLAIM_BEIJING_GDP_BN = "5207.34";
  private static final String CLAIM_WENZHOU_GDP_BN = "1021.39";
  private static final String CLAIM_DALIAN_GDP_BN = "1000.21";
  private static final String CLAIM_SHANGHAI_TERTIARY_LEAD_PP = "0.6";
  private static final String CLAIM_DALIAN_INDUSTRY_ACCELERATION_PP = "4.1";

  /** The cities no stored source gives a 2025 level for (see gdp-data/README.md). */
  private static List<String> withoutLevel2025() {
    return tracked(Y2025).where(Metric.GDP.isMissing()).ids();
  }

  @Test
  void the_articles_cities_are_the_29_that_ever_reached_a_trillion() {
    assertThat(MEMBERS).hasSize(CLAIM_CLUB_2025);
    assertThat(CHINA.cities()).hasSizeGreaterThan(300);
  }

  @Test
  void club_size_2025_is_29_and_new_members_are_wenzhou_and_dalian() {
    // "the total number reaching 29 nationwide. Notably, Wenzhou and Dalian have joined ..."
    // The data has a 2025 level >= 1 trillion for the members below; cities whose 2025 level no
    // stored source gives are counted apart (the article, and People's Daily, list them as members).
    assertThat(CLUB.count() + withoutLevel2025().size()).isEqualTo(CLAIM_CLUB_2025);
    assertThat(VS_2024.newcomers(Threshold.TRILLION_CLUB).ids())
        .containsExactlyInAnyOrder("wenzhou", "dalian");
    assertThat(VS_2024.leavers(Threshold.TRILLION_CLUB).ids()).isEmpty();
  }

  @Test
  void club_grew_from_24_in_2021() {
    // "grown steadily from 24 in 2021 to 29 in 2025"
    CitySelection club2021 = CHINA.year(2021).members(Threshold.TRILLION_CLUB);
    List<String> gaps2021 = tracked(CHINA.year(2021)).where(Metric.GDP.isMissing()).ids();
    // a city without a 2021 level in any stored source is counted apart, as for 2025
    assertThat(club2021.count() + gaps2021.size()).isEqualTo(CLAIM_CLUB_2021);
    // "steadily": no year has fewer members than the year before, counting the cities whose level
    // is in no graded source as possible members (2024: five such cities, all members in 2023)
    int previous = 0;
    for (int y = 2021; y <= 2025; y++) {
      int members = CHINA.year(y).members(Threshold.TRILLION_CLUB).count();
      int unknown = tracked(CHINA.year(y)).where(Metric.GDP.isMissing()).count();
      assertThat(members + unknown).as("%s", y).isGreaterThanOrEqualTo(previous);
      previous = members;
    }
  }

  @Test
  void beijing_joins_shanghai_in_the_5_trillion_tier() {
    // "Shanghai and Beijing have both advanced into the 5-trillion-yuan GDP tier";
    // "Beijing's GDP surpassed 5 trillion yuan for the first time in 2025, reaching 5,207.34
    // billion yuan with a 5.4% year-on-year growth, joining Shanghai in the top tier."
    TierPyramid p = Y2025.tiers();
    assertThat(p.memberIds("5T")).containsExactlyInAnyOrder("shanghai", "beijing");
    assertThat(CHINA.city("beijing").milestones()).filteredOn(m -> m.label().equals("5T"))
        .singleElement().satisfies(m -> {
          assertThat(m.year()).isEqualTo(2025);
          assertThat(m.crossedThatYear()).isTrue();
        });
    // Shanghai was already there: its 5T year is earlier
    assertThat(CHINA.city("shanghai").firstYearAtLeast(Yuan.ofTrillions(5)).orElseThrow().year())
        .isLessThan(2025);
    assertThat(Y2025.stats("beijing").gdp()).contains(Yuan.ofBillions(CLAIM_BEIJING_GDP_BN));
    assertThat(Y2025.stats("beijing").realGrowth())
        .contains(Y2025.stats("shanghai").realGrowth().orElseThrow());
  }

  @Test
  void the_pyramid_is_2_0_3_4_20() {
    // "Two cities are in the 5-trillion-yuan range, followed by three in the 3-trillion-yuan tier,
    // four in the 2-trillion-yuan tier, and twenty in the 1-trillion-yuan tier."
    TierPyramid p = Y2025.tiers();
    assertThat(p.count("5T")).isEqualTo(2);
    assertThat(p.count("4T")).isZero();
    assertThat(p.count("3T")).isEqualTo(3);
    // Data: no graded source gives Wuhan's 2025 level; Wuhan (2T in 2024) would make the 2T tier
    // four. Tianjin's and Yantai's levels come from their communiques (crei.cn reprints).
    assertThat(p.count("2T")).isEqualTo(3);
    assertThat(CHINA.year(2024).tiers().memberIds("2T")).contains("wuhan");
    assertThat(p.count("1T")).isEqualTo(20);
    assertThat(p.memberIds("1T")).contains("tianjin", "yantai");
    // of the article's cities (the pyramid also counts the country's other cities without one)
    List<String> missing = p.missingGdp().stream().map(c -> c.id())
        .filter(List.of(MEMBERS)::contains).toList();
    assertThat(missing).containsExactly("wuhan");
    assertThat(p.total() + missing.size()).isEqualTo(CLAIM_CLUB_2025);
  }

  @Test
  void the_middle_tiers_keep_their_members_and_order_from_2024() {
    // "Shenzhen, Chongqing, and Guangzhou in the 3-trillion-yuan bracket, and Suzhou, Chengdu,
    // Hangzhou, and Wuhan in the 2-trillion-yuan group, maintaining their 2024 rankings."
    assertThat(Y2025.tiers().memberIds("3T")).containsExactly("shenzhen", "chongqing", "guangzhou");
    assertThat(Y2025.tiers().memberIds("3T")).isEqualTo(Y2024.tiers().memberIds("3T"));
    // Data: Wuhan's 2025 level is in no graded source; the other three keep their 2024 order.
    assertThat(Y2024.tiers().memberIds("2T")).containsExactly("suzhou", "chengdu", "hangzhou", "wuhan");
    assertThat(Y2025.tiers().memberIds("2T")).containsExactly("suzhou", "chengdu", "hangzhou");
    assertThat(Y2025.stats("wuhan").gdp()).isEmpty();
  }

  @Test
  void members_above_the_national_average() {
    // "22 achieved GDP growth rates surpassing 5% in 2025, exceeding the national average."
    RealGrowth national = Y2025.nationalGrowth();
    assertThat(national).isEqualTo(RealGrowth.of(CLAIM_NATIONAL_GROWTH));
    int faster = CLUB.where(Metric.REAL_GROWTH.above(national)).count();
    // Data: 21 members with a level grew faster than 5% (Yantai's 6.1% among them, Tianjin's 4.8%
    // not); Wuhan, the one without a 2025 level, has no growth in any graded source either: 21 or
    // 22, against the article's 22.
    assertThat(faster).isEqualTo(21);
    assertThat(CLUB.where(Metric.REAL_GROWTH.above(national)).ids()).contains("yantai")
        .doesNotContain("tianjin");
    assertThat(tracked(Y2025).where(Metric.REAL_GROWTH.isMissing()).ids()).containsExactly("wuhan");
    assertThat(faster + 1).isEqualTo(CLAIM_ABOVE_NATIONAL);
    assertThat(CLUB.where(Metric.REAL_GROWTH.atMost(national)).count() + faster)
        .isEqualTo(CLUB.count());
  }

  @Test
  void hefei_yantai_and_wenzhou_grew_over_6_percent() {
    // "Tangshan, Hefei, Yantai, and Wenzhou led with growth rates over 6%."
    assertThat(tracked(Y2025).where(Metric.REAL_GROWTH.above(RealGrowth.of("6"))).ids())
        .containsExactlyInAnyOrder("tangshan", "hefei", "yantai", "wenzhou");
    assertThat(Y2025.stats("tangshan").realGrowth()).contains(RealGrowth.of("6.2"));
  }

  @Test
  void how_many_kept_or_raised_their_growth() {
    // "14 cities maintained or slightly increased their growth rates compared to 2024"
    GrowthChanges changes = VS_2024.growthChanges(tracked(Y2025));
    int known = changes.keptOrRaised().size();
    int unknown = changes.unknown().size();
    // Data: the count among cities with both years' growth, plus the cities where either year is
    // missing, brackets the claim.
    assertThat(known).isLessThanOrEqualTo(CLAIM_KEPT_OR_RAISED);
    assertThat(known + unknown).isGreaterThanOrEqualTo(CLAIM_KEPT_OR_RAISED);
  }

  @Test
  void guangzhou_gained_1_9_points_but_xian_did_not_gain_3_4() {
    // "Xi'an and Guangzhou seeing improvements of 3.4 and 1.9 percentage points, respectively."
    assertThat(VS_2024.growthChange("guangzhou")).contains(PercentagePoints.of(CLAIM_GUANGZHOU_PP));
    // Xi'an: 4.7% in 2025 against 4.6% (first release) or 4.5% (revised, in the 2025 communiqué)
    // for 2024. No release of Xi'an's 2024 growth supports +3.4 pp (that would need 1.3%).
    RealGrowth xian2025 = Y2025.stats("xian").realGrowth().orElseThrow();
    List<PercentagePoints> possible = Y2024.stats("xian").figures(Metric.REAL_GROWTH).stream()
        .map(f -> xian2025.minus(f.value())).distinct().toList();
    assertThat(possible).isNotEmpty()
        .doesNotContain(PercentagePoints.of(CLAIM_XIAN_PP))
        .contains(PercentagePoints.of("0.2"), PercentagePoints.of("0.1"));
    assertThat(VS_2024.growthChange("xian")).contains(PercentagePoints.of("0.2"));
  }

  @Test
  void shanghai_and_beijing_services_outgrew_their_economies() {
    // "In Shanghai and Beijing, the tertiary sector was a key growth driver, with value-added
    // growth rates of 6.0% and 5.8% respectively, outpacing their overall GDP growth."
    assertThat(CLUB.where(Metric.realGrowth(Sector.TERTIARY).above(Metric.REAL_GROWTH)).ids())
        .contains("shanghai", "beijing");
    assertThat(tertiary("shanghai")).isEqualTo(RealGrowth.of("6.0"));
    assertThat(tertiary("beijing")).isEqualTo(RealGrowth.of("5.8"));
    // "Shanghai ... its tertiary sector expanding 6.0%, 0.6 percentage points faster than its
    // overall GDP."
    assertThat(tertiary("shanghai").minus(Y2025.stats("shanghai").realGrowth().orElseThrow()))
        .isEqualTo(PercentagePoints.of(CLAIM_SHANGHAI_TERTIARY_LEAD_PP));
  }

  @Test
  void information_technology_and_finance_in_beijing_and_shanghai() {
    // Beijing: "information technology and software services (growing 11.0%) and finance
    // (growing 8.7%)"; Shanghai: "(up 15.3%) and finance (up 9.7%)".
    assertThat(growth("beijing", Sector.IT_SOFTWARE)).isEqualTo(RealGrowth.of("11.0"));
    assertThat(growth("beijing", Sector.FINANCE)).isEqualTo(RealGrowth.of("8.7"));
    assertThat(growth("shanghai", Sector.IT_SOFTWARE)).isEqualTo(RealGrowth.of("15.3"));
    assertThat(growth("shanghai", Sector.FINANCE)).isEqualTo(RealGrowth.of("9.7"));
    // "contributed over 70% to the city's economic growth": the source attributes "over 70%" to
    // information services and finance together and prints no exact share; none is shipped.
    assertThat(Y2025.stats("beijing").get(Metric.growthContribution(Sector.TERTIARY))).isEmpty();
  }

  @Test
  void wenzhou_and_dalian_reached_the_threshold() {
    // "Wenzhou's GDP reached 1,021.39 billion yuan, growing 6.1%, while Dalian achieved 1,000.21
    // billion yuan, up 5.7%."
    assertThat(Y2025.stats("wenzhou").gdp()).contains(Yuan.ofBillions(CLAIM_WENZHOU_GDP_BN));
    assertThat(Y2025.stats("dalian").gdp()).contains(Yuan.ofBillions(CLAIM_DALIAN_GDP_BN));
    assertThat(Y2025.stats("dalian").gdp().orElseThrow().isAtLeast(Yuan.ONE_TRILLION)).isTrue();
    assertThat(Y2025.stats("wenzhou").realGrowth().orElseThrow())
        .isEqualTo(Y2025.stats("yantai").realGrowth().orElseThrow());
    assertThat(Y2025.stats("dalian").realGrowth()).contains(RealGrowth.of("5.7"));
  }

  @Test
  void wenzhou_and_dalian_rely_on_industry_with_double_digit_growth() {
    // "Wenzhou and Dalian, relied heavily on secondary industries, both recording double-digit
    // growth in industrial value-added output." Dalian's source (Xinhua) means industry above
    // designated size. Wenzhou's 10.3% was found only on a fake news site and a self-media post,
    // so it is not shipped.
    RealGrowth ten = RealGrowth.of("10");
    assertThat(growth("dalian", Sector.INDUSTRY_ABOVE_SCALE)).isEqualTo(RealGrowth.of("11.7"));
    assertThat(Y2025.stats("dalian").figure(Metric.realGrowth(Sector.INDUSTRY_ABOVE_SCALE))
        .map(Figure::verified)).contains(true);
    assertThat(tracked(Y2025).where(Metric.realGrowth(Sector.INDUSTRY_ABOVE_SCALE).atLeast(ten))
        .ids()).containsExactly("dalian");
    assertThat(Y2025.stats("wenzhou").sectors()).isEmpty();
  }

  @Test
  void dalian_industry_accelerated_by_4_1_points() {
    // "Dalian's industrial value-added output rose 11.7%, accelerating by 4.1 percentage points":
    // Dalian's 2024 industrial growth is in no graded source (only on a spam domain), so the
    // 4.1 points cannot be computed; the claim stays unchecked.
    assertThat(CHINA.compare(2025, 2024).earlier().stats("dalian")
        .get(Metric.realGrowth(Sector.INDUSTRY_ABOVE_SCALE))).isEmpty();
    assertThat(CLAIM_DALIAN_INDUSTRY_ACCELERATION_PP).isNotEmpty();
    // "petrochemicals (up 8.9%) and equipment manufacturing (up 15.4%) ... high-tech
    // manufacturing grew 13.9%, ... computer and office equipment (up 78.2%) and pharmaceuticals
    // (up 30.9%)": the last two are in no graded source.
    assertThat(growth("dalian", sector("petrochemicals"))).isEqualTo(RealGrowth.of("8.9"));
    assertThat(growth("dalian", sector("equipment_manufacturing"))).isEqualTo(RealGrowth.of("15.4"));
    assertThat(growth("dalian", sector("high_tech_manufacturing"))).isEqualTo(RealGrowth.of("13.9"));
    assertThat(Y2025.stats("dalian").sector(sector("computers_office_equipment"))).isEmpty();
    assertThat(Y2025.stats("dalian").sector(sector("pharmaceuticals"))).isEmpty();
  }

  @Test
  void wenzhou_auto_parts_electrical_equipment_and_exports_are_not_in_any_stored_source() {
    // "a 19.0% surge in auto parts and a 13.6% increase in electrical equipment ... total exports
    // up 9.6%": none of these was found in a stored source, so none ships.
    assertThat(Y2025.stats("wenzhou").sector(sector("auto_parts"))).isEmpty();
    assertThat(Y2025.stats("wenzhou").sector(sector("electrical_equipment"))).isEmpty();
    assertThat(Y2025.stats("wenzhou").get(Metric.nominalGrowth(Sector.EXPORTS)))
        .map(NominalGrowth::toString).isEmpty();
  }

  @Test
  void dalian_is_the_first_member_in_the_northeast() {
    // "As the first trillion-yuan GDP city in Northeast China"
    assertThat(CLUB.where(org.citygdp.core.Condition.inRegion(Region.NORTHEAST)).ids())
        .containsExactly("dalian");
    for (int year : CHINA.years()) {
      if (year < 2025) {
        assertThat(CHINA.year(year).region(Region.NORTHEAST).where(
            Threshold.TRILLION_CLUB.condition()).ids()).as("Northeast members in %s", year).isEmpty();
      }
    }
    assertThat(CHINA.city("dalian").milestones().get(0).year()).isEqualTo(2025);
  }

  @Test
  void the_club_as_known_on_the_article_date() {
    // The article (2026-02-06) counts 29. What graded sources had published by that day: the
    // first releases of 11 members' 2025 levels (official media, the Guangdong bureau's partners,
    // established newspapers). The other cities' January releases were found in no stored copy;
    // their levels come from communiqués and rating reports of March to August 2026.
    Dataset then = CHINA.asOf(LocalDate.of(2026, 2, 6));
    assertThat(then.year(2025).members(Threshold.TRILLION_CLUB).ids()).containsExactlyInAnyOrder(
        "shanghai", "beijing", "shenzhen", "chongqing", "guangzhou", "chengdu", "hangzhou",
        "foshan", "dongguan", "wenzhou", "dalian");
    // an as-of view says what it left out, and why
    assertThat(then.leftOut(2025).publishedLater()).isPositive();
    assertThat(then.leftOut(2025).undated()).isZero();
    assertThat(then.leftOut(2025).toString())
        .startsWith("as of 2026-02-06, 2025: ").endsWith(" figures published later, 0 undated");
  }

  @Test
  void the_article_date_view_shows_what_was_published_by_then() {
    // On 2026-02-06 Xi'an's revised 2024 growth (communiqué of 2026-05-15) was not yet out.
    Dataset then = CHINA.asOf(LocalDate.of(2026, 2, 6));
    assertThat(then.year(2024).stats("xian").figures(Metric.REAL_GROWTH))
        .noneMatch(f -> f.source().id().equals("xian-2025-communique"));
    assertThat(CHINA.year(2024).stats("xian").figure(Metric.REAL_GROWTH).orElseThrow().release())
        .isEqualTo(org.citygdp.core.domain.Release.FINAL);
  }

  private static RealGrowth tertiary(String city) {
    return growth(city, Sector.TERTIARY);
  }

  private static RealGrowth growth(String city, Sector sector) {
    return Y2025.stats(city).get(Metric.realGrowth(sector)).orElseThrow(() ->
        new AssertionError(city + " has no 2025 " + sector.id() + " growth"));
  }

  private static Sector sector(String id) {
    return Sector.of(id, id, id);
  }

}
