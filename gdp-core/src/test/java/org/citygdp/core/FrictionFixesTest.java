package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * The friction issue #11 found in writing the benchmark queries, on a hand-built dataset:
 *
 * <pre>
 * city  region   GDP 2024 (亿元)  GDP 2025 (亿元)  growth 2024  growth 2025
 * a     Eastern  12000            13000            5.0          5.5
 * b     Eastern   9000            10500            6.0          5.0
 * c     Central  (missing)        11000            (missing)    7.0
 * d     Central   8000             9000            4.0          (missing)
 * </pre>
 */
class FrictionFixesTest {

  private static Dataset dataset() {
    return Dataset.builder().source(Fixture.OFF)
        .city(Fixture.city("a", "A", "甲", Region.EASTERN))
        .city(Fixture.city("b", "B", "乙", Region.EASTERN))
        .city(Fixture.city("c", "C", "丙", Region.CENTRAL))
        .city(Fixture.city("d", "D", "丁", Region.CENTRAL))
        .figure("a", 2024, Metric.GDP, Yuan.ofYi("12000"), Release.PRELIMINARY, "off")
        .figure("b", 2024, Metric.GDP, Yuan.ofYi("9000"), Release.PRELIMINARY, "off")
        .figure("d", 2024, Metric.GDP, Yuan.ofYi("8000"), Release.PRELIMINARY, "off")
        .figure("a", 2025, Metric.GDP, Yuan.ofYi("13000"), Release.PRELIMINARY, "off")
        .figure("b", 2025, Metric.GDP, Yuan.ofYi("10500"), Release.PRELIMINARY, "off")
        .figure("c", 2025, Metric.GDP, Yuan.ofYi("11000"), Release.PRELIMINARY, "off")
        .figure("d", 2025, Metric.GDP, Yuan.ofYi("9000"), Release.PRELIMINARY, "off")
        .figure("a", 2024, Metric.REAL_GROWTH, RealGrowth.of("5.0"), Release.PRELIMINARY, "off")
        .figure("b", 2024, Metric.REAL_GROWTH, RealGrowth.of("6.0"), Release.PRELIMINARY, "off")
        .figure("d", 2024, Metric.REAL_GROWTH, RealGrowth.of("4.0"), Release.PRELIMINARY, "off")
        .figure("a", 2025, Metric.REAL_GROWTH, RealGrowth.of("5.5"), Release.PRELIMINARY, "off")
        .figure("b", 2025, Metric.REAL_GROWTH, RealGrowth.of("5.0"), Release.PRELIMINARY, "off")
        .figure("c", 2025, Metric.REAL_GROWTH, RealGrowth.of("7.0"), Release.PRELIMINARY, "off")
        .build();
  }

  @Test
  void should_count_a_city_missing_the_year_before_as_a_newcomer_only_when_asked() {
    Comparison c = dataset().compare(2025, 2024);
    // a was a member already; b rose from 9000; c has no 2024 figure; d stays below
    assertThat(c.newcomers(Threshold.TRILLION_CLUB).ids()).containsExactly("b");
    assertThat(c.newcomersIncludingUnpublished(Threshold.TRILLION_CLUB).ids())
        .containsExactly("c", "b"); // largest 2025 GDP first: 11000, 10500
    assertThat(c.newcomersIncludingUnpublished(Threshold.atLeast(Yuan.ofYi("9000"))).ids())
        .containsExactly("c", "d"); // b was at 9000 already; d rose from 8000 to 9000
    assertThatThrownBy(() -> c.newcomersIncludingUnpublished(null))
        .hasMessage("threshold must not be null");
  }

  @Test
  void should_keep_only_cities_with_growth_in_both_years() {
    GrowthChanges all = dataset().compare(2025, 2024).growthChanges();
    GrowthChanges known = all.known();
    assertThat(known.ids()).containsExactly("a", "b"); // +0.5 pp, then -1.0 pp
    assertThat(known.rows()).extracting(r -> r.change().orElseThrow())
        .containsExactly(PercentagePoints.of("0.5"), PercentagePoints.of("-1.0"));
    assertThat(all.unknown().ids()).containsExactly("c", "d");
    assertThat(known.size() + all.unknown().size()).isEqualTo(all.size());
    assertThat(known.known().ids()).isEqualTo(known.ids());
    assertThat(all.unknown().known().size()).isZero();
  }

  @Test
  void should_describe_an_id_condition_by_five_ids_at_most() {
    assertThat(Condition.idIn("a", "b").toString()).isEqualTo("id in [a, b]");
    assertThat(Condition.idIn("a", "b", "c", "d", "e", "f", "g").toString())
        .isEqualTo("id in [a, b, c, d, e, … 2 more]");
    String[] many = new String[100_000];
    for (int i = 0; i < many.length; i++) {
      many[i] = "city_" + i;
    }
    assertThat(Condition.idIn(many).toString())
        .isEqualTo("id in [city_0, city_1, city_2, city_3, city_4, … 99995 more]");
  }

  @Test
  void should_resolve_an_id_condition_against_each_dataset_it_is_applied_to() {
    Condition c = Condition.idIn("d", "b");
    Dataset first = dataset();
    assertThat(first.year(2025).cities().where(c).ids()).containsExactly("b", "d");
    assertThat(first.year(2024).cities().where(c).ids()).containsExactly("b", "d");
    // another dataset, where b and d have other indices and d is unknown
    Dataset other = Dataset.builder().source(Fixture.OFF)
        .city(Fixture.city("aa", "AA", "子", Region.EASTERN))
        .city(Fixture.city("b", "B", "乙", Region.EASTERN))
        .figure("b", 2025, Metric.GDP, Yuan.ofYi("1"), Release.PRELIMINARY, "off")
        .build();
    assertThatThrownBy(() -> other.year(2025).cities().where(c))
        .isInstanceOf(UnknownCityException.class).hasMessageContaining("'d'");
    assertThat(other.year(2025).cities().where(Condition.idIn("b")).ids()).containsExactly("b");
    assertThat(first.year(2025).cities().where(c).ids()).containsExactly("b", "d");
  }

  @Test
  void should_group_with_the_weighted_growth_worked_out_when_read() {
    GroupTable t = dataset().year(2025).cities().groupBy(Grouping.REGION);
    GroupTable.Row east = t.row("Eastern").orElseThrow();
    GroupTable.Row central = t.row("Central").orElseThrow();
    assertThat(east.gdp().value()).contains(Yuan.ofYi("23500"));
    assertThat(central.gdp().value()).contains(Yuan.ofYi("20000"));
    assertThat(central.gdp().isComplete()).isTrue();
    // (13000 x 5.5 + 10500 x 5.0) / 23500 = 124000 / 23500 = 5.276595... -> 5.2766
    assertThat(east.weightedGrowth())
        .isEqualTo(new Aggregate<>(RealGrowth.of("5.2766"), 2, ImmutableList.of()));
    // c alone has growth: 7.0; d is missing
    assertThat(central.weightedGrowth().value()).contains(RealGrowth.of("7.0"));
    assertThat(central.weightedGrowth().counted()).isEqualTo(1);
    assertThat(central.weightedGrowth().missing()).containsExactly("d");
    assertThat(central.weightedGrowth().isComplete()).isFalse();
  }
}
