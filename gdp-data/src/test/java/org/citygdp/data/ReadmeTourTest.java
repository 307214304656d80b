package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.citygdp.core.Cluster;
import org.citygdp.core.Dataset;
import org.citygdp.core.Grouping;
import org.citygdp.core.Metric;
import org.citygdp.core.Sector;
import org.citygdp.core.Source;
import org.citygdp.core.Threshold;
import org.citygdp.core.YearView;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.RealGrowth;
import org.junit.jupiter.api.Test;

/** The README's tour, statement for statement, so that its examples compile and stay true. */
class ReadmeTourTest {

  @Test
  void the_tour_runs_as_written() {
    Dataset china = ChinaCities.load();
    YearView y = china.year(2025);

    assertThat(y.members(Threshold.TRILLION_CLUB).count()).isPositive();
    assertThat(china.compare(2025, 2024).newcomers(Threshold.TRILLION_CLUB).names())
        .containsExactlyInAnyOrder("Wenzhou", "Dalian");
    assertThat(y.tiers().toString()).contains("5T");
    assertThat(y.tiers().count("5T")).isEqualTo(2);

    assertThat(y.members(Threshold.TRILLION_CLUB).where(Metric.REAL_GROWTH.above(y.nationalGrowth()))
        .count()).isPositive();
    assertThat(y.cities().where(Metric.REAL_GROWTH.above(RealGrowth.of("6"))).names()).isNotEmpty();

    assertThat(china.compare(2025, 2024).growthChange("guangzhou"))
        .contains(PercentagePoints.of("1.9"));
    assertThat(china.compare(2025, 2024).growthChanges(y.members(Threshold.TRILLION_CLUB))
        .keptOrRaised().size()).isPositive();

    assertThat(y.cities().where(Metric.realGrowth(Sector.TERTIARY).above(Metric.REAL_GROWTH))
        .names()).contains("Shanghai", "Beijing");

    assertThat(y.members(Threshold.TRILLION_CLUB).groupBy(Grouping.REGION).counts())
        .containsKeys("Eastern", "Central", "Western", "Northeast");
    assertThat(y.cluster(Cluster.GREATER_BAY_AREA).shareOfNationalGdp().value()).isPresent();

    assertThat(china.city("beijing").milestones()).isNotEmpty();
    assertThat(y.stats("beijing").sourceOf(Metric.GDP).map(Source::citation)).isPresent();

    assertThat(china.asOf(java.time.LocalDate.of(2026, 2, 6)).compare(2025, 2024)
        .growthChange("xian")).isNotNull();
  }
}
