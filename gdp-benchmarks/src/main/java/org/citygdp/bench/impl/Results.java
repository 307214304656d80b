package org.citygdp.bench.impl;

import java.util.List;

/** The results the peers return; citygdp returns its own types. */
public final class Results {
  private Results() {}

  /** Tier labels ("5T" … "1T"), members of each (largest GDP first), cities with no GDP. */
  public record Tiers(List<String> labels, List<List<String>> members, List<String> missingGdp) {}

  /**
   * One group: members, GDP sum (yuan) over those that have it, GDP-weighted real growth (%) over
   * those that have both, and the share of national GDP (%).
   */
  public record GroupRow(String label, int count, long gdp, double weightedGrowth, double share) {}

  public record Groups(List<GroupRow> byCluster, List<GroupRow> byRegion) {}

  /**
   * Change in real growth of one year over another, in ten-thousandths of a percentage point:
   * {@code change[city]} for every city in id order; {@link #MISSING} where either year's growth
   * is missing.
   */
  public record Changes(List<String> cityIds, long[] change) {
    public static final long MISSING = Long.MIN_VALUE;
  }

  /** Q2 in an as-of view and in the latest release. */
  public record AsOfVsLatest(List<String> asOf, List<String> latest) {}

  /** Tier k (1-based) of a GDP in yuan under citygdp's default scheme; 0 below 1 trillion. */
  public static int tier(long gdpYuan) {
    long t = gdpYuan / 1_000_000_000_000L;
    return t < 1 ? 0 : (int) Math.min(t, 5);
  }

  public static final List<String> TIER_LABELS = List.of("5T", "4T", "3T", "2T", "1T");
  public static final long TRILLION = 1_000_000_000_000L;
  public static final String[] REGION_LABELS = {"Eastern", "Central", "Western", "Northeast"};
}
