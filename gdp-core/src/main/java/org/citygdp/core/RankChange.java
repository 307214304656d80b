package org.citygdp.core;

import org.citygdp.core.domain.City;
import org.citygdp.core.internal.Checks;

/**
 * A city's rank by a metric in two years (1 = largest), among cities with the figure in both.
 * {@link #places()} is positive when the city moved up.
 */
public record RankChange(City city, int earlierRank, int laterRank) {
  /** @throws NullPointerException if {@code city} is null */
  public RankChange {
    Checks.notNull("city", city);
  }

  public int places() {
    return earlierRank - laterRank;
  }

  @Override
  public String toString() {
    return city.id() + ": #" + earlierRank + " -> #" + laterRank;
  }
}
