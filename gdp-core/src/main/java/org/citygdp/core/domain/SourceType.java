package org.citygdp.core.domain;

/** What kind of document a {@link Source} is. */
public enum SourceType {
  /** 国民经济和社会发展统计公报. */
  STATISTICAL_COMMUNIQUE,
  /** A statistics bureau's press release (e.g. 经济运行情况, 初步核算结果). */
  BUREAU_RELEASE,
  YEARBOOK,
  GOVERNMENT_REPORT,
  /** Xinhua, People's Daily, China Daily and other official news agencies. */
  NEWS_AGENCY,
  NEWS_REPORT,
  /** A credit-rating agency's report (e.g. on a city's bonds), quoting the city's figures. */
  RATING_REPORT,
  /** Research panels, scraped tables, blogs and reports that compile other sources. */
  SECONDARY_COMPILATION
}
