package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.citygdp.core.Dataset;
import org.citygdp.core.Figure;
import org.citygdp.core.Grouping;
import org.citygdp.core.Metric;
import org.citygdp.core.Threshold;
import org.citygdp.core.YearView;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.RealGrowth;
import org.junit.jupiter.api.Test;

/**
 * The README's tour, statement for statement: every result the README prints in a comment is
 * asserted here, and the README must still print it (so neither can drift from the other).
 */
class ReadmeTourTest {
  private static String readme() throws IOException {
    return Files.readString(Path.of("..", "README.md"));
  }

  /** The README prints {@code result} as the comment of a line that starts with {@code code}. */
  private static void printed(String readme, String code, Object result) {
    String comment = "// " + result;
    boolean found = readme.lines().anyMatch(l -> l.startsWith(code) && l.contains(comment));
    assertThat(found).as("README line '%s … %s'", code, comment).isTrue();
  }

  @Test
  void the_tour_prints_what_it_claims() throws IOException {
    String readme = readme();
    Dataset china = ChinaCities.load();
    YearView y = china.year(2025);

    int members = y.members(Threshold.TRILLION_CLUB).count();
    assertThat(members).isEqualTo(28);
    printed(readme, "y.members(Threshold.TRILLION_CLUB).count();", members);
    assertThat(china.compare(2025, 2024).newcomers(Threshold.TRILLION_CLUB).names())
        .containsExactly("Wenzhou", "Dalian");
    printed(readme, "china.compare(2025, 2024).newcomers(",
        china.compare(2025, 2024).newcomers(Threshold.TRILLION_CLUB).names());
    assertThat(y.tiers().toString()).contains("5T");
    printed(readme, "y.tiers().count(\"5T\");", y.tiers().count("5T"));

    int faster = y.members(Threshold.TRILLION_CLUB)
        .where(Metric.REAL_GROWTH.above(y.nationalGrowth())).count();
    assertThat(faster).isEqualTo(21);
    printed(readme, "y.members(Threshold.TRILLION_CLUB).where(Metric.REAL_GROWTH.above(", faster);
    printed(readme, "y.members(Threshold.TRILLION_CLUB).where(Metric.REAL_GROWTH.above(RealGrowth"
        + ".of(\"6\"))).names();", y.members(Threshold.TRILLION_CLUB)
        .where(Metric.REAL_GROWTH.above(RealGrowth.of("6"))).names());
    printed(readme, "y.cities().where(Metric.REAL_GROWTH.above(RealGrowth.of(\"6\"))).count();",
        y.cities().where(Metric.REAL_GROWTH.above(RealGrowth.of("6"))).count());
    assertThat(china.cities()).hasSize(337);

    assertThat(china.compare(2025, 2024).growthChange("guangzhou"))
        .contains(PercentagePoints.of("1.9"));
    printed(readme, "china.compare(2025, 2024).growthChange(\"guangzhou\");",
        china.compare(2025, 2024).growthChange("guangzhou"));
    printed(readme, "china.compare(2025, 2024).growthChanges(", china.compare(2025, 2024)
        .growthChanges(y.members(Threshold.TRILLION_CLUB)).keptOrRaised().size());

    assertThat(y.cities().where(Metric.realGrowth(Sector.TERTIARY).above(Metric.REAL_GROWTH))
        .names()).contains("Shanghai", "Beijing");
    assertThat(y.members(Threshold.TRILLION_CLUB).groupBy(Grouping.REGION).counts())
        .containsKeys("Eastern", "Central", "Western", "Northeast");
    assertThat(y.cluster(Cluster.GREATER_BAY_AREA).shareOfNationalGdp().value()).isPresent();

    // who's next, in three lines
    org.citygdp.core.Contenders next = y.contenders(Threshold.TRILLION_CLUB).top(3);
    assertThat(readme).contains("Contenders next = y.contenders(Threshold.TRILLION_CLUB).top(3);");
    assertThat(next.names()).containsExactly("Xuzhou", "Shenyang", "Xiamen");
    printed(readme, "next.names();", next.names());
    printed(readme, "next.outlook(Assumption.ownAverage(1)).stream().map(Projection::crossingYear)"
        + ".toList();", next.outlook(org.citygdp.core.Assumption.ownAverage(1)).stream()
        .map(org.citygdp.core.Projection::crossingYear).toList());
    printed(readme, "next.outlook(Assumption.nominalGrowth(NominalGrowth.of(\"5\"))).stream()"
        + ".map(Projection::crossingYear).toList();", next.outlook(org.citygdp.core.Assumption
        .nominalGrowth(org.citygdp.units.NominalGrowth.of("5"))).stream()
        .map(org.citygdp.core.Projection::crossingYear).toList());
    printed(readme, "y.rank(\"suzhou\", Metric.GDP);", y.rank("suzhou", Metric.GDP));
    printed(readme, "y.provinceRank(\"suzhou\", Metric.GDP);",
        y.provinceRank("suzhou", Metric.GDP));
    assertThat(readme).contains("china.shareOfNationalGdp(Threshold.TRILLION_CLUB);");
    assertThat(china.shareOfNationalGdp(Threshold.TRILLION_CLUB).toString())
        .contains("trillion-yuan club", "national GDP (亿元)", "share (%)", "change (pp)");
    printed(readme, "y.concentration(10).share();", y.concentration(10).share());
    printed(readme, "y.tiers(TierScheme.BANDS).counts();",
        y.tiers(org.citygdp.core.TierScheme.BANDS).counts());

    assertThat(china.city("beijing").milestones()).isNotEmpty();
    assertThat(y.stats("beijing").sourceOf(Metric.GDP).map(Source::citation)).isPresent();
    printed(readme, "y.stats(\"beijing\").figure(Metric.GDP).map(Figure::grade);",
        y.stats("beijing").figure(Metric.GDP).map(Figure::grade));
    printed(readme, "china.atLeast(SourceGrade.OFFICIAL_MEDIA).year(2025)", china
        .atLeast(SourceGrade.OFFICIAL_MEDIA).year(2025).members(Threshold.TRILLION_CLUB).count());

    Dataset then = china.asOf(LocalDate.of(2026, 2, 6));
    printed(readme, "then.year(2025).members(Threshold.TRILLION_CLUB).count();",
        then.year(2025).members(Threshold.TRILLION_CLUB).count());
    assertThat(then.compare(2025, 2024).growthChange("xian")).isEmpty();
    printed(readme, "then.compare(2025, 2024).growthChange(\"xian\");",
        then.compare(2025, 2024).growthChange("xian"));
    printed(readme, "then.leftOut(2025);", then.leftOut(2025));
    assertThat(china.asOf(LocalDate.of(2026, 2, 9)).compare(2025, 2024).growthChange("xian"))
        .contains(PercentagePoints.of("0.1"));
    printed(readme, "china.asOf(LocalDate.of(2026, 2, 9)).compare(2025, 2024)",
        china.asOf(LocalDate.of(2026, 2, 9)).compare(2025, 2024).growthChange("xian"));
  }
}
