package org.citygdp.core;

import java.util.Optional;
import org.citygdp.core.internal.Checks;
import org.citygdp.units.Yuan;
import org.jspecify.annotations.Nullable;

/**
 * One tier of a {@link TierScheme}: GDP in {@code [lowerInclusive, upperExclusive)}, or at or
 * above {@code lowerInclusive} for the open top tier.
 */
public record Tier(String label, Yuan lowerInclusive, @Nullable Yuan upperExclusive) {
  public Tier {
    Checks.notNull("label", label);
    Checks.notNull("lowerInclusive", lowerInclusive);
    Checks.notBlank("tier label", label);
    if (upperExclusive != null && !upperExclusive.isGreaterThan(lowerInclusive)) {
      throw new IllegalArgumentException("tier '" + Checks.shown(label) + "' upper bound '" + upperExclusive
          + "' must be above its lower bound '" + lowerInclusive + "'");
    }
  }

  /** The upper bound, or empty for an open top tier. */
  public Optional<Yuan> upper() {
    return Optional.ofNullable(upperExclusive);
  }

  public boolean contains(Yuan gdp) {
    Checks.notNull("gdp", gdp);
    return gdp.isAtLeast(lowerInclusive) && (upperExclusive == null || gdp.isLessThan(upperExclusive));
  }

  @Override
  public String toString() {
    return label;
  }
}
