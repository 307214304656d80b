package org.citygdp.core;

import com.google.common.collect.ImmutableSortedSet;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/** A year for which the dataset (or the current view of it) holds no figures. */
public class YearNotCoveredException extends CityGdpException {
  private static final long serialVersionUID = 1L;

  private final int year;
  private final ImmutableSortedSet<Integer> covered;

  public YearNotCoveredException(int year, SortedSet<Integer> covered) {
    this(year, covered, null);
  }

  /**
   * @param why what the view left out of that year, if it is a filtered view (as of a date, a
   *     minimum grade, verified only) that left figures out; {@code null} otherwise
   */
  public YearNotCoveredException(int year, SortedSet<Integer> covered, @Nullable LeftOut why) {
    super("No data for year " + year
        + (why == null || why.isEmpty() ? "" : " in this view (" + why + ")")
        + "; covered years: " + (covered.isEmpty() ? "none" : covered.toString()));
    this.year = year;
    this.covered = ImmutableSortedSet.copyOfSorted(covered);
    this.leftOut = why;
  }

  private final @Nullable LeftOut leftOut;

  /** What the view left out of that year, if it is a filtered view that left figures out. */
  public java.util.Optional<LeftOut> leftOut() {
    return java.util.Optional.ofNullable(leftOut);
  }

  public int year() {
    return year;
  }

  public ImmutableSortedSet<Integer> covered() {
    return covered;
  }
}
