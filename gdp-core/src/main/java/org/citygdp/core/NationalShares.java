package org.citygdp.core;

import org.citygdp.core.internal.TextTable;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citygdp.units.Percent;
import org.citygdp.units.PercentagePoints;

/**
 * A set of cities' share of national GDP in every year of a view, oldest first, and how it
 * moved: {@link #change(int, int)} in percentage points. The set is taken afresh each year: a
 * threshold's members, a condition's cities, the top N of that year.
 *
 * <p>Each year's share compares that year's levels only (the cities' and the national one, each
 * the figure the view shows). Levels of different years may come from different releases, and
 * the 2023 economic census revised the national and the cities' levels from 2023 on: see {@link
 * Dataset#seriesBreaks()}. A year without a national figure has no share, never an estimate.
 *
 * <pre>{@code
 * NationalShares club = china.shareOfNationalGdp(Threshold.TRILLION_CLUB);
 * club.inYear(2025).flatMap(NationalShare::share);   // Optional[29.9...%]
 * club.change(2025, 2019);                           // Optional[+x.xpp]
 * }</pre>
 */
public final class NationalShares {
  private final String selection;
  private final ImmutableList<NationalShare> years;

  private NationalShares(String selection, ImmutableList<NationalShare> years) {
    this.selection = selection;
    this.years = years;
  }

  /** How to take a year's set of cities. */
  interface PerYear {
    CitySelection select(YearView year);
  }

  static NationalShares of(Dataset dataset, String label, PerYear select) {
    List<NationalShare> out = new ArrayList<>();
    for (int y : dataset.years()) {
      out.add(NationalShare.of(label, select.select(dataset.year(y))));
    }
    return new NationalShares(label, ImmutableList.copyOf(out));
  }

  /** What the set of cities is. */
  public String selection() {
    return selection;
  }

  /** One share per year of the view, oldest first. */
  public ImmutableList<NationalShare> years() {
    return years;
  }

  /** The share of one year; empty if the view has no city figures that year. */
  public Optional<NationalShare> inYear(int year) {
    for (NationalShare s : years) {
      if (s.year() == year) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * How the share moved from {@code earlier} to {@code later}, in percentage points; empty if
   * either year has no share.
   *
   * @throws IllegalArgumentException if {@code later} is not after {@code earlier}
   */
  public Optional<PercentagePoints> change(int later, int earlier) {
    if (later <= earlier) {
      throw new IllegalArgumentException("later year '" + later + "' must be after earlier year '"
          + earlier + "': change(later, earlier)");
    }
    Optional<Percent> a = inYear(later).flatMap(NationalShare::share);
    Optional<Percent> b = inYear(earlier).flatMap(NationalShare::share);
    return a.isPresent() && b.isPresent() ? Optional.of(a.get().minus(b.get()))
        : Optional.empty();
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o == this || (o instanceof NationalShares s && s.selection.equals(selection)
        && s.years.equals(years));
  }

  @Override
  public int hashCode() {
    return 31 * selection.hashCode() + years.hashCode();
  }

  /**
   * A table, one row per year: the cities, their GDP, the national GDP and its source, the share
   * and its change from the year before (amounts in 亿元, the share in percent, the change in
   * percentage points).
   */
  public Table table() {
    TextTable t = new TextTable(List.of("year", "cities", "GDP (亿元)", "national GDP (亿元)",
        "source", "share (%)", "change (pp)"), true, true, true, true, false, true, true);
    NationalShare previous = null;
    for (NationalShare s : years) {
      String change = "—";
      if (previous != null && previous.share().isPresent() && s.share().isPresent()) {
        PercentagePoints pp = s.share().get().minus(previous.share().get());
        change = (pp.isPositive() ? "+" : "") + pp.toBigDecimal().toPlainString();
      }
      t.row(List.of(Integer.toString(s.year()), s.cityCount()
              + (s.isComplete() ? "" : " (" + s.missing().size() + " without level)"),
          s.gdp().value().map(NationalShares::yi).orElse("—"),
          s.national().map(f -> yi(f.value())).orElse("—"),
          s.national().map(f -> f.source().id()).orElse("—"),
          s.share().map(p -> p.toBigDecimal().toPlainString()).orElse("—"), change));
      previous = s;
    }
    return new Table("Share of national GDP: " + selection, t);
  }

  private static String yi(org.citygdp.units.Yuan y) {
    return y.toYi().stripTrailingZeros().toPlainString();
  }

  /** {@link #table()}, printed. */
  @Override
  public String toString() {
    return table().toString();
  }
}
