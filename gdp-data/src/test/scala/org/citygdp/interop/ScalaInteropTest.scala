package org.citygdp.interop

import org.assertj.core.api.Assertions.assertThat
import org.citygdp.core.{Metric, Threshold}
import org.citygdp.core.domain.Sector
import org.citygdp.data.ChinaCities
import org.citygdp.units.{PercentagePoints, RealGrowth, Yuan}
import org.junit.jupiter.api.Test

import scala.jdk.CollectionConverters.*
import scala.jdk.OptionConverters.*

/** The API from Scala 3: no reserved words in names, symbolic-free but fluent, Java collections convert. */
class ScalaInteropTest {

  @Test
  def unitsCompareAndSubtract(): Unit = {
    val a = Yuan.ofYi("100.5")
    val b = Yuan.ofYi("0.5")
    assertThat(a.plus(b)).isEqualTo(Yuan.ofYi("101"))
    assertThat(a.compareTo(b) > 0).isTrue
    assertThat(RealGrowth.of("4.7").minus(RealGrowth.of("4.5"))).isEqualTo(PercentagePoints.of("0.2"))
  }

  @Test
  def bundledDataFromScala(): Unit = {
    val china = ChinaCities.load()
    val y = china.year(2025)
    val fastest = y.cities()
      .where(Metric.REAL_GROWTH.above(RealGrowth.of("6")))
      .orderByDescending(Metric.REAL_GROWTH)
      .names().asScala.toList
    assertThat(fastest.contains("Hefei")).isTrue
    val newcomers = china.compare(2025, 2024).newcomers(Threshold.TRILLION_CLUB).ids().asScala.toSet
    assertThat(newcomers == Set("wenzhou", "dalian")).isTrue
    val tertiary = y.stats("beijing").get(Metric.realGrowth(Sector.TERTIARY)).toScala
    assertThat(tertiary.contains(RealGrowth.of("5.8"))).isTrue
  }
}
