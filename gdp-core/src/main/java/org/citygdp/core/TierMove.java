package org.citygdp.core;

import java.util.Optional;
import org.citygdp.core.domain.City;
import org.citygdp.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/** A city that changed tier between two years; a missing tier means below every tier (or no GDP). */
public record TierMove(City city, @Nullable Tier from, @Nullable Tier to) {
  /** @throws NullPointerException if {@code city} is null */
  public TierMove {
    Checks.notNull("city", city);
  }

  public Optional<Tier> fromTier() {
    return Optional.ofNullable(from);
  }

  public Optional<Tier> toTier() {
    return Optional.ofNullable(to);
  }

  @Override
  public String toString() {
    return city.id() + ": " + (from == null ? "-" : from.label()) + " -> "
        + (to == null ? "-" : to.label());
  }
}
