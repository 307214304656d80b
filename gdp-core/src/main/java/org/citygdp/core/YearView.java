package org.citygdp.core;

import java.util.Optional;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.Region;
import org.citygdp.core.engine.Column;
import org.citygdp.core.engine.Slice;
import org.citygdp.core.internal.Checks;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.jspecify.annotations.Nullable;

/**
 * One year of a {@link Dataset} view: its cities, tiers, clubs and national benchmark.
 *
 * <pre>{@code
 * YearView y = dataset.year(2025);
 * y.members(Threshold.TRILLION_CLUB).count();
 * y.tiers();
 * y.cities().where(Metric.REAL_GROWTH.above(y.nationalGrowth())).names();
 * y.stats("beijing").gdp();
 * }</pre>
 */
public final class YearView {
  private final Dataset dataset;
  private final int year;
  final Slice slice;
  final Catalog catalog;

  YearView(Dataset dataset, int year) {
    this.dataset = dataset;
    this.year = year;
    this.slice = new Slice(dataset.store, year);
    this.catalog = dataset.catalog;
  }

  public int year() {
    return year;
  }

  public Dataset dataset() {
    return dataset;
  }

  /** Every city of the dataset, in id order, whether or not it has figures this year. */
  public CitySelection cities() {
    return new CitySelection(this, slice.store.allCities());
  }

  /** Cities whose GDP is at or above the threshold, largest GDP first. */
  public CitySelection members(Threshold threshold) {
    return membersWhere(Checks.notNull("threshold", threshold), null);
  }

  /**
   * Members (GDP at or above the threshold), largest first, that also pass {@code also} (may be
   * null): walks this year's cached GDP order and stops at the first city below the threshold.
   */
  CitySelection membersWhere(Threshold threshold, @Nullable CityTest also) {
    int[] order = slice.store.order(Metric.GDP.id(), year, true);
    Column gdp = slice.column(Metric.GDP.id());
    if (gdp == null) {
      return new CitySelection(this, new int[0]);
    }
    long amount = threshold.amount().toYuan();
    int base = slice.base;
    // the members are a prefix of the order: missing figures last, values descend
    int members = gdp.prefixAtLeast(order, base, amount);
    if (also == null) {
      return new CitySelection(this, order, members); // a prefix of the cached order, no copy
    }
    int[] out = new int[members];
    int k = 0;
    for (int i = 0; i < members; i++) {
      if (also.test(order[i])) {
        out[k++] = order[i];
      }
    }
    return new CitySelection(this, k == members ? out : java.util.Arrays.copyOf(out, k));
  }

  /** A test on a city index. */
  interface CityTest {
    boolean test(int city);
  }

  /** Cities in {@code cluster}, in id order. */
  public CitySelection cluster(Cluster cluster) {
    return cities().where(Condition.inCluster(Checks.notNull("cluster", cluster)));
  }

  /** Cities in {@code region}, in id order. */
  public CitySelection region(Region region) {
    return cities().where(Condition.inRegion(Checks.notNull("region", region)));
  }

  /**
   * A city's place by {@code metric} among all cities of the dataset this year, largest first
   * (ties share a place: see {@link Rank}).
   *
   * @return empty if the city has no such figure this year: it is not ranked
   * @throws UnknownCityException if no city answers to {@code cityKey}
   */
  public Optional<Rank> rank(String cityKey, Metric<?> metric) {
    Checks.notNull("cityKey", cityKey);
    Checks.notNull("metric", metric);
    City city = dataset.findCity(cityKey);
    return find(cities().ranks(metric, "all cities"), city);
  }

  /**
   * A city's place by {@code metric} among the cities of its province this year, largest first
   * (ties share a place: see {@link Rank}).
   *
   * @return empty if the city has no such figure this year: it is not ranked
   * @throws UnknownCityException if no city answers to {@code cityKey}
   */
  public Optional<Rank> provinceRank(String cityKey, Metric<?> metric) {
    Checks.notNull("cityKey", cityKey);
    Checks.notNull("metric", metric);
    City city = dataset.findCity(cityKey);
    return find(cities().where(Condition.inProvince(city.province()))
        .ranks(metric, city.province()), city);
  }

  private static Optional<Rank> find(java.util.List<Rank> ranks, City city) {
    for (Rank r : ranks) {
      if (r.city().equals(city)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The cities below {@code threshold} this year, closest first: each with its level (and the
   * level's source), the gap to the threshold in yuan and in percent of its own level. Cities
   * without a level this year are not contenders; {@link Contenders#withoutLevel()} lists them.
   */
  public Contenders contenders(Threshold threshold) {
    return Contenders.of(this, Checks.notNull("threshold", threshold));
  }

  /**
   * The share of national GDP held by the {@code n} cities with the largest GDP this year (the
   * concentration of output): {@code y.concentration(10)} is the top ten's share. Fewer if fewer
   * cities have a level; cities without a level are never among the top.
   *
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public NationalShare concentration(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n '" + n + "' must be at least 1");
    }
    return NationalShare.of("top " + n + " by GDP",
        cities().where(Metric.GDP.isPresent()).orderByDescending(Metric.GDP).top(n));
  }

  /**
   * The share of national GDP held by the cities that satisfy {@code condition} this year, with
   * the national figure and its source.
   */
  public NationalShare shareOfNationalGdp(Condition condition) {
    Checks.notNull("condition", condition);
    return NationalShare.of(condition.toString(), cities().where(condition));
  }

  /** The tier pyramid under the default scheme, {@link TierScheme#TRILLIONS}. */
  public TierPyramid tiers() {
    return tiers(TierScheme.TRILLIONS);
  }

  public TierPyramid tiers(TierScheme scheme) {
    return TierPyramid.of(this, Checks.notNull("scheme", scheme));
  }

  /** The tier of a city under the default scheme; empty if below every tier or GDP is missing. */
  public Optional<Tier> tierOf(String cityId) {
    return stats(Checks.notNull("cityId", cityId)).gdp().flatMap(TierScheme.TRILLIONS::classify);
  }

  /** One city's figures this year. */
  public YearlyStats stats(String cityId) {
    return new YearlyStats(this, dataset.cityIndex(Checks.notNull("cityId", cityId)));
  }

  /** The national benchmark this year, if this view has one. */
  public Optional<NationalStats> national() {
    return dataset.national(year);
  }

  /**
   * National real GDP growth this year.
   *
   * @throws MissingFigureException if this view has no national growth figure for the year
   */
  public RealGrowth nationalGrowth() {
    Column c = dataset.store.nationalColumn(Metric.REAL_GROWTH.id());
    int row = dataset.catalog.yearIndex(year);
    if (c == null || !c.has(row)) {
      throw new MissingFigureException("No national real growth for " + year + " in " + dataset);
    }
    return Metric.REAL_GROWTH.decode(c.value(row));
  }

  /**
   * National GDP this year.
   *
   * @throws MissingFigureException if this view has no national GDP figure for the year
   */
  public Yuan nationalGdp() {
    Yuan gdp = nationalGdpOrNull();
    if (gdp == null) {
      throw new MissingFigureException("No national GDP for " + year + " in " + dataset);
    }
    return gdp;
  }

  /** National GDP straight from the view's column, or null: for aggregates over many groups. */
  @Nullable Yuan nationalGdpOrNull() {
    Column c = dataset.store.nationalColumn(Metric.GDP.id());
    int row = dataset.catalog.yearIndex(year);
    return c != null && c.has(row) ? Yuan.ofYuan(c.value(row)) : null;
  }

  /**
   * One line: the year, how many cities have a GDP figure in it, and the view's filters, e.g.
   * {@code "Year 2025: 141 of 337 cities with a GDP figure (latest release, any grade)"}. The
   * cities themselves print with {@code cities()} or {@code tiers()}.
   */
  @Override
  public String toString() {
    Column c = slice.column(Metric.GDP.id());
    int n = slice.cityCount();
    int withGdp = 0;
    for (int i = 0; c != null && i < n; i++) {
      if (c.has(slice.base + i)) {
        withGdp++;
      }
    }
    return "Year " + year + ": " + withGdp + " of " + n + " cities with a GDP figure ("
        + dataset.describeFilters(true) + ")";
  }
}
