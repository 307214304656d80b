package org.citygdp.core;

/**
 * One metric's figures for every (year, city) cell of a view, in row-major order
 * {@code row = yearIndex * cityCount + cityIndex}: the values as exact longs, a presence bit
 * set, and which observation each value came from. Never mutated after construction.
 */
final class Column {
  final long[] values;
  final long[] present;
  /** Index of the chosen observation for each cell, or -1 (missing or derived). */
  final int[] pick;

  Column(int rows) {
    this.values = new long[rows];
    this.present = new long[(rows + 63) >>> 6];
    this.pick = new int[rows];
    java.util.Arrays.fill(pick, -1);
  }

  boolean has(int row) {
    return (present[row >>> 6] & (1L << row)) != 0;
  }

  void set(int row, long value, int observation) {
    values[row] = value;
    present[row >>> 6] |= 1L << row;
    pick[row] = observation;
  }
}
