package org.citygdp.core;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Set;
import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.Region;
import org.citygdp.core.engine.Column;
import org.citygdp.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A test on a city in a year, for {@link CitySelection#where}. Built from {@link Metric}s
 * ({@code Metric.REAL_GROWTH.above(RealGrowth.of("5"))}) or the static factories here, and
 * combined with {@link #and}, {@link #or} and {@link #negate}. Immutable and reusable.
 *
 * <p>A comparison on a missing figure is false. Note that {@code above(x).negate()} therefore
 * includes cities whose figure is missing; {@code atMost(x)} does not.
 *
 * <p>Conditions filter whole arrays of city indices at a time, each kind in its own tight loop
 * over the primitive columns, so that a filter costs about what a hand-written loop does.
 */
public abstract class Condition {
  enum Op {
    GT, GE, LT, LE
  }

  private final java.util.function.Supplier<String> description;

  Condition(String description) {
    this.description = () -> description;
  }

  /** A condition whose description is built only when printed. */
  Condition(java.util.function.Supplier<String> description) {
    this.description = description;
  }

  /**
   * Writes to {@code out} the cities among {@code in[0..n)} that pass, keeping their order, and
   * returns how many. {@code out} may be {@code in}.
   */
  abstract int filter(YearView view, int[] in, int n, int[] out);

  /**
   * If {@code ordered} lists cities by {@code metricId} ({@code descending} or not, missing
   * figures last) and the cities that pass this condition are then a prefix of it, that prefix's
   * length; otherwise -1, and the caller filters.
   */
  int passingPrefix(YearView view, int[] ordered, String metricId, boolean descending) {
    return -1;
  }

  /**
   * Throws at once what filtering in {@code view} would throw (an unknown city id): a selection
   * filters when it is first read, but a wrong condition fails where it is applied.
   */
  void check(YearView view) {}

  /** Every city. */
  public static Condition always() {
    return new Condition("true") {
      @Override
      int filter(YearView view, int[] in, int n, int[] out) {
        System.arraycopy(in, 0, out, 0, n);
        return n;
      }
    };
  }

  public Condition and(Condition other) {
    Checks.notNull("other", other);
    Condition self = this;
    return new Condition("(" + this + " and " + other + ")") {
      @Override
      void check(YearView view) {
        self.check(view);
        other.check(view);
      }

      @Override
      int filter(YearView view, int[] in, int n, int[] out) {
        int k = self.filter(view, in, n, out);
        return other.filter(view, out, k, out);
      }
    };
  }

  public Condition or(Condition other) {
    Checks.notNull("other", other);
    Condition self = this;
    return new Condition("(" + this + " or " + other + ")") {
      @Override
      void check(YearView view) {
        self.check(view);
        other.check(view);
      }

      @Override
      int filter(YearView view, int[] in, int n, int[] out) {
        int[] a = new int[n];
        int[] b = new int[n];
        int na = self.filter(view, in, n, a);
        int nb = other.filter(view, in, n, b);
        // both are subsequences of in: merge them in in's order
        int k = 0;
        for (int i = 0, pa = 0, pb = 0; i < n; i++) {
          int c = in[i];
          boolean keep = false;
          if (pa < na && a[pa] == c) {
            pa++;
            keep = true;
          }
          if (pb < nb && b[pb] == c) {
            pb++;
            keep = true;
          }
          if (keep) {
            out[k++] = c;
          }
        }
        return k;
      }
    };
  }

  public Condition negate() {
    Condition self = this;
    return new Condition("not " + this) {
      @Override
      void check(YearView view) {
        self.check(view);
      }

      @Override
      int filter(YearView view, int[] in, int n, int[] out) {
        int[] pass = new int[n];
        int np = self.filter(view, in, n, pass);
        int k = 0;
        for (int i = 0, p = 0; i < n; i++) {
          int c = in[i];
          if (p < np && pass[p] == c) {
            p++;
          } else {
            out[k++] = c;
          }
        }
        return k;
      }
    };
  }

  /** Cities in {@code cluster}. */
  public static Condition inCluster(Cluster cluster) {
    Checks.notNull("cluster", cluster);
    return onCity("in cluster " + cluster.id(), c -> c.isIn(cluster));
  }

  /** Cities in {@code region}. */
  public static Condition inRegion(Region region) {
    Checks.notNull("region", region);
    return onCity("in region " + region, c -> c.region() == region);
  }

  /** Cities in the province named (in English, as in {@link City#province()}). */
  public static Condition inProvince(String province) {
    Checks.notNull("province", province);
    return onCity("in province " + province, c -> c.province().equals(province));
  }

  /** Cities of this administrative rank. */
  public static Condition withRank(AdminRank rank) {
    Checks.notNull("rank", rank);
    return onCity("rank " + rank, c -> c.rank() == rank);
  }

  /**
   * The cities with these ids. An id the dataset does not know fails the selection it is applied
   * to with an {@link UnknownCityException} naming the nearest known ids: {@code idIn("bejing")}
   * is a typo, not a city without figures. The ids are resolved once per dataset the condition is
   * applied to; its description ({@code toString()}) names at most five of them and counts the
   * rest, so a condition on thousands of ids costs no long string.
   */
  public static Condition idIn(String... ids) {
    return new IdIn(ImmutableSet.copyOf(Arrays.asList(Checks.notNullElements("ids", ids))));
  }

  /** The most ids a description of {@link #idIn} names; the rest are counted. */
  static final int IDS_DESCRIBED = 5;

  /**
   * {@link #idIn}: the ids are resolved against a dataset once and kept for it, and the
   * description names at most {@link #IDS_DESCRIBED} of them, built only when printed.
   */
  private static final class IdIn extends Condition {
    private final Set<String> ids;
    // for the dataset last filtered; weakly, so a kept condition does not keep a dataset alive
    private volatile @Nullable Resolved resolved;

    private static final class Resolved {
      final java.lang.ref.WeakReference<Catalog> catalog;
      final boolean[] wanted;

      Resolved(Catalog catalog, boolean[] wanted) {
        this.catalog = new java.lang.ref.WeakReference<>(catalog);
        this.wanted = wanted;
      }
    }

    IdIn(Set<String> ids) {
      super(() -> describe(ids));
      this.ids = ids;
    }

    private static String describe(Set<String> ids) {
      StringBuilder sb = new StringBuilder("id in [");
      int shown = 0;
      for (String id : ids) {
        if (shown == IDS_DESCRIBED) {
          break;
        }
        sb.append(shown == 0 ? "" : ", ").append(Checks.shown(id));
        shown++;
      }
      if (ids.size() > shown) {
        sb.append(", … ").append(ids.size() - shown).append(" more");
      }
      return sb.append(']').toString();
    }

    @Override
    void check(YearView view) {
      resolve(view.catalog);
    }

    @Override
    int filter(YearView view, int[] in, int n, int[] out) {
      return filterByMask(resolve(view.catalog), in, n, out);
    }

    /** The cities wanted, by index in {@code catalog}. */
    private boolean[] resolve(Catalog catalog) {
      Resolved r = resolved;
      if (r == null || r.catalog.get() != catalog) {
        boolean[] wanted = new boolean[catalog.cities.size()];
        for (String id : ids) {
          int i = catalog.cityIndex(id);
          if (i < 0) {
            throw catalog.unknownCity(id);
          }
          wanted[i] = true;
        }
        r = new Resolved(catalog, wanted);
        resolved = r;
      }
      return r.wanted;
    }
  }

  private interface CityTest {
    boolean test(City city);
  }

  private static Condition onCity(String description, CityTest test) {
    return new Condition(description) {
      @Override
      int filter(YearView view, int[] in, int n, int[] out) {
        java.util.List<City> cities = view.catalog.cities;
        int k = 0;
        for (int i = 0; i < n; i++) {
          int c = in[i];
          if (test.test(cities.get(c))) {
            out[k++] = c;
          }
        }
        return k;
      }
    };
  }

  /** The cities whose index is set in {@code mask} (which must not be modified afterwards). */
  static Condition ofMask(String description, boolean[] mask) {
    return new Condition(description) {
      @Override
      int filter(YearView view, int[] in, int n, int[] out) {
        return filterByMask(mask, in, n, out);
      }
    };
  }

  /** {@link #filter}'s contract for the cities whose index is set in {@code mask}. */
  private static int filterByMask(boolean[] mask, int[] in, int n, int[] out) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      int c = in[i];
      if (mask[c]) {
        out[k++] = c;
      }
    }
    return k;
  }

  /** A mask of the cities of {@code slice} that satisfy this condition. */
  boolean[] mask(YearView view) {
    int n = view.slice.cityCount();
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    int k = filter(view, all, n, all);
    boolean[] out = new boolean[n];
    for (int i = 0; i < k; i++) {
      out[all[i]] = true;
    }
    return out;
  }

  static Condition compare(Metric<?> metric, Op op, long value,
      java.util.function.Supplier<String> description) {
    return new Condition(description) {
      @Override
      int passingPrefix(YearView view, int[] ordered, String metricId, boolean descending) {
        boolean atLeast = op == Op.GT || op == Op.GE;
        boolean plusOne = op == Op.GT || op == Op.LE;
        if (!metric.id().equals(metricId) || descending != atLeast
            || (plusOne && value == Long.MAX_VALUE)) {
          return -1;
        }
        // largest first and "at least t", or smallest first and "below t", missing last: the
        // cities that pass come first, found by binary search
        Column col = view.slice.column(metricId);
        if (col == null) {
          return 0;
        }
        return col.passingPrefix(ordered, view.slice.base, plusOne ? value + 1 : value, atLeast);
      }

      @Override
      int filter(YearView view, int[] in, int n, int[] out) {
        Column col = view.slice.column(metric.id());
        if (col == null) {
          return 0;
        }
        // every comparison as "at least t" or "below t", on whole numbers
        boolean atLeast = op == Op.GT || op == Op.GE;
        long t = value;
        if (op == Op.GT || op == Op.LE) {
          if (value == Long.MAX_VALUE) {
            return op == Op.GT ? 0 : presence(metric, true).filter(view, in, n, out);
          }
          t = value + 1;
        }
        long[] p = col.present;
        int base = view.slice.base;
        int k = 0;
        int[] u = col.units;
        if (u != null) {
          long ut = col.unitsAtLeast(t);
          for (int i = 0; i < n; i++) {
            int c = in[i];
            int r = base + c;
            if ((p[r >>> 6] & (1L << r)) != 0 && (u[r] >= ut) == atLeast) {
              out[k++] = c;
            }
          }
          return k;
        }
        long[] v = java.util.Objects.requireNonNull(col.wide);
        for (int i = 0; i < n; i++) {
          int c = in[i];
          int r = base + c;
          if ((p[r >>> 6] & (1L << r)) != 0 && (v[r] >= t) == atLeast) {
            out[k++] = c;
          }
        }
        return k;
      }
    };
  }

  static Condition compareMetrics(Metric<?> left, Op op, Metric<?> right) {
    String symbol = op == Op.GT ? " > " : op == Op.GE ? " >= " : op == Op.LT ? " < " : " <= ";
    return new Condition(left.id() + symbol + right.id()) {
      @Override
      int filter(YearView view, int[] in, int n, int[] out) {
        Column a = view.slice.column(left.id());
        Column b = view.slice.column(right.id());
        if (a == null || b == null) {
          return 0;
        }
        int base = view.slice.base;
        int k = 0;
        for (int i = 0; i < n; i++) {
          int c = in[i];
          int r = base + c;
          if (a.has(r) && b.has(r)) {
            int cmp = Long.compare(a.value(r), b.value(r));
            if (op == Op.GT ? cmp > 0 : op == Op.GE ? cmp >= 0 : op == Op.LT ? cmp < 0 : cmp <= 0) {
              out[k++] = c;
            }
          }
        }
        return k;
      }
    };
  }

  static Condition presence(Metric<?> metric, boolean present) {
    return new Condition(metric.id() + (present ? " present" : " missing")) {
      @Override
      int filter(YearView view, int[] in, int n, int[] out) {
        @Nullable Column col = view.slice.column(metric.id());
        int base = view.slice.base;
        int k = 0;
        for (int i = 0; i < n; i++) {
          int c = in[i];
          if ((col != null && col.has(base + c)) == present) {
            out[k++] = c;
          }
        }
        return k;
      }
    };
  }

  @Override
  public String toString() {
    return description.get();
  }
}
