package org.citygdp.core;

import org.citygdp.core.internal.Checks;
import org.citygdp.units.Yuan;

/**
 * The first year in a view that a city's GDP was at or above a threshold.
 *
 * @param crossedThatYear true when the previous year's GDP is published and below the threshold,
 *     so the crossing happened in {@code year}; false when the view simply has no earlier figure
 *     (the crossing was in {@code year} or before)
 */
public record Milestone(String label, Yuan threshold, int year, Yuan gdp, boolean crossedThatYear) {
  /** @throws NullPointerException naming a null component */
  public Milestone {
    Checks.notNull("label", label);
    Checks.notNull("threshold", threshold);
    Checks.notNull("gdp", gdp);
  }

  @Override
  public String toString() {
    return label + ": " + (crossedThatYear ? "" : "by ") + year + " (" + gdp + ")";
  }
}
