package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Predicate;
import org.citygdp.units.PercentagePoints;

/**
 * Changes in real growth between two years, largest rise first, cities with a missing figure
 * last. Printable as a table.
 *
 * <pre>{@code
 * GrowthChanges ch = dataset.compare(2025, 2024).growthChanges(y.members(Threshold.TRILLION_CLUB));
 * ch.keptOrRaised().size();   // growth this year >= growth last year
 * ch.slowed().rows();
 * }</pre>
 */
public final class GrowthChanges {
  private final int later;
  private final int earlier;
  private final ImmutableList<GrowthChange> rows;

  GrowthChanges(int later, int earlier, ImmutableList<GrowthChange> rows) {
    this.later = later;
    this.earlier = earlier;
    this.rows = rows;
  }

  public ImmutableList<GrowthChange> rows() {
    return rows;
  }

  public int size() {
    return rows.size();
  }

  /** Cities whose growth did not fall (change ≥ 0 pp). */
  public GrowthChanges keptOrRaised() {
    return filter(p -> !p.isNegative());
  }

  /** Cities whose growth rose (change > 0 pp). */
  public GrowthChanges raised() {
    return filter(PercentagePoints::isPositive);
  }

  /** Cities whose growth fell (change < 0 pp). */
  public GrowthChanges slowed() {
    return filter(PercentagePoints::isNegative);
  }

  /** Cities for which either year's growth is missing. */
  public GrowthChanges unknown() {
    return new GrowthChanges(later, earlier, rows.stream().filter(r -> r.change().isEmpty())
        .collect(ImmutableList.toImmutableList()));
  }

  private GrowthChanges filter(Predicate<PercentagePoints> p) {
    return new GrowthChanges(later, earlier, rows.stream()
        .filter(r -> r.change().filter(p).isPresent())
        .collect(ImmutableList.toImmutableList()));
  }

  public ImmutableList<String> ids() {
    return rows.stream().map(r -> r.city().id()).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    TextTable t = new TextTable(List.of("id", "city", "城市", earlier + " (%)", later + " (%)",
        "change (pp)"), false, false, false, true, true, true);
    for (GrowthChange r : rows) {
      t.row(List.of(r.city().id(), r.city().nameEn(), r.city().nameZh(),
          r.earlierGrowth().map(g -> g.rate().toBigDecimal().toPlainString()).orElse("—"),
          r.laterGrowth().map(g -> g.rate().toBigDecimal().toPlainString()).orElse("—"),
          r.change().map(PercentagePoints::toString).orElse("—")));
    }
    return "Real growth " + earlier + " -> " + later + "\n" + t.render();
  }
}
