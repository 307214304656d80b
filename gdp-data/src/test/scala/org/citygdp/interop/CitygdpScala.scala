// Scala 3 idioms for citygdp. This file is compiled and tested with the library
// (ScalaIdiomsTest); copy it into your project as it is, it needs nothing but citygdp.
//
//   import org.citygdp.interop.CitygdpScala.{*, given}
//
// gives `+`, `-`, `*` and unary `-` on amounts and rates, `Numeric` (so `.sum`, `.max` and
// `.sorted` work on amounts, populations and percentage points), `Ordering` for percent and
// growth, extractors for pattern matching, and Scala collections and options from the steps.
package org.citygdp.interop

import org.citygdp.core.{CitySelection, GrowthChange, Metric, YearlyStats}
import org.citygdp.units.{NominalGrowth, Percent, PercentagePoints, Population, RealGrowth, Yuan}

import scala.jdk.CollectionConverters.*
import scala.jdk.OptionConverters.*

object CitygdpScala:

  // ---- operators --------------------------------------------------------------------------
  extension (a: Yuan)
    def +(b: Yuan): Yuan = a.plus(b)
    def -(b: Yuan): Yuan = a.minus(b)
    def *(n: Long): Yuan = a.multipliedBy(n)
    def unary_- : Yuan = a.negated()
    def <(b: Yuan): Boolean = a.compareTo(b) < 0
    def <=(b: Yuan): Boolean = a.compareTo(b) <= 0
    def >(b: Yuan): Boolean = a.compareTo(b) > 0
    def >=(b: Yuan): Boolean = a.compareTo(b) >= 0

  extension (a: PercentagePoints)
    def +(b: PercentagePoints): PercentagePoints = a.plus(b)
    def -(b: PercentagePoints): PercentagePoints = a.minus(b)
    def *(n: Long): PercentagePoints = a.times(n)
    def unary_- : PercentagePoints = a.negated()

  extension (a: Percent)
    /** Percent minus percent is percentage points, never percent. */
    def -(b: Percent): PercentagePoints = a.minus(b)
    def +(b: PercentagePoints): Percent = a.plus(b)

  extension (a: RealGrowth)
    /** Real growth minus real growth is percentage points. There is no real minus nominal. */
    def -(b: RealGrowth): PercentagePoints = a.minus(b)

  extension (a: Population)
    def +(b: Population): Population = a.plus(b)
    def -(b: Population): Population = a.minus(b)

  // ---- Numeric and Ordering ---------------------------------------------------------------
  /** Sums and orders amounts. An amount times an amount is not an amount: `times` throws. */
  given yuanNumeric: Numeric[Yuan] with
    def plus(x: Yuan, y: Yuan): Yuan = x.plus(y)
    def minus(x: Yuan, y: Yuan): Yuan = x.minus(y)
    def times(x: Yuan, y: Yuan): Yuan =
      throw UnsupportedOperationException("yuan times yuan is not an amount; use amount * n")
    def negate(x: Yuan): Yuan = x.negated()
    def fromInt(x: Int): Yuan = Yuan.ofYuan(x.toLong)
    def parseString(str: String): Option[Yuan] = scala.util.Try(Yuan.parse(str)).toOption
    def toInt(x: Yuan): Int = Math.toIntExact(x.toYuan)
    def toLong(x: Yuan): Long = x.toYuan
    def toFloat(x: Yuan): Float = x.toYuan.toFloat
    def toDouble(x: Yuan): Double = x.toYuan.toDouble
    def compare(x: Yuan, y: Yuan): Int = x.compareTo(y)

  given pointsNumeric: Numeric[PercentagePoints] with
    def plus(x: PercentagePoints, y: PercentagePoints): PercentagePoints = x.plus(y)
    def minus(x: PercentagePoints, y: PercentagePoints): PercentagePoints = x.minus(y)
    def times(x: PercentagePoints, y: PercentagePoints): PercentagePoints =
      throw UnsupportedOperationException("points times points is not points; use points * n")
    def negate(x: PercentagePoints): PercentagePoints = x.negated()
    def fromInt(x: Int): PercentagePoints = PercentagePoints.of(BigDecimal(x).bigDecimal)
    def parseString(str: String): Option[PercentagePoints] =
      scala.util.Try(PercentagePoints.parse(str)).toOption
    def toInt(x: PercentagePoints): Int = x.toBigDecimal.intValue
    def toLong(x: PercentagePoints): Long = x.toBigDecimal.longValue
    def toFloat(x: PercentagePoints): Float = x.toBigDecimal.floatValue
    def toDouble(x: PercentagePoints): Double = x.toBigDecimal.doubleValue
    def compare(x: PercentagePoints, y: PercentagePoints): Int = x.compareTo(y)

  given populationNumeric: Numeric[Population] with
    def plus(x: Population, y: Population): Population = x.plus(y)
    def minus(x: Population, y: Population): Population = x.minus(y)
    def times(x: Population, y: Population): Population =
      throw UnsupportedOperationException("persons times persons is not a population")
    def negate(x: Population): Population =
      throw UnsupportedOperationException("a population is never negative")
    def fromInt(x: Int): Population = Population.ofPersons(x.toLong)
    def parseString(str: String): Option[Population] = scala.util.Try(Population.parse(str)).toOption
    def toInt(x: Population): Int = Math.toIntExact(x.toPersons)
    def toLong(x: Population): Long = x.toPersons
    def toFloat(x: Population): Float = x.toPersons.toFloat
    def toDouble(x: Population): Double = x.toPersons.toDouble
    def compare(x: Population, y: Population): Int = x.compareTo(y)

  given Ordering[Percent] = (x, y) => x.compareTo(y)
  given Ordering[RealGrowth] = (x, y) => x.compareTo(y)
  given Ordering[NominalGrowth] = (x, y) => x.compareTo(y)

  // ---- pattern matching -------------------------------------------------------------------
  /** `case Yi(v) =>`: the amount in 亿元, exact. */
  object Yi:
    def unapply(y: Yuan): Some[BigDecimal] = Some(BigDecimal(y.toYi))

  /** `case Pp(v) =>`: the points as a decimal, exact. */
  object Pp:
    def unapply(p: PercentagePoints): Some[BigDecimal] = Some(BigDecimal(p.toBigDecimal))

  /** `case Change(city, Some(pp)) =>`: a growth change, its city id and its change if known. */
  object Change:
    def unapply(c: GrowthChange): (String, Option[PercentagePoints]) = (c.city.id, c.change.toScala)

  // ---- Scala collections and options from the steps ---------------------------------------
  extension (s: CitySelection)
    def idList: List[String] = s.ids.asScala.toList
    def statsList: List[YearlyStats] = s.stats.asScala.toList
    /** Each city's value of a metric, cities without it left out. */
    def valueMap[V <: Comparable[? >: V]](metric: Metric[V]): Map[String, V] =
      s.values(metric).asScala.toMap

  extension (st: YearlyStats)
    def value[V <: Comparable[? >: V]](metric: Metric[V]): Option[V] = st.get(metric).toScala
