package org.citygdp.core.domain;

import org.citygdp.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A sector of the economy, an industry, or a flow such as exports, identified by its id; two
 * sectors with the same id are equal whatever their names.
 */
public record Sector(String id, String nameEn, String nameZh) {
  public static final Sector PRIMARY = new Sector("primary", "Primary sector", "第一产业");
  public static final Sector SECONDARY = new Sector("secondary", "Secondary sector", "第二产业");
  public static final Sector TERTIARY = new Sector("tertiary", "Tertiary sector", "第三产业");
  /** 工业增加值: all industry. */
  public static final Sector INDUSTRY = new Sector("industry", "Industry", "工业");
  /** 规模以上工业增加值: industrial enterprises above designated size. */
  public static final Sector INDUSTRY_ABOVE_SCALE =
      new Sector("industry_above_scale", "Industry above designated size", "规模以上工业");
  public static final Sector IT_SOFTWARE = new Sector("it_software",
      "Information transmission, software and IT services", "信息传输、软件和信息技术服务业");
  public static final Sector FINANCE = new Sector("finance", "Finance", "金融业");
  /** Total exports: a nominal trade flow, not value added. */
  public static final Sector EXPORTS = new Sector("exports", "Exports", "出口");

  /** Validates the id ({@code [a-z][a-z0-9_]*}) and the names. */
  public Sector {
    Checks.notNull("id", id);
    Checks.notNull("nameEn", nameEn);
    Checks.notNull("nameZh", nameZh);
    Checks.matches("sector id", id, Checks.SECTOR_ID, "lower-case ASCII");
    Checks.notBlank("sector nameEn", nameEn);
    Checks.notBlank("sector nameZh", nameZh);
  }

  public static Sector of(String id, String nameEn, String nameZh) {
    return new Sector(id, nameEn, nameZh);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Sector && ((Sector) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
