package org.citygdp.data;

import org.citygdp.core.Dataset;
import org.citygdp.core.SeriesBreak;
import org.jspecify.annotations.Nullable;

/**
 * The bundled dataset: China's 337 prefecture-level units and municipalities, 2019–2025, among
 * them the trillion-yuan GDP cities (every city in the club in any year), with the national
 * benchmark and every figure's source.
 *
 * <pre>{@code
 * Dataset china = ChinaCities.load();
 * china.year(2025).members(Threshold.TRILLION_CLUB).count();
 * }</pre>
 *
 * The dataset is loaded once, validated, and shared: it is immutable and thread-safe.
 */
public final class ChinaCities {
  /** The class-path folder of the bundled files. */
  public static final String RESOURCES = "org/citygdp/data/china/";

  private ChinaCities() {}

  // loaded once on success; a failure is thrown to each caller, not cached as an Error
  // (double-checked locking by hand: no lambda or memoizing supplier to link at start-up, #3)
  private static volatile @Nullable Dataset bundled;

  /** The bundled dataset, loaded on first use. */
  public static Dataset load() {
    Dataset d = bundled;
    if (d == null) {
      synchronized (ChinaCities.class) {
        d = bundled;
        if (d == null) {
          d = loadBundled();
          bundled = d;
        }
      }
    }
    return d;
  }

  /**
   * The bundled dataset from its binary snapshot, which is generated from the JSON files and kept
   * in step with them by a test, and is read without a JSON parser: a fresh JVM loads it several
   * times faster (issue #3). From the JSON files themselves if the snapshot is absent.
   */
  private static Dataset loadBundled() {
    java.io.InputStream snapshot = ChinaCities.class.getResourceAsStream(Snapshot.BUNDLED);
    if (snapshot == null) {
      return loader().load();
    }
    // the JSON loader's names and breaks, without making the loader: a fresh JVM then loads
    // none of its classes (issue #11); SnapshotTest checks they are the loader's
    return Snapshot.read(snapshot, description(), Snapshot.BUNDLED).build(SERIES_BREAKS);
  }

  /** The series breaks of the bundled data, as {@link #loader()} declares them. */
  static final java.util.List<SeriesBreak> SERIES_BREAKS = java.util.List.of(
      SeriesBreak.CENSUS_2023);

  /** What {@link #loader()} calls the bundled files: the start of their figures' places. */
  static String description() {
    return Vocabulary.resourcesDescription(ChinaCities.class, "/" + RESOURCES);
  }

  /**
   * A loader for the bundled JSON files, e.g. to load a fresh copy. It declares the series break
   * of the 2023 economic census ({@link SeriesBreak#CENSUS_2023}): the yearbook's 2019–2023 levels
   * are first-published (old basis), the levels of 2024 on and the census revisions are on the
   * revised basis, and growth is never computed across the break.
   */
  public static DatasetLoader loader() {
    DatasetLoader loader = DatasetLoader.fromResourcesOf(ChinaCities.class, RESOURCES);
    for (SeriesBreak b : SERIES_BREAKS) {
      loader = loader.seriesBreak(b);
    }
    return loader;
  }
}
