package org.citygdp.data.export;

import java.time.LocalDate;
import org.citygdp.core.Dataset;
import org.citygdp.core.Metric;
import org.citygdp.core.Observation;
import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.citygdp.units.Population;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;

/**
 * Two cities, two years, two sources, by hand. 2025: Alpha 11000.5 亿元 at 5% real (a member of
 * the club), Beta 9999.3 亿元 at 5.8% (not), both from sources of 2026; 2024: Alpha 10002.1 at
 * 5.4%, Beta 9001.25 at 6.1%. So 2025 sums to 20999.8 亿元, Alpha's growth changed by -0.4pp and
 * Beta's by -0.3pp.
 */
final class SmallDataset {
  private SmallDataset() {}

  static final String NEWSPAPER = "from a newspaper, not the bureau";

  static Dataset build() {
    Source nbs = Source.builder("nbs-2025").publisher("Bureau").title("Communiqué 2025")
        .url("https://example.org/nbs-2025").publishedOn(LocalDate.of(2026, 2, 28))
        .grade(SourceGrade.PRIMARY).sourceType(SourceType.STATISTICAL_COMMUNIQUE).build();
    Source paper = Source.builder("paper-2025").publisher("Daily News").title("City GDP, 2025")
        .url("https://example.org/paper-2025")
        .published(org.citygdp.core.domain.PublicationDate.ofMonth(2026, 1))
        .grade(SourceGrade.SECONDARY).sourceType(SourceType.NEWS_REPORT).build();
    return Dataset.builder().source(nbs).source(paper)
        .city(City.builder("alpha").names("Alpha", "甲").province("Anhui").region(Region.EASTERN)
            .rank(AdminRank.PREFECTURE).divisionCode("340100")
            .clusters(Cluster.of("C1", "Cluster One", "一群")).build())
        .city(City.builder("beta").names("Beta", "乙").province("Sichuan").region(Region.WESTERN)
            .rank(AdminRank.PREFECTURE).divisionCode("510100").build())
        .figure("alpha", 2024, Metric.GDP, Yuan.ofYi("10002.1"), Release.FINAL, "nbs-2025")
        .figure("alpha", 2024, Metric.REAL_GROWTH, RealGrowth.of("5.4"), Release.FINAL, "nbs-2025")
        .figure("beta", 2024, Metric.GDP, Yuan.ofYi("9001.25"), Release.FINAL, "nbs-2025")
        .figure("beta", 2024, Metric.REAL_GROWTH, RealGrowth.of("6.1"), Release.FINAL, "nbs-2025")
        .figure("alpha", 2025, Metric.GDP, Yuan.ofYi("11000.5"), Release.PRELIMINARY, "nbs-2025")
        .figure("alpha", 2025, Metric.REAL_GROWTH, RealGrowth.of("5"), Release.PRELIMINARY,
            "nbs-2025")
        .figure("alpha", 2025, Metric.POPULATION, Population.ofTenThousands("1200.5"),
            Release.PRELIMINARY, "nbs-2025")
        .figure("alpha", 2025, Metric.realGrowth(Sector.TERTIARY), RealGrowth.of("6.2"),
            Release.PRELIMINARY, "nbs-2025")
        .figure(Observation.of("beta", 2025, Metric.GDP, Yuan.ofYi("9999.3"),
            Release.PRELIMINARY, "paper-2025").unverified(NEWSPAPER))
        .figure(Observation.of("beta", 2025, Metric.REAL_GROWTH, RealGrowth.of("5.8"),
            Release.PRELIMINARY, "paper-2025").unverified(NEWSPAPER))
        .national(2025, Metric.GDP, Yuan.ofYi("1349084"), Release.PRELIMINARY, "nbs-2025")
        .national(2025, Metric.REAL_GROWTH, RealGrowth.of("5"), Release.PRELIMINARY, "nbs-2025")
        .build();
  }
}
