package org.citygdp.core.domain;

import org.citygdp.core.internal.Checks;

/**
 * How strong a {@link Source} is, strongest first. Within a release, a figure from a stronger
 * source wins (see {@link org.citygdp.core.Dataset}'s selection rule), and {@link org.citygdp.core.Dataset#atLeast(SourceGrade)}
 * keeps only figures at or above a grade.
 *
 * <pre>{@code
 * SourceGrade.OFFICIAL_MEDIA.isAtLeast(SourceGrade.SECONDARY);   // true
 * SourceGrade.SECONDARY.isOfficial();                             // false
 * }</pre>
 */
public enum SourceGrade {
  /**
   * The statistics bureau's or the government's own publication (a statistical communiqué, a
   * bureau release, a government report), read at its own address or in an exact copy of it
   * that names it.
   */
  PRIMARY,
  /**
   * State news agencies, official media and government portals quoting the bureau with the
   * figure (Xinhua, People's Daily, CCTV, China Daily, China News Service, party newspapers).
   */
  OFFICIAL_MEDIA,
  /** Statistical yearbooks read through a mirror, rating-agency reports, established newspapers. */
  SECONDARY,
  /** Aggregator tables, research panels, encyclopaedia pages. */
  COMPILATION;

  /** Whether this grade is as strong as {@code other} or stronger. */
  public boolean isAtLeast(SourceGrade other) {
    Checks.notNull("other", other);
    return ordinal() <= other.ordinal();
  }

  /**
   * Whether a figure read in a source of this grade can be {@linkplain org.citygdp.core.Figure#verified()
   * verified}: {@link #PRIMARY} and {@link #OFFICIAL_MEDIA}.
   */
  public boolean isOfficial() {
    return this == PRIMARY || this == OFFICIAL_MEDIA;
  }
}
