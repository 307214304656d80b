/**
 * The domain and the fluent query API.
 *
 * <p>A {@link org.citygdp.core.Dataset} holds cities, sources and every published figure with its
 * provenance (source, release, verified or not). Queries start from it:
 *
 * <pre>{@code
 * YearView y = dataset.year(2025);
 * y.tiers();                                                   // the tier pyramid
 * y.cities().where(Metric.REAL_GROWTH.above(y.nationalGrowth())).count();
 * dataset.compare(2025, 2024).newcomers(Threshold.TRILLION_CLUB).names();
 * dataset.asOf(LocalDate.of(2025, 2, 1)).year(2024).tiers();
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe; a stored query step can be reused and shared.
 * Missing figures are never zeros: they are {@code Optional.empty()}, fail a comparison, sort last,
 * and are counted separately in totals.
 */
@NullMarked
package org.citygdp.core;

import org.jspecify.annotations.NullMarked;
