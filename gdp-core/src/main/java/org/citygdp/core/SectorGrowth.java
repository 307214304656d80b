package org.citygdp.core;

import java.util.Optional;
import org.citygdp.core.domain.Sector;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.Percent;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.jspecify.annotations.Nullable;

/**
 * One sector of a city in a year: what was published of its value added, real growth (or, for
 * flows such as exports, nominal growth) and contribution to GDP growth, and its share of GDP
 * where both value added and GDP are known.
 */
public final class SectorGrowth {
  private final Sector sector;
  private final @Nullable Yuan valueAdded;
  private final @Nullable RealGrowth realGrowth;
  private final @Nullable NominalGrowth nominalGrowth;
  private final @Nullable Percent growthContribution;
  private final @Nullable Percent shareOfGdp;

  SectorGrowth(Sector sector, @Nullable Yuan valueAdded, @Nullable RealGrowth realGrowth,
      @Nullable NominalGrowth nominalGrowth, @Nullable Percent growthContribution,
      @Nullable Percent shareOfGdp) {
    this.sector = sector;
    this.valueAdded = valueAdded;
    this.realGrowth = realGrowth;
    this.nominalGrowth = nominalGrowth;
    this.growthContribution = growthContribution;
    this.shareOfGdp = shareOfGdp;
  }

  public Sector sector() {
    return sector;
  }

  /** Value added at current prices. */
  public Optional<Yuan> valueAdded() {
    return Optional.ofNullable(valueAdded);
  }

  /** Real growth of value added, at comparable prices. */
  public Optional<RealGrowth> realGrowth() {
    return Optional.ofNullable(realGrowth);
  }

  /** Nominal growth, for flows such as exports. */
  public Optional<NominalGrowth> nominalGrowth() {
    return Optional.ofNullable(nominalGrowth);
  }

  /** The share of the city's GDP growth this sector contributed (贡献率). */
  public Optional<Percent> growthContribution() {
    return Optional.ofNullable(growthContribution);
  }

  /** Value added / GDP, rounded half-even to {@value Percent#SCALE} decimals. Derived. */
  public Optional<Percent> shareOfGdp() {
    return Optional.ofNullable(shareOfGdp);
  }

  boolean isEmpty() {
    return valueAdded == null && realGrowth == null && nominalGrowth == null
        && growthContribution == null;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(sector.id()).append(':');
    if (valueAdded != null) {
      sb.append(" value added ").append(valueAdded);
    }
    if (realGrowth != null) {
      sb.append(" growth ").append(realGrowth);
    }
    if (nominalGrowth != null) {
      sb.append(" growth ").append(nominalGrowth);
    }
    if (growthContribution != null) {
      sb.append(" contribution ").append(growthContribution);
    }
    return sb.toString();
  }
}
