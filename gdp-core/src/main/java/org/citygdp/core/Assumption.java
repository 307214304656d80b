package org.citygdp.core;

import org.citygdp.core.internal.Checks;

import org.citygdp.units.NominalGrowth;

/**
 * What a {@link Projection} assumes about a city's nominal GDP growth: either its own average
 * over its last years of levels ({@link #ownAverage(int)}), or a rate the user gives ({@link
 * #nominalGrowth(NominalGrowth)}). Always nominal growth of the level at current prices: published
 * real growth (at comparable prices) is not a substitute, and the types do not allow it.
 *
 * <pre>{@code
 * Assumption.ownAverage(1);                          // last year's nominal growth of its level
 * Assumption.nominalGrowth(NominalGrowth.of("5"));  // 5% a year, as the user says
 * }</pre>
 */
public sealed interface Assumption permits Assumption.OwnAverage, Assumption.GivenRate {

  /**
   * The city's own compound average nominal growth over its last {@code years} years of levels,
   * from the level {@code years} years before the base year to the base level, both as the view
   * shows them. Never across a {@link SeriesBreak}: if the two levels are on different sides of
   * one, the projection is not made and says why (and how many years of one series there are).
   *
   * @throws IllegalArgumentException if {@code years} is not within 1–50
   */
  static Assumption ownAverage(int years) {
    return new OwnAverage(years);
  }

  /** A nominal growth rate the user gives, the same every year. */
  static Assumption nominalGrowth(NominalGrowth rate) {
    return new GivenRate(Checks.notNull("rate", rate));
  }

  /**
   * The city's own average nominal growth over its last {@code years} years of levels of one series.
   *
   * @param years how many years of growth, at least 1
   */
  record OwnAverage(int years) implements Assumption {
    /** @throws IllegalArgumentException if {@code years} is not within 1–50 */
    public OwnAverage {
      Checks.within("years", years, 1, 50);
    }

    @Override
    public String toString() {
      return "its own average nominal growth over its last " + years + (years == 1 ? " year"
          : " years") + " of levels (one series)";
    }
  }

  /**
   * A nominal growth rate given by the user.
   *
   * @param rate the rate, the same every year
   */
  record GivenRate(NominalGrowth rate) implements Assumption {
    /** @throws NullPointerException if {@code rate} is null */
    public GivenRate {
      Checks.notNull("rate", rate);
    }

    @Override
    public String toString() {
      return "a given nominal growth of " + rate.rate() + " a year";
    }
  }
}
