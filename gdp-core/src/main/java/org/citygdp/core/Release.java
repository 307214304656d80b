package org.citygdp.core;

/**
 * Which publication of a figure this is. The same year's GDP is published several times: a first
 * estimate, then a final verification, and after an economic census a revised series (the 2023
 * census raised every 2023 level and back-revised earlier years). Later releases rank higher.
 */
public enum Release {
  /** 初步核算: the first release, in the communiqué or bureau release weeks after the year ends. */
  PRELIMINARY,
  /** 最终核实: the final verified figure, e.g. printed in the next year's communiqué or a yearbook. */
  FINAL,
  /** Revised after an economic census (including back-revised earlier years). */
  CENSUS_REVISION
}
