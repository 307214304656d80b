package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.citygdp.core.engine.Int128;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Group aggregates computed in one pass agree with the per-selection ones, exactly (#3). */
class AggregationTest {
  private final YearView y2024 = Fixture.dataset().year(2024);

  @ParameterizedTest
  @CsvSource({
      // hi, lo, den: (hi * 2^64 + unsigned lo) / den, half-even
      "0, 7, 2", "0, 5, 2", "-1, -5, 2", "-1, -7, 2", "1, 0, 3", "1, 0, 4", "0, 9223372036854775807, 9223372036854775806",
      "5, 123456789, 1000000007", "-6, 42, 1000000007", "3, -1, 4611686018427387904",
      "123456, 0, 9223372036854775807", "-123457, 99, 9223372036854775807",
      "0, 9223372036854775807, -3", "2, 1, -5"})
  void should_divide_128_bits_half_even_exactly(long hi, long lo, long den) {
    assertThat(Int128.divideHalfEven(hi, lo, den)).isEqualTo(exact(hi, lo, den));
  }

  @Test
  void should_divide_sums_of_products_exactly_when_they_overflow_a_long() {
    // GIVEN sums of growth x GDP as the group queries form them, many beyond 64 bits
    SplittableRandom random = new SplittableRandom(3);
    for (int k = 0; k < 20_000; k++) {
      long hi = 0;
      long lo = 0;
      long weights = 0;
      int n = 1 + random.nextInt(k % 2 == 0 ? 5 : 3000);
      for (int i = 0; i < n; i++) {
        long w = random.nextLong(-200_000, 200_000);
        long v = random.nextLong(1, 1L << (20 + random.nextInt(30)));
        long pLo = w * v;
        long sum = lo + pLo;
        hi += Math.multiplyHigh(w, v) + (Long.compareUnsigned(sum, lo) < 0 ? 1 : 0);
        lo = sum;
        weights += v;
      }
      // WHEN divided THEN exactly the BigDecimal quotient, rounded half-even
      assertThat(Int128.divideHalfEven(hi, lo, weights)).isEqualTo(exact(hi, lo, weights));
      // AND ties round to even
      long twice = weights * 2 + 1;
      assertThat(Int128.divideHalfEven(0, weights, weights * 2)).isEqualTo(exact(0, weights, weights * 2));
      assertThat(Int128.divideHalfEven(hi, lo, twice)).isEqualTo(exact(hi, lo, twice));
    }
  }

  @Test
  void should_take_shares_exactly_as_yuan_percent_of() {
    SplittableRandom random = new SplittableRandom(7);
    for (int k = 0; k < 20_000; k++) {
      Yuan part = Yuan.ofYuan(random.nextLong(-(1L << 55), 1L << 55));
      Yuan whole = Yuan.ofYuan(random.nextLong(1L << 13, 1L << (14 + random.nextInt(48))));
      assertThat(CitySelection.percentOf(part, whole))
          .isEqualTo(part.percentOf(whole, RoundingMode.HALF_EVEN));
    }
    Yuan national = Yuan.ofYuan(3);
    assertThat(CitySelection.percentOf(Yuan.ofYuan(1), national))
        .isEqualTo(Yuan.ofYuan(1).percentOf(national, RoundingMode.HALF_EVEN));
  }

  @Test
  void should_give_each_group_the_aggregates_of_its_members() {
    for (CitySelection sel : ImmutableList.of(y2024.cities(),
        y2024.cities().orderByDescending(Metric.GDP),
        y2024.cities().where(Condition.idIn("alpha", "delta", "epsilon")))) {
      for (Grouping grouping : ImmutableList.of(Grouping.REGION, Grouping.CLUSTER,
          Grouping.PROVINCE, Grouping.RANK, Grouping.tier(TierScheme.TRILLIONS))) {
        for (GroupTable.Row row : sel.groupBy(grouping).rows()) {
          CitySelection members = row.members();
          assertThat(row.gdp()).isEqualTo(members.sum(Metric.GDP));
          assertThat(row.weightedGrowth()).isEqualTo(members.weightedGrowth());
          assertThat(row.shareOfNationalGdp()).isEqualTo(members.shareOfNationalGdp());
          assertThat(row.gdp().hashCode()).isEqualTo(members.sum(Metric.GDP).hashCode());
          assertThat(row.weightedGrowth().toString())
              .isEqualTo(members.weightedGrowth().toString());
        }
      }
    }
  }

  @Test
  void should_keep_the_selection_order_within_groups() {
    GroupTable byRegion = y2024.cities().orderByDescending(Metric.GDP).groupBy(Grouping.REGION);
    assertThat(byRegion.grouping()).isSameAs(Grouping.REGION);
    assertThat(byRegion.year()).isEqualTo(2024);
    assertThat(byRegion.row("Eastern").orElseThrow().members().ids())
        .containsExactly("alpha", "beta");
    assertThat(y2024.cities().orderBy(Metric.GDP).groupBy(Grouping.REGION).row("Eastern")
        .orElseThrow().members().ids()).containsExactly("beta", "alpha");
  }

  @Test
  void should_say_an_aggregate_is_incomplete_before_listing_the_missing() {
    // GIVEN the Northeast group, whose only member lacks GDP
    GroupTable.Row northeast = y2024.cities().groupBy(Grouping.REGION).row("Northeast")
        .orElseThrow();
    // THEN completeness is known, and the list is the same on every ask
    assertThat(northeast.gdp().isComplete()).isFalse();
    assertThat(northeast.gdp().completeValue()).isEmpty();
    assertThat(northeast.gdp().missing()).containsExactly("epsilon")
        .isSameAs(northeast.gdp().missing());
    assertThat(northeast.shareOfNationalGdp().missing()).containsExactly("epsilon");
    assertThat(northeast.gdp()).isEqualTo(new Aggregate<Yuan>(null, 0, ImmutableList.of("epsilon")))
        .hasSameHashCodeAs(new Aggregate<Yuan>(null, 0, ImmutableList.of("epsilon")));
    assertThat(new Aggregate<>(Yuan.ofYuan(1), 1, ImmutableList.of()))
        .isNotEqualTo(new Aggregate<>(Yuan.ofYuan(1), 2, ImmutableList.of()))
        .isNotEqualTo(new Aggregate<>(Yuan.ofYuan(2), 1, ImmutableList.of()))
        .isNotEqualTo(new Aggregate<>(Yuan.ofYuan(1), 1, ImmutableList.of("x")))
        .isEqualTo(new Aggregate<>(Yuan.ofYuan(1), 1, ImmutableList.of()));
  }

  private static long exact(long hi, long lo, long den) {
    BigInteger num = BigInteger.valueOf(hi).shiftLeft(64)
        .add(new BigInteger(Long.toUnsignedString(lo)));
    return new BigDecimal(num).divide(BigDecimal.valueOf(den), 0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }
}
