package org.citygdp.core;

import java.time.LocalDate;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What a view of a dataset leaves out, and why: so that an empty or shrunken as-of answer can be
 * told apart from a missing figure. A figure may count under more than one reason.
 *
 * <pre>{@code
 * LeftOut l = china.asOf(LocalDate.of(2026, 2, 6)).leftOut(2025);
 * l.publishedLater();   // 2025 figures first published after 6 February 2026
 * l.undated();          // figures whose source has no date: never in an as-of view
 * l.toString();         // "as of 2026-02-06, 2025: 41 figures published later, 0 undated"
 * }</pre>
 *
 * @param asOf the view's as-of date, or {@code null} for the latest release
 * @param year the year counted, or {@code null} for every year
 * @param publishedLater figures published after {@code asOf}
 * @param undated figures without a publication date (left out of every as-of view)
 * @param belowGrade figures from sources weaker than {@code minimumGrade}
 * @param unverified figures not verified, in a verified-only view
 */
public record LeftOut(
    @Nullable LocalDate asOf,
    @Nullable Integer year,
    boolean verifiedOnly,
    SourceGrade minimumGrade,
    int publishedLater,
    int undated,
    int belowGrade,
    int unverified) {
  /** @throws NullPointerException if {@code minimumGrade} is null */
  public LeftOut {
    Checks.notNull("minimumGrade", minimumGrade);
  }


  /** From per-year counts ({@code perYear[i]} for {@code years[i]}), for one year or all (-1). */
  static LeftOut of(@Nullable LocalDate asOf, boolean verifiedOnly, SourceGrade minGrade,
      int[][] perYear, int year, int[] years) {
    int[] sum = new int[4];
    for (int y = 0; y < perYear.length; y++) {
      if (year < 0 || years[y] == year) {
        for (int k = 0; k < 4; k++) {
          sum[k] += perYear[y][k];
        }
      }
    }
    return new LeftOut(asOf, year < 0 ? null : year, verifiedOnly, minGrade, sum[0], sum[1],
        sum[2], sum[3]);
  }

  /** Whether the view leaves nothing out. */
  public boolean isEmpty() {
    return publishedLater == 0 && undated == 0 && belowGrade == 0 && unverified == 0;
  }

  /** One line: the view, then each reason that applies with its count. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(asOf == null ? "latest release" : "as of " + asOf);
    if (minimumGrade != SourceGrade.COMPILATION) {
      sb.append(", grade ").append(minimumGrade).append(" or stronger");
    }
    if (verifiedOnly) {
      sb.append(", verified only");
    }
    if (year != null) {
      sb.append(", ").append(year);
    }
    sb.append(':');
    String sep = " ";
    if (asOf != null) {
      sb.append(sep).append(publishedLater).append(" figures published later, ").append(undated)
          .append(" undated");
      sep = ", ";
    }
    if (minimumGrade != SourceGrade.COMPILATION) {
      sb.append(sep).append(belowGrade).append(" below the grade");
      sep = ", ";
    }
    if (verifiedOnly) {
      sb.append(sep).append(unverified).append(" unverified");
      sep = ", ";
    }
    if (sep.equals(" ")) {
      sb.append(" nothing left out");
    }
    return sb.toString();
  }
}
