package org.citygdp.core.domain;

import java.util.Arrays;
import java.util.Set;
import org.citygdp.core.internal.Checks;
import org.citygdp.core.internal.OrderedSet;
import org.jspecify.annotations.Nullable;

/**
 * A city: a stable ASCII id, names (English, Chinese, and toneless pinyin), province, economic
 * region, administrative rank, 6-digit administrative division code and the city clusters it
 * belongs to.
 *
 * <pre>{@code
 * City xian = City.builder("xian")
 *     .names("Xi'an", "西安").pinyin("Xi'an").province("Shaanxi")
 *     .region(Region.WESTERN).rank(AdminRank.SUB_PROVINCIAL).divisionCode("610100")
 *     .build();
 * }</pre>
 *
 * @param pinyin the Chinese name in toneless pinyin, as a reader types it: {@code "Taizhou"} for
 *     both 泰州 and 台州, {@code "Xi'an"}, {@code "Lüliang"}. Names collide in pinyin; ids never do
 *     ({@code taizhou_js}, {@code taizhou_zj}). {@link org.citygdp.core.Dataset#city(String)} finds a city by it.
 * @param clusters the city clusters it belongs to, in the order given, without repeats: an
 *     immutable set (before 0.3, a Guava {@code ImmutableSet}; issue #11)
 */
public record City(
    String id,
    String nameEn,
    String nameZh,
    String pinyin,
    String province,
    Region region,
    AdminRank rank,
    String divisionCode,
    Set<Cluster> clusters) {

  /**
   * Validates every field; the message names the field, the value and the rule.
   *
   * @throws NullPointerException naming the first null field
   */
  public City {
    Checks.notNull("id", id);
    Checks.notNull("nameEn", nameEn);
    Checks.notNull("nameZh", nameZh);
    Checks.notNull("pinyin", pinyin);
    Checks.notNull("province", province);
    Checks.notNull("region", region);
    Checks.notNull("rank", rank);
    Checks.notNull("divisionCode", divisionCode);
    Checks.notNull("clusters", clusters);
    clusters = OrderedSet.copyOf("clusters", clusters); // names a null element before any rule
    Checks.matches("city id", id, Checks.CITY_ID, "lower-case ASCII");
    Checks.notBlank("city nameEn", nameEn);
    Checks.notBlank("city nameZh", nameZh);
    Checks.notBlank("city pinyin", pinyin);
    Checks.notBlank("city province", province);
    Checks.matches("city divisionCode", divisionCode, Checks.DIVISION_CODE, "six digits");
  }

  public static Builder builder(String id) {
    return new Builder(Checks.notNull("id", id));
  }

  public boolean isIn(Cluster cluster) {
    return clusters.contains(Checks.notNull("cluster", cluster));
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
    private @Nullable String pinyin;
    private String province = "";
    private Region region = Region.EASTERN;
    private AdminRank rank = AdminRank.PREFECTURE;
    private String divisionCode = "";
    private Set<Cluster> clusters = OrderedSet.of();
    private boolean regionSet;

    private Builder(String id) {
      this.id = id;
    }

    public Builder names(String nameEn, String nameZh) {
      this.nameEn = Checks.notNull("nameEn", nameEn);
      this.nameZh = Checks.notNull("nameZh", nameZh);
      return this;
    }

    /** The toneless pinyin of the Chinese name ({@code "Taizhou"}); defaults to the English name. */
    public Builder pinyin(String pinyin) {
      this.pinyin = Checks.notNull("pinyin", pinyin);
      return this;
    }

    public Builder province(String province) {
      this.province = Checks.notNull("province", province);
      return this;
    }

    /** @throws NullPointerException if {@code region} is null: a city's region is required */
    public Builder region(Region region) {
      this.region = Checks.notNull("region", region);
      this.regionSet = true;
      return this;
    }

    public Builder rank(AdminRank rank) {
      this.rank = Checks.notNull("rank", rank);
      return this;
    }

    public Builder divisionCode(String divisionCode) {
      this.divisionCode = Checks.notNull("divisionCode", divisionCode);
      return this;
    }

    public Builder clusters(Cluster... clusters) {
      this.clusters = OrderedSet.copyOf("clusters", Arrays.asList(Checks.notNull("clusters",
          clusters)));
      return this;
    }

    public Builder clusters(Set<Cluster> clusters) {
      this.clusters = OrderedSet.copyOf("clusters", Checks.notNull("clusters", clusters));
      return this;
    }

    /** @throws IllegalArgumentException naming the first invalid or missing field */
    public City build() {
      if (!regionSet) {
        throw new IllegalArgumentException("city region for '" + Checks.shown(id) + "' must be set");
      }
      return new City(id, nameEn, nameZh, pinyin == null ? nameEn : pinyin, province, region, rank,
          divisionCode, clusters);
    }
  }
}
