package org.citygdp.interop

import java.time.LocalDate
import org.assertj.core.api.Assertions.assertThat
import org.citygdp.core.Dataset
import org.citygdp.core.Metric
import org.citygdp.core.Threshold
import org.citygdp.core.domain.AdminRank
import org.citygdp.core.domain.City
import org.citygdp.core.domain.Region
import org.citygdp.core.domain.Release
import org.citygdp.core.domain.Source
import org.citygdp.core.domain.SourceGrade
import org.citygdp.core.domain.SourceType
import org.citygdp.units.Percent
import org.citygdp.units.PercentagePoints
import org.citygdp.units.RealGrowth
import org.citygdp.units.Yuan
import org.junit.jupiter.api.Test

/** The API from Kotlin: operators on the units, non-null types from the null-marked packages. */
class KotlinInteropTest {

    @Test
    fun `units take Kotlin operators`() {
        val a = Yuan.ofYi("100.5")
        val b = Yuan.ofYi("0.5")
        assertThat(a + b).isEqualTo(Yuan.ofYi("101"))
        assertThat(a - b).isEqualTo(Yuan.ofYi("100"))
        assertThat(a > b).isTrue()
        val points: PercentagePoints = Percent.of("5.4") - Percent.of("4.0")
        assertThat(points).isEqualTo(PercentagePoints.of("1.4"))
        assertThat(RealGrowth.of("4.7") - RealGrowth.of("4.5")).isEqualTo(PercentagePoints.of("0.2"))
        assertThat(RealGrowth.of("6.1") > RealGrowth.of("6")).isTrue()
        assertThat(Percent.of("5.4") + PercentagePoints.of("0.6")).isEqualTo(Percent.of("6"))
    }

    @Test
    fun `queries read as sentences`() {
        val src = Source.builder("off").publisher("Bureau").title("Communique")
            .url("https://example.org/off").publishedOn(LocalDate.of(2025, 2, 1)).grade(SourceGrade.PRIMARY)
            .sourceType(SourceType.STATISTICAL_COMMUNIQUE).build()
        fun city(id: String) = City.builder(id).names(id.uppercase(), "城").province("P")
            .region(Region.EASTERN).rank(AdminRank.PREFECTURE).divisionCode("100000").build()
        val ds = Dataset.builder().source(src).city(city("a")).city(city("b"))
            .figure("a", 2024, Metric.GDP, Yuan.ofTrillions(2), Release.PRELIMINARY, "off")
            .figure("b", 2024, Metric.GDP, Yuan.ofBillions(999), Release.PRELIMINARY, "off")
            .figure("a", 2024, Metric.REAL_GROWTH, RealGrowth.of("5.4"), Release.PRELIMINARY, "off")
            .build()
        val y = ds.year(2024)
        val members: List<String> = y.members(Threshold.TRILLION_CLUB).ids()
        assertThat(members).containsExactly("a")
        assertThat(y.tiers().count("2T")).isEqualTo(1)
        // Optional for absent figures; the values inside are non-null Kotlin types
        val growth: RealGrowth? = y.stats("b").realGrowth().orElse(null)
        assertThat(growth).isNull()
        assertThat(y.cities().sum(Metric.GDP).value().map { it.toBillions().toPlainString() })
            .contains("2999")
    }
}
