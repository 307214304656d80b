package org.citygdp.core;

import java.util.Optional;
import org.citygdp.core.domain.City;
import org.citygdp.core.internal.Checks;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.RealGrowth;
import org.jspecify.annotations.Nullable;

/**
 * How one city's real growth changed between two years, in percentage points. Either growth may be
 * missing, and then so is the change.
 */
public record GrowthChange(City city, @Nullable RealGrowth earlier, @Nullable RealGrowth later) {
  /** @throws NullPointerException if {@code city} is null */
  public GrowthChange {
    Checks.notNull("city", city);
  }


  /** {@code later - earlier}, if both are published. */
  public Optional<PercentagePoints> change() {
    return earlier == null || later == null ? Optional.empty()
        : Optional.of(later.minus(earlier));
  }

  public Optional<RealGrowth> earlierGrowth() {
    return Optional.ofNullable(earlier);
  }

  public Optional<RealGrowth> laterGrowth() {
    return Optional.ofNullable(later);
  }

  @Override
  public String toString() {
    return city.id() + ": " + (earlier == null ? "n/a" : earlier.rate()) + " -> "
        + (later == null ? "n/a" : later.rate()) + " ("
        + change().map(Object::toString).orElse("n/a") + ")";
  }
}
