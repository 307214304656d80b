package org.citygdp.core;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Set;

/**
 * A city: a stable ASCII id, names, province, economic region, administrative rank, 6-digit
 * administrative division code and the city clusters it belongs to.
 *
 * <pre>{@code
 * City xian = City.builder("xian")
 *     .names("Xi'an", "西安").province("Shaanxi")
 *     .region(Region.WESTERN).rank(AdminRank.SUB_PROVINCIAL).divisionCode("610100")
 *     .build();
 * }</pre>
 */
public record City(
    String id,
    String nameEn,
    String nameZh,
    String province,
    Region region,
    AdminRank rank,
    String divisionCode,
    ImmutableSet<Cluster> clusters) {

  /** Validates every field; the message names the field, the value and the rule. */
  public City {
    Checks.matches("city id", id, Checks.CITY_ID, "lower-case ASCII");
    Checks.notBlank("city nameEn", nameEn);
    Checks.notBlank("city nameZh", nameZh);
    Checks.notBlank("city province", province);
    Checks.matches("city divisionCode", divisionCode, Checks.DIVISION_CODE, "six digits");
    clusters = ImmutableSet.copyOf(clusters);
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  public boolean isIn(Cluster cluster) {
    return clusters.contains(cluster);
  }

  @Override
  public String toString() {
    return id;
  }

  /** A builder of {@link City}; not thread-safe, as builders go. */
  public static final class Builder {
    private final String id;
    private String nameEn = "";
    private String nameZh = "";
    private String province = "";
    private Region region = Region.EASTERN;
    private AdminRank rank = AdminRank.PREFECTURE;
    private String divisionCode = "";
    private Set<Cluster> clusters = ImmutableSet.of();
    private boolean regionSet;

    private Builder(String id) {
      this.id = id;
    }

    public Builder names(String nameEn, String nameZh) {
      this.nameEn = nameEn;
      this.nameZh = nameZh;
      return this;
    }

    public Builder province(String province) {
      this.province = province;
      return this;
    }

    public Builder region(Region region) {
      this.region = region;
      this.regionSet = true;
      return this;
    }

    public Builder rank(AdminRank rank) {
      this.rank = rank;
      return this;
    }

    public Builder divisionCode(String divisionCode) {
      this.divisionCode = divisionCode;
      return this;
    }

    public Builder clusters(Cluster... clusters) {
      this.clusters = ImmutableSet.copyOf(Arrays.asList(clusters));
      return this;
    }

    public Builder clusters(Set<Cluster> clusters) {
      this.clusters = ImmutableSet.copyOf(clusters);
      return this;
    }

    /** @throws IllegalArgumentException naming the first invalid or missing field */
    public City build() {
      if (!regionSet) {
        throw new IllegalArgumentException("city region for '" + id + "' must be set");
      }
      return new City(id, nameEn, nameZh, province, region, rank, divisionCode, ImmutableSet.copyOf(clusters));
    }
  }
}
