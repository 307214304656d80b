package org.citygdp.core;

import java.util.List;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * How {@link CitySelection#groupBy} forms groups. A city may fall in several groups (a city in two
 * clusters counts in both) or in none (a city in no cluster, or below every tier).
 *
 * <pre>{@code
 * y.cities().groupBy(Grouping.REGION);
 * y.members(Threshold.TRILLION_CLUB).groupBy(Grouping.CLUSTER);
 * y.cities().groupBy(Grouping.tier(TierScheme.TRILLIONS));
 * }</pre>
 *
 * Groupings by a city's attributes are indexed once per dataset; grouping by tier reads the year's
 * GDP column.
 */
public final class Grouping {
  /** By economic region, in the order Eastern, Central, Western, Northeast. */
  public static final Grouping REGION = new Grouping("region", (city, out) ->
      out.add(new Key(city.region().nameEn(), city.region().ordinal())), null);
  /** By province, alphabetically. */
  public static final Grouping PROVINCE = new Grouping("province", (city, out) ->
      out.add(new Key(city.province(), 0)), null);
  /** By city cluster, alphabetically by id; cities in no cluster are left out. */
  public static final Grouping CLUSTER = new Grouping("cluster", (city, out) -> {
    for (Cluster c : city.clusters()) {
      out.add(new Key(c.id(), 0));
    }
  }, null);
  /** By administrative rank. */
  public static final Grouping RANK = new Grouping("rank", (city, out) ->
      out.add(new Key(city.rank().name(), city.rank().ordinal())), null);

  /**
   * A group's label and its place in the order of groups (then by label). Its equals and
   * hashCode are written out: a record's own go through {@code ObjectMethods} method handles,
   * slow until compiled, and indexing a new dataset's groups hashes one key per city (#11).
   */
  record Key(String label, int order) {
    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key && ((Key) o).order == order && ((Key) o).label.equals(label);
    }

    @Override
    public int hashCode() {
      return 31 * label.hashCode() + order;
    }
  }

  /** The groups a city belongs to by its own attributes. */
  interface KeyFunction {
    void keys(City city, List<Key> out);
  }

  private final String name;
  private final @Nullable KeyFunction function;
  private final @Nullable TierScheme scheme;

  private Grouping(String name, @Nullable KeyFunction function, @Nullable TierScheme scheme) {
    this.name = name;
    this.function = function;
    this.scheme = scheme;
  }

  /** By tier of {@code scheme}, highest first; cities below every tier or without GDP are left out. */
  public static Grouping tier(TierScheme scheme) {
    return new Grouping("tier", null, Checks.notNull("scheme", scheme));
  }

  String name() {
    return name;
  }

  /** The function of a grouping by city attributes, or null for a grouping by tier. */
  @Nullable KeyFunction function() {
    return function;
  }

  /** The scheme of a grouping by tier, or null. */
  @Nullable TierScheme scheme() {
    return scheme;
  }

  @Override
  public String toString() {
    return name;
  }
}
