package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * GrowthChanges on its less travelled paths: growth too wide for decimal-scaled storage (the
 * comparator sort, changes past the packing limit and past the long range), selections not in
 * index order, no growth published at all, rows sharing equal growth values, and the table text.
 */
class GrowthChangesPathsTest {

  private static Dataset.Builder cities(String... ids) {
    Dataset.Builder b = Dataset.builder().source(Fixture.OFF);
    for (String id : ids) {
      b.city(Fixture.city(id, id.toUpperCase(java.util.Locale.ROOT), "城" + id, Region.EASTERN));
    }
    return b;
  }

  private static void growth(Dataset.Builder b, String id, int year, String percent) {
    b.figure(id, year, Metric.REAL_GROWTH, RealGrowth.of(percent), Release.PRELIMINARY, "off");
  }

  private static void gdp(Dataset.Builder b, String id, int year, String yi) {
    b.figure(id, year, Metric.GDP, Yuan.ofYi(yi), Release.PRELIMINARY, "off");
  }

  /**
   * Growth stored as plain longs (300000% is 3e9 ten-thousandths, past an int): a and f rise by
   * 300000 pp (a tie, a first by id), b is unchanged, g falls by 5 pp; c has only 2024, d only
   * 2025, e neither.
   */
  private static Dataset wide() {
    Dataset.Builder b = cities("a", "b", "c", "d", "e", "f", "g");
    growth(b, "a", 2024, "0");
    growth(b, "a", 2025, "300000");
    growth(b, "b", 2024, "0.0001");
    growth(b, "b", 2025, "0.0001");
    growth(b, "c", 2024, "5");
    growth(b, "d", 2025, "5");
    growth(b, "f", 2024, "300000");
    growth(b, "f", 2025, "600000");
    growth(b, "g", 2024, "10");
    growth(b, "g", 2025, "5");
    // GDP in 2025 largest for g, smallest for a: a GDP selection runs against index order
    String[] ids = {"a", "b", "c", "d", "e", "f", "g"};
    for (int i = 0; i < ids.length; i++) {
      gdp(b, ids[i], 2025, String.valueOf(1000 + 100 * i));
    }
    return b.build();
  }

  @Test
  void should_order_wide_growth_changes_largest_first_ties_by_id_missing_last() {
    GrowthChanges all = wide().compare(2025, 2024).growthChanges();
    assertThat(all.ids()).containsExactly("a", "f", "b", "g", "c", "d", "e");
    assertThat(all.rows()).extracting(r -> r.change().map(PercentagePoints::toString).orElse("-"))
        .containsExactly("+300000pp", "+300000pp", "0pp", "-5pp", "-", "-", "-");
    ImmutableList<GrowthChange> rows = all.rows();
    assertThat(rows.get(4).earlierGrowth()).contains(RealGrowth.of("5"));
    assertThat(rows.get(4).laterGrowth()).isEmpty();
    assertThat(rows.get(5).earlierGrowth()).isEmpty();
    assertThat(rows.get(5).laterGrowth()).contains(RealGrowth.of("5"));
    assertThat(rows.get(6).earlierGrowth()).isEmpty();
    assertThat(rows.get(6).laterGrowth()).isEmpty();
    assertThat(rows.get(1).earlierGrowth()).contains(RealGrowth.of("300000"));
    assertThat(rows.get(1).laterGrowth()).contains(RealGrowth.of("600000"));
    assertThat(all.raised().ids()).containsExactly("a", "f");
    assertThat(all.keptOrRaised().ids()).containsExactly("a", "f", "b");
    assertThat(all.slowed().ids()).containsExactly("g");
    assertThat(all.unknown().ids()).containsExactly("c", "d", "e");
  }

  @Test
  void should_order_a_selection_against_index_order_the_same_way() {
    Dataset ds = wide();
    CitySelection byGdp = ds.year(2025).members(Threshold.atLeast(Yuan.ofYi("1")));
    assertThat(byGdp.ids()).containsExactly("g", "f", "e", "d", "c", "b", "a");
    GrowthChanges ch = ds.compare(2025, 2024).growthChanges(byGdp);
    assertThat(ch.ids()).containsExactly("a", "f", "b", "g", "c", "d", "e");
    assertThat(ch.size()).isEqualTo(7);
  }

  @Test
  void should_order_a_selection_of_some_cities_in_scaled_units() {
    // growth to 0.1%: decimal-scaled storage; a selection that is not every city
    Dataset.Builder b = cities("a", "b", "c", "d");
    String[][] g = {{"a", "5.0", "5.5"}, {"b", "6.0", "5.0"}, {"c", "4.0", "7.0"},
        {"d", "3.0", "3.0"}};
    for (String[] r : g) {
      growth(b, r[0], 2024, r[1]);
      growth(b, r[0], 2025, r[2]);
    }
    gdp(b, "a", 2025, "900");
    gdp(b, "b", 2025, "1000");
    gdp(b, "c", 2025, "100");
    gdp(b, "d", 2025, "2000");
    Dataset ds = b.build();
    CitySelection big = ds.year(2025).members(Threshold.atLeast(Yuan.ofYi("900")));
    assertThat(big.ids()).containsExactly("d", "b", "a");
    GrowthChanges ch = ds.compare(2025, 2024).growthChanges(big);
    assertThat(ch.ids()).containsExactly("a", "d", "b");
    assertThat(ch.rows()).extracting(r -> r.change().orElseThrow())
        .containsExactly(PercentagePoints.of("0.5"), PercentagePoints.of("0"),
            PercentagePoints.of("-1.0"));
  }

  @Test
  void should_not_pack_falls_past_the_packing_limit() {
    // p falls by 2^32 ten-thousandths of a point, q by 2^30: q fell less, so q first
    Dataset.Builder b = cities("p", "q");
    growth(b, "p", 2024, "429496.7296");
    growth(b, "p", 2025, "0");
    growth(b, "q", 2024, "107374.1824");
    growth(b, "q", 2025, "0");
    GrowthChanges ch = b.build().compare(2025, 2024).growthChanges();
    assertThat(ch.ids()).containsExactly("q", "p");
    assertThat(ch.rows()).extracting(r -> r.change().orElseThrow())
        .containsExactly(PercentagePoints.of("-107374.1824"), PercentagePoints.of("-429496.7296"));
  }

  @Test
  void should_not_pack_rises_past_the_packing_limit() {
    // p rises by 2^32 ten-thousandths of a point, q by 2^30: p first
    Dataset.Builder b = cities("p", "q");
    growth(b, "p", 2024, "0");
    growth(b, "p", 2025, "429496.7296");
    growth(b, "q", 2024, "0");
    growth(b, "q", 2025, "107374.1824");
    GrowthChanges ch = b.build().compare(2025, 2024).growthChanges();
    assertThat(ch.ids()).containsExactly("p", "q");
  }

  @Test
  void should_order_changes_whose_span_overflows_a_long() {
    // p: -50% -> 9e14 %, q the other way: the changes span more than Long.MAX_VALUE units
    Dataset.Builder b = cities("p", "q");
    growth(b, "p", 2024, "-50");
    growth(b, "p", 2025, "900000000000000");
    growth(b, "q", 2024, "900000000000000");
    growth(b, "q", 2025, "-50");
    GrowthChanges ch = b.build().compare(2025, 2024).growthChanges();
    assertThat(ch.ids()).containsExactly("p", "q");
    assertThat(ch.raised().ids()).containsExactly("p");
    assertThat(ch.slowed().ids()).containsExactly("q");
  }

  @Test
  void should_leave_every_change_unknown_without_growth_figures() {
    Dataset.Builder b = cities("a", "b");
    gdp(b, "a", 2024, "100");
    gdp(b, "a", 2025, "110");
    gdp(b, "b", 2024, "200");
    gdp(b, "b", 2025, "210");
    GrowthChanges ch = b.build().compare(2025, 2024).growthChanges();
    assertThat(ch.ids()).containsExactly("a", "b");
    assertThat(ch.rows()).allSatisfy(r -> {
      assertThat(r.earlierGrowth()).isEmpty();
      assertThat(r.laterGrowth()).isEmpty();
    });
    assertThat(ch.unknown().size()).isEqualTo(2);
    assertThat(ch.known().size()).isZero();
  }

  @Test
  void should_share_one_growth_value_between_rows_with_equal_growth() {
    // rows in order a (+1), b (-1); the 5.0 of a's 2024 and of b's 2025 is one object
    Dataset.Builder b = cities("a", "b");
    growth(b, "a", 2024, "5.0");
    growth(b, "a", 2025, "6.0");
    growth(b, "b", 2024, "6.0");
    growth(b, "b", 2025, "5.0");
    ImmutableList<GrowthChange> rows = b.build().compare(2025, 2024).growthChanges().rows();
    assertThat(rows.get(1).laterGrowth().orElseThrow())
        .isSameAs(rows.get(0).earlierGrowth().orElseThrow());
    assertThat(rows.get(1).earlierGrowth().orElseThrow())
        .isSameAs(rows.get(0).laterGrowth().orElseThrow());
  }

  @Test
  void should_print_both_years_growth_and_the_change() {
    Table t = Fixture.dataset().compare(2024, 2023).growthChanges().table();
    assertThat(t.caption()).isEqualTo("Real growth 2023 -> 2024");
    assertThat(t.rows()).containsExactly(
        ImmutableList.of("delta", "Delta", "丁城", "3", "4", "+1pp"),
        ImmutableList.of("alpha", "Alpha", "甲城", "4.8", "5.4", "+0.6pp"),
        ImmutableList.of("gamma", "Gamma", "丙城", "6.1", "6.1", "0pp"),
        ImmutableList.of("beta", "Beta", "乙城", "5.5", "5", "-0.5pp"),
        ImmutableList.of("epsilon", "Epsilon", "戊城", "—", "7", "—"));
  }
}
