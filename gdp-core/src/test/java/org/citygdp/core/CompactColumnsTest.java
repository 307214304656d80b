package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Columns are stored decimal-scaled in ints when that is exact, and as longs otherwise: the
 * comparisons must give the same answers either way, to the yuan and to the 0.0001 %.
 */
class CompactColumnsTest {

  /** Two cities with the given 2024 GDPs (yuan) and real growths. */
  private static YearView year(long gdpA, long gdpB, String growthA, String growthB) {
    Source s = Source.builder("s").publisher("Bureau").title("Communiqué")
        .url("https://example.org/s").publishedOn(LocalDate.of(2025, 2, 1)).grade(SourceGrade.PRIMARY)
        .sourceType(SourceType.STATISTICAL_COMMUNIQUE).build();
    return Dataset.builder().source(s)
        .city(Fixture.city("aa", "Aa", "甲", Region.EASTERN))
        .city(Fixture.city("bb", "Bb", "乙", Region.EASTERN))
        .figure("aa", 2024, Metric.GDP, Yuan.ofYuan(gdpA), Release.PRELIMINARY, "s")
        .figure("bb", 2024, Metric.GDP, Yuan.ofYuan(gdpB), Release.PRELIMINARY, "s")
        .figure("aa", 2024, Metric.REAL_GROWTH, RealGrowth.of(growthA), Release.PRELIMINARY, "s")
        .figure("bb", 2024, Metric.REAL_GROWTH, RealGrowth.of(growthB), Release.PRELIMINARY, "s")
        .build().year(2024);
  }

  private static String gdpWhere(YearView y, Condition c) {
    return String.join(",", y.cities().where(c).ids());
  }

  @Test
  void should_compare_to_the_yuan_when_gdp_is_stored_in_millions() {
    // 9999.99 亿 and 20000 亿: both multiples of 10^6 yuan, so stored scaled
    YearView y = year(999_999_000_000L, 2_000_000_000_000L, "5.0", "6.0");
    assertThat(y.slice.column(Metric.GDP.id()).units).isNotNull();
    assertThat(gdpWhere(y, Metric.GDP.atLeast(Yuan.ofYuan(999_999_000_000L)))).isEqualTo("aa,bb");
    assertThat(gdpWhere(y, Metric.GDP.atLeast(Yuan.ofYuan(999_999_000_001L)))).isEqualTo("bb");
    assertThat(gdpWhere(y, Metric.GDP.above(Yuan.ofYuan(999_998_999_999L)))).isEqualTo("aa,bb");
    assertThat(gdpWhere(y, Metric.GDP.above(Yuan.ofYuan(999_999_000_000L)))).isEqualTo("bb");
    assertThat(gdpWhere(y, Metric.GDP.below(Yuan.ofYuan(999_999_000_001L)))).isEqualTo("aa");
    assertThat(gdpWhere(y, Metric.GDP.below(Yuan.ofYuan(999_999_000_000L)))).isEmpty();
    assertThat(gdpWhere(y, Metric.GDP.atMost(Yuan.ofYuan(999_998_999_999L)))).isEmpty();
    assertThat(gdpWhere(y, Metric.GDP.atMost(Yuan.ofYuan(999_999_000_000L)))).isEqualTo("aa");
    assertThat(y.stats("aa").gdp()).contains(Yuan.ofYuan(999_999_000_000L));
  }

  @Test
  void should_compare_exactly_when_gdp_needs_longs() {
    // 3 trillion and 1 yuan: no common power of ten fits an int, so stored as longs
    YearView y = year(3_000_000_000_001L, 5_000_000_000_000L, "5.0", "6.0");
    assertThat(y.slice.column(Metric.GDP.id()).wide).isNotNull();
    assertThat(gdpWhere(y, Metric.GDP.atLeast(Yuan.ofYuan(3_000_000_000_001L)))).isEqualTo("aa,bb");
    assertThat(gdpWhere(y, Metric.GDP.above(Yuan.ofYuan(3_000_000_000_001L)))).isEqualTo("bb");
    assertThat(gdpWhere(y, Metric.GDP.below(Yuan.ofYuan(3_000_000_000_001L)))).isEmpty();
    assertThat(gdpWhere(y, Metric.GDP.atMost(Yuan.ofYuan(3_000_000_000_001L)))).isEqualTo("aa");
    assertThat(y.stats("aa").gdp()).contains(Yuan.ofYuan(3_000_000_000_001L));
  }

  @Test
  void should_compare_negative_growth_between_stored_steps() {
    // -2.5 % and 3.0 %: stored as tenths (-25 and 30) of 0.1 %
    YearView y = year(1_000_000_000_000L, 2_000_000_000_000L, "-2.5", "3.0");
    assertThat(y.slice.column(Metric.REAL_GROWTH.id()).scale).isEqualTo(1000);
    assertThat(gdpWhere(y, Metric.REAL_GROWTH.below(RealGrowth.of("-2.4999")))).isEqualTo("aa");
    assertThat(gdpWhere(y, Metric.REAL_GROWTH.below(RealGrowth.of("-2.5")))).isEmpty();
    assertThat(gdpWhere(y, Metric.REAL_GROWTH.above(RealGrowth.of("-2.5001")))).isEqualTo("aa,bb");
    assertThat(gdpWhere(y, Metric.REAL_GROWTH.atMost(RealGrowth.of("-2.5001")))).isEmpty();
    assertThat(gdpWhere(y, Metric.REAL_GROWTH.atLeast(RealGrowth.of("2.9999")))).isEqualTo("bb");
    assertThat(y.stats("aa").realGrowth()).contains(RealGrowth.of("-2.5"));
  }
}
