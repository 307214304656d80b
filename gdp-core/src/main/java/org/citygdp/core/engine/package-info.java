/**
 * The columnar machinery under the query API: observations sorted by cell, resolved views as
 * primitive columns, orders, group indexes and exact 128-bit sums. Not exported by the module and
 * not part of the API; it takes plain inputs (ints, longs, arrays, strings) and imports nothing
 * from {@code org.citygdp.core}: data flows from the API into the engine, never back.
 */
@NullMarked
package org.citygdp.core.engine;

import org.jspecify.annotations.NullMarked;
