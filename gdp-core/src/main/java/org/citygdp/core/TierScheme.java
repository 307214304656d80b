package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.Optional;
import org.citygdp.core.internal.Checks;
import org.citygdp.units.Yuan;

/**
 * How GDP levels map to tiers. The default, {@link #TRILLIONS}, is the floor of GDP in trillions
 * of yuan: 1T is [1, 2) trillion, …, 4T is [4, 5), and 5T is 5 trillion and above.
 *
 * <pre>{@code
 * TierScheme.TRILLIONS.classify(Yuan.ofBillions("5207.34"));   // Optional[5T]
 * TierScheme.of("half-trillions", Yuan.ofBillions(500), Yuan.ofTrillions(1), Yuan.ofBillions(1500));
 * }</pre>
 */
public final class TierScheme {
  /** Tiers 1T–5T by the floor of trillions of yuan; 5T is open-ended. */
  public static final TierScheme TRILLIONS = trillions(5);

  /**
   * Bands of GDP in 亿元, below one trillion too: {@code <1000亿} (from zero), {@code 1000–2000亿},
   * {@code 2000–5000亿}, {@code 5000–10000亿} and {@code >=10000亿} (one trillion and above,
   * open-ended). Every city with a level falls in exactly one band:
   * {@code y.tiers(TierScheme.BANDS).counts()}.
   */
  public static final TierScheme BANDS = of("bands", List.of(
      new Tier("<1000亿", Yuan.ZERO, Yuan.ofYi("1000")),
      new Tier("1000–2000亿", Yuan.ofYi("1000"), Yuan.ofYi("2000")),
      new Tier("2000–5000亿", Yuan.ofYi("2000"), Yuan.ofYi("5000")),
      new Tier("5000–10000亿", Yuan.ofYi("5000"), Yuan.ofYi("10000")),
      new Tier(">=10000亿", Yuan.ofYi("10000"), null)));

  private final String name;
  // ascending; the JDK's list, so that the default scheme, made on a fresh JVM's first query,
  // loads no Guava class (issue #11); tiers() hands out Guava's, made on first use
  private final List<Tier> tiers;
  private volatile @Nullable ImmutableList<Tier> publicTiers;
  private final long[] lower; // tier bounds in yuan, for classifying raw column values
  // inclusive: an open top tier ends at Long.MAX_VALUE yuan and holds it (issue #10, fuzzing)
  private final long[] upperInclusive;

  private TierScheme(String name, List<Tier> tiers) {
    this.name = Checks.notBlank("tier scheme name", name);
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("tier scheme '" + Checks.shown(name) + "' must have at least one tier");
    }
    for (int i = 1; i < tiers.size(); i++) {
      Tier prev = tiers.get(i - 1);
      if (prev.upperExclusive() == null
          || prev.upperExclusive().isGreaterThan(tiers.get(i).lowerInclusive())) {
        throw new IllegalArgumentException("tier '" + Checks.shown(tiers.get(i).label())
            + "' of scheme '" + Checks.shown(name) + "' overlaps tier '"
            + Checks.shown(prev.label()) + "'; tiers must ascend without overlap");
      }
    }
    this.tiers = List.copyOf(tiers);
    this.lower = new long[tiers.size()];
    this.upperInclusive = new long[tiers.size()];
    for (int i = 0; i < tiers.size(); i++) {
      lower[i] = tiers.get(i).lowerInclusive().toYuan();
      Yuan up = tiers.get(i).upperExclusive();
      // an upper bound is above its tier's lower bound, so up - 1 cannot overflow
      upperInclusive[i] = up == null ? Long.MAX_VALUE : up.toYuan() - 1;
    }
  }

  /** The most tiers {@link #trillions(int)} makes: 1,000 trillion yuan is far above any GDP. */
  public static final int MAX_TRILLIONS = 1000;

  /**
   * Tiers 1T…{@code top}T by the floor of trillions of yuan, the top one open-ended.
   *
   * @throws IllegalArgumentException if {@code top} is outside 1–{@value #MAX_TRILLIONS}
   */
  public static TierScheme trillions(int top) {
    Checks.within("top", top, 1, MAX_TRILLIONS);
    List<Tier> tiers = new ArrayList<>();
    for (int k = 1; k <= top; k++) {
      tiers.add(new Tier(k + "T", Yuan.ofTrillions(k), k == top ? null : Yuan.ofTrillions(k + 1)));
    }
    return new TierScheme("trillions", tiers);
  }

  /**
   * Contiguous tiers starting at each lower bound (ascending), the last open-ended, labelled by
   * their lower bound ({@code ">= CNY 500bn"}).
   */
  public static TierScheme of(String name, Yuan... lowerBounds) {
    Checks.notNull("name", name);
    Checks.notNullElements("lowerBounds", lowerBounds);
    List<Tier> tiers = new ArrayList<>();
    for (int i = 0; i < lowerBounds.length; i++) {
      tiers.add(new Tier(">= " + lowerBounds[i], lowerBounds[i],
          i + 1 < lowerBounds.length ? lowerBounds[i + 1] : null));
    }
    return new TierScheme(name, tiers);
  }

  /** A scheme of explicit tiers, ascending, not overlapping (gaps allowed). */
  public static TierScheme of(String name, List<Tier> tiers) {
    Checks.notNull("name", name);
    return new TierScheme(name, Checks.notNullElements("tiers", tiers));
  }

  public String name() {
    return name;
  }

  /** The tiers, lowest first. */
  public ImmutableList<Tier> tiers() {
    ImmutableList<Tier> l = publicTiers;
    if (l == null) {
      l = ImmutableList.copyOf(tiers);
      publicTiers = l;
    }
    return l;
  }

  /** The tiers, lowest first, in the JDK's list: for the queries (no Guava class to load). */
  List<Tier> tierList() {
    return tiers;
  }

  /** The tier with this label. */
  public Tier tier(String label) {
    Checks.notNull("label", label);
    for (Tier t : tiers) {
      if (t.label().equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("tier '" + Checks.shown(label) + "' is not in scheme '"
        + Checks.shown(name) + "'; its tiers are " + Checks.shown(tiers.toString()));
  }

  /**
   * The tier containing {@code gdp}, or empty if it is below every tier or in a gap; an open top
   * tier holds every amount from its lower bound up, the largest a {@link Yuan} can be included.
   */
  public Optional<Tier> classify(Yuan gdp) {
    int i = indexOf(Checks.notNull("gdp", gdp).toYuan());
    return i < 0 ? Optional.empty() : Optional.of(tiers.get(i));
  }

  /** The least amount in yuan any tier holds: every amount below it is in no tier. */
  long floor() {
    long f = Long.MAX_VALUE;
    for (long l : lower) {
      f = Math.min(f, l);
    }
    return f;
  }

  /** The index in {@link #tiers()} of the tier holding {@code yuan}, or -1. */
  int indexOf(long yuan) {
    for (int i = lower.length - 1; i >= 0; i--) {
      if (yuan >= lower[i] && yuan <= upperInclusive[i]) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return name + tiers;
  }
}
