/**
 * The domain values of citygdp: cities, their regions, ranks and clusters, sectors, and the
 * sources figures are read from, with their grades, types, releases and publication dates.
 *
 * <p>Every type here is immutable and thread-safe. The queries over them live in {@link
 * org.citygdp.core}.
 */
@NullMarked
package org.citygdp.core.domain;

import org.jspecify.annotations.NullMarked;
