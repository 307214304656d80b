package org.citygdp.core;

import com.google.common.collect.ImmutableSortedSet;
import java.util.SortedSet;

/** A year for which the dataset (or the current view of it) holds no figures. */
public class YearNotCoveredException extends CityGdpException {
  private static final long serialVersionUID = 1L;

  private final int year;
  private final ImmutableSortedSet<Integer> covered;

  public YearNotCoveredException(int year, SortedSet<Integer> covered) {
    super("No data for year " + year + "; covered years: "
        + (covered.isEmpty() ? "none" : covered.toString()));
    this.year = year;
    this.covered = ImmutableSortedSet.copyOfSorted(covered);
  }

  public int year() {
    return year;
  }

  public ImmutableSortedSet<Integer> covered() {
    return covered;
  }
}
