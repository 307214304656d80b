package org.citygdp.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Column#prefixAtLeast}: the leading cities of an order whose value is present and at least
 * an amount, on a column stored in units and on one stored wide, against a naive reference.
 */
class ColumnPrefixTest {

  /** Rows 0..4 of one year at base 0: 3000, 2000, missing, 1000, -1000 (units of 1000). */
  private static Column small() {
    Column.Builder b = new Column.Builder(5);
    b.set(0, 3000);
    b.set(1, 2000);
    b.set(3, 1000);
    b.set(4, -1000);
    return b.build();
  }

  @Test
  void should_count_the_prefix_at_or_above_the_amount_on_units() {
    Column c = small();
    assertThat(c.units).isNotNull(); // stored as units of 1000
    int[] byValue = {0, 1, 3, 4, 2}; // descending, the missing row last
    assertThat(c.prefixAtLeast(byValue, 0, 2000)).isEqualTo(2); // equal passes
    assertThat(c.prefixAtLeast(byValue, 0, 2001)).isEqualTo(1); // not a multiple of the unit
    assertThat(c.prefixAtLeast(byValue, 0, 1999)).isEqualTo(2);
    assertThat(c.prefixAtLeast(byValue, 0, -1000)).isEqualTo(4); // stops at the missing row
    assertThat(c.prefixAtLeast(byValue, 0, -1001)).isEqualTo(4); // a negative amount, rounded up
    assertThat(c.prefixAtLeast(byValue, 0, 3001)).isZero();
    assertThat(c.prefixAtLeast(new int[0], 0, 0)).isZero();
    // a missing row first: nothing passes, whatever follows
    assertThat(c.prefixAtLeast(new int[] {2, 0, 1}, 0, 0)).isZero();
  }

  @Test
  void should_count_the_same_prefix_on_a_wide_column_and_from_a_base() {
    Column.Builder b = new Column.Builder(6);
    b.set(3, Long.MAX_VALUE); // too wide for units: stored as longs
    b.set(4, 7);
    Column c = b.build();
    assertThat(c.wide).isNotNull();
    int[] order = {0, 1, 2}; // rows 3, 4, 5 from base 3
    assertThat(c.prefixAtLeast(order, 3, 7)).isEqualTo(2);
    assertThat(c.prefixAtLeast(order, 3, 8)).isEqualTo(1);
    assertThat(c.prefixAtLeast(order, 3, Long.MAX_VALUE)).isEqualTo(1);
  }

  /** Generated columns and amounts, each checked against a loop over has() and value(). */
  @Test
  void should_agree_with_a_naive_reference_on_generated_columns() {
    Random r = new Random(7);
    for (int round = 0; round < 300; round++) {
      int rows = 1 + r.nextInt(40);
      long unit = new long[] {1, 10, 1000, 100_000_000L}[r.nextInt(4)];
      boolean wide = r.nextInt(5) == 0;
      Column.Builder b = new Column.Builder(rows);
      for (int i = 0; i < rows; i++) {
        if (r.nextInt(6) > 0) {
          b.set(i, (r.nextInt(2001) - 1000) * unit);
        }
      }
      if (wide) {
        b.set(r.nextInt(rows), Long.MIN_VALUE + 1);
      }
      Column c = b.build();
      int base = r.nextInt(rows);
      int[] order = new int[rows - base];
      for (int i = 0; i < order.length; i++) {
        order[i] = r.nextInt(order.length);
      }
      long amount = (r.nextInt(2001) - 1000) * unit + (r.nextBoolean() ? 0 : r.nextInt(3) - 1);
      int naive = 0;
      while (naive < order.length && c.has(base + order[naive])
          && c.value(base + order[naive]) >= amount) {
        naive++;
      }
      assertThat(c.prefixAtLeast(order, base, amount))
          .as("round %d, unit %d, amount %d", round, unit, amount).isEqualTo(naive);
    }
  }
}
