package org.citygdp.core;

import org.citygdp.core.domain.City;
import org.citygdp.core.internal.Checks;
import org.citygdp.core.internal.TextTable;
import org.citygdp.core.engine.Column;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.citygdp.units.Yuan;

/**
 * The cities below a threshold in one year, closest first (by the gap in yuan, which is the order
 * of their levels; equal levels in id order). Cities without a level that year cannot be placed
 * and are listed apart in {@link #withoutLevel()}. Immutable.
 *
 * <pre>{@code
 * Contenders next = china.year(2025).contenders(Threshold.TRILLION_CLUB);
 * next.top(3);                                         // the three closest
 * next.outlook(Assumption.ownAverage(1));              // when each would cross, at its own pace
 * }</pre>
 */
public final class Contenders {
  private final YearView view;
  private final Threshold threshold;
  private final ImmutableList<Contender> rows;
  private final ImmutableList<City> withoutLevel;

  private Contenders(YearView view, Threshold threshold, ImmutableList<Contender> rows,
      ImmutableList<City> withoutLevel) {
    this.view = view;
    this.threshold = threshold;
    this.rows = rows;
    this.withoutLevel = withoutLevel;
  }

  static Contenders of(YearView view, Threshold threshold) {
    int[] order = view.slice.store.order(Metric.GDP.id(), view.year(), true);
    Column gdp = view.slice.column(Metric.GDP.id());
    long amount = threshold.amount().toYuan();
    int base = view.slice.base;
    List<Contender> rows = new ArrayList<>();
    List<City> without = new ArrayList<>();
    List<City> cities = view.catalog.cities;
    for (int c : order) {
      if (gdp == null || !gdp.has(base + c)) {
        without.add(cities.get(c)); // missing figures come last, in id order
      } else if (gdp.value(base + c) < amount) {
        Figure<Yuan> level = new YearlyStats(view, c).figure(Metric.GDP).orElseThrow();
        rows.add(new Contender(rows.size() + 1, threshold, view.year(), cities.get(c), level));
      }
    }
    return new Contenders(view, threshold, ImmutableList.copyOf(rows),
        ImmutableList.copyOf(without));
  }

  public Threshold threshold() {
    return threshold;
  }

  public int year() {
    return view.year();
  }

  /** Every city below the threshold, closest first. */
  public ImmutableList<Contender> rows() {
    return rows;
  }

  /** The {@code n} closest (all of them if fewer). */
  public Contenders top(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n '" + n + "' must not be negative");
    }
    return new Contenders(view, threshold, rows.subList(0, Math.min(n, rows.size())),
        withoutLevel);
  }

  public int count() {
    return rows.size();
  }

  /** The ids of the contenders, closest first. */
  public ImmutableList<String> ids() {
    return rows.stream().map(r -> r.city().id()).collect(ImmutableList.toImmutableList());
  }

  /** The English names of the contenders, closest first. */
  public ImmutableList<String> names() {
    return rows.stream().map(r -> r.city().nameEn()).collect(ImmutableList.toImmutableList());
  }

  /** The cities without a level this year, in id order: whether they are below is unknown. */
  public ImmutableList<City> withoutLevel() {
    return withoutLevel;
  }

  /**
   * When each contender would cross the threshold under {@code assumption}, from its level this
   * year, in the order of {@link #rows()}. Projections, not figures: see {@link Projection}.
   */
  public ImmutableList<Projection> outlook(Assumption assumption) {
    Checks.notNull("assumption", assumption);
    ImmutableList.Builder<Projection> out = ImmutableList.builderWithExpectedSize(rows.size());
    for (Contender r : rows) {
      out.add(Projection.of(view.dataset(), r.city(), threshold, assumption, view.year()));
    }
    return out.build();
  }

  /**
   * A table: place, city, level and gap in 亿元, the gap in percent of the level, the level's
   * source (marked {@code *} if unverified).
   */
  public Table table() {
    TextTable t = new TextTable(List.of("#", "id", "city", "城市", "GDP (亿元)", "gap (亿元)",
        "gap (%)", "source"), true, false, false, false, true, true, true, false);
    for (Contender r : rows) {
      t.row(List.of(Integer.toString(r.position()), r.city().id(), r.city().nameEn(),
          r.city().nameZh(), r.level().value().toYi().toPlainString(),
          r.gap().toYi().toPlainString(),
          r.gapPercent().map(p -> p.toBigDecimal().toPlainString()).orElse("—"),
          r.level().source().id() + (r.level().verified() ? "" : "*")));
    }
    return new Table(rows.size() + (rows.size() == 1 ? " city" : " cities") + " below "
        + threshold + " in " + view.year()
        + (withoutLevel.isEmpty() ? "" : " (" + withoutLevel.size() + " without a level)"), t);
  }

  /** {@link #table()}, printed. */
  @Override
  public String toString() {
    return table().toString();
  }
}
