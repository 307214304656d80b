package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.citygdp.units.Percent;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Ranks, shares of national GDP, contenders, bands and concentration on a small hand-built
 * dataset; every expected answer is worked out by hand in the comments.
 *
 * <pre>
 * city  province  GDP 2022  GDP 2023  GDP 2024 (亿元)  real growth 2024
 * a     P1        10000     11000     12000            5.0
 * b     P1         -         8500      9000            6.0
 * c     P2         -         9200      9000            5.0
 * d     P2         -          -        9500             -
 * e     P1         -          500       -               -
 * f     P2         -          -         800             -
 * national         -        88000    100000
 * </pre>
 */
class NationalQueriesTest {
  static final Source BUREAU = Source.builder("bureau").publisher("Bureau").title("Communiqué")
      .url("https://example.org/bureau").publishedOn(LocalDate.of(2025, 2, 1))
      .grade(SourceGrade.PRIMARY).sourceType(SourceType.STATISTICAL_COMMUNIQUE).build();

  static City city(String id, String province) {
    return City.builder(id).names(id.toUpperCase(java.util.Locale.ROOT), id + "城")
        .province(province).region(Region.EASTERN).rank(AdminRank.PREFECTURE)
        .divisionCode("100000").build();
  }

  static final Dataset DS = Dataset.builder().source(BUREAU)
      .city(city("a", "P1")).city(city("b", "P1")).city(city("c", "P2"))
      .city(city("d", "P2")).city(city("e", "P1")).city(city("f", "P2"))
      .figure("a", 2022, Metric.GDP, Yuan.ofYi("10000"), Release.PRELIMINARY, "bureau")
      .figure("a", 2023, Metric.GDP, Yuan.ofYi("11000"), Release.PRELIMINARY, "bureau")
      .figure("b", 2023, Metric.GDP, Yuan.ofYi("8500"), Release.PRELIMINARY, "bureau")
      .figure("c", 2023, Metric.GDP, Yuan.ofYi("9200"), Release.PRELIMINARY, "bureau")
      .figure("e", 2023, Metric.GDP, Yuan.ofYi("500"), Release.PRELIMINARY, "bureau")
      .figure("a", 2024, Metric.GDP, Yuan.ofYi("12000"), Release.PRELIMINARY, "bureau")
      .figure("b", 2024, Metric.GDP, Yuan.ofYi("9000"), Release.PRELIMINARY, "bureau")
      .figure("c", 2024, Metric.GDP, Yuan.ofYi("9000.0"), Release.PRELIMINARY, "bureau")
      .figure("d", 2024, Metric.GDP, Yuan.ofYi("9500"), Release.PRELIMINARY, "bureau")
      .figure("f", 2024, Metric.GDP, Yuan.ofYi("800"), Release.PRELIMINARY, "bureau")
      .figure("a", 2024, Metric.REAL_GROWTH, RealGrowth.of("5.0"), Release.PRELIMINARY, "bureau")
      .figure("b", 2024, Metric.REAL_GROWTH, RealGrowth.of("6.0"), Release.PRELIMINARY, "bureau")
      .figure("c", 2024, Metric.REAL_GROWTH, RealGrowth.of("5"), Release.PRELIMINARY, "bureau")
      .national(2023, Metric.GDP, Yuan.ofYi("88000"), Release.PRELIMINARY, "bureau")
      .national(2024, Metric.GDP, Yuan.ofYi("100000"), Release.PRELIMINARY, "bureau")
      .build();

  private final YearView y = DS.year(2024);

  // ---- ranks ----

  @Test
  void should_rank_in_the_country_with_ties_sharing_a_place_and_skipping_the_next() {
    // 12000 a #1, 9500 d #2, 9000 b and c both #3, 800 f #5 (not #4); e has no level: unranked
    assertThat(y.cities().ranks(Metric.GDP)).extracting(r -> r.city().id() + "#" + r.position()
        + (r.tied() ? "=" : "")).containsExactly("a#1", "d#2", "b#3=", "c#3=", "f#5");
    assertThat(y.rank("c", Metric.GDP)).get().satisfies(r -> {
      assertThat(r.position()).isEqualTo(3);
      assertThat(r.ranked()).isEqualTo(5);
      assertThat(r.tied()).isTrue();
      assertThat(r.among()).isEqualTo("all cities");
      assertThat(r).hasToString("C: #3 (tied) of 5 by gdp in 2024, all cities");
    });
    assertThat(y.rank("f", Metric.GDP)).map(Rank::position).contains(5);
    assertThat(y.rank("e", Metric.GDP)).isEmpty();
  }

  @Test
  void should_rank_within_the_province() {
    // P1: a 12000 #1, b 9000 #2 (c's tie is in another province), e unranked
    assertThat(y.provinceRank("b", Metric.GDP)).get().satisfies(r -> {
      assertThat(r.position()).isEqualTo(2);
      assertThat(r.ranked()).isEqualTo(2);
      assertThat(r.tied()).isFalse();
      assertThat(r.among()).isEqualTo("P1");
    });
    // P2: d 9500 #1, c 9000 #2, f 800 #3
    assertThat(y.provinceRank("f", Metric.GDP)).map(r -> r.position() + "/" + r.ranked())
        .contains("3/3");
    assertThat(y.provinceRank("e", Metric.GDP)).isEmpty();
  }

  @Test
  void should_rank_any_metric_largest_first() {
    // real growth: b 6.0 #1; a 5.0 and c "5" are equal values: both #2
    assertThat(y.cities().ranks(Metric.REAL_GROWTH)).extracting(r -> r.city().id() + "#"
        + r.position()).containsExactly("b#1", "a#2", "c#2");
    assertThat(y.rank("a", Metric.REAL_GROWTH)).map(Rank::tied).contains(true);
    assertThat(y.cities().ranks(Metric.POPULATION)).isEmpty();
    assertThat(y.cities().where(Condition.idIn("a", "b", "e")).ranks(Metric.GDP))
        .extracting(Rank::among).containsOnly("among 3 selected cities");
  }

  // ---- shares ----

  @Test
  void should_give_the_share_of_national_gdp_per_year_with_its_source_and_movement() {
    NationalShares club = DS.shareOfNationalGdp(Threshold.TRILLION_CLUB);
    assertThat(club.years()).extracting(NationalShare::year).containsExactly(2022, 2023, 2024);
    // 2022: a 10000 but no national figure: no share, never an estimate
    assertThat(club.inYear(2022).orElseThrow().share()).isEmpty();
    assertThat(club.inYear(2022).orElseThrow().national()).isEmpty();
    // 2023: a 11000 / 88000 = 12.5%; 2024: a 12000 / 100000 = 12%
    assertThat(club.inYear(2023).flatMap(NationalShare::share)).contains(Percent.of("12.5"));
    assertThat(club.inYear(2024).flatMap(NationalShare::share)).contains(Percent.of("12"));
    assertThat(club.inYear(2024).flatMap(NationalShare::national).map(f -> f.source().id()))
        .contains("bureau");
    assertThat(club.change(2024, 2023)).contains(PercentagePoints.of("-0.5"));
    assertThat(club.change(2023, 2022)).isEmpty();
    assertThatThrownBy(() -> club.change(2023, 2024)).isInstanceOf(IllegalArgumentException.class);
    assertThat(club.toString()).contains("trillion-yuan club", "12.5", "-0.5");
    assertThat(club.table().rows().get(2)).containsExactly("2024", "1", "12000", "100000",
        "bureau", "12", "-0.5");
  }

  @Test
  void should_share_a_province_over_the_cities_with_a_level_and_name_the_others() {
    // P1 in 2024: a 12000 + b 9000 = 21000 of 100000 = 21%; e has no level
    NationalShare p1 = y.shareOfNationalGdp(Condition.inProvince("P1"));
    assertThat(p1.share()).contains(Percent.of("21"));
    assertThat(p1.cityCount()).isEqualTo(3);
    assertThat(p1.isComplete()).isFalse();
    assertThat(p1.missing()).containsExactly("e");
    assertThat(DS.shareOfNationalGdp(Condition.inProvince("P1")).inYear(2024)).contains(p1);
    // 2023: a 11000 + b 8500 + e 500 = 20000 of 88000 = 22.727272..% -> 22.7273%
    assertThat(DS.shareOfNationalGdp(Condition.inProvince("P1")).inYear(2023)
        .flatMap(NationalShare::share)).contains(Percent.of("22.7273"));
  }

  @Test
  void should_give_an_empty_club_zero_percent_of_a_known_national_figure() {
    NationalShares big = DS.shareOfNationalGdp(Threshold.atLeast(Yuan.ofTrillions(2)));
    assertThat(big.inYear(2024).flatMap(NationalShare::share)).contains(Percent.ZERO);
    assertThat(big.inYear(2022).flatMap(NationalShare::share)).isEmpty();
  }

  @Test
  void should_measure_concentration_as_the_top_n_share() {
    // top 2 in 2024: a 12000 + d 9500 = 21500 of 100000 = 21.5%
    assertThat(y.concentration(2).share()).contains(Percent.of("21.5"));
    // top 10: only 5 have a level: 12000 + 9500 + 9000 + 9000 + 800 = 40300 -> 40.3%
    assertThat(y.concentration(10).share()).contains(Percent.of("40.3"));
    assertThat(y.concentration(10).isComplete()).isTrue();
    // top 1 per year: 2023 a 11000 / 88000 = 12.5%
    assertThat(DS.concentration(1).inYear(2023).flatMap(NationalShare::share))
        .contains(Percent.of("12.5"));
    assertThatThrownBy(() -> y.concentration(0)).isInstanceOf(IllegalArgumentException.class);
  }

  // ---- contenders ----

  @Test
  void should_rank_contenders_by_gap_in_yuan_and_in_percent_of_their_level() {
    Contenders next = y.contenders(Threshold.TRILLION_CLUB);
    // d 9500: gap 500 亿, 500/9500 = 5.263157..% -> 5.2632%
    // b and c 9000: gap 1000 亿, 11.1111%, in id order; f 800: gap 9200 亿, 1150%
    assertThat(next.ids()).containsExactly("d", "b", "c", "f");
    assertThat(next.rows()).extracting(Contender::position).containsExactly(1, 2, 3, 4);
    Contender d = next.rows().get(0);
    assertThat(d.gap()).isEqualTo(Yuan.ofYi("500"));
    assertThat(d.gapPercent()).contains(Percent.of("5.2632"));
    assertThat(d.level().source().id()).isEqualTo("bureau");
    assertThat(next.rows().get(1).gapPercent()).contains(Percent.of("11.1111"));
    assertThat(next.rows().get(3).gap()).isEqualTo(Yuan.ofYi("9200"));
    assertThat(next.rows().get(3).gapPercent()).contains(Percent.of("1150"));
    assertThat(next.withoutLevel()).extracting(City::id).containsExactly("e");
    assertThat(next.top(2).ids()).containsExactly("d", "b");
    assertThat(next.toString()).contains("4 cities below trillion-yuan club in 2024",
        "1 without a level", "5.2632");
    assertThat(next.table().rows().get(0)).containsExactly("1", "d", "D", "d城", "9500", "500",
        "5.2632", "bureau");
  }

  // ---- bands ----

  @Test
  void should_count_cities_in_bands_below_one_trillion_too() {
    TierPyramid bands = y.tiers(TierScheme.BANDS);
    assertThat(bands.counts()).containsExactly(
        entry(">=10000亿", 1), entry("5000–10000亿", 3), entry("2000–5000亿", 0),
        entry("1000–2000亿", 0), entry("<1000亿", 1));
    assertThat(bands.memberIds("5000–10000亿")).containsExactly("d", "b", "c");
    assertThat(bands.missingGdp()).extracting(City::id).containsExactly("e");
    // the bounds: 1000 亿 is in the 1000–2000 band, 999.99999999 亿 below it
    assertThat(TierScheme.BANDS.classify(Yuan.ofYi("1000")).map(Tier::label))
        .contains("1000–2000亿");
    assertThat(TierScheme.BANDS.classify(Yuan.ofYi("999.99999999")).map(Tier::label))
        .contains("<1000亿");
    assertThat(TierScheme.BANDS.classify(Yuan.ZERO).map(Tier::label)).contains("<1000亿");
    assertThat(TierScheme.BANDS.classify(Yuan.ofYi("10000")).map(Tier::label))
        .contains(">=10000亿");
  }

  private static <K, V> java.util.Map.Entry<K, V> entry(K k, V v) {
    return java.util.Map.entry(k, v);
  }
}
