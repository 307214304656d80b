package org.citygdp.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Column#passingPrefix} (and {@link Column#prefixAtLeast}): the leading cities of an order
 * by the column whose value is present and at least an amount, or below it, found by binary
 * search; on a column stored in units and on one stored wide, against a naive scan.
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
    assertThat(c.prefixAtLeast(new int[] {2}, 0, Long.MIN_VALUE)).isZero(); // only a missing row
    // smallest first and "below": -1000, 1000, 2000, 3000, missing
    int[] ascending = {4, 3, 1, 0, 2};
    assertThat(c.passingPrefix(ascending, 0, 2000, false)).isEqualTo(2);
    assertThat(c.passingPrefix(ascending, 0, 2001, false)).isEqualTo(3);
    assertThat(c.passingPrefix(ascending, 0, 3001, false)).isEqualTo(4); // not the missing row
    assertThat(c.passingPrefix(ascending, 0, -1000, false)).isZero();
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

  /**
   * Generated columns, ordered as {@code Store.order} orders them (present first by value, ties
   * by index, missing last), and amounts, each checked against a scan over has() and value().
   */
  @Test
  void should_agree_with_a_naive_scan_on_generated_columns_in_both_directions() {
    Random r = new Random(7);
    for (int round = 0; round < 300; round++) {
      int rows = 1 + r.nextInt(40);
      long unit = new long[] {1, 10, 1000, 100_000_000L}[r.nextInt(4)];
      boolean wide = r.nextInt(5) == 0;
      Column.Builder b = new Column.Builder(rows);
      for (int i = 0; i < rows; i++) {
        if (r.nextInt(6) > 0) {
          b.set(i, (r.nextInt(21) - 10) * unit * (r.nextBoolean() ? 1 : 100));
        }
      }
      if (wide) {
        b.set(r.nextInt(rows), Long.MIN_VALUE + 1);
      }
      Column c = b.build();
      int base = r.nextInt(rows);
      boolean atLeast = r.nextBoolean();
      Integer[] byValue = new Integer[rows - base];
      for (int i = 0; i < byValue.length; i++) {
        byValue[i] = i;
      }
      java.util.Arrays.sort(byValue, (x, y) -> {
        boolean hx = c.has(base + x);
        boolean hy = c.has(base + y);
        if (hx != hy) {
          return hx ? -1 : 1;
        }
        int v = hx ? Long.compare(c.value(base + x), c.value(base + y)) : 0;
        return v != 0 ? (atLeast ? -v : v) : Integer.compare(x, y);
      });
      int[] order = new int[byValue.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = byValue[i];
      }
      long amount = (r.nextInt(21) - 10) * unit * (r.nextBoolean() ? 1 : 100)
          + (r.nextBoolean() ? 0 : r.nextInt(3) - 1);
      int naive = 0;
      while (naive < order.length && c.has(base + order[naive])
          && (c.value(base + order[naive]) >= amount) == atLeast) {
        naive++;
      }
      assertThat(c.passingPrefix(order, base, amount, atLeast))
          .as("round %d, unit %d, amount %d, at least %s", round, unit, amount, atLeast)
          .isEqualTo(naive);
    }
  }
}
