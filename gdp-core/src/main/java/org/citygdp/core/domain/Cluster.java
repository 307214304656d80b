package org.citygdp.core.domain;

import java.util.Optional;
import org.citygdp.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A city cluster (城市群), identified by its id; two clusters with the same id are equal.
 * Constants name the national-plan clusters; datasets may define others with {@link #of}.
 *
 * <p>A cluster may name the plan that defines its members: the id of a {@link Source} of the
 * dataset (usually a {@link SourceType#GOVERNMENT_REPORT}), which {@link org.citygdp.core.Dataset#plan(Cluster)}
 * returns.
 *
 * <pre>{@code
 * Cluster gba = Cluster.of("GREATER_BAY_AREA", "Greater Bay Area", "粤港澳大湾区")
 *     .withPlan("gov-2019-02-18-gba-outline");
 * china.plan(Cluster.GREATER_BAY_AREA).map(Source::citation);
 * }</pre>
 *
 * @param plan the id of the source that is the cluster's plan, or {@code null} if none is cited
 */
public record Cluster(String id, String nameEn, String nameZh, @Nullable String plan) {
  public static final Cluster YANGTZE_RIVER_DELTA = new Cluster("YANGTZE_RIVER_DELTA", "Yangtze River Delta", "长三角城市群");
  public static final Cluster GREATER_BAY_AREA = new Cluster("GREATER_BAY_AREA", "Guangdong-Hong Kong-Macao Greater Bay Area", "粤港澳大湾区");
  public static final Cluster BEIJING_TIANJIN_HEBEI = new Cluster("BEIJING_TIANJIN_HEBEI", "Beijing-Tianjin-Hebei", "京津冀城市群");
  public static final Cluster CHENGDU_CHONGQING = new Cluster("CHENGDU_CHONGQING", "Chengdu-Chongqing", "成渝城市群");
  public static final Cluster MIDDLE_YANGTZE = new Cluster("MIDDLE_YANGTZE", "Middle Reaches of the Yangtze River", "长江中游城市群");

  /** Validates the id ({@code [A-Z][A-Z0-9_]*}) and the names, and that a plan is not blank. */
  public Cluster {
    Checks.notNull("id", id);
    Checks.notNull("nameEn", nameEn);
    Checks.notNull("nameZh", nameZh);
    Checks.matches("cluster id", id, Checks.UPPER_ID, "upper-case ASCII");
    Checks.notBlank("cluster nameEn", nameEn);
    Checks.notBlank("cluster nameZh", nameZh);
    if (plan != null) {
      Checks.notBlank("cluster plan", plan); // that it names a source is checked by the dataset
    }
  }

  /** A cluster that cites no plan. */
  public Cluster(String id, String nameEn, String nameZh) {
    this(id, nameEn, nameZh, null);
  }

  public static Cluster of(String id, String nameEn, String nameZh) {
    return new Cluster(id, nameEn, nameZh, null);
  }

  /** This cluster citing the source {@code sourceId} as its plan. */
  public Cluster withPlan(String sourceId) {
    return new Cluster(id, nameEn, nameZh, Checks.notNull("sourceId", sourceId));
  }

  /** The id of the source that is this cluster's plan, if one is cited. */
  public Optional<String> planId() {
    return Optional.ofNullable(plan);
  }

  /** Whether the names and the plan are the same too ({@link #equals} compares ids only). */
  public boolean isSameDefinition(Cluster other) {
    Checks.notNull("other", other);
    return id.equals(other.id) && nameEn.equals(other.nameEn) && nameZh.equals(other.nameZh)
        && java.util.Objects.equals(plan, other.plan);
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
