package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** A city id that the dataset does not know; the message lists the nearest known ids. */
public class UnknownCityException extends CityGdpException {
  private static final long serialVersionUID = 1L;

  private final String id;
  private final ImmutableList<String> nearest;

  public UnknownCityException(String id, List<String> nearest) {
    super("Unknown city id '" + Corpus.shorten(id) + "'" + (nearest.isEmpty() ? "" : "; nearest known ids: "
        + String.join(", ", nearest)));
    this.id = id;
    this.nearest = ImmutableList.copyOf(nearest);
  }

  public String id() {
    return id;
  }

  /** Known ids closest to the one asked for, nearest first. */
  public ImmutableList<String> nearest() {
    return nearest;
  }
}
