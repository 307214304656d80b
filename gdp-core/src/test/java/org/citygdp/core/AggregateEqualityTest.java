package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Aggregate's equality: reflexive, never equal to another type, and a hash code that combines
 * value, count and missing ids (pinned as {@code (31 * value + counted) * 31 + missing}), the same
 * for an aggregate computed on first use.
 */
class AggregateEqualityTest {

  private static int expectedHash(Object value, int counted, ImmutableList<String> missing) {
    return (31 * Objects.hashCode(value) + counted) * 31 + missing.hashCode();
  }

  @Test
  void should_equal_itself_and_nothing_of_another_type() {
    Aggregate<Yuan> a = new Aggregate<>(Yuan.ofYi("5"), 2, ImmutableList.of("x"));
    assertThat(a.equals(a)).isTrue();
    assertThat(a.equals("CNY 0.5bn")).isFalse();
    assertThat(a.equals(null)).isFalse();
  }

  @Test
  void should_hash_value_count_and_missing_ids() {
    Aggregate<Yuan> a = new Aggregate<>(Yuan.ofYi("5"), 2, ImmutableList.of("x"));
    assertThat(a.hashCode()).isEqualTo(expectedHash(Yuan.ofYi("5"), 2, ImmutableList.of("x")));
    Aggregate<Yuan> none = new Aggregate<>(null, 0, ImmutableList.of("x", "y"));
    assertThat(none.hashCode()).isEqualTo(expectedHash(null, 0, ImmutableList.of("x", "y")));
    assertThat(new Aggregate<Yuan>(null, 1, ImmutableList.of()).hashCode())
        .isNotEqualTo(new Aggregate<Yuan>(null, 0, ImmutableList.of()).hashCode());
  }
}
