package org.citygdp.data;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import org.citygdp.core.Dataset;

/**
 * The bundled dataset: China's trillion-yuan GDP cities (every city in the club in any year
 * 2019–2025), with the national benchmark and every figure's source.
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

  // memoize: loaded once on success; a failure is thrown to each caller, not cached as an Error
  private static final Supplier<Dataset> BUNDLED = Suppliers.memoize(() -> loader().load());

  /** The bundled dataset, loaded on first use. */
  public static Dataset load() {
    return BUNDLED.get();
  }

  /** A loader for the bundled files, e.g. to load a fresh copy. */
  public static DatasetLoader loader() {
    return DatasetLoader.fromResourcesOf(ChinaCities.class, RESOURCES);
  }
}
