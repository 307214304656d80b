package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Sector;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.Percent;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * A sector's figures: each accessor gives back what it holds, the text names only the figures
 * there are; a city's sectors from its stats, with the share of GDP only where GDP is not zero.
 */
class SectorGrowthTest {

  @Test
  void should_give_back_every_figure_and_name_them_all() {
    SectorGrowth s = new SectorGrowth(Sector.TERTIARY, Yuan.ofYi("100"), RealGrowth.of("6"),
        NominalGrowth.of("7"), Percent.of("55"), Percent.of("40"));
    assertThat(s.sector()).isEqualTo(Sector.TERTIARY);
    assertThat(s.valueAdded()).contains(Yuan.ofYi("100"));
    assertThat(s.realGrowth()).contains(RealGrowth.of("6"));
    assertThat(s.nominalGrowth()).contains(NominalGrowth.of("7"));
    assertThat(s.growthContribution()).contains(Percent.of("55"));
    assertThat(s.shareOfGdp()).contains(Percent.of("40"));
    assertThat(s.isEmpty()).isFalse();
    assertThat(s).hasToString("tertiary: value added " + Yuan.ofYi("100") + " growth "
        + RealGrowth.of("6") + " growth " + NominalGrowth.of("7") + " contribution "
        + Percent.of("55"));
  }

  @Test
  void should_name_only_the_figures_there_are() {
    assertThat(new SectorGrowth(Sector.TERTIARY, null, null, null, null, null))
        .hasToString("tertiary:");
    assertThat(new SectorGrowth(Sector.TERTIARY, null, null, null, null, null).isEmpty()).isTrue();
    assertThat(new SectorGrowth(Sector.TERTIARY, Yuan.ofYi("1"), null, null, null, null))
        .hasToString("tertiary: value added " + Yuan.ofYi("1"));
    assertThat(new SectorGrowth(Sector.TERTIARY, null, RealGrowth.of("6"), null, null, null))
        .hasToString("tertiary: growth 6% real");
    assertThat(new SectorGrowth(Sector.TERTIARY, null, null, NominalGrowth.of("7"), null, null))
        .hasToString("tertiary: growth " + NominalGrowth.of("7"));
    assertThat(new SectorGrowth(Sector.TERTIARY, null, null, null, Percent.of("55"), null))
        .hasToString("tertiary: contribution 55%");
    SectorGrowth none = new SectorGrowth(Sector.TERTIARY, null, null, null, null, null);
    assertThat(none.valueAdded()).isEmpty();
    assertThat(none.nominalGrowth()).isEmpty();
    assertThat(none.growthContribution()).isEmpty();
    assertThat(none.shareOfGdp()).isEmpty();
  }

  private static Dataset sectors(String gdpYi) {
    return Dataset.builder().source(Fixture.OFF)
        .city(Fixture.city("a", "A", "甲", Region.EASTERN))
        .figure("a", 2024, Metric.GDP, Yuan.ofYi(gdpYi), Release.PRELIMINARY, "off")
        .figure("a", 2024, Metric.valueAdded(Sector.SECONDARY), Yuan.ofYi("300"),
            Release.PRELIMINARY, "off")
        .figure("a", 2024, Metric.realGrowth(Sector.TERTIARY), RealGrowth.of("6"),
            Release.PRELIMINARY, "off")
        .build();
  }

  @Test
  void should_list_a_citys_sectors_in_the_order_the_dataset_names_them() {
    YearlyStats a = sectors("1200").year(2024).stats("a");
    assertThat(a.sectors()).extracting(SectorGrowth::sector)
        .containsExactly(Sector.SECONDARY, Sector.TERTIARY);
    SectorGrowth secondary = a.sector(Sector.SECONDARY).orElseThrow();
    assertThat(secondary.valueAdded()).contains(Yuan.ofYi("300"));
    assertThat(secondary.shareOfGdp()).contains(Percent.of("25")); // 300 / 1200
    assertThat(a.sector(Sector.TERTIARY).orElseThrow().realGrowth()).contains(RealGrowth.of("6"));
    assertThat(a.sector(Sector.PRIMARY)).isEmpty();
  }

  @Test
  void should_leave_the_share_out_when_gdp_is_zero() {
    YearlyStats a = sectors("0").year(2024).stats("a");
    SectorGrowth secondary = a.sector(Sector.SECONDARY).orElseThrow();
    assertThat(secondary.valueAdded()).contains(Yuan.ofYi("300"));
    assertThat(secondary.shareOfGdp()).isEmpty();
  }
}
