package org.citygdp.core;

import org.citygdp.core.domain.City;
import org.citygdp.core.internal.Checks;

/**
 * A city's place by a metric in one year, among a set of cities: 1 is the largest value.
 *
 * <p>Ties share a place, and the places after them are skipped ("1224" ranking): two cities with
 * the same GDP, second and third largest, are both #2 of their set, and the next city is #4.
 * {@link #tied()} says whether another city holds the same place. Values are compared exactly,
 * as stored ({@code 10002.1} and {@code 10002.10} 亿元 are the same value). A city without the
 * figure in the view is not ranked, and {@link #ranked()} counts only the cities that are.
 *
 * <pre>{@code
 * china.year(2025).rank("suzhou", Metric.GDP);          // Optional[Suzhou: #6 of 141 by gdp in 2025, all cities]
 * china.year(2025).provinceRank("suzhou", Metric.GDP);  // Optional[Suzhou: #1 of 13 by gdp in 2025, Jiangsu]
 * }</pre>
 *
 * @param city the city ranked
 * @param metric the metric it is ranked by, largest first
 * @param year the year of the figures
 * @param position its place, 1 for the largest; tied cities share the best place they span
 * @param ranked how many cities with the figure were ranked
 * @param tied whether another ranked city has the same value
 * @param among what the city is ranked among: {@code "all cities"}, a province, or a selection
 */
public record Rank(City city, Metric<?> metric, int year, int position, int ranked, boolean tied,
    String among) {
  /** @throws NullPointerException naming a null component */
  public Rank {
    Checks.notNull("city", city);
    Checks.notNull("metric", metric);
    Checks.notNull("among", among);
    if (position < 1 || position > ranked) {
      throw new IllegalArgumentException("position '" + position + "' must be within 1–"
          + ranked + " (the cities ranked)");
    }
  }

  @Override
  public String toString() {
    return city.nameEn() + ": #" + position + (tied ? " (tied)" : "") + " of " + ranked + " by "
        + metric.id() + " in " + year + ", " + among;
  }
}
