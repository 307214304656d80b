package org.citygdp.core;

import org.citygdp.core.internal.Checks;
import org.citygdp.units.Yuan;

/**
 * A GDP threshold defining a club: a city is a member in a year when its GDP is at or above the
 * amount.
 *
 * <pre>{@code
 * y.members(Threshold.TRILLION_CLUB);
 * dataset.compare(2025, 2024).newcomers(Threshold.atLeast(Yuan.ofTrillions(2)));
 * }</pre>
 */
public record Threshold(String label, Yuan amount) {
  /** GDP of at least one trillion yuan: the "trillion-yuan club". */
  public static final Threshold TRILLION_CLUB = new Threshold("trillion-yuan club", Yuan.ONE_TRILLION);

  public Threshold {
    Checks.notNull("label", label);
    Checks.notNull("amount", amount);
    Checks.notBlank("threshold label", label);
    if (amount.isNegative()) {
      throw new IllegalArgumentException("threshold amount '" + amount + "' must not be negative");
    }
  }

  /** A threshold labelled by its amount, e.g. {@code "GDP >= CNY 2000bn"}. */
  public static Threshold atLeast(Yuan amount) {
    return new Threshold("GDP >= " + Checks.notNull("amount", amount), amount);
  }

  /** The condition {@code GDP >= amount}. */
  public Condition condition() {
    return Metric.GDP.atLeast(amount);
  }

  @Override
  public String toString() {
    return label;
  }
}
