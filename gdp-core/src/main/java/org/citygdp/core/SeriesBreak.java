package org.citygdp.core;

import org.citygdp.core.domain.Release;
import org.citygdp.core.internal.Checks;

/**
 * A break in the series of GDP levels: an economic census that revised the level of its year and
 * back-revised earlier years, so that a level published before the revision and one published
 * after it are on different bases and must not be compared as growth.
 *
 * <p>Which side of the break a level is on follows from its year and {@link Release}: a level of a
 * year after the census year is on the revised basis; a level of the census year or earlier is on
 * the revised basis only if it is a {@link Release#CENSUS_REVISION} (with several breaks, a census
 * revision belongs to the first break at or after its year). So after the 2023 census, a 2023
 * level first published in January 2024 and a 2024 level are in different series, while a 2023
 * level in the revised series and a 2024 level are in one.
 *
 * <p>A dataset declares its breaks ({@link Dataset.Builder#seriesBreak}); the bundled data declares
 * {@link #CENSUS_2023}. Growth computed from levels ({@link Assumption#ownAverage(int)}) never
 * spans a break.
 *
 * @param year the census year: the last year whose first-published levels are on the old basis
 * @param name what the break is, e.g. "the fifth national economic census (2023)"
 */
public record SeriesBreak(int year, String name) {
  /**
   * The fifth national economic census, of 2023: it revised the 2023 levels (national and the
   * cities') and back-revised earlier years; levels of 2024 on are on the revised basis.
   */
  public static final SeriesBreak CENSUS_2023 =
      new SeriesBreak(2023, "the fifth national economic census (2023)");

  /**
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the year is outside {@value Dataset#MIN_YEAR}–{@value
   *     Dataset#MAX_YEAR} or the name is blank
   */
  public SeriesBreak {
    Checks.notNull("name", name);
    Checks.year(year);
    Checks.notBlank("series break name", name);
  }

  /**
   * Whether a level of {@code levelYear} in {@code release} is on the basis after this break
   * (ignoring other breaks): a later year, or a census revision of this year or an earlier one.
   */
  public boolean isRevised(int levelYear, Release release) {
    Checks.notNull("release", release);
    return levelYear > year || release == Release.CENSUS_REVISION;
  }

  @Override
  public String toString() {
    return name;
  }
}
