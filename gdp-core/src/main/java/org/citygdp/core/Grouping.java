package org.citygdp.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citygdp.units.Yuan;

/**
 * How {@link CitySelection#groupBy} forms groups. A city may fall in several groups (a city in two
 * clusters counts in both) or in none (a city in no cluster, or below every tier).
 *
 * <pre>{@code
 * y.cities().groupBy(Grouping.REGION);
 * y.members(Threshold.TRILLION_CLUB).groupBy(Grouping.CLUSTER);
 * y.cities().groupBy(Grouping.tier(TierScheme.TRILLIONS));
 * }</pre>
 */
public final class Grouping {
  /** By economic region, in the order Eastern, Central, Western, Northeast. */
  public static final Grouping REGION = new Grouping("region", (view, city, out) ->
      out.add(new Key(city.region().nameEn(), city.region().ordinal())));
  /** By province, alphabetically. */
  public static final Grouping PROVINCE = new Grouping("province", (view, city, out) ->
      out.add(new Key(city.province(), 0)));
  /** By city cluster, alphabetically by id; cities in no cluster are left out. */
  public static final Grouping CLUSTER = new Grouping("cluster", (view, city, out) -> {
    for (Cluster c : city.clusters()) {
      out.add(new Key(c.id(), 0));
    }
  });
  /** By administrative rank. */
  public static final Grouping RANK = new Grouping("rank", (view, city, out) ->
      out.add(new Key(city.rank().name(), city.rank().ordinal())));

  record Key(String label, int order) {}

  interface KeyFunction {
    void keys(YearView view, City city, List<Key> out);
  }

  private final String name;
  private final KeyFunction function;

  private Grouping(String name, KeyFunction function) {
    this.name = name;
    this.function = function;
  }

  /** By tier of {@code scheme}, highest first; cities below every tier or without GDP are left out. */
  public static Grouping tier(TierScheme scheme) {
    return new Grouping("tier", (view, city, out) -> {
      Column gdp = view.slice.column(Metric.GDP);
      int row = view.slice.base + view.dataset().cityIndex(city.id());
      if (gdp != null && gdp.has(row)) {
        Optional<Tier> t = scheme.classify(Yuan.ofYuan(gdp.values[row]));
        t.ifPresent(tier -> out.add(new Key(tier.label(), -scheme.tiers().indexOf(tier))));
      }
    });
  }

  String name() {
    return name;
  }

  List<Key> keys(YearView view, City city) {
    List<Key> out = new ArrayList<>(2);
    function.keys(view, city, out);
    return out;
  }

  @Override
  public String toString() {
    return name;
  }
}
