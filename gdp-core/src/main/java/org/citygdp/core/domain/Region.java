package org.citygdp.core.domain;

/** The National Bureau of Statistics' four economic regions of mainland China. */
public enum Region {
  EASTERN("Eastern", "东部"),
  CENTRAL("Central", "中部"),
  WESTERN("Western", "西部"),
  NORTHEAST("Northeast", "东北");

  private final String nameEn;
  private final String nameZh;

  Region(String nameEn, String nameZh) {
    this.nameEn = nameEn;
    this.nameZh = nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public String nameZh() {
    return nameZh;
  }
}
