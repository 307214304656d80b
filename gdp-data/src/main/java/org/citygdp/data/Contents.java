package org.citygdp.data;

import java.util.ArrayList;
import java.util.List;
import org.citygdp.core.City;
import org.citygdp.core.Cluster;
import org.citygdp.core.Dataset;
import org.citygdp.core.Observation;
import org.citygdp.core.Sector;
import org.citygdp.core.Source;

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
  /** National figures first, then the city files' figures. */
  final List<Observation<?>> figures = new ArrayList<>();

  /** The dataset, after the checks across parts (unique ids, known cities and sources, ...). */
  Dataset build() {
    Dataset.Builder builder = Dataset.builder();
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
