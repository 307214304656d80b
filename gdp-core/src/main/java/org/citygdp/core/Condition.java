package org.citygdp.core;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A test on a city in a year, for {@link CitySelection#where}. Built from {@link Metric}s
 * ({@code Metric.REAL_GROWTH.above(RealGrowth.of("5"))}) or the static factories here, and
 * combined with {@link #and}, {@link #or} and {@link #negate}. Immutable and reusable.
 *
 * <p>A comparison on a missing figure is false. Note that {@code above(x).negate()} therefore
 * includes cities whose figure is missing; {@code atMost(x)} does not.
 */
public abstract class Condition {
  enum Op {
    GT, GE, LT, LE
  }

  /** Evaluates a bound condition for one city index. */
  interface Matcher {
    boolean test(int city);
  }

  private final String description;

  Condition(String description) {
    this.description = description;
  }

  /** Binds this condition to one year of a view, looking up its columns once. */
  abstract Matcher bind(Slice slice);

  /** Every city. */
  public static Condition always() {
    return new Condition("true") {
      @Override
      Matcher bind(Slice slice) {
        return city -> true;
      }
    };
  }

  public Condition and(Condition other) {
    Condition self = this;
    return new Condition("(" + this + " and " + other + ")") {
      @Override
      Matcher bind(Slice slice) {
        Matcher a = self.bind(slice);
        Matcher b = other.bind(slice);
        return city -> a.test(city) && b.test(city);
      }
    };
  }

  public Condition or(Condition other) {
    Condition self = this;
    return new Condition("(" + this + " or " + other + ")") {
      @Override
      Matcher bind(Slice slice) {
        Matcher a = self.bind(slice);
        Matcher b = other.bind(slice);
        return city -> a.test(city) || b.test(city);
      }
    };
  }

  public Condition negate() {
    Condition self = this;
    return new Condition("not " + this) {
      @Override
      Matcher bind(Slice slice) {
        Matcher a = self.bind(slice);
        return city -> !a.test(city);
      }
    };
  }

  /** Cities in {@code cluster}. */
  public static Condition inCluster(Cluster cluster) {
    return onCity("in cluster " + cluster.id(), c -> c.isIn(cluster));
  }

  /** Cities in {@code region}. */
  public static Condition inRegion(Region region) {
    return onCity("in region " + region, c -> c.region() == region);
  }

  /** Cities in the province named (in English, as in {@link City#province()}). */
  public static Condition inProvince(String province) {
    return onCity("in province " + province, c -> c.province().equals(province));
  }

  /** Cities of this administrative rank. */
  public static Condition withRank(AdminRank rank) {
    return onCity("rank " + rank, c -> c.rank() == rank);
  }

  /** The cities with these ids. */
  public static Condition idIn(String... ids) {
    Set<String> set = ImmutableSet.copyOf(Arrays.asList(ids));
    return onCity("id in " + set, c -> set.contains(c.id()));
  }

  private interface CityTest {
    boolean test(City city);
  }

  private static Condition onCity(String description, CityTest test) {
    return new Condition(description) {
      @Override
      Matcher bind(Slice slice) {
        int n = slice.cityCount();
        boolean[] hit = new boolean[n];
        for (int i = 0; i < n; i++) {
          hit[i] = test.test(slice.store.corpus.cities.get(i));
        }
        return city -> hit[city];
      }
    };
  }

  /** The cities whose index is set in {@code mask} (which must not be modified afterwards). */
  static Condition ofMask(String description, boolean[] mask) {
    return new Condition(description) {
      @Override
      Matcher bind(Slice slice) {
        return city -> mask[city];
      }
    };
  }

  /** A mask of the cities of {@code slice} that satisfy this condition. */
  boolean[] mask(Slice slice) {
    Matcher m = bind(slice);
    boolean[] out = new boolean[slice.cityCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = m.test(i);
    }
    return out;
  }

  static Condition compare(Metric<?> metric, Op op, long value, String description) {
    return new Condition(description) {
      @Override
      Matcher bind(Slice slice) {
        Column c = slice.column(metric);
        if (c == null) {
          return city -> false;
        }
        long[] v = c.values;
        int base = slice.base;
        switch (op) {
          case GT:
            return city -> c.has(base + city) && v[base + city] > value;
          case GE:
            return city -> c.has(base + city) && v[base + city] >= value;
          case LT:
            return city -> c.has(base + city) && v[base + city] < value;
          default:
            return city -> c.has(base + city) && v[base + city] <= value;
        }
      }
    };
  }

  static Condition compareMetrics(Metric<?> left, Op op, Metric<?> right) {
    String symbol = op == Op.GT ? " > " : op == Op.GE ? " >= " : op == Op.LT ? " < " : " <= ";
    return new Condition(left.id() + symbol + right.id()) {
      @Override
      Matcher bind(Slice slice) {
        Column a = slice.column(left);
        Column b = slice.column(right);
        if (a == null || b == null) {
          return city -> false;
        }
        int base = slice.base;
        return city -> {
          int r = base + city;
          if (!a.has(r) || !b.has(r)) {
            return false;
          }
          int c = Long.compare(a.values[r], b.values[r]);
          return op == Op.GT ? c > 0 : op == Op.GE ? c >= 0 : op == Op.LT ? c < 0 : c <= 0;
        };
      }
    };
  }

  static Condition presence(Metric<?> metric, boolean present) {
    return new Condition(metric.id() + (present ? " present" : " missing")) {
      @Override
      Matcher bind(Slice slice) {
        @Nullable Column c = slice.column(metric);
        int base = slice.base;
        if (c == null) {
          return city -> !present;
        }
        return city -> c.has(base + city) == present;
      }
    };
  }

  @Override
  public String toString() {
    return description;
  }
}
