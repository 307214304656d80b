package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

class DomainValuesTest {

  @Test
  void should_identify_clusters_and_sectors_by_id_alone() {
    assertThat(Sector.of("tertiary", "Services", "服务业")).isEqualTo(Sector.TERTIARY);
    assertThat(Cluster.of("GREATER_BAY_AREA", "GBA", "大湾区")).isEqualTo(Cluster.GREATER_BAY_AREA);
    EqualsVerifier.forClass(Sector.class).withOnlyTheseFields("id")
        .withPrefabValues(String.class, "alpha", "beta")
        .suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(Cluster.class).withOnlyTheseFields("id")
        .withPrefabValues(String.class, "ALPHA", "BETA")
        .suppress(Warning.NULL_FIELDS).verify();
  }

  @Test
  void should_parse_metric_ids_back_to_metrics() {
    assertThat(Metric.parse("gdp", id -> Sector.TERTIARY)).isSameAs(Metric.GDP);
    assertThat(Metric.parse("real_growth.tertiary", id -> Sector.TERTIARY))
        .isEqualTo(Metric.realGrowth(Sector.TERTIARY));
    assertThat(Metric.realGrowth(Sector.TERTIARY)).isNotEqualTo(Metric.valueAdded(Sector.TERTIARY));
    assertThatThrownBy(() -> Metric.parse("growth", id -> Sector.TERTIARY))
        .hasMessageContaining("metric 'growth' must be");
    assertThat(Metric.GDP.fromPublished("13902.67")).isEqualTo(Yuan.ofYi("13902.67"));
    assertThat(Metric.GDP.toPublished(Yuan.ofBillions("1000.21"))).isEqualTo("10002.1");
    assertThat(Metric.REAL_GROWTH.header()).isEqualTo("real growth (%)");
  }

  @Test
  void should_define_tier_schemes_without_overlap() {
    assertThat(TierScheme.TRILLIONS.classify(Yuan.ofBillions("5207.34"))).map(Tier::label)
        .contains("5T");
    assertThat(TierScheme.TRILLIONS.classify(Yuan.ofBillions("999.999"))).isEmpty();
    assertThat(TierScheme.TRILLIONS.classify(Yuan.ofTrillions(2))).map(Tier::label).contains("2T");
    assertThatThrownBy(() -> TierScheme.of("bad", java.util.List.of(
        new Tier("a", Yuan.ofTrillions(1), Yuan.ofTrillions(3)),
        new Tier("b", Yuan.ofTrillions(2), null))))
        .hasMessageContaining("overlaps");
    assertThatThrownBy(() -> TierScheme.TRILLIONS.tier("6T"))
        .hasMessageContaining("tier '6T' is not in scheme 'trillions'");
  }

  @Test
  void should_require_a_way_to_find_a_source_again() {
    assertThatThrownBy(() -> Source.builder("x").publisher("P").title("T").build())
        .hasMessage("source 'x' must have a url or a seenIn");
    assertThat(Source.builder("x").publisher("P").title("T").seenIn("index file id 1").build()
        .citation()).isEqualTo("P, \"T\", seen in index file id 1 (secondary)");
  }
}
