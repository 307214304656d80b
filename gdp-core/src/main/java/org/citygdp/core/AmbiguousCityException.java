package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.citygdp.core.domain.City;

/**
 * A city named by a key that more than one city answers to: two cities share a pinyin or English
 * name (泰州 and 台州 are both "Taizhou"), or a division code or Chinese name given twice in a
 * user's dataset. The message lists every candidate with its Chinese name, id, province and
 * division code; name one by its id or division code.
 *
 * <pre>{@code
 * china.city("Taizhou");
 * // AmbiguousCityException: City 'Taizhou' is ambiguous: 2 cities have this pinyin or English
 * // name: 泰州 taizhou_js (Jiangsu, 321200), 台州 taizhou_zj (Zhejiang, 331000); name one by its
 * // id or division code
 * }</pre>
 */
public class AmbiguousCityException extends CityGdpException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final ImmutableList<City> candidates;

  /**
   * @param key what was asked for
   * @param matched what the candidates share, e.g. {@code "pinyin or English name"}
   * @param candidates the cities that answer to it, at least two
   */
  public AmbiguousCityException(String key, String matched, List<City> candidates) {
    super("City '" + Catalog.shorten(key) + "' is ambiguous: " + candidates.size()
        + " cities have this " + matched + ": " + describe(candidates)
        + "; name one by its id or division code");
    this.key = key;
    this.candidates = ImmutableList.copyOf(candidates);
  }

  private static String describe(List<City> cities) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cities.size(); i++) {
      City c = cities.get(i);
      sb.append(i == 0 ? "" : ", ").append(c.nameZh()).append(' ').append(c.id()).append(" (")
          .append(c.province()).append(", ").append(c.divisionCode()).append(')');
    }
    return sb.toString();
  }

  /** What was asked for. */
  public String key() {
    return key;
  }

  /** The cities that answer to it, in id order. */
  public ImmutableList<City> candidates() {
    return candidates;
  }
}
