package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of summing or averaging a figure over several cities, honest about gaps: the value
 * over the cities that have the figure, how many were counted, and which were missing. Missing
 * figures are never counted as zero.
 *
 * <pre>{@code
 * Aggregate<Yuan> gba = y.cities().where(Condition.inCluster(Cluster.GREATER_BAY_AREA)).sum(Metric.GDP);
 * gba.isComplete();        // false if any member lacks a GDP figure
 * gba.completeValue();     // empty unless complete
 * gba.value();             // the sum over those that have one
 * }</pre>
 *
 * @param counted how many cities had the figure
 * @param missing ids of the cities that did not
 */
public record Aggregate<V>(@Nullable V valueOrNull, int counted, ImmutableList<String> missing) {

  /** The value over the cities that had the figure; empty if none had it. */
  public Optional<V> value() {
    return Optional.ofNullable(valueOrNull);
  }

  /** The value, only if no city was missing the figure. */
  public Optional<V> completeValue() {
    return missing.isEmpty() ? Optional.ofNullable(valueOrNull) : Optional.empty();
  }

  public boolean isComplete() {
    return missing.isEmpty();
  }

  @Override
  public String toString() {
    String v = valueOrNull == null ? "n/a" : valueOrNull.toString();
    return missing.isEmpty() ? v
        : v + " (" + missing.size() + " of " + (counted + missing.size()) + " missing: "
            + String.join(", ", missing) + ")";
  }
}
