package org.citygdp.bench.impl;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.citygdp.core.Dataset;
import org.citygdp.core.GroupTable;
import org.citygdp.core.Grouping;
import org.citygdp.core.GrowthChanges;
import org.citygdp.core.Metric;
import org.citygdp.core.Threshold;
import org.citygdp.core.TierPyramid;
import org.citygdp.core.YearView;

/** The six queries with citygdp's fluent API, each as a user would write it. */
public final class Citygdp {
  private final Dataset dataset;

  public Citygdp(Dataset dataset) {
    this.dataset = dataset;
  }

  public Dataset dataset() {
    return dataset;
  }

  public TierPyramid q1(int year) {
    return dataset.year(year).tiers();
  }

  public ImmutableList<String> q2(int year) {
    return fasterThanNation(dataset, year);
  }

  private static ImmutableList<String> fasterThanNation(Dataset ds, int year) {
    YearView y = ds.year(year);
    return y.cities()
        .where(Metric.REAL_GROWTH.above(y.nationalGrowth()))
        .orderByDescending(Metric.REAL_GROWTH)
        .ids();
  }

  /** Newcomers, a city without an earlier GDP figure counting as below. */
  public ImmutableList<String> q3(int later, int earlier) {
    return dataset.compare(later, earlier).newcomersIncludingUnpublished(Threshold.TRILLION_CLUB)
        .ids();
  }

  /** By cluster, then by region. */
  public List<GroupTable> q4(int year) {
    YearView y = dataset.year(year);
    return List.of(y.cities().groupBy(Grouping.CLUSTER), y.cities().groupBy(Grouping.REGION));
  }

  /**
   * {@code later} over {@code earlier}, for every city in the dataset's order, as the peers give
   * it (its rows are read by the caller).
   */
  public GrowthChanges q5(int later, int earlier) {
    return dataset.compare(later, earlier).growthChanges().inCityOrder();
  }

  /** Q2 as of {@code asOf}, then in the latest release. */
  public List<ImmutableList<String>> q6(int year, LocalDate asOf) {
    return List.of(fasterThanNation(dataset.asOf(asOf), year), fasterThanNation(dataset, year));
  }
}
