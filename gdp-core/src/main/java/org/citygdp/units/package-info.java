/**
 * Exact, typed units: amounts of yuan, rates in {@link org.citygdp.units.Percent}, differences of
 * rates in {@link org.citygdp.units.PercentagePoints}, and growth that is either
 * {@link org.citygdp.units.RealGrowth real} (comparable prices, as published) or
 * {@link org.citygdp.units.NominalGrowth nominal} (computed from current-price levels).
 *
 * <p>Every type here is immutable and thread-safe, has static factories named for their meaning,
 * an exact {@code equals}, and a canonical, locale-free {@code toString} that {@code parse} reads back.
 */
@NullMarked
package org.citygdp.units;

import org.jspecify.annotations.NullMarked;
