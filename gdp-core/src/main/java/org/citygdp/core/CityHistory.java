package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.citygdp.core.domain.City;
import org.citygdp.core.engine.Column;
import org.citygdp.core.internal.Checks;
import org.citygdp.core.internal.TextTable;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.Percent;
import org.citygdp.units.Yuan;

/**
 * One city across the years of a view: its series, milestones and nominal growth.
 *
 * <pre>{@code
 * CityHistory bj = dataset.city("beijing");
 * bj.series(Metric.GDP);               // {2019=CNY ..., ..., 2025=CNY 5207.34bn}
 * bj.milestones();                     // [1T: by 2019 ..., ..., 5T: 2025 (CNY 5207.34bn)]
 * bj.nominalCagr(2021, 2025);          // Optional[x% nominal]
 * }</pre>
 */
public final class CityHistory {
  private final Dataset dataset;
  private final int city;

  CityHistory(Dataset dataset, int city) {
    this.dataset = dataset;
    this.city = city;
  }

  public City city() {
    return dataset.catalog.cities.get(city);
  }

  /** This city's figures in one year. */
  public YearlyStats stats(int year) {
    return new YearlyStats(dataset.year(year), city);
  }

  /** Year to value, for the years the figure is published in this view. */
  public <V extends Comparable<? super V>> ImmutableSortedMap<Integer, V> series(Metric<V> metric) {
    Checks.notNull("metric", metric);
    Column c = dataset.store.column(metric.id());
    ImmutableSortedMap.Builder<Integer, V> b = ImmutableSortedMap.naturalOrder();
    if (c != null) {
      for (int year : dataset.years()) {
        int row = dataset.store.row(year, city);
        if (c.has(row)) {
          b.put(year, metric.decode(c.value(row)));
        }
      }
    }
    return b.build();
  }

  /** The first year at or above each tier's lower bound of the default scheme, lowest first. */
  public ImmutableList<Milestone> milestones() {
    return milestones(TierScheme.TRILLIONS);
  }

  public ImmutableList<Milestone> milestones(TierScheme scheme) {
    Checks.notNull("scheme", scheme);
    ImmutableList.Builder<Milestone> out = ImmutableList.builder();
    for (Tier t : scheme.tiers()) {
      firstYearAtLeast(t.label(), t.lowerInclusive()).ifPresent(out::add);
    }
    return out.build();
  }

  /** The first year this city's GDP was at or above {@code threshold}, if ever in this view. */
  public Optional<Milestone> firstYearAtLeast(Yuan threshold) {
    Checks.notNull("threshold", threshold);
    return firstYearAtLeast(">= " + threshold, threshold);
  }

  private Optional<Milestone> firstYearAtLeast(String label, Yuan threshold) {
    ImmutableSortedMap<Integer, Yuan> gdp = series(Metric.GDP);
    Integer previousYear = null;
    Yuan previous = null;
    for (var e : gdp.entrySet()) {
      if (e.getValue().isAtLeast(threshold)) {
        boolean crossed = previous != null && previousYear != null
            && previousYear == e.getKey() - 1
            && previous.isLessThan(threshold);
        return Optional.of(new Milestone(label, threshold, e.getKey(), e.getValue(), crossed));
      }
      previousYear = e.getKey();
      previous = e.getValue();
    }
    return Optional.empty();
  }

  /**
   * Compound annual growth of nominal GDP from {@code fromYear} to {@code toYear}:
   * (GDP<sub>to</sub> / GDP<sub>from</sub>)<sup>1/years</sup> − 1, rounded half-even to
   * {@value Percent#SCALE} decimals. Nominal, at current prices, and sensitive to revisions
   * between releases: it is never comparable with published real growth, and the type says so.
   * The root is taken in double precision (about 15 significant digits) before rounding.
   *
   * @return empty if either level is missing in this view
   * @throws IllegalArgumentException if a year is outside 1949–2100 or {@code toYear} is not
   *     after {@code fromYear}
   */
  public Optional<NominalGrowth> nominalCagr(int fromYear, int toYear) {
    Checks.year(fromYear);
    Checks.year(toYear);
    if (toYear <= fromYear) {
      throw new IllegalArgumentException("toYear '" + toYear + "' must be after fromYear '"
          + fromYear + "'");
    }
    ImmutableSortedMap<Integer, Yuan> gdp = series(Metric.GDP);
    Yuan from = gdp.get(fromYear);
    Yuan to = gdp.get(toYear);
    if (from == null || to == null || from.isZero()) {
      return Optional.empty();
    }
    return Optional.of(cagr(from, to, toYear - fromYear));
  }

  /** The compound annual growth from {@code from} to {@code to} over {@code years}; from > 0. */
  static NominalGrowth cagr(Yuan from, Yuan to, int years) {
    BigDecimal ratio = new BigDecimal(to.toYuan())
        .divide(new BigDecimal(from.toYuan()), MathContext.DECIMAL64);
    double root = Math.pow(ratio.doubleValue(), 1.0 / years) - 1.0;
    BigDecimal percent = new BigDecimal(root * 100).setScale(Percent.SCALE, RoundingMode.HALF_EVEN);
    return NominalGrowth.of(percent);
  }

  /**
   * When this city would first reach {@code threshold} under {@code assumption}, from its latest
   * level in this view: a {@link Projection}, never a figure.
   *
   * <pre>{@code
   * china.city("dongguan").outlook(Threshold.TRILLION_CLUB, Assumption.ownAverage(1));
   * china.city("dongguan").outlook(Threshold.TRILLION_CLUB,
   *     Assumption.nominalGrowth(NominalGrowth.of("5")));
   * }</pre>
   *
   * If the city has no level at all, the projection says it {@link
   * Projection.Outcome#CANNOT_COMPUTE cannot be made}, from the view's latest year.
   */
  public Projection outlook(Threshold threshold, Assumption assumption) {
    Checks.notNull("threshold", threshold);
    Checks.notNull("assumption", assumption);
    ImmutableSortedMap<Integer, Yuan> gdp = series(Metric.GDP);
    int base = gdp.isEmpty() ? dataset.latestYear() : gdp.lastKey();
    return Projection.of(dataset, city(), threshold, assumption, base);
  }

  /**
   * When this city would first reach {@code threshold} under {@code assumption}, from its level
   * in {@code baseYear}: a {@link Projection}, never a figure.
   *
   * @throws YearNotCoveredException if the view has no city figures for {@code baseYear}
   */
  public Projection outlook(Threshold threshold, Assumption assumption, int baseYear) {
    Checks.notNull("threshold", threshold);
    Checks.notNull("assumption", assumption);
    dataset.year(baseYear);
    return Projection.of(dataset, city(), threshold, assumption, baseYear);
  }

  /** The city's GDP (亿元) and real growth (%) by year, as a table. */
  public Table table() {
    ImmutableSortedMap<Integer, Yuan> gdp = series(Metric.GDP);
    ImmutableSortedMap<Integer, org.citygdp.units.RealGrowth> growth = series(Metric.REAL_GROWTH);
    java.util.TreeSet<Integer> years = new java.util.TreeSet<>(gdp.keySet());
    years.addAll(growth.keySet());
    TextTable t = new TextTable(java.util.List.of("year", Metric.GDP.formatHeader(),
        Metric.REAL_GROWTH.formatHeader()), false, true, true);
    for (int y : years) {
      Yuan g = gdp.get(y);
      org.citygdp.units.RealGrowth r = growth.get(y);
      t.row(java.util.List.of(Integer.toString(y),
          g == null ? "—" : g.toYi().stripTrailingZeros().toPlainString(),
          r == null ? "—" : r.rate().toBigDecimal().toPlainString()));
    }
    City c = city();
    return new Table(c.nameEn() + " " + c.nameZh() + " (" + c.id() + ")", t);
  }

  /** {@link #table()}, printed. */
  @Override
  public String toString() {
    return table().toString();
  }
}
