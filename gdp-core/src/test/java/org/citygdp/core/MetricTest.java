package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.citygdp.core.domain.Sector;
import org.citygdp.units.Percent;
import org.citygdp.units.Population;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Pins Metric's label, unit, sector, text and hash code, the descriptions of the conditions it
 * builds, how table cells are formatted, and how an id with a sector after the dot is read.
 */
class MetricTest {
  private static final Function<String, Sector> TERTIARY_ONLY = name -> {
    if (!name.equals("tertiary")) {
      throw new IllegalStateException("looked up '" + name + "'");
    }
    return Sector.TERTIARY;
  };

  @Test
  void a_metric_has_a_label_a_unit_a_sector_and_its_id_as_text() {
    assertThat(Metric.GDP.label()).isEqualTo("GDP");
    assertThat(Metric.REAL_GROWTH.label()).isEqualTo("real growth");
    assertThat(Metric.valueAdded(Sector.TERTIARY).label()).isEqualTo("Tertiary sector value added");
    assertThat(Metric.GDP.publishedUnit()).isEqualTo("亿元");
    assertThat(Metric.REAL_GROWTH.publishedUnit()).isEqualTo("percent");
    assertThat(Metric.POPULATION.publishedUnit()).isEqualTo("万人");
    assertThat(Metric.GDP.sector()).isEmpty();
    assertThat(Metric.realGrowth(Sector.FINANCE).sector()).contains(Sector.FINANCE);
    assertThat(Metric.GDP).hasToString("gdp");
    assertThat(Metric.growthContribution(Sector.TERTIARY))
        .hasToString("growth_contribution.tertiary");
  }

  @Test
  void metrics_equal_by_id_and_distinct_ids_hash_apart() {
    assertThat(Metric.valueAdded(Sector.TERTIARY)).isEqualTo(Metric.valueAdded(Sector.TERTIARY))
        .hasSameHashCodeAs(Metric.valueAdded(Sector.TERTIARY));
    Set<Integer> hashes = new HashSet<>();
    List<Metric<?>> all = List.of(Metric.GDP, Metric.REAL_GROWTH, Metric.POPULATION,
        Metric.GDP_PER_CAPITA, Metric.valueAdded(Sector.TERTIARY),
        Metric.realGrowth(Sector.TERTIARY), Metric.nominalGrowth(Sector.EXPORTS));
    for (Metric<?> m : all) {
      hashes.add(m.hashCode());
    }
    assertThat(hashes).hasSize(all.size());
  }

  @Test
  void a_condition_on_a_value_describes_itself() {
    RealGrowth six = RealGrowth.of("6");
    assertThat(Metric.REAL_GROWTH.above(six)).hasToString("real_growth > 6% real");
    assertThat(Metric.REAL_GROWTH.atLeast(six)).hasToString("real_growth >= 6% real");
    assertThat(Metric.REAL_GROWTH.below(six)).hasToString("real_growth < 6% real");
    assertThat(Metric.REAL_GROWTH.atMost(six)).hasToString("real_growth <= 6% real");
    Yuan trillion = Yuan.ofYi("10000");
    assertThat(Metric.GDP.atLeast(trillion)).hasToString("gdp >= " + trillion);
  }

  @Test
  void a_table_cell_is_the_exact_value_in_the_header_unit() {
    assertThat(Metric.POPULATION.format(12_345_678)).isEqualTo("1234.5678");
    assertThat(Metric.POPULATION.format(10_000)).isEqualTo("1");
    assertThat(Metric.POPULATION.format(Population.ofTenThousands("1280.5").toPersons()))
        .isEqualTo("1280.5");
    assertThat(Metric.GDP.format(Yuan.ofYi("30000").toYuan())).isEqualTo("30000");
    assertThat(Metric.GDP.format(Yuan.ofYi("13902.67").toYuan())).isEqualTo("13902.67");
    assertThat(Metric.GDP_PER_CAPITA.format(98_765)).isEqualTo("98765");
    assertThat(Metric.REAL_GROWTH.format(Percent.of("4.7").unscaledValue())).isEqualTo("4.7");
  }

  @Test
  void an_id_with_a_sector_looks_up_the_name_after_the_dot() {
    assertThat(Metric.parse("value_added.tertiary", TERTIARY_ONLY))
        .isEqualTo(Metric.valueAdded(Sector.TERTIARY));
    assertThat(Metric.parse("real_growth.tertiary", TERTIARY_ONLY).label())
        .isEqualTo("Tertiary sector real growth");
    assertThat(Metric.parse("gdp", TERTIARY_ONLY)).isSameAs(Metric.GDP);
  }

  @Test
  void an_id_starting_with_a_dot_is_refused_without_a_look_up() {
    Function<String, Sector> never = name -> {
      throw new IllegalStateException("looked up '" + name + "'");
    };
    assertThatThrownBy(() -> Metric.parse(".tertiary", never))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metric '.tertiary' must be gdp, real_growth, population, gdp_per_capita, or"
            + " value_added|real_growth|nominal_growth|growth_contribution.<sector>");
    assertThatThrownBy(() -> Metric.parse("share.tertiary", TERTIARY_ONLY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("metric 'share.tertiary' must be gdp");
  }
}
