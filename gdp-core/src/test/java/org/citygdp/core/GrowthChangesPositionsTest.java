package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * GrowthChanges read by position ({@code id(i)}, {@code change(i)}, ...) in both orders: largest
 * rise first, and the cities' own order after {@code inCityOrder()}.
 */
class GrowthChangesPositionsTest {

  /**
   * Four cities, growth to 0.1%: a 5.0 -> 5.5 (+0.5), b 6.0 -> 5.0 (-1.0), c 2024 only, d 3.0 ->
   * 4.0 (+1.0). Largest rise first: d, a, b, then c (missing). City order: a, b, c, d.
   */
  private static Dataset four() {
    Dataset.Builder b = Dataset.builder().source(Fixture.OFF);
    for (String id : List.of("a", "b", "c", "d")) {
      b.city(Fixture.city(id, id.toUpperCase(java.util.Locale.ROOT), "城" + id, Region.EASTERN));
    }
    String[][] g = {{"a", "5.0", "5.5"}, {"b", "6.0", "5.0"}, {"c", "4.0", null},
        {"d", "3.0", "4.0"}};
    for (String[] r : g) {
      b.figure(r[0], 2024, Metric.REAL_GROWTH, RealGrowth.of(r[1]), Release.PRELIMINARY, "off");
      if (r[2] != null) {
        b.figure(r[0], 2025, Metric.REAL_GROWTH, RealGrowth.of(r[2]), Release.PRELIMINARY, "off");
      }
      b.figure(r[0], 2025, Metric.GDP, Yuan.ofYi("1000"), Release.PRELIMINARY, "off");
    }
    return b.build();
  }

  @Test
  void should_read_rows_by_position_largest_rise_first() {
    GrowthChanges ch = four().compare(2025, 2024).growthChanges();
    assertThat(ch.size()).isEqualTo(4);
    assertThat(List.of(ch.id(0), ch.id(1), ch.id(2), ch.id(3))).containsExactly("d", "a", "b", "c");
    assertThat(ch.city(1).id()).isEqualTo("a");
    assertThat(ch.change(0)).contains(PercentagePoints.of("1.0"));
    assertThat(ch.change(1)).contains(PercentagePoints.of("0.5"));
    assertThat(ch.change(2)).contains(PercentagePoints.of("-1.0"));
    assertThat(ch.change(3)).isEmpty();
    assertThat(ch.changeOrNull(3)).isNull();
    assertThat(ch.changeOrNull(0)).isEqualTo(PercentagePoints.of("1.0"));
    assertThat(ch.hasChange(2)).isTrue();
    assertThat(ch.hasChange(3)).isFalse();
    assertThat(ch.earlierGrowth(3)).contains(RealGrowth.of("4.0"));
    assertThat(ch.laterGrowth(3)).isEmpty();
    assertThat(ch.laterGrowth(0)).contains(RealGrowth.of("4.0"));
  }

  @Test
  void should_read_rows_in_city_order_without_sorting() {
    GrowthChanges ch = four().compare(2025, 2024).growthChanges().inCityOrder();
    assertThat(ch.ids()).containsExactly("a", "b", "c", "d");
    assertThat(ch.rows()).extracting(r -> r.city().id()).containsExactly("a", "b", "c", "d");
    assertThat(ch.change(0)).contains(PercentagePoints.of("0.5"));
    assertThat(ch.change(1)).contains(PercentagePoints.of("-1.0"));
    assertThat(ch.change(2)).isEmpty();
    assertThat(ch.change(3)).contains(PercentagePoints.of("1.0"));
    assertThat(ch.earlierGrowth(1)).contains(RealGrowth.of("6.0"));
    assertThat(ch.inCityOrder()).isSameAs(ch);
    // filters keep the city order
    assertThat(ch.keptOrRaised().ids()).containsExactly("a", "d");
    assertThat(ch.unknown().ids()).containsExactly("c");
    assertThat(ch.slowed().change(0)).contains(PercentagePoints.of("-1.0"));
  }

  /** Growth to 0.01% (a column unit other than a tenth) and to 0.1%: both read the same. */
  @Test
  void should_read_changes_of_growth_in_hundredths_and_in_tenths() {
    Dataset.Builder b = Dataset.builder().source(Fixture.OFF);
    String[][] g = {{"a", "5.25", "5.50"}, {"b", "6.00", "5.99"}};
    for (String[] r : g) {
      b.city(Fixture.city(r[0], r[0].toUpperCase(java.util.Locale.ROOT), "城" + r[0],
          Region.EASTERN));
      b.figure(r[0], 2024, Metric.REAL_GROWTH, RealGrowth.of(r[1]), Release.PRELIMINARY, "off");
      b.figure(r[0], 2025, Metric.REAL_GROWTH, RealGrowth.of(r[2]), Release.PRELIMINARY, "off");
    }
    GrowthChanges ch = b.build().compare(2025, 2024).growthChanges().inCityOrder();
    assertThat(ch.changeOrNull(0)).isEqualTo(PercentagePoints.of("0.25"));
    assertThat(ch.changeOrNull(1)).isEqualTo(PercentagePoints.of("-0.01"));
    assertThat(four().compare(2025, 2024).growthChanges().inCityOrder().changeOrNull(3))
        .isSameAs(PercentagePoints.ofTenths(10));
  }

  /**
   * Changes at the edges of the shared values (±50.0 pp), beyond them, and next to a missing year
   * whose other year is far from 0: a +50.0, b -50.0, c +50.1, d +105.0 (-45.0 to 60.0), e 60.0
   * in 2024 only, f -45.0 in 2025 only.
   */
  @Test
  void should_read_changes_at_and_beyond_the_shared_range_and_next_to_missing_years() {
    Dataset.Builder b = Dataset.builder().source(Fixture.OFF);
    String[][] g = {{"a", "0.0", "50.0"}, {"b", "0.0", "-50.0"}, {"c", "0.0", "50.1"},
        {"d", "-45.0", "60.0"}, {"e", "60.0", null}, {"f", null, "-45.0"}};
    for (String[] r : g) {
      b.city(Fixture.city(r[0], r[0].toUpperCase(java.util.Locale.ROOT), "城" + r[0],
          Region.EASTERN));
      for (int k = 1; k <= 2; k++) {
        if (r[k] != null) {
          b.figure(r[0], 2023 + k, Metric.REAL_GROWTH, RealGrowth.of(r[k]), Release.PRELIMINARY,
              "off");
        }
      }
    }
    GrowthChanges byCity = b.build().compare(2025, 2024).growthChanges().inCityOrder();
    assertThat(byCity.changeOrNull(0)).isSameAs(PercentagePoints.ofTenths(500))
        .isEqualTo(PercentagePoints.of("50.0"));
    assertThat(byCity.changeOrNull(1)).isSameAs(PercentagePoints.ofTenths(-500))
        .isEqualTo(PercentagePoints.of("-50.0"));
    assertThat(byCity.changeOrNull(2)).isEqualTo(PercentagePoints.of("50.1"));
    assertThat(byCity.changeOrNull(3)).isEqualTo(PercentagePoints.of("105.0"));
    assertThat(byCity.changeOrNull(4)).isNull();
    assertThat(byCity.changeOrNull(5)).isNull();
    // the same rows read through an order (largest rise first) and through a filtered subset
    GrowthChanges ranked = byCity.known().inCityOrder();
    assertThat(ranked.ids()).containsExactly("a", "b", "c", "d");
    assertThat(ranked.changeOrNull(3)).isEqualTo(PercentagePoints.of("105.0"));
    GrowthChanges sorted = b.build().compare(2025, 2024).growthChanges();
    assertThat(sorted.ids()).containsExactly("d", "c", "a", "b", "e", "f");
    assertThat(sorted.changeOrNull(1)).isEqualTo(PercentagePoints.of("50.1"));
    assertThat(sorted.changeOrNull(5)).isNull();
  }

  @Test
  void should_reject_positions_outside_the_rows() {
    GrowthChanges ch = four().compare(2025, 2024).growthChanges();
    for (GrowthChanges g : List.of(ch, ch.inCityOrder())) {
      assertThatThrownBy(() -> g.id(4)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> g.change(-1)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> g.city(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }
  }

  /** Generated data: positions agree with rows() in both orders, against a naive reference. */
  @Test
  void should_agree_with_the_rows_on_generated_data() {
    Random r = new Random(11);
    for (int round = 0; round < 20; round++) {
      Dataset.Builder b = Dataset.builder().source(Fixture.OFF);
      int n = 1 + r.nextInt(60);
      List<String> ids = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        String id = String.format("c%03d", c);
        ids.add(id);
        b.city(Fixture.city(id, "C" + c, "城" + c, Region.EASTERN));
        for (int y = 2024; y <= 2025; y++) {
          if (r.nextInt(5) > 0) {
            b.figure(id, y, Metric.REAL_GROWTH, RealGrowth.ofTenths(r.nextInt(200) - 50),
                Release.PRELIMINARY, "off");
          }
        }
      }
      GrowthChanges ranked = b.build().compare(2025, 2024).growthChanges();
      GrowthChanges byCity = ranked.inCityOrder();
      for (GrowthChanges g : List.of(ranked, byCity, byCity.known(), ranked.raised())) {
        List<GrowthChange> rows = g.rows();
        for (int i = 0; i < g.size(); i++) {
          assertThat(g.id(i)).isEqualTo(rows.get(i).city().id());
          assertThat(g.change(i)).isEqualTo(rows.get(i).change());
          assertThat(g.changeOrNull(i)).isEqualTo(rows.get(i).change().orElse(null));
          assertThat(g.earlierGrowth(i)).isEqualTo(rows.get(i).earlierGrowth());
          assertThat(g.laterGrowth(i)).isEqualTo(rows.get(i).laterGrowth());
        }
      }
      // naive reference of the city order: the dataset's ids, sorted
      List<String> byId = new ArrayList<>(ids);
      java.util.Collections.sort(byId);
      assertThat(byCity.ids()).containsExactlyElementsOf(byId);
      assertThat(ranked.ids()).containsExactlyInAnyOrderElementsOf(byId);
    }
  }
}
