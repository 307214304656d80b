package org.citygdp.core;

/** A city's administrative rank. */
public enum AdminRank {
  /** 直辖市: Beijing, Tianjin, Shanghai, Chongqing. */
  MUNICIPALITY,
  /** 副省级市. */
  SUB_PROVINCIAL,
  /** 地级市. */
  PREFECTURE
}
