package org.citygdp.core.domain;

/**
 * Which publication of a figure this is. The same year's GDP is published several times: a first
 * estimate, then a final verification, and after an economic census a revised series (the 2023
 * census raised every 2023 level and back-revised earlier years). Later releases rank higher;
 * an {@link #ESTIMATE} made before the first release ranks lowest.
 */
public enum Release {
  /**
   * An estimate printed before the bureau's release, e.g. in a government work report ("左右",
   * "预计"). It ranks below every release proper. A bound ("突破…", "超…") is not a level and is
   * not a figure at all.
   */
  ESTIMATE,
  /** 初步核算: the first release, in the communiqué or bureau release weeks after the year ends. */
  PRELIMINARY,
  /** 最终核实: the final verified figure, e.g. printed in the next year's communiqué or a yearbook. */
  FINAL,
  /** Revised after an economic census (including back-revised earlier years). */
  CENSUS_REVISION
}
