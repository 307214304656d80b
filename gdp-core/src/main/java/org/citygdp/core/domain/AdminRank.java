package org.citygdp.core.domain;

/**
 * A city's administrative rank: the prefecture-level units of China and the municipalities above
 * them. {@link #PREFECTURE} and the three kinds after it are all 地级 (prefecture-level) units.
 */
public enum AdminRank {
  /** 直辖市: Beijing, Tianjin, Shanghai, Chongqing. */
  MUNICIPALITY,
  /** 副省级市. */
  SUB_PROVINCIAL,
  /** 地级市. */
  PREFECTURE,
  /** 自治州: a prefecture-level autonomous prefecture (e.g. 延边朝鲜族自治州). */
  AUTONOMOUS_PREFECTURE,
  /** 地区: a prefecture-level area (e.g. 阿克苏地区). */
  PREFECTURE_AREA,
  /** 盟: a league, Inner Mongolia's prefecture-level unit (e.g. 锡林郭勒盟). */
  LEAGUE
}
