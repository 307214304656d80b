package org.citygdp.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentTest {

  @Test
  void should_give_percentage_points_as_the_difference_of_two_rates() {
    // 5.4% - 4.0% is 1.4 percentage points, not 1.4%
    PercentagePoints diff = Percent.of("5.4").minus(Percent.of("4.0"));
    assertThat(diff).isEqualTo(PercentagePoints.of("1.4"));
    assertThat(diff.toString()).isEqualTo("+1.4pp");
    assertThat(Percent.of("4.5").minus(Percent.of("4.7")).toString()).isEqualTo("-0.2pp");
    assertThat(Percent.of("4").minus(Percent.of("4.0")).toString()).isEqualTo("0pp");
  }

  @Test
  void should_move_a_rate_by_percentage_points() {
    assertThat(Percent.of("5.4").plus(PercentagePoints.of("0.6"))).isEqualTo(Percent.of("6"));
    assertThat(Percent.of("5.4").minus(PercentagePoints.of("0.4"))).isEqualTo(Percent.of("5"));
  }

  @Test
  void should_compare_by_value_not_by_scale() {
    assertThat(Percent.of("5.40")).isEqualTo(Percent.of("5.4"));
    assertThat(Percent.of("5.4").toString()).isEqualTo("5.4%");
    assertThat(Percent.of("-4.73").toString()).isEqualTo("-4.73%");
  }

  @ParameterizedTest
  @CsvSource({"5.4%, 54000", "-0.2%, -2000", "100%, 1000000", "12.3456%, 123456"})
  void should_parse_the_canonical_form(String text, long unscaled) {
    Percent p = Percent.parse(text);
    assertThat(p.unscaledValue()).isEqualTo(unscaled);
    assertThat(Percent.parse(p.toString())).isEqualTo(p);
  }

  @Test
  void should_refuse_more_precision_than_it_keeps() {
    assertThatThrownBy(() -> Percent.of("5.12345"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5.12345")
        .hasMessageContaining("more than 4 decimal places");
  }

  @Test
  void should_require_the_unit_when_parsing() {
    assertThatThrownBy(() -> Percent.parse("5.4")).hasMessageContaining("must end with '%'");
    assertThatThrownBy(() -> PercentagePoints.parse("1.4")).hasMessageContaining("'pp'");
    assertThat(PercentagePoints.parse("+1.4pp")).isEqualTo(PercentagePoints.of("1.4"));
    assertThat(PercentagePoints.parse("-1.9pp")).isEqualTo(PercentagePoints.of("-1.9"));
  }

  @Test
  void should_obey_the_equals_contract() {
    EqualsVerifier.forClass(Percent.class).verify();
    EqualsVerifier.forClass(PercentagePoints.class).verify();
    EqualsVerifier.forClass(Population.class).verify();
  }
}
