package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.units.Percent;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * The orders the engine computes with primitive sorts (issue #11: packed keys, counting by
 * change) against the rule written out with comparators on the public values: missing last, ties
 * by id. Seeded random datasets with many ties and missing figures, several sizes and spreads.
 */
class OrderingTest {
  private static Dataset random(long seed, int cities, int growthSpread) {
    Random rnd = new Random(seed);
    Dataset.Builder b = Dataset.builder().source(Fixture.OFF);
    for (int c = 0; c < cities; c++) {
      b.city(Fixture.city(String.format("c%04d", c), "C" + c, "城" + c, Region.EASTERN));
    }
    for (int c = 0; c < cities; c++) {
      String id = String.format("c%04d", c);
      for (int y = 2023; y <= 2024; y++) {
        if (rnd.nextInt(10) > 0) { // a tenth missing
          // few distinct values: many ties
          b.figure(id, y, Metric.GDP, Yuan.ofYi(Integer.toString(1 + rnd.nextInt(50) * 500)),
              Release.PRELIMINARY, "off");
        }
        if (rnd.nextInt(10) > 0) {
          b.figure(id, y, Metric.REAL_GROWTH,
              RealGrowth.of(Percent.ofUnscaled(1000L * (rnd.nextInt(growthSpread) - 20))),
              Release.PRELIMINARY, "off");
        }
      }
    }
    return b.build();
  }

  private static final Comparator<Optional<Long>> MISSING_LAST = (a, b) ->
      a.isPresent() == b.isPresent() ? 0 : a.isPresent() ? -1 : 1;

  private static List<String> expectedOrder(YearView y, List<String> ids, boolean descending) {
    List<String> out = new ArrayList<>(ids);
    Comparator<String> byValue = (a, b) -> {
      Optional<Long> va = y.stats(a).gdp().map(Yuan::toYuan);
      Optional<Long> vb = y.stats(b).gdp().map(Yuan::toYuan);
      int c = MISSING_LAST.compare(va, vb);
      if (c == 0 && va.isPresent()) {
        c = descending ? Long.compare(vb.get(), va.get()) : Long.compare(va.get(), vb.get());
      }
      return c;
    };
    out.sort(byValue.thenComparing(Comparator.naturalOrder()));
    return out;
  }

  private static List<String> expectedChanges(Comparison c, List<String> ids) {
    List<String> out = new ArrayList<>(ids);
    Comparator<String> byChange = (a, b) -> {
      Optional<Long> va = c.growthChange(a).map(PercentagePoints::unscaledValue);
      Optional<Long> vb = c.growthChange(b).map(PercentagePoints::unscaledValue);
      int r = MISSING_LAST.compare(va, vb);
      return r == 0 && va.isPresent() ? Long.compare(vb.get(), va.get()) : r;
    };
    out.sort(byChange.thenComparing(Comparator.naturalOrder()));
    return out;
  }

  @Test
  void should_order_by_a_metric_with_ties_by_id_and_missing_last() {
    for (long seed = 1; seed <= 5; seed++) {
      Dataset ds = random(seed, 40 + 300 * (int) seed, 60);
      YearView y = ds.year(2024);
      List<String> all = y.cities().ids();
      assertThat(y.cities().orderByDescending(Metric.GDP).ids())
          .isEqualTo(expectedOrder(y, all, true));
      assertThat(y.cities().orderBy(Metric.GDP).ids()).isEqualTo(expectedOrder(y, all, false));
    }
  }

  @Test
  void should_order_growth_changes_largest_rise_first_missing_last_ties_by_id() {
    // spreads of 60 and 3000 tenths of a percent: counted when narrow, sorted when wide
    for (int spread : new int[] {60, 3000, 200_000}) {
      for (long seed = 1; seed <= 4; seed++) {
        Dataset ds = random(seed * 7 + spread, 30 + 200 * (int) seed, spread);
        Comparison c = ds.compare(2024, 2023);
        List<String> all = ds.year(2024).cities().ids();
        assertThat(c.growthChanges().ids()).isEqualTo(expectedChanges(c, all));
        // a selection in GDP order, not id order
        CitySelection club = ds.year(2024).cities().orderByDescending(Metric.GDP).top(25);
        assertThat(c.growthChanges(club).ids()).isEqualTo(expectedChanges(c, club.ids()));
        assertThat(c.growthChanges().slowed().ids())
            .isEqualTo(expectedChanges(c, all).stream().filter(id -> c.growthChange(id)
                .map(PercentagePoints::isNegative).orElse(false)).toList());
      }
    }
  }

  @Test
  void should_give_every_row_its_own_years_growth_however_many_distinct_values() {
    // rows share equal growth values through a small cache: narrow and wide spreads, collisions
    for (int spread : new int[] {60, 200_000}) {
      Dataset ds = random(spread, 2000, spread);
      Comparison c = ds.compare(2024, 2023);
      for (GrowthChange r : c.growthChanges().rows()) {
        String id = r.city().id();
        assertThat(r.laterGrowth()).isEqualTo(ds.year(2024).stats(id).realGrowth());
        assertThat(r.earlierGrowth()).isEqualTo(ds.year(2023).stats(id).realGrowth());
        assertThat(r.change()).isEqualTo(c.growthChange(id));
      }
    }
  }

  /**
   * where() then an order: the order is applied first and the condition on the ordered cities,
   * stopping at the first city that fails when the condition is "at least" or "below" on the
   * ordering metric (issue #11). Thresholds on, between and beyond the values, ties, missing
   * figures, every operator in both orders, chained conditions, and a condition on another metric.
   */
  @Test
  void should_filter_then_order_like_filtering_the_ordered_list() {
    for (long seed = 11; seed <= 14; seed++) {
      Dataset d = random(seed, 300, 41);
      YearView y = d.year(2024);
      List<String> all = y.cities().ids();
      for (String yi : List.of("1", "500", "501", "12500", "24501", "30000")) {
        Yuan t = Yuan.ofYi(yi);
        long v = t.toYuan();
        java.util.function.Function<String, Optional<Long>> gdp =
            id -> y.stats(id).gdp().map(Yuan::toYuan);
        java.util.function.Function<String, Optional<Long>> growth =
            id -> y.stats(id).realGrowth().map(x -> x.rate().unscaledValue());
        // each condition beside the same rule written out on the public values
        Map<Condition, java.util.function.Predicate<String>> conds = new LinkedHashMap<>();
        conds.put(Metric.GDP.above(t), id -> gdp.apply(id).filter(g -> g > v).isPresent());
        conds.put(Metric.GDP.atLeast(t), id -> gdp.apply(id).filter(g -> g >= v).isPresent());
        conds.put(Metric.GDP.below(t), id -> gdp.apply(id).filter(g -> g < v).isPresent());
        conds.put(Metric.GDP.atMost(t), id -> gdp.apply(id).filter(g -> g <= v).isPresent());
        conds.put(Metric.GDP.atLeast(t).and(Metric.REAL_GROWTH.above(RealGrowth.of("0"))),
            id -> gdp.apply(id).filter(g -> g >= v).isPresent()
                && growth.apply(id).filter(r -> r > 0).isPresent());
        conds.put(Metric.REAL_GROWTH.below(RealGrowth.of("1.5")),
            id -> growth.apply(id).filter(r -> r < 15_000).isPresent());
        for (Map.Entry<Condition, java.util.function.Predicate<String>> e : conds.entrySet()) {
          Condition c = e.getKey();
          List<String> passing = all.stream().filter(e.getValue()).toList();
          List<String> passingWithGdp =
              passing.stream().filter(id -> gdp.apply(id).isPresent()).toList();
          for (boolean descending : new boolean[] {true, false}) {
            CitySelection where = y.cities().where(c);
            List<String> actual = (descending ? where.orderByDescending(Metric.GDP)
                : where.orderBy(Metric.GDP)).ids();
            assertThat(actual).as("seed %d, %s, descending %s", seed, c, descending)
                .isEqualTo(expectedOrder(y, passing, descending));
            // through a chained where, read before it is ordered
            CitySelection chained = y.cities().where(Metric.GDP.isPresent()).where(c);
            assertThat(chained.count()).isEqualTo(passingWithGdp.size());
            assertThat((descending ? chained.orderByDescending(Metric.GDP)
                : chained.orderBy(Metric.GDP)).ids())
                .isEqualTo(expectedOrder(y, passingWithGdp, descending));
          }
        }
      }
    }
  }

}
