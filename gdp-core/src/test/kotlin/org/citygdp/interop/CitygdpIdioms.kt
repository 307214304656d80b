// Kotlin idioms for citygdp. This file is compiled and tested with the library
// (KotlinIdiomsTest); copy it into your project as it is, it needs nothing but citygdp.
//
// The units' operators (+, -, *, /, unary -, <, >) need no help: the Java methods plus, minus,
// times, div, unaryMinus and compareTo are Kotlin operators already. What Java cannot declare
// is here: infix conditions and destructuring of result rows. (Result lists reach Kotlin as
// platform types: declare them `List<T>` and `add` does not compile; see KotlinIdiomsTest.)
package org.citygdp.interop

import org.citygdp.core.Condition
import org.citygdp.core.GrowthChange
import org.citygdp.core.TierMove
import org.citygdp.core.domain.City
import org.citygdp.units.PercentagePoints
import org.citygdp.units.RealGrowth

/** `inRegion(EASTERN) and REAL_GROWTH.above(x)`: Java methods cannot be infix, these can. */
infix fun Condition.and(other: Condition): Condition = this.and(other)

/** `a or b`. */
infix fun Condition.or(other: Condition): Condition = this.or(other)

/** `!condition`: the cities the condition does not hold for. */
operator fun Condition.not(): Condition = this.negate()

/** `val (city, earlier, later) = change`. */
operator fun GrowthChange.component1(): City = city()
operator fun GrowthChange.component2(): RealGrowth? = earlier()
operator fun GrowthChange.component3(): RealGrowth? = later()

/** The change in percentage points, or null when either year's growth is missing. */
val GrowthChange.changeOrNull: PercentagePoints? get() = change().orElse(null)

/** `val (city, from, to) = move`. */
operator fun TierMove.component1(): City = city()
operator fun TierMove.component2() = from()
operator fun TierMove.component3() = to()
