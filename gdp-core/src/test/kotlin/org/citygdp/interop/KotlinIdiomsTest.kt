package org.citygdp.interop

import java.time.LocalDate
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.citygdp.core.Condition
import org.citygdp.core.Dataset
import org.citygdp.core.Metric
import org.citygdp.core.domain.AdminRank
import org.citygdp.core.domain.City
import org.citygdp.core.domain.Region
import org.citygdp.core.domain.Release
import org.citygdp.core.domain.Source
import org.citygdp.core.domain.SourceGrade
import org.citygdp.core.domain.SourceType
import org.citygdp.units.Percent
import org.citygdp.units.PercentagePoints
import org.citygdp.units.Population
import org.citygdp.units.RealGrowth
import org.citygdp.units.Yuan
import org.junit.jupiter.api.Test

/** The idioms of CitygdpIdioms.kt and the units' arithmetic operators, as a Kotlin user writes them. */
class KotlinIdiomsTest {

    private fun dataset(): Dataset {
        val src = Source.builder("off").publisher("Bureau").title("Communique")
            .url("https://example.org/off").publishedOn(LocalDate.of(2025, 2, 1)).grade(SourceGrade.PRIMARY)
            .sourceType(SourceType.STATISTICAL_COMMUNIQUE).build()
        fun city(id: String, region: Region) = City.builder(id).names(id.uppercase(), "城").province("P")
            .region(region).rank(AdminRank.PREFECTURE).divisionCode("10000" + id.length).build()
        return Dataset.builder().source(src)
            .city(city("a", Region.EASTERN)).city(city("bb", Region.WESTERN)).city(city("ccc", Region.EASTERN))
            .figure("a", 2023, Metric.REAL_GROWTH, RealGrowth.of("5.0"), Release.PRELIMINARY, "off")
            .figure("a", 2024, Metric.REAL_GROWTH, RealGrowth.of("5.4"), Release.PRELIMINARY, "off")
            .figure("bb", 2023, Metric.REAL_GROWTH, RealGrowth.of("6.1"), Release.PRELIMINARY, "off")
            .figure("bb", 2024, Metric.REAL_GROWTH, RealGrowth.of("5.8"), Release.PRELIMINARY, "off")
            .figure("ccc", 2024, Metric.REAL_GROWTH, RealGrowth.of("7.0"), Release.PRELIMINARY, "off")
            .build()
    }

    @Test
    fun `units take times, div and unary minus`() {
        // README begin
        val total = Yuan.ofYi("100")
        val third = total / 3               // rounds half-even to the yuan
        val sped: PercentagePoints = RealGrowth.of("5.4") - RealGrowth.of("5.0")   // +0.4pp, never percent
        // README end
        assertThat(third).isEqualTo(Yuan.ofYuan(3_333_333_333L))
        assertThat(sped).isEqualTo(PercentagePoints.of("0.4"))
        assertThat(total * 3).isEqualTo(Yuan.ofYi("300"))
        assertThat(total / 4).isEqualTo(Yuan.ofYi("25"))
        // a third of 100 亿元 is not a whole number of yuan: / rounds half-even to the yuan
        assertThat(total / 3).isEqualTo(Yuan.ofYuan(3_333_333_333L))
        assertThat(-total).isEqualTo(Yuan.ofYi("-100"))
        assertThatThrownBy { total / 0 }.isInstanceOf(ArithmeticException::class.java)
        assertThat(-PercentagePoints.of("0.3")).isEqualTo(PercentagePoints.of("-0.3"))
        assertThat(PercentagePoints.of("0.3") * 2).isEqualTo(PercentagePoints.of("0.6"))
        assertThat(-Percent.of("4.7")).isEqualTo(Percent.of("-4.7"))
        assertThat(Population.ofPersons(10) - Population.ofPersons(4)).isEqualTo(Population.ofPersons(6))
        assertThat(Population.ofPersons(10) * 3).isEqualTo(Population.ofPersons(30))
        assertThatThrownBy { Population.ofPersons(4) - Population.ofPersons(10) }
            .isInstanceOf(IllegalArgumentException::class.java)
        // real growth minus real growth is percentage points, never percent
        val sped2: PercentagePoints = RealGrowth.of("5.4") - RealGrowth.of("5.0")
        assertThat(sped2).isEqualTo(PercentagePoints.of("0.4"))
    }

    @Test
    fun `conditions read infix`() {
        val y = dataset().year(2024)
        // README begin
        val fastEast: Condition = Condition.inRegion(Region.EASTERN) and Metric.REAL_GROWTH.above(RealGrowth.of("5.5"))
        // README end
        assertThat(y.cities().where(fastEast).ids()).containsExactly("ccc")
        val eastOrFast = Condition.inRegion(Region.WESTERN) or Metric.REAL_GROWTH.above(RealGrowth.of("6"))
        assertThat(y.cities().where(eastOrFast).ids()).containsExactlyInAnyOrder("bb", "ccc")
        assertThat(y.cities().where(!Condition.inRegion(Region.EASTERN)).ids()).containsExactly("bb")
    }

    @Test
    fun `result rows destructure`() {
        // README begin
        val rows = dataset().compare(2024, 2023).growthChanges().rows()
        val byCity = rows.associate { (city, earlier, later) -> city.id() to (earlier to later) }
        val inOrder = dataset().compare(2024, 2023).growthChanges().inCityOrder()
        val first: PercentagePoints? = inOrder.changeOrNull(0)   // by position: no row object
        // README end
        assertThat(inOrder.id(0)).isEqualTo("a")
        assertThat(first).isEqualTo(PercentagePoints.of("0.4"))
        assertThat((0 until inOrder.size()).map { inOrder.changeOrNull(it) })
            .containsExactly(PercentagePoints.of("0.4"), PercentagePoints.of("-0.3"), null)
        assertThat(byCity["a"]).isEqualTo(RealGrowth.of("5.0") to RealGrowth.of("5.4"))
        assertThat(byCity["ccc"]).isEqualTo(null to RealGrowth.of("7.0"))
        val changes = rows.associate { it.city().id() to it.changeOrNull }
        assertThat(changes["bb"]).isEqualTo(PercentagePoints.of("-0.3"))
        assertThat(changes["ccc"]).isNull()
    }

    @Test
    fun `result lists declared read-only do not offer add`() {
        // Declared as Kotlin's List, `ids.add("x")` is a compile error; as the platform type it
        // would compile and throw UnsupportedOperationException at run time.
        val ids: List<String> = dataset().year(2024).cities().ids()
        assertThat(ids).containsExactly("a", "bb", "ccc")
    }
}
