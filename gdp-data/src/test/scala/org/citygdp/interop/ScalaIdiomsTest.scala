package org.citygdp.interop

import org.assertj.core.api.Assertions.{assertThat, assertThatThrownBy}
import org.citygdp.core.{Metric, Threshold}
import org.citygdp.data.ChinaCities
import org.citygdp.interop.CitygdpScala.{*, given}
import org.citygdp.units.{Percent, PercentagePoints, Population, RealGrowth, Yuan}
import org.junit.jupiter.api.Test

/** The idioms of CitygdpScala.scala as a Scala 3 user writes them: no asScala, no hand-written Numeric. */
class ScalaIdiomsTest {

  @Test
  def operatorsOnUnits(): Unit = {
    val a = Yuan.ofYi("100.5")
    val b = Yuan.ofYi("0.5")
    assertThat(a + b).isEqualTo(Yuan.ofYi("101"))
    assertThat(a - b).isEqualTo(Yuan.ofYi("100"))
    assertThat(b * 3).isEqualTo(Yuan.ofYi("1.5"))
    assertThat(-b).isEqualTo(Yuan.ofYi("-0.5"))
    val pp: PercentagePoints = Percent.of("5.4") - Percent.of("4.0")
    assertThat(pp).isEqualTo(PercentagePoints.of("1.4"))
    assertThat(RealGrowth.of("4.7") - RealGrowth.of("4.5")).isEqualTo(PercentagePoints.of("0.2"))
    assertThat(Population.ofPersons(7) - Population.ofPersons(2)).isEqualTo(Population.ofPersons(5))
  }

  @Test
  def sumMaxAndSortedWithoutHandWrittenNumeric(): Unit = {
    val amounts = List(Yuan.ofYi("3"), Yuan.ofYi("1.25"), Yuan.ofYi("2"))
    assertThat(amounts.sum).isEqualTo(Yuan.ofYi("6.25"))
    assertThat(amounts.max).isEqualTo(Yuan.ofYi("3"))
    assertThat(amounts.sorted).isEqualTo(List(Yuan.ofYi("1.25"), Yuan.ofYi("2"), Yuan.ofYi("3")))
    assertThat(List(PercentagePoints.of("0.3"), PercentagePoints.of("-0.1")).sum)
      .isEqualTo(PercentagePoints.of("0.2"))
    assertThat(List(RealGrowth.of("6.1"), RealGrowth.of("5.2")).sorted.head).isEqualTo(RealGrowth.of("5.2"))
    assertThatThrownBy(() => yuanNumeric.times(Yuan.ofYi("1"), Yuan.ofYi("1")))
      .isInstanceOf(classOf[UnsupportedOperationException])
  }

  @Test
  def patternMatchingOnValues(): Unit = {
    val size = Yuan.ofYi("10002.1") match {
      case Yi(v) if v >= BigDecimal(10000) => "trillion"
      case Yi(_) => "below"
    }
    assertThat(size).isEqualTo("trillion")
    val direction = PercentagePoints.of("-0.3") match {
      case Pp(v) if v < 0 => "slowed"
      case _ => "kept or raised"
    }
    assertThat(direction).isEqualTo("slowed")
  }

  @Test
  def bundledDataWithoutConversions(): Unit = {
    // README begin
    val china = ChinaCities.load()
    val club = china.year(2025).members(Threshold.TRILLION_CLUB)
    // the club's GDP, summed by Scala's own .sum over the members' values
    val total: Yuan = club.valueMap(Metric.GDP).values.sum
    // README end
    assertThat(total).isEqualTo(club.sum(Metric.GDP).value().get())
    assertThat(club.idList.contains("shanghai") && club.idList.contains("beijing")).isTrue
    val shanghai = club.statsList.find(_.city.id == "shanghai").get
    assertThat(shanghai.value(Metric.GDP).exists(_ > Yuan.ofTrillions(5))).isTrue
    // growth changes, matched: the cities whose growth sped up
    // README begin
    val sped = china.compare(2025, 2024).growthChanges(club).rows().toArray.toList.collect {
      case Change(id, Some(pp)) if pp.isPositive => id
    }
    // README end
    assertThat(sped.nonEmpty).isTrue
  }
}
