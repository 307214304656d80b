package org.citygdp.core;

import org.jspecify.annotations.Nullable;

/**
 * A city cluster (城市群), identified by its id; two clusters with the same id are equal.
 * Constants name the national-plan clusters; datasets may define others with {@link #of}.
 */
public record Cluster(String id, String nameEn, String nameZh) {
  public static final Cluster YANGTZE_RIVER_DELTA = new Cluster("YANGTZE_RIVER_DELTA", "Yangtze River Delta", "长三角城市群");
  public static final Cluster GREATER_BAY_AREA = new Cluster("GREATER_BAY_AREA", "Guangdong-Hong Kong-Macao Greater Bay Area", "粤港澳大湾区");
  public static final Cluster BEIJING_TIANJIN_HEBEI = new Cluster("BEIJING_TIANJIN_HEBEI", "Beijing-Tianjin-Hebei", "京津冀城市群");
  public static final Cluster CHENGDU_CHONGQING = new Cluster("CHENGDU_CHONGQING", "Chengdu-Chongqing", "成渝城市群");
  public static final Cluster MIDDLE_YANGTZE = new Cluster("MIDDLE_YANGTZE", "Middle Reaches of the Yangtze River", "长江中游城市群");

  /** Validates the id ({@code [A-Z][A-Z0-9_]*}) and the names. */
  public Cluster {
    Checks.notNull("id", id);
    Checks.notNull("nameEn", nameEn);
    Checks.notNull("nameZh", nameZh);
    Checks.matches("cluster id", id, Checks.UPPER_ID, "upper-case ASCII");
    Checks.notBlank("cluster nameEn", nameEn);
    Checks.notBlank("cluster nameZh", nameZh);
  }

  public static Cluster of(String id, String nameEn, String nameZh) {
    return new Cluster(id, nameEn, nameZh);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Cluster && ((Cluster) o).id.equals(id);
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
