package org.citygdp.core.engine;

import org.jspecify.annotations.Nullable;

/**
 * One metric's figures for every (year, city) cell of a view, in row-major order
 * {@code row = yearIndex * cityCount + cityIndex}, where the year index counts only the years
 * that have city figures (the corpus's city years); a national column has one row per year with
 * figures (its years). A presence bit set and the values as exact longs. Never mutated
 * after construction.
 *
 * <p>Values are stored decimal-scaled when that is exact: if every value is a multiple of a
 * common power of ten ({@code scale}) and every quotient fits an {@code int}, the column keeps the
 * quotients in an {@code int[]} (GDP in yuan published to the 亿元 hundredth is a multiple of
 * 10<sup>6</sup>); otherwise the longs themselves. {@link #value(int)} gives the exact value
 * either way.
 */
public final class Column {
  public final long[] present;
  /** The values divided by {@link #scale}, or null if the column is {@link #wide}. */
  public final int @Nullable [] units;
  /** A power of ten, 1 for a wide column. */
  public final long scale;
  /** The values themselves, or null if the column is in {@link #units}. */
  public final long @Nullable [] wide;

  private Column(long[] present, int @Nullable [] units, long scale, long @Nullable [] wide) {
    this.present = present;
    this.units = units;
    this.scale = scale;
    this.wide = wide;
  }

  public boolean has(int row) {
    return (present[row >>> 6] & (1L << row)) != 0;
  }

  /** The number of rows (cells) this column stores, present or not. */
  public int rows() {
    int[] u = units;
    return u != null ? u.length : java.util.Objects.requireNonNull(wide).length;
  }

  /**
   * How many leading cities of {@code order} have a value present and at least {@code amount} in
   * the rows from {@code base}: {@link #passingPrefix passingPrefix(order, base, amount, true)}.
   */
  public int prefixAtLeast(int[] order, int base, long amount) {
    return passingPrefix(order, base, amount, true);
  }

  /**
   * How many leading cities of {@code order} have a value present in the rows from {@code base}
   * and at least {@code amount} (if {@code atLeast}) or below it (if not). {@code order} must list
   * the cities by this column, largest first if {@code atLeast} and smallest first if not, with
   * missing values last (as {@link Store#order} does): the cities that pass are then a prefix of
   * it, found by binary search.
   */
  public int passingPrefix(int[] order, int base, long amount, boolean atLeast) {
    int[] u = units;
    long[] w = wide;
    long bound = u != null ? unitsAtLeast(amount) : amount;
    int lo = 0; // order[0, lo) passes
    int hi = order.length; // order[hi, length) fails
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int r = base + order[mid];
      long x = u != null ? u[r] : java.util.Objects.requireNonNull(w)[r];
      if (has(r) && (x >= bound) == atLeast) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The least number of units that is at least {@code amount} ({@code ceil(amount / scale)}): a
   * row's units {@code u} satisfy {@code u * scale >= amount} if and only if {@code u >=
   * unitsAtLeast(amount)}, and {@code u * scale < amount} if and only if they are below it.
   */
  public long unitsAtLeast(long amount) {
    long q = Math.floorDiv(amount, scale);
    return q * scale == amount ? q : q + 1;
  }

  /** The value of a present row (0 for a missing one). */
  public long value(int row) {
    int[] u = units;
    if (u != null) {
      return u[row] * scale;
    }
    return java.util.Objects.requireNonNull(wide)[row];
  }

  /** Collects a column's values, then picks its storage. */
  public static final class Builder {
    private final long[] values;
    private final long[] present;

    public Builder(int rows) {
      this.values = new long[rows];
      this.present = new long[(rows + 63) >>> 6];
    }

    public boolean has(int row) {
      return (present[row >>> 6] & (1L << row)) != 0;
    }

    public long value(int row) {
      return values[row];
    }

    /** Whether any row in {@code [from, to)} is present. */
    public boolean anyIn(int from, int to) {
      for (int r = from; r < to; r++) {
        if ((present[r >>> 6] & (1L << r)) != 0) {
          return true;
        }
      }
      return false;
    }

    public void set(int row, long value) {
      values[row] = value;
      present[row >>> 6] |= 1L << row;
    }

    public Column build() {
      long scale = 1_000_000_000_000_000_000L;
      long max = 0;
      for (long v : values) {
        while (scale > 1 && v % scale != 0) {
          scale /= 10;
        }
        max = Math.max(max, v == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(v));
      }
      if (max / scale > Integer.MAX_VALUE) {
        return new Column(present, null, 1, values);
      }
      int[] units = new int[values.length];
      for (int r = 0; r < units.length; r++) {
        units[r] = (int) (values[r] / scale);
      }
      return new Column(present, units, scale, null);
    }
  }
}
