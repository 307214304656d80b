package org.citygdp.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

/**
 * Equality of the domain values. In the domain's own package, so that the test run opens it to
 * EqualsVerifier's reflection.
 */
class DomainEqualityTest {

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
}
