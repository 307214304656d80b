package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A city the dataset does not know: no city has this id (or, for a look-up by name, this division
 * code, Chinese name, pinyin or English name). The message lists the nearest known cities.
 */
public class UnknownCityException extends CityGdpException {
  private static final long serialVersionUID = 1L;

  private final String id;
  private final ImmutableList<String> nearest;

  public UnknownCityException(String id, List<String> nearest) {
    super("Unknown city id '" + Catalog.shorten(id) + "'" + (nearest.isEmpty() ? "" : "; nearest known ids: "
        + String.join(", ", nearest)));
    this.id = id;
    this.nearest = ImmutableList.copyOf(nearest);
  }

  /**
   * @param key what was asked for
   * @param nearest the ids of the nearest known cities, nearest first
   * @param message the whole message
   */
  protected UnknownCityException(String key, List<String> nearest, String message) {
    super(message);
    this.id = key;
    this.nearest = ImmutableList.copyOf(nearest);
  }

  /** An unknown name: the message shows the nearest cities by Chinese name and id. */
  static UnknownCityException name(String key, List<String> nearestIds, List<String> shown) {
    return new UnknownCityException(key, nearestIds, "Unknown city '" + Catalog.shorten(key)
        + "': no city has this id, division code, Chinese name, pinyin or English name"
        + (shown.isEmpty() ? "" : "; nearest known: " + String.join(", ", shown)));
  }

  /** What was asked for: an id, or a name or code that no city has. */
  public String id() {
    return id;
  }

  /** Known ids closest to the one asked for, nearest first. */
  public ImmutableList<String> nearest() {
    return nearest;
  }
}
