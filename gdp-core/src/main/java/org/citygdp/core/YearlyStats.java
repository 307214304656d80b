package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;
import org.citygdp.core.engine.Column;
import org.citygdp.core.internal.Checks;
import org.citygdp.units.Percent;
import org.citygdp.units.Population;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;

/**
 * One city in one year of a view: every figure, each with its source. Absent is not zero: a
 * figure that was not published (or not in this view) is {@code Optional.empty()}.
 *
 * <pre>{@code
 * YearlyStats bj = dataset.year(2025).stats("beijing");
 * bj.gdp();                              // Optional[CNY 5207.34bn]
 * bj.realGrowth();                       // Optional[5.4% real]
 * bj.sourceOf(Metric.GDP);               // the source of that figure
 * bj.sector(Sector.TERTIARY).flatMap(SectorGrowth::realGrowth);  // Optional[5.8% real]
 * }</pre>
 */
public final class YearlyStats {
  private final YearView view;
  private final int city;
  private final int row;

  YearlyStats(YearView view, int city) {
    this.view = view;
    this.city = city;
    this.row = view.slice.base + city;
  }

  public City city() {
    return view.catalog.cities.get(city);
  }

  public int year() {
    return view.year();
  }

  /** The value of {@code metric}, if published (and in this view). */
  public <V extends Comparable<? super V>> Optional<V> get(Metric<V> metric) {
    Checks.notNull("metric", metric);
    Column c = view.slice.column(metric.id());
    return c != null && c.has(row) ? Optional.of(metric.decode(c.value(row))) : Optional.empty();
  }

  /**
   * The figure of {@code metric} with its provenance. Empty for missing figures and for derived
   * metrics such as {@link Metric#GDP_PER_CAPITA}, which have no source of their own.
   */
  @SuppressWarnings("unchecked")
  public <V extends Comparable<? super V>> Optional<Figure<V>> figure(Metric<V> metric) {
    Checks.notNull("metric", metric);
    return (Optional<Figure<V>>) (Optional<?>) view.catalog.picked(city, metric,
        year(), view.dataset().viewKey());
  }

  /**
   * Every figure of {@code metric} for this city and year visible in this view: each release and
   * each source, the one the view shows first. Empty if none was published.
   *
   * <pre>{@code
   * dataset.year(2024).stats("xian").figures(Metric.REAL_GROWTH);
   * // [real_growth = 4.5% real [FINAL, xian-2025-communique], real_growth = 4.6% real [PRELIMINARY, ...]]
   * }</pre>
   */
  @SuppressWarnings("unchecked")
  public <V extends Comparable<? super V>> ImmutableList<Figure<V>> figures(Metric<V> metric) {
    Checks.notNull("metric", metric);
    return (ImmutableList<Figure<V>>) (ImmutableList<?>) view.catalog
        .figures(city, metric, year(), view.dataset().viewKey());
  }

  /** The source of the figure of {@code metric}, if there is one. */
  public Optional<Source> sourceOf(Metric<?> metric) {
    return figure(Checks.notNull("metric", metric)).map(Figure::source);
  }

  /** Other sources that disagree with this figure within its release. */
  public ImmutableList<Conflict> conflicts() {
    City c = city();
    return view.dataset().conflicts().stream()
        .filter(k -> c.equals(k.city()) && k.year() == year())
        .collect(ImmutableList.toImmutableList());
  }

  public Optional<Yuan> gdp() {
    return get(Metric.GDP);
  }

  public Optional<RealGrowth> realGrowth() {
    return get(Metric.REAL_GROWTH);
  }

  public Optional<Population> population() {
    return get(Metric.POPULATION);
  }

  /** GDP per resident, derived: see {@link Metric#GDP_PER_CAPITA}. */
  public Optional<Yuan> gdpPerCapita() {
    return get(Metric.GDP_PER_CAPITA);
  }

  /** The figures of one sector, if any is published. */
  public Optional<SectorGrowth> sector(Sector sector) {
    Checks.notNull("sector", sector);
    Optional<Yuan> valueAdded = get(Metric.valueAdded(sector));
    SectorGrowth s = new SectorGrowth(sector, valueAdded.orElse(null),
        get(Metric.realGrowth(sector)).orElse(null),
        get(Metric.nominalGrowth(sector)).orElse(null),
        get(Metric.growthContribution(sector)).orElse(null),
        valueAdded.flatMap(va -> gdp().filter(g -> !g.isZero())
            .map(g -> va.percentOf(g, RoundingMode.HALF_EVEN))).orElse(null));
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** Every sector with at least one figure, in the order the dataset first mentions them. */
  public ImmutableList<SectorGrowth> sectors() {
    Map<String, Sector> seen = new LinkedHashMap<>();
    for (Metric<?> m : view.catalog.metrics) {
      m.sector().ifPresent(s -> seen.putIfAbsent(s.id(), s));
    }
    ImmutableList.Builder<SectorGrowth> b = ImmutableList.builder();
    for (Sector s : seen.values()) {
      sector(s).ifPresent(b::add);
    }
    return b.build();
  }

  @Override
  public String toString() {
    City c = city();
    StringBuilder sb = new StringBuilder(c.nameEn() + " " + c.nameZh() + " " + year() + "\n");
    for (Metric<?> m : view.catalog.metrics) {
      Column col = view.slice.column(m.id());
      if (col != null && col.has(row)) {
        sb.append("  ").append(m.formatHeader()).append(": ").append(m.format(col.value(row)));
        String source = view.catalog.pickedSourceId(city, m, year(),
            view.dataset().viewKey());
        if (source != null) {
          sb.append("  [").append(source).append(']');
        }
        sb.append('\n');
      }
    }
    gdpPerCapita().ifPresent(p -> sb.append("  GDP per capita (CNY): ").append(p.toYuan())
        .append("  [derived]\n"));
    return sb.toString();
  }

}
