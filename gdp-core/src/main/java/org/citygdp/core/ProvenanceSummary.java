package org.citygdp.core;

import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.engine.Corpus;
import org.citygdp.core.internal.Checks;

/**
 * How many of the figures a view shows come from each {@link SourceGrade} and {@link Release}.
 *
 * <pre>{@code
 * ProvenanceSummary p = china.provenance();
 * p.count(SourceGrade.PRIMARY);            // figures shown from the bureaus' own publications
 * p.officialShare();                       // PRIMARY + OFFICIAL_MEDIA, in percent of all shown
 * }</pre>
 */
public final class ProvenanceSummary {
  private final int[][] counts; // [grade][release]

  ProvenanceSummary(int[][] counts) {
    this.counts = counts;
  }

  /** Figures shown from sources of this grade. */
  public int count(SourceGrade grade) {
    Checks.notNull("grade", grade);
    int n = 0;
    for (int c : counts[grade.ordinal()]) {
      n += c;
    }
    return n;
  }

  /** Figures shown of this release. */
  public int count(Release release) {
    Checks.notNull("release", release);
    int n = 0;
    for (int[] g : counts) {
      n += g[release.ordinal()];
    }
    return n;
  }

  /** Figures shown from sources of this grade and of this release. */
  public int count(SourceGrade grade, Release release) {
    Checks.notNull("grade", grade);
    Checks.notNull("release", release);
    return counts[grade.ordinal()][release.ordinal()];
  }

  /** Every figure shown. */
  public int total() {
    int n = 0;
    for (SourceGrade g : SourceGrade.values()) {
      n += count(g);
    }
    return n;
  }

  /**
   * The share of figures from {@link SourceGrade#PRIMARY} or {@link SourceGrade#OFFICIAL_MEDIA}
   * sources, in percent, rounded half-even to a tenth; zero when nothing is shown.
   */
  public org.citygdp.units.Percent officialShare() {
    int total = total();
    if (total == 0) {
      return org.citygdp.units.Percent.ofUnscaled(0);
    }
    long official = count(SourceGrade.PRIMARY) + count(SourceGrade.OFFICIAL_MEDIA);
    // tenths of a percent, half-even
    long tenths = org.citygdp.core.engine.Corpus.divideHalfEven(official * 1000, total);
    return org.citygdp.units.Percent.ofUnscaled(tenths * 1000);
  }

  /** A small table: one row per grade, one column per release, with totals. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.format("%-15s", "grade"));
    for (Release r : Release.values()) {
      sb.append(String.format("%16s", r));
    }
    sb.append(String.format("%8s%n", "total"));
    for (SourceGrade g : SourceGrade.values()) {
      sb.append(String.format("%-15s", g));
      for (Release r : Release.values()) {
        sb.append(String.format("%16d", count(g, r)));
      }
      sb.append(String.format("%8d%n", count(g)));
    }
    return sb.toString();
  }
}
