package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.citygdp.core.internal.Checks;
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
 * <p>Immutable, compared by value ({@code valueOrNull}, {@code counted}, {@code missing}). An
 * aggregate made by a query may list its missing cities only when {@link #missing()} is first
 * asked (the list is then kept); the answer is the same either way.
 */
public final class Aggregate<V> {
  /** Lists the ids of the cities that lacked the figure, on first use. */
  interface MissingIds {
    ImmutableList<String> ids();
  }

  private final @Nullable V valueOrNull;
  private final int counted;
  private final int missingCount;
  private final @Nullable MissingIds source; // null if the list was given
  // racy single-check: computing twice gives equal lists, and ImmutableList is safely published
  private @Nullable ImmutableList<String> missing;

  /**
   * @param valueOrNull the value over the cities that had the figure, or null if none had it
   * @param counted how many cities had the figure
   * @param missing ids of the cities that did not
   */
  public Aggregate(@Nullable V valueOrNull, int counted, ImmutableList<String> missing) {
    this.valueOrNull = valueOrNull;
    this.counted = counted;
    this.missing = Checks.notNull("missing", missing);
    this.missingCount = missing.size();
    this.source = null;
  }

  /** An aggregate whose {@code missingCount} missing ids are listed by {@code source} when asked. */
  Aggregate(@Nullable V valueOrNull, int counted, int missingCount, MissingIds source) {
    this.valueOrNull = valueOrNull;
    this.counted = counted;
    this.missingCount = missingCount;
    if (missingCount == 0) {
      this.missing = ImmutableList.of();
      this.source = null;
    } else {
      this.source = source;
    }
  }

  /** The same counts and missing cities with another value. */
  <W> Aggregate<W> withValue(@Nullable W value) {
    ImmutableList<String> m = missing;
    return m != null ? new Aggregate<>(value, counted, m)
        : new Aggregate<>(value, counted, missingCount, this::missing);
  }

  /** The value over the cities that had the figure, or null if none had it. */
  public @Nullable V valueOrNull() {
    return valueOrNull;
  }

  /** How many cities had the figure. */
  public int counted() {
    return counted;
  }

  /** Ids of the cities that did not have the figure. */
  public ImmutableList<String> missing() {
    ImmutableList<String> m = missing;
    if (m == null) {
      m = Objects.requireNonNull(source).ids();
      missing = m;
    }
    return m;
  }

  /** The value over the cities that had the figure; empty if none had it. */
  public Optional<V> value() {
    return Optional.ofNullable(valueOrNull);
  }

  /** The value, only if no city was missing the figure. */
  public Optional<V> completeValue() {
    return missingCount == 0 ? Optional.ofNullable(valueOrNull) : Optional.empty();
  }

  public boolean isComplete() {
    return missingCount == 0;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof Aggregate<?> other)) {
      return false;
    }
    return other.counted == counted && other.missingCount == missingCount
        && Objects.equals(other.valueOrNull, valueOrNull) && other.missing().equals(missing());
  }

  @Override
  public int hashCode() {
    return (31 * Objects.hashCode(valueOrNull) + Integer.hashCode(counted)) * 31
        + missing().hashCode();
  }

  @Override
  public String toString() {
    String v = valueOrNull == null ? "n/a" : valueOrNull.toString();
    ImmutableList<String> m = missing();
    return m.isEmpty() ? v
        : v + " (" + m.size() + " of " + (counted + m.size()) + " missing: "
            + String.join(", ", m) + ")";
  }
}
