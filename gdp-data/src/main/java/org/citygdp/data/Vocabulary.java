package org.citygdp.data;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.citygdp.core.Metric;
import org.citygdp.core.domain.Sector;

/**
 * What both readers of a dataset's files share: the JSON reader ({@link DatasetReader}) and the
 * bundled snapshot's ({@link Snapshot}). A class of its own so that reading the snapshot loads
 * neither {@link DatasetLoader} nor its parts (issue #11, start-up). Not part of the API.
 */
final class Vocabulary {
  private Vocabulary() {}

  /**
   * How {@link DatasetLoader#fromResourcesOf} names the resources under {@code base} (which
   * starts and ends with {@code /}): the start of every place in their messages.
   */
  static String resourcesDescription(Class<?> anchor, String base) {
    return "resources of " + anchor.getModule().getName() + ":" + base;
  }

  /** The sectors every dataset knows, by id; a dataset's sectors file may add or redefine. */
  static Map<String, Sector> builtInSectors() {
    Map<String, Sector> sectors = new HashMap<>();
    for (Sector s : new Sector[] {Sector.PRIMARY, Sector.SECONDARY, Sector.TERTIARY,
        Sector.INDUSTRY, Sector.INDUSTRY_ABOVE_SCALE, Sector.IT_SOFTWARE, Sector.FINANCE,
        Sector.EXPORTS}) {
      sectors.put(s.id(), s);
    }
    return sectors;
  }

  /**
   * Parses metric ids against the dataset's sectors, once per id: metrics are values (equal by
   * id), so figures of one metric may share one instance.
   */
  static final class MetricReader implements Function<String, Sector> {
    private final Map<String, Sector> sectors;
    private final Map<String, Metric<?>> parsed = new HashMap<>();

    MetricReader(Map<String, Sector> sectors) {
      this.sectors = sectors;
    }

    @Override
    public Sector apply(String id) {
      Sector s = sectors.get(id);
      if (s == null) {
        throw new IllegalArgumentException("sector '" + id + "' is not defined in the dataset's"
            + " sectors");
      }
      return s;
    }

    /** @throws IllegalArgumentException if the id is not a metric of this dataset */
    Metric<?> metric(String id) {
      Metric<?> m = parsed.get(id);
      if (m == null) {
        m = Metric.parse(id, this);
        parsed.put(id, m);
      }
      return m;
    }
  }
}
