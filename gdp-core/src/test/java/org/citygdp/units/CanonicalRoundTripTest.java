package org.citygdp.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every canonical text parses back to the value that printed it, over generated values: the
 * limits of a long, zero and its neighbours, powers of ten, and seeded random units of every size.
 * The texts the types print in their units ({@code toYi()}, {@code toBigDecimal()}, …) obey the
 * number grammar too.
 */
class CanonicalRoundTripTest {

  private static final int RANDOM = 5_000;

  /** Units to try: the edges, then random values of every magnitude, signed. */
  private static List<Long> units(long seed) {
    List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, 9L, 10L, -10L, 99_999L, 100_000L,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1));
    for (long p = 1; p <= Long.MAX_VALUE / 10; p *= 10) {
      values.add(p * 10);
      values.add(p * 10 - 1);
      values.add(-p * 10 + 1);
    }
    Random r = new Random(seed);
    for (int i = 0; i < RANDOM; i++) {
      long v = r.nextLong() >> r.nextInt(64); // every magnitude, not only huge ones
      values.add(v);
    }
    return values;
  }

  private static <T, P> int roundTrip(List<Long> units, Function<Long, T> make,
      Function<T, P> print, Function<P, T> parse) {
    int n = 0;
    for (long u : units) {
      T value = make.apply(u);
      P text = print.apply(value);
      assertThat(parse.apply(text)).as("%s printed as '%s'", u, text).isEqualTo(value);
      n++;
    }
    return n;
  }

  @Test
  void should_read_back_every_yuan_it_prints() {
    List<Long> units = units(1);
    roundTrip(units, Yuan::ofYuan, Yuan::toString, Yuan::parse);
    roundTrip(units, Yuan::ofYuan, y -> y.toYi().toPlainString(), Yuan::ofYi);
    roundTrip(units, Yuan::ofYuan, y -> y.toBillions().toPlainString(), Yuan::ofBillions);
    roundTrip(units, Yuan::ofYuan, y -> y.toTrillions().toPlainString(), Yuan::ofTrillions);
    roundTrip(units, Yuan::ofYuan, y -> "CNY " + y.toYuan(), Yuan::parse);
    roundTrip(units, Yuan::ofYuan, y -> "CNY " + y.toYi().toPlainString() + "yi", Yuan::parse);
    roundTrip(units, Yuan::ofYuan, y -> "CNY " + y.toTrillions().toPlainString() + "tn",
        Yuan::parse);
    roundTrip(units, Yuan::ofYuan, Yuan::toYi, Yuan::ofYi);
  }

  @Test
  void should_read_back_every_percent_and_point_it_prints() {
    List<Long> units = units(2);
    roundTrip(units, Percent::ofUnscaled, Percent::toString, Percent::parse);
    roundTrip(units, Percent::ofUnscaled, p -> p.toBigDecimal().toPlainString(), Percent::of);
    roundTrip(units, Percent::ofUnscaled, Percent::toBigDecimal, Percent::of);
    roundTrip(units, PercentagePoints::ofUnscaled, PercentagePoints::toString,
        PercentagePoints::parse);
    roundTrip(units, PercentagePoints::ofUnscaled, p -> p.toBigDecimal().toPlainString(),
        PercentagePoints::of);
  }

  @Test
  void should_read_back_every_growth_it_prints() {
    List<Long> units = new ArrayList<>();
    for (long u : units(3)) {
      if (u >= -1_000_000) { // -100% and above
        units.add(u);
      }
    }
    units.add(-1_000_000L);
    Function<Long, RealGrowth> real = u -> RealGrowth.of(Percent.ofUnscaled(u));
    Function<Long, NominalGrowth> nominal = u -> NominalGrowth.of(Percent.ofUnscaled(u));
    assertThat(roundTrip(units, real, RealGrowth::toString, RealGrowth::parse))
        .isGreaterThan(RANDOM / 3);
    roundTrip(units, nominal, NominalGrowth::toString, NominalGrowth::parse);
    roundTrip(units, real, g -> g.rate().toBigDecimal().toPlainString(), RealGrowth::of);
    roundTrip(units, nominal, g -> g.rate().toBigDecimal().toPlainString(), NominalGrowth::of);
  }

  @Test
  void should_read_back_every_population_it_prints() {
    List<Long> units = new ArrayList<>();
    for (long u : units(4)) {
      if (u >= 0) {
        units.add(u);
      }
    }
    roundTrip(units, Population::ofPersons, Population::toString, Population::parse);
    roundTrip(units, Population::ofPersons, p -> p.toTenThousands().toPlainString(),
        Population::ofTenThousands);
  }

  @Test
  void should_print_only_texts_the_grammar_allows() {
    // the shortest and longest canonical numbers stay within the grammar's length
    assertThat(Yuan.ofYuan(Long.MIN_VALUE).toYi().toPlainString())
        .isEqualTo("-92233720368.54775808")
        .hasSizeLessThanOrEqualTo(Decimals.MAX_LENGTH);
    assertThat(Yuan.ofYuan(Long.MIN_VALUE).toTrillions().toPlainString())
        .isEqualTo("-9223372.036854775808");
    assertThat(Percent.ofUnscaled(1).toString()).isEqualTo("0.0001%");
    assertThat(Yuan.ofYuan(100_000_000_000L).toString()).isEqualTo("CNY 100bn");
  }
}
