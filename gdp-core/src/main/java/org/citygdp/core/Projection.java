package org.citygdp.core;

import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.Release;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.Yuan;
import org.jspecify.annotations.Nullable;

/**
 * When a city would first reach a threshold, under a stated {@link Assumption} about its nominal
 * growth: a projection, not a figure. It is never stored in a dataset, has no source of its own
 * and prints as a projection; it carries its assumption, the rate it used, and the levels (each a
 * {@link Figure} with its source) it was computed from.
 *
 * <p>The rule: from the city's level in the base year, grow it by the rate each year, exactly
 * (decimal arithmetic, no rounding until the level is shown, rounded half-even to a whole yuan);
 * the first year whose level is at or above the threshold is the answer. An own average is the
 * compound average of the two levels ({@link CityHistory#nominalCagr}, rounded half-even to 4
 * decimals of a percent) and is then used as printed. Years are projected up to {@value
 * Dataset#MAX_YEAR}.
 *
 * <pre>{@code
 * china.city("dongguan").outlook(Threshold.TRILLION_CLUB, Assumption.ownAverage(1));
 * // Projection (not a figure): Dongguan reaches trillion-yuan club in 2027 at CNY 1000.5bn, ...
 * }</pre>
 */
public final class Projection {
  /** What the projection found. */
  public enum Outcome {
    /** The level reaches the threshold in {@link #crossingYear()}. */
    CROSSES,
    /** The base level is already at or above the threshold. */
    ALREADY_AT_OR_ABOVE,
    /** The rate is zero or negative: the level never reaches the threshold. */
    NEVER,
    /** The level grows but does not reach the threshold by {@value Dataset#MAX_YEAR}. */
    NOT_BY_MAX_YEAR,
    /**
     * No projection can be made: no base level, no level at the start of the own-average window,
     * or a window that crosses a {@link SeriesBreak}. {@link #reason()} says which.
     */
    CANNOT_COMPUTE
  }

  private final City city;
  private final Threshold threshold;
  private final Assumption assumption;
  private final int baseYear;
  private final ImmutableSortedMap<Integer, Figure<Yuan>> levels;
  private final @Nullable NominalGrowth rate;
  private final Outcome outcome;
  private final @Nullable Integer crossingYear;
  private final @Nullable Yuan projectedLevel;
  private final String reason;

  private Projection(City city, Threshold threshold, Assumption assumption, int baseYear,
      ImmutableSortedMap<Integer, Figure<Yuan>> levels, @Nullable NominalGrowth rate,
      Outcome outcome, @Nullable Integer crossingYear, @Nullable Yuan projectedLevel,
      String reason) {
    this.city = city;
    this.threshold = threshold;
    this.assumption = assumption;
    this.baseYear = baseYear;
    this.levels = levels;
    this.rate = rate;
    this.outcome = outcome;
    this.crossingYear = crossingYear;
    this.projectedLevel = projectedLevel;
    this.reason = reason;
  }

  /** The projection for one city from its level in {@code baseYear} of the dataset's view. */
  static Projection of(Dataset ds, City city, Threshold threshold, Assumption assumption,
      int baseYear) {
    ImmutableSortedMap.Builder<Integer, Figure<Yuan>> used = ImmutableSortedMap.naturalOrder();
    Figure<Yuan> base = level(ds, city, baseYear);
    if (base == null) {
      return new Projection(city, threshold, assumption, baseYear, used.build(), null,
          Outcome.CANNOT_COMPUTE, null, null, "no level in " + baseYear);
    }
    used.put(baseYear, base);
    NominalGrowth rate;
    if (assumption instanceof Assumption.GivenRate g) {
      rate = g.rate();
    } else {
      int years = ((Assumption.OwnAverage) assumption).years();
      int startYear = baseYear - years;
      Figure<Yuan> start = startYear < Dataset.MIN_YEAR ? null : level(ds, city, startYear);
      int series = ds.seriesOf(baseYear, base.release());
      String why = null;
      if (start == null) {
        why = "no level in " + startYear;
      } else if (ds.seriesOf(startYear, start.release()) != series) {
        why = "the levels of " + startYear + " and " + baseYear + " are on either side of "
            + crossed(ds, startYear, start.release(), baseYear, base.release());
      } else if (start.value().isZero()) {
        why = "the level of " + startYear + " is zero";
      }
      if (why != null || start == null) {
        int k = sameSeriesYears(ds, city, baseYear, series);
        return new Projection(city, threshold, assumption, baseYear, used.build(), null,
            Outcome.CANNOT_COMPUTE, null, null, "no own average over " + years
                + (years == 1 ? " year" : " years") + " to " + baseYear + ": " + why
                + (k == 0 ? "; no earlier level in the same series"
                    : "; the levels of one series span " + k + (k == 1 ? " year" : " years")
                        + " (ownAverage(" + k + "))"));
      }
      used.put(startYear, start);
      rate = CityHistory.cagr(start.value(), base.value(), years);
    }
    return project(city, threshold, assumption, baseYear, used.build(), rate, base.value());
  }

  private static Projection project(City city, Threshold threshold, Assumption assumption,
      int baseYear, ImmutableSortedMap<Integer, Figure<Yuan>> used, NominalGrowth rate,
      Yuan base) {
    Yuan target = threshold.amount();
    if (base.isAtLeast(target)) {
      return new Projection(city, threshold, assumption, baseYear, used, rate,
          Outcome.ALREADY_AT_OR_ABOVE, null, null, "already at or above it in " + baseYear);
    }
    if (!rate.rate().isGreaterThan(org.citygdp.units.Percent.ZERO)) {
      return new Projection(city, threshold, assumption, baseYear, used, rate, Outcome.NEVER,
          null, null, "a level growing at " + rate + " never reaches it");
    }
    BigDecimal factor = BigDecimal.ONE.add(rate.rate().toFraction());
    BigDecimal level = BigDecimal.valueOf(base.toYuan());
    BigDecimal goal = BigDecimal.valueOf(target.toYuan());
    for (int y = baseYear + 1; y <= Dataset.MAX_YEAR; y++) {
      level = level.multiply(factor);
      if (level.compareTo(goal) >= 0) {
        return new Projection(city, threshold, assumption, baseYear, used, rate, Outcome.CROSSES,
            y, Yuan.ofYuan(level.setScale(0, RoundingMode.HALF_EVEN).longValueExact()),
            "reaches it in " + y);
      }
    }
    return new Projection(city, threshold, assumption, baseYear, used, rate,
        Outcome.NOT_BY_MAX_YEAR, null, null, "not reached by " + Dataset.MAX_YEAR);
  }

  private static @Nullable Figure<Yuan> level(Dataset ds, City city, int year) {
    if (!ds.years().contains(year)) {
      return null;
    }
    return ds.year(year).stats(city.id()).figure(Metric.GDP).orElse(null);
  }

  /** The break between a level of {@code from} and one of {@code to}. */
  private static String crossed(Dataset ds, int from, Release fromRelease, int to,
      Release toRelease) {
    for (SeriesBreak b : ds.seriesBreaks()) {
      if (b.isRevised(from, fromRelease) != b.isRevised(to, toRelease)) {
        return "the series break of " + b.name();
      }
    }
    return "a series break";
  }

  /** The most years back from {@code baseYear} to a level in the same series. */
  private static int sameSeriesYears(Dataset ds, City city, int baseYear, int series) {
    int best = 0;
    for (int y : ds.years()) {
      if (y < baseYear) {
        Figure<Yuan> f = level(ds, city, y);
        if (f != null && ds.seriesOf(y, f.release()) == series && !f.value().isZero()) {
          best = Math.max(best, baseYear - y);
        }
      }
    }
    return best;
  }

  public City city() {
    return city;
  }

  public Threshold threshold() {
    return threshold;
  }

  /** The assumption stated by the user. */
  public Assumption assumption() {
    return assumption;
  }

  /** The year of the level projected from. */
  public int baseYear() {
    return baseYear;
  }

  /**
   * The levels the projection is computed from, by year, each with its source: the base level,
   * and for an own average the level at the start of its window.
   */
  public ImmutableSortedMap<Integer, Figure<Yuan>> levels() {
    return levels;
  }

  /** The distinct sources of {@link #levels()}, oldest level first. */
  public ImmutableList<Source> sources() {
    Set<Source> s = new LinkedHashSet<>();
    for (Figure<Yuan> f : levels.values()) {
      s.add(f.source());
    }
    return ImmutableList.copyOf(s);
  }

  /** The nominal growth rate used: the given one, or the own average; empty if none could be. */
  public Optional<NominalGrowth> rate() {
    return Optional.ofNullable(rate);
  }

  public Outcome outcome() {
    return outcome;
  }

  /** The first year at or above the threshold, if the projection {@link Outcome#CROSSES}. */
  public Optional<Integer> crossingYear() {
    return Optional.ofNullable(crossingYear);
  }

  /**
   * The projected level in {@link #crossingYear()}, rounded half-even to a whole yuan: a
   * projection, never a figure.
   */
  public Optional<Yuan> projectedLevel() {
    return Optional.ofNullable(projectedLevel);
  }

  /** Why the outcome is what it is, in words. */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof Projection p && p.city.equals(city)
        && p.threshold.equals(threshold) && p.assumption.equals(assumption)
        && p.baseYear == baseYear && p.levels.equals(levels) && Objects.equals(p.rate, rate)
        && p.outcome == outcome && Objects.equals(p.crossingYear, crossingYear)
        && Objects.equals(p.projectedLevel, projectedLevel));
  }

  @Override
  public int hashCode() {
    return Objects.hash(city, threshold, assumption, baseYear, levels, rate, outcome,
        crossingYear);
  }

  /** Says it is a projection, what it assumes, what it found, and what it is computed from. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Projection (not a figure): ").append(city.nameEn())
        .append(' ');
    switch (outcome) {
      case CROSSES -> sb.append("reaches ").append(threshold).append(" in ").append(crossingYear)
          .append(" at ").append(projectedLevel);
      case ALREADY_AT_OR_ABOVE -> sb.append("is already at or above ").append(threshold)
          .append(" in ").append(baseYear);
      case NEVER -> sb.append("never reaches ").append(threshold);
      case NOT_BY_MAX_YEAR -> sb.append("does not reach ").append(threshold).append(" by ")
          .append(Dataset.MAX_YEAR);
      case CANNOT_COMPUTE -> sb.append("cannot be projected to ").append(threshold).append(": ")
          .append(reason);
    }
    sb.append(", assuming ").append(assumption);
    if (rate != null && assumption instanceof Assumption.OwnAverage) {
      sb.append(" = ").append(rate);
    }
    if (!levels.isEmpty()) {
      sb.append("; from");
      levels.forEach((y, f) -> sb.append(' ').append(y).append(' ').append(f.value())
          .append(" [").append(f.source().id()).append(']'));
    }
    return sb.toString();
  }
}
