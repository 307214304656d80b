package org.citygdp.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citygdp.core.Dataset;
import org.citygdp.core.Observation;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;
import org.citygdp.core.SeriesBreak;

/**
 * What a dataset's files define, in file order, each part already validated on its own: what
 * {@link DatasetLoader} reads from JSON and {@link Snapshot} writes and reads back. Not part of the
 * API.
 */
final class Contents {
  /** The sectors the dataset's sectors file defines (the built-in ones are not repeated). */
  final List<Sector> sectors = new ArrayList<>();
  final List<Cluster> clusters = new ArrayList<>();
  final List<City> cities = new ArrayList<>();
  final List<Source> sources = new ArrayList<>();
  /** National figures first, then the city files' figures (part by part, when merged). */
  final List<Observation<?>> figures = new ArrayList<>();
  /**
   * Where each figure read from a file is, by its place as the figure names it: a problem the
   * dataset builder finds is then given its line and column. Empty when read from a snapshot.
   */
  final Map<String, Ref> places = new HashMap<>();

  /**
   * The dataset with these series breaks, after the checks across parts (unique ids, known cities
   * and sources, ...).
   */
  Dataset build(List<SeriesBreak> seriesBreaks) {
    Dataset.Builder builder = Dataset.builder();
    for (SeriesBreak b : seriesBreaks) {
      builder.seriesBreak(b);
    }
    for (City c : cities) {
      builder.city(c);
    }
    for (Source s : sources) {
      builder.source(s);
    }
    for (Observation<?> o : figures) {
      builder.figure(o);
    }
    return builder.build();
  }
}
