package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citygdp.core.domain.City;
import org.citygdp.core.engine.Column;
import org.citygdp.core.internal.Checks;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.RealGrowth;

/**
 * Two years of one view side by side: changes in real growth (in percentage points), newcomers
 * and leavers of a club, tier moves and rank changes.
 *
 * <pre>{@code
 * Comparison c = dataset.compare(2025, 2024);
 * c.growthChange("xian");                              // Optional[+0.2pp]
 * c.newcomers(Threshold.TRILLION_CLUB).names();         // [Wenzhou, Dalian]
 * c.tierMoves();                                       // beijing: 4T -> 5T
 * }</pre>
 */
public final class Comparison {
  private final YearView later;
  private final YearView earlier;

  Comparison(YearView later, YearView earlier) {
    this.later = later;
    this.earlier = earlier;
  }

  public YearView later() {
    return later;
  }

  public YearView earlier() {
    return earlier;
  }

  /** {@code growth(later) - growth(earlier)} for one city, if both are published. */
  public Optional<PercentagePoints> growthChange(String cityId) {
    return change(later.dataset().cityIndex(Checks.notNull("cityId", cityId))).change();
  }

  /** Growth changes of every city of the dataset. */
  public GrowthChanges growthChanges() {
    return growthChanges(later.cities());
  }

  /** Growth changes of the cities of {@code among} (e.g. this year's club members). */
  public GrowthChanges growthChanges(CitySelection among) {
    Checks.notNull("among", among);
    if (among.yearView().dataset().catalog != later.dataset().catalog) {
      throw new IllegalArgumentException("among must be a selection of the same dataset, not of "
          + among.yearView().dataset());
    }
    return GrowthChanges.of(later, earlier, among.indices());
  }

  private GrowthChange change(int city) {
    City c = later.catalog.cities.get(city);
    RealGrowth e = new YearlyStats(earlier, city).realGrowth().orElse(null);
    RealGrowth l = new YearlyStats(later, city).realGrowth().orElse(null);
    return new GrowthChange(c, e, l);
  }

  /**
   * Cities at or above the threshold in the later year whose GDP was published and below it in
   * the earlier year, largest GDP first. A city with no earlier GDP is not counted as a newcomer:
   * for that, see {@link #newcomersIncludingUnpublished(Threshold)}.
   */
  public CitySelection newcomers(Threshold threshold) {
    Checks.notNull("threshold", threshold);
    return later.membersWhere(threshold, knownBelow(earlier, threshold));
  }

  /**
   * Cities at or above the threshold in the later year that were not members in the earlier
   * year, largest GDP first: those published below it, and also those with no earlier GDP
   * figure in this view (a missing figure counts as below). {@link #newcomers(Threshold)} leaves
   * the latter out; the difference between the two is the cities whose earlier GDP is missing.
   */
  public CitySelection newcomersIncludingUnpublished(Threshold threshold) {
    Checks.notNull("threshold", threshold);
    return later.membersWhere(threshold, notMember(earlier, threshold));
  }

  /** Cities at or above the threshold in the earlier year and published below it in the later. */
  public CitySelection leavers(Threshold threshold) {
    Checks.notNull("threshold", threshold);
    return earlier.membersWhere(threshold, knownBelow(later, threshold));
  }

  /** Whether a city's GDP in {@code view} is missing or below the threshold. */
  private static YearView.CityTest notMember(YearView view, Threshold threshold) {
    Column gdp = view.slice.column(Metric.GDP.id());
    long amount = threshold.amount().toYuan();
    int base = view.slice.base;
    return c -> gdp == null || !gdp.has(base + c) || gdp.value(base + c) < amount;
  }

  /** Whether a city's GDP in {@code view} is published and below the threshold. */
  private static YearView.CityTest knownBelow(YearView view, Threshold threshold) {
    Column gdp = view.slice.column(Metric.GDP.id());
    long amount = threshold.amount().toYuan();
    int base = view.slice.base;
    return c -> gdp != null && gdp.has(base + c) && gdp.value(base + c) < amount;
  }

  /** Cities whose tier under the default scheme differs between the two years. */
  public ImmutableList<TierMove> tierMoves() {
    return tierMoves(TierScheme.TRILLIONS);
  }

  public ImmutableList<TierMove> tierMoves(TierScheme scheme) {
    Checks.notNull("scheme", scheme);
    ImmutableList.Builder<TierMove> out = ImmutableList.builder();
    for (City c : later.catalog.cities) {
      Tier from = earlier.stats(c.id()).gdp().flatMap(scheme::classify).orElse(null);
      Tier to = later.stats(c.id()).gdp().flatMap(scheme::classify).orElse(null);
      if (from != to && (from == null || !from.equals(to))) {
        out.add(new TierMove(c, from, to));
      }
    }
    return out.build();
  }

  /**
   * Ranks by {@code metric} (1 = largest) in both years among the cities that have the figure in
   * both, ordered by the later rank. Ties share no rank: they are broken by city id.
   */
  public ImmutableList<RankChange> rankChanges(Metric<?> metric) {
    Checks.notNull("metric", metric);
    Condition inBoth = metric.isPresent().and(Condition.ofMask("present in " + earlier.year(),
        metric.isPresent().mask(earlier)));
    boolean[] both = inBoth.mask(later);
    ImmutableList<String> laterOrder =
        later.cities().where(Condition.ofMask("in both", both)).orderByDescending(metric).ids();
    ImmutableList<String> earlierOrder =
        earlier.cities().where(Condition.ofMask("in both", both)).orderByDescending(metric).ids();
    Map<String, Integer> earlierRank = new HashMap<>();
    for (int i = 0; i < earlierOrder.size(); i++) {
      earlierRank.put(earlierOrder.get(i), i + 1);
    }
    ImmutableList.Builder<RankChange> out = ImmutableList.builder();
    for (int i = 0; i < laterOrder.size(); i++) {
      String id = laterOrder.get(i);
      out.add(new RankChange(later.dataset().cities().get(later.dataset().cityIndex(id)),
          java.util.Objects.requireNonNull(earlierRank.get(id)), i + 1));
    }
    return out.build();
  }


  @Override
  public String toString() {
    return "Comparison " + later.year() + " vs " + earlier.year();
  }
}
