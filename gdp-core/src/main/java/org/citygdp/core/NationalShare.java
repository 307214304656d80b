package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.citygdp.units.Percent;
import org.citygdp.units.Yuan;
import org.jspecify.annotations.Nullable;

/**
 * The share of national GDP held by a set of cities in one year: their GDP summed, the national
 * figure with its source, and the share, rounded half-even to {@value Percent#SCALE} decimals.
 *
 * <p>Missing stays missing: without a national GDP figure for the year there is no share; cities
 * of the set without a level are not counted as zero but listed in {@link #gdp()}'s
 * {@link Aggregate#missing()}, and the share is then over the cities that have one ({@link
 * #isComplete()} is false). An empty set holds 0% of a known national GDP.
 *
 * <pre>{@code
 * china.year(2025).shareOfNationalGdp(Condition.inProvince("Jiangsu"));
 * // 2025, in province Jiangsu: 13 cities, CNY 14243.41bn of CNY 140187.9bn = 10.1603% [nbs-...]
 * }</pre>
 */
public final class NationalShare {
  private final int year;
  private final String selection;
  private final int cities;
  private final Aggregate<Yuan> gdp;
  private final @Nullable Figure<Yuan> national;
  private final @Nullable Percent share;

  private NationalShare(int year, String selection, int cities, Aggregate<Yuan> gdp,
      @Nullable Figure<Yuan> national, @Nullable Percent share) {
    this.year = year;
    this.selection = selection;
    this.cities = cities;
    this.gdp = gdp;
    this.national = national;
    this.share = share;
  }

  /** The share of {@code selection}'s cities, described as {@code label}. */
  static NationalShare of(String label, CitySelection selection) {
    YearView view = selection.yearView();
    Aggregate<Yuan> sum = selection.sum(Metric.GDP);
    Figure<Yuan> national = view.national().flatMap(n -> n.figure(Metric.GDP)).orElse(null);
    Percent share = null;
    if (national != null && !national.value().isZero()) {
      Yuan part = sum.valueOrNull();
      if (part != null) {
        share = CitySelection.percentOf(part, national.value());
      } else if (selection.isEmpty()) {
        share = Percent.ZERO;
      }
    }
    return new NationalShare(view.year(), label, selection.count(), sum, national, share);
  }

  public int year() {
    return year;
  }

  /** What the set of cities is: a condition, a threshold's label, "top 10 by GDP". */
  public String selection() {
    return selection;
  }

  /** How many cities are in the set, with or without a level. */
  public int cityCount() {
    return cities;
  }

  /** The cities' GDP summed, with the cities that lack a level. */
  public Aggregate<Yuan> gdp() {
    return gdp;
  }

  /** The national GDP figure of the year in this view, with its source; empty if there is none. */
  public Optional<Figure<Yuan>> national() {
    return Optional.ofNullable(national);
  }

  /**
   * The cities' GDP in percent of national GDP; empty if the view has no national GDP for the
   * year, or if no city of a non-empty set has a level.
   */
  public Optional<Percent> share() {
    return Optional.ofNullable(share);
  }

  /** Whether every city of the set has a level this year. */
  public boolean isComplete() {
    return gdp.isComplete();
  }

  /** The ids of the cities of the set without a level this year. */
  public ImmutableList<String> missing() {
    return gdp.missing();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof NationalShare s && s.year == year
        && s.selection.equals(selection) && s.cities == cities && s.gdp.equals(gdp)
        && Objects.equals(s.national, national) && Objects.equals(s.share, share));
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, selection, cities, gdp, national, share);
  }

  @Override
  public String toString() {
    return year + ", " + selection + ": " + cities + (cities == 1 ? " city, " : " cities, ")
        + gdp.value().map(Object::toString).orElse("no level") + " of "
        + (national == null ? "no national GDP" : national.value() + " [" + national.source().id()
            + "]")
        + " = " + (share == null ? "n/a" : share.toString())
        + (gdp.isComplete() ? "" : " (without " + String.join(", ", gdp.missing()) + ")");
  }
}
