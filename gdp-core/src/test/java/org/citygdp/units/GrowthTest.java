package org.citygdp.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class GrowthTest {

  @Test
  void should_give_percentage_points_between_two_real_rates() {
    // Xi'an: 4.5% (revised 2024) -> 4.7% (2025) is +0.2pp
    assertThat(RealGrowth.of("4.7").minus(RealGrowth.of("4.5")))
        .isEqualTo(PercentagePoints.of("0.2"));
    assertThat(RealGrowth.of("4.5").plus(PercentagePoints.of("0.2")))
        .isEqualTo(RealGrowth.of("4.7"));
    assertThat(RealGrowth.of("6.1").isFasterThan(RealGrowth.of("6"))).isTrue();
    assertThat(RealGrowth.of("4").isSlowerThan(RealGrowth.of("4.0"))).isFalse();
  }

  @Test
  void should_never_be_equal_across_bases() {
    RealGrowth real = RealGrowth.of("5");
    NominalGrowth nominal = NominalGrowth.of("5");
    assertThat(real).isNotEqualTo(nominal);
    assertThat(real.rate()).isEqualTo(nominal.rate());
    assertThat(real.basis()).isEqualTo(Growth.Basis.REAL);
    assertThat(nominal.basis()).isEqualTo(Growth.Basis.NOMINAL);
  }

  @Test
  void should_print_its_basis_and_parse_it_back() {
    assertThat(RealGrowth.of("5.4").toString()).isEqualTo("5.4% real");
    assertThat(NominalGrowth.of("-0.5").toString()).isEqualTo("-0.5% nominal");
    assertThat(RealGrowth.parse("5.4% real")).isEqualTo(RealGrowth.of("5.4"));
    assertThat(NominalGrowth.parse("-0.5% nominal")).isEqualTo(NominalGrowth.of("-0.5"));
    assertThatThrownBy(() -> RealGrowth.parse("5.4% nominal"))
        .hasMessageContaining("must end with ' real'");
  }

  @Test
  void should_reject_a_fall_of_more_than_everything() {
    assertThatThrownBy(() -> RealGrowth.of("-100.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-100.1%")
        .hasMessageContaining("below -100%");
    assertThat(RealGrowth.of("-100").rate()).isEqualTo(Percent.of(-100));
  }

  @Test
  void should_obey_the_equals_contract() {
    EqualsVerifier.forClass(RealGrowth.class).usingGetClass().suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(NominalGrowth.class).usingGetClass().suppress(Warning.NULL_FIELDS).verify();
  }
}
