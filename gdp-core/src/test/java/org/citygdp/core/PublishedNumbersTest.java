package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Random;
import org.citygdp.core.domain.Sector;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.Percent;
import org.citygdp.units.Population;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Metric#fromPublished}, the loader's way in for every figure (issue #10, findings 2 and
 * 7): the number grammar of {@code org.citygdp.units}, the same rules and bounded messages.
 */
class PublishedNumbersTest {

  private static final List<Metric<?>> METRICS = List.of(Metric.GDP, Metric.REAL_GROWTH,
      Metric.POPULATION, Metric.valueAdded(Sector.TERTIARY), Metric.realGrowth(Sector.TERTIARY),
      Metric.nominalGrowth(Sector.EXPORTS), Metric.growthContribution(Sector.TERTIARY));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1e999999999       | exponent",
      "1e-999999999      | exponent",
      "' 10002.1 '       | whitespace",
      "+10002.1          | sign; write 5.4, not +5.4",
      "1.00021e4         | exponent",
      "１０００２.１        | not ASCII",
      "١٠٠٠٢.١           | not ASCII",
      "10,002.1          | separator",
      "5.                | no digit after",
      ".5                | no digit before",
      "''                | empty",
      "1.12345           | more than 4 decimal places",
      "99999999999999999 | out of range"})
  void should_reject_every_hostile_value_for_every_metric(String text, String rule) {
    for (Metric<?> metric : METRICS) {
      if (metric == Metric.GDP || metric.id().startsWith("value_added")) {
        if (text.equals("1.12345")) {
          continue; // 亿元 take 8 decimals
        }
      }
      Throwable t = catchThrowable(() -> metric.fromPublished(text));
      assertThat(t).as("%s of '%s'", metric, text)
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(rule);
    }
  }

  @Test
  void should_answer_a_ten_million_character_value_with_a_short_message() {
    String huge = "1".repeat(10_000_000);
    for (Metric<?> metric : METRICS) {
      Throwable t = catchThrowable(() -> metric.fromPublished(huge));
      assertThat(t).isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("(10000000 characters) is too long");
      assertThat(t.getMessage()).hasSizeLessThan(150);
    }
    assertThatThrownBy(() -> Metric.GDP.fromPublished("10002\u00001"))
        .hasMessage("amount in 亿元 '10002\\u00001' is not a plain decimal ([-]digits[.digits],"
            + " ASCII digits only): it has a control character (U+0000 at position 6)");
    assertThatThrownBy(() -> Metric.GDP.fromPublished(null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("decimal must not be null");
  }

  @Test
  void should_check_ranges_where_figures_enter() {
    assertThatThrownBy(() -> Metric.REAL_GROWTH.fromPublished("-100.1"))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("below -100%");
    assertThatThrownBy(() -> Metric.nominalGrowth(Sector.EXPORTS).fromPublished("-101"))
        .hasMessageContaining("below -100%");
    assertThatThrownBy(() -> Metric.POPULATION.fromPublished("-1"))
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> Metric.GDP.fromPublished("92233720368.54775808"))
        .hasMessageContaining("out of range");
    // a contribution to growth may be negative or above 100%
    assertThat(Metric.growthContribution(Sector.TERTIARY).fromPublished("-120.5"))
        .isEqualTo(Percent.of("-120.5"));
  }

  @Test
  void should_read_back_every_value_it_publishes() {
    Random r = new Random(10);
    for (int i = 0; i < 5_000; i++) {
      long raw = r.nextLong() >> r.nextInt(64);
      check(Metric.GDP, Yuan.ofYuan(raw));
      check(Metric.valueAdded(Sector.TERTIARY), Yuan.ofYuan(raw));
      check(Metric.growthContribution(Sector.TERTIARY), Percent.ofUnscaled(raw));
      if (raw >= -1_000_000) {
        check(Metric.REAL_GROWTH, RealGrowth.of(Percent.ofUnscaled(raw)));
        check(Metric.nominalGrowth(Sector.EXPORTS), NominalGrowth.of(Percent.ofUnscaled(raw)));
      }
      if (raw >= 0) {
        check(Metric.POPULATION, Population.ofPersons(raw));
      }
    }
    check(Metric.GDP, Yuan.ofYuan(Long.MIN_VALUE));
    check(Metric.GDP, Yuan.ofYuan(Long.MAX_VALUE));
    assertThat(Metric.GDP.toPublished(Yuan.ofYi("52073.4"))).isEqualTo("52073.4");
    assertThat(Metric.REAL_GROWTH.fromPublished("-4.7")).isEqualTo(RealGrowth.of("-4.7"));
    assertThat(Metric.GDP.fromPublished("0")).isEqualTo(Yuan.ZERO);
  }

  private static <V extends Comparable<? super V>> void check(Metric<V> metric, V value) {
    String text = metric.toPublished(value);
    assertThat(metric.fromPublished(text)).as("%s '%s'", metric, text).isEqualTo(value);
  }
}
