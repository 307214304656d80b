package org.citygdp.core;

import java.time.LocalDate;
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
 * A small hand-built dataset. Every expected answer in the tests is worked out by hand from the
 * figures below.
 *
 * <pre>
 * city     region     cluster   GDP 2023 (亿元)  GDP 2024 (亿元)   growth 2023  growth 2024
 * alpha    Eastern    DELTA     48000            52000            5.0 (4.8 FINAL, 2026-01-15)  5.4
 * beta     Eastern    DELTA     29000            30000 (sec: 30010) 5.5         5.0
 * gamma    Central    -          9000            15000            6.1          6.1
 * delta    Western    -          9500            9999.99          3.0          4.0 (unverified)
 * epsilon  Northeast  -          8000            (missing)        (missing)    7.0
 * national                       -                1000000          5.2          5.0
 * </pre>
 * Also: population 2024 alpha 2000 万, beta 1000 万; tertiary real growth 2024 alpha 6.0, beta 4.8.
 */
final class Fixture {
  private Fixture() {}

  static final Cluster DELTA = Cluster.of("DELTA", "Delta", "三角洲");

  static final Source OFF = Source.builder("off").publisher("Bureau").title("Communiqué")
      .url("https://example.org/off").publishedOn(LocalDate.of(2025, 2, 1)).grade(SourceGrade.PRIMARY)
      .sourceType(SourceType.STATISTICAL_COMMUNIQUE).build();
  static final Source OFF23 = Source.builder("off23").publisher("Bureau").title("Communiqué 2023")
      .url("https://example.org/off23").publishedOn(LocalDate.of(2024, 2, 1)).grade(SourceGrade.PRIMARY)
      .sourceType(SourceType.STATISTICAL_COMMUNIQUE).build();
  static final Source SEC = Source.builder("sec").publisher("Blog").title("Top cities")
      .url("https://example.org/sec").publishedOn(LocalDate.of(2025, 3, 1)).grade(SourceGrade.SECONDARY)
      .sourceType(SourceType.SECONDARY_COMPILATION).build();
  static final Source REV = Source.builder("rev").publisher("Bureau").title("Communiqué 2025")
      .url("https://example.org/rev").publishedOn(LocalDate.of(2026, 1, 15)).grade(SourceGrade.PRIMARY)
      .sourceType(SourceType.STATISTICAL_COMMUNIQUE).build();

  static City city(String id, String en, String zh, Region region, Cluster... clusters) {
    return City.builder(id).names(en, zh).province(en + " Province").region(region)
        .rank(AdminRank.PREFECTURE).divisionCode("100000").clusters(clusters).build();
  }

  static Dataset.Builder builder() {
    return Dataset.builder()
        .source(OFF).source(OFF23).source(SEC).source(REV)
        .city(city("alpha", "Alpha", "甲城", Region.EASTERN, DELTA))
        .city(city("beta", "Beta", "乙城", Region.EASTERN, DELTA))
        .city(city("gamma", "Gamma", "丙城", Region.CENTRAL))
        .city(city("delta", "Delta", "丁城", Region.WESTERN))
        .city(city("epsilon", "Epsilon", "戊城", Region.NORTHEAST))
        .figure("alpha", 2023, Metric.GDP, Yuan.ofYi("48000"), Release.PRELIMINARY, "off23")
        .figure("beta", 2023, Metric.GDP, Yuan.ofYi("29000"), Release.PRELIMINARY, "off23")
        .figure("gamma", 2023, Metric.GDP, Yuan.ofYi("9000"), Release.PRELIMINARY, "off23")
        .figure("delta", 2023, Metric.GDP, Yuan.ofYi("9500"), Release.PRELIMINARY, "off23")
        .figure("epsilon", 2023, Metric.GDP, Yuan.ofYi("8000"), Release.PRELIMINARY, "off23")
        .figure("alpha", 2023, Metric.REAL_GROWTH, RealGrowth.of("5.0"), Release.PRELIMINARY, "off23")
        .figure("alpha", 2023, Metric.REAL_GROWTH, RealGrowth.of("4.8"), Release.FINAL, "rev")
        .figure("beta", 2023, Metric.REAL_GROWTH, RealGrowth.of("5.5"), Release.PRELIMINARY, "off23")
        .figure("gamma", 2023, Metric.REAL_GROWTH, RealGrowth.of("6.1"), Release.PRELIMINARY, "off23")
        .figure("delta", 2023, Metric.REAL_GROWTH, RealGrowth.of("3.0"), Release.PRELIMINARY, "off23")
        .figure("alpha", 2024, Metric.GDP, Yuan.ofYi("52000"), Release.PRELIMINARY, "off")
        .figure("beta", 2024, Metric.GDP, Yuan.ofYi("30000"), Release.PRELIMINARY, "off")
        .figure(Observation.of("beta", 2024, Metric.GDP, Yuan.ofYi("30010"), Release.PRELIMINARY,
            "sec").unverified("seen only in a blog"))
        .figure("gamma", 2024, Metric.GDP, Yuan.ofYi("15000"), Release.PRELIMINARY, "off")
        .figure("delta", 2024, Metric.GDP, Yuan.ofYi("9999.99"), Release.PRELIMINARY, "off")
        .figure("alpha", 2024, Metric.REAL_GROWTH, RealGrowth.of("5.4"), Release.PRELIMINARY, "off")
        .figure("beta", 2024, Metric.REAL_GROWTH, RealGrowth.of("5.0"), Release.PRELIMINARY, "off")
        .figure("gamma", 2024, Metric.REAL_GROWTH, RealGrowth.of("6.1"), Release.PRELIMINARY, "off")
        .figure(Observation.of("delta", 2024, Metric.REAL_GROWTH, RealGrowth.of("4.0"),
            Release.PRELIMINARY, "sec").unverified("seen only in a blog"))
        .figure("epsilon", 2024, Metric.REAL_GROWTH, RealGrowth.of("7.0"), Release.PRELIMINARY, "off")
        .figure("alpha", 2024, Metric.POPULATION, Population.ofTenThousands("2000"), Release.PRELIMINARY, "off")
        .figure("beta", 2024, Metric.POPULATION, Population.ofTenThousands("1000"), Release.PRELIMINARY, "off")
        .figure("alpha", 2024, Metric.realGrowth(Sector.TERTIARY), RealGrowth.of("6.0"), Release.PRELIMINARY, "off")
        .figure("beta", 2024, Metric.realGrowth(Sector.TERTIARY), RealGrowth.of("4.8"), Release.PRELIMINARY, "off")
        .national(2024, Metric.GDP, Yuan.ofYi("1000000"), Release.PRELIMINARY, "off")
        .national(2024, Metric.REAL_GROWTH, RealGrowth.of("5.0"), Release.PRELIMINARY, "off")
        .national(2023, Metric.REAL_GROWTH, RealGrowth.of("5.2"), Release.PRELIMINARY, "off23");
  }

  static Dataset dataset() {
    return builder().build();
  }
}
