package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citygdp.core.Dataset;
import org.citygdp.core.domain.SourceGrade;
import org.junit.jupiter.api.Test;

/** The main job: the trillion-yuan club report from the bundled data. */
class ClubReportTest {
  private final Dataset china = ChinaCities.load();
  private final String report = ClubReport.render(china, 2025);

  @Test
  void should_print_every_section() {
    assertThat(report).contains("CHINA'S TRILLION-YUAN GDP CITIES, 2025", "Club size by year",
        "Tier pyramid 2025", "Members: GDP and real growth", "Growth 2024 -> 2025 among members",
        "biggest accelerations", "biggest slowdowns", "Sector highlights 2025", "Sources",
        "Provenance of this report's figures");
    assertThat(report).containsPattern("2025\\s+28\\s+new: (Wenzhou, Dalian|Dalian, Wenzhou)");
    assertThat(report).contains(
        "GDP not found in any source of this dataset: Wuhan");
  }

  @Test
  void should_give_the_club_share_and_the_next_in_line_with_projections_and_sources() {
    String share = report.substring(report.indexOf("Club share of national GDP"),
        report.indexOf("Next in line"));
    // one row per year, the national figure footnoted: 2019 17 members, 31.7443%
    assertThat(share).containsPattern("\n  2019 +17 +31316\\.23 +98651\\.5 \\[\\d+\\*?] +31\\.7443%")
        .containsPattern("\n  2025 +28 .*\\[\\d+\\*?] +40\\.9373% +\\+4\\.4886pp")
        .contains("the fifth national economic census (2023)");
    String next = report.substring(report.indexOf("Next in line"), report.indexOf("Tier pyramid"));
    List<String> rows = next.lines().filter(l -> l.matches("  #\\d+ .*")).toList();
    assertThat(rows).hasSize(10);
    assertThat(rows).allMatch(r -> r.matches(".*\\[\\d+\\*?]$"), "ends with its sources");
    // Xiamen 8980.37, 1019.63 亿元 short (11.354%), 4.5565% a year from 2024: 2028
    assertThat(rows.get(2)).containsPattern("#3 +Xiamen +厦门 +898\\.037 +1019\\.63 +11\\.354%"
        + " +4\\.5565% +2028 ");
    assertThat(rows.get(0)).contains("Xuzhou").containsPattern(" — +— ");
    assertThat(next).contains("not projected: Xuzhou 徐州: no own average over 1 year to 2025:"
        + " no level in 2024", "projections, not figures");
  }

  @Test
  void should_end_with_the_provenance_of_its_own_figures() {
    String provenance = report.substring(report.indexOf("Provenance of this report's figures"));
    // one line per grade, the total, the official share and the missing cells
    assertThat(provenance).containsPattern("\n  PRIMARY +\\d+")
        .containsPattern("\n  OFFICIAL_MEDIA +\\d+").containsPattern("\n  SECONDARY +\\d+")
        .containsPattern("\n  COMPILATION +\\d+").containsPattern("\n  total +\\d+")
        .containsPattern("from PRIMARY or OFFICIAL_MEDIA: \\d+\\.\\d% of the figures printed")
        .contains("missing cells", "Wuhan 2025 GDP").doesNotContain("Tianjin 2025 GDP", "Yantai 2025 GDP");
    // the counts add up to the total, and the total is the number of footnote marks printed
    Matcher m = Pattern.compile("\n  (PRIMARY|OFFICIAL_MEDIA|SECONDARY|COMPILATION) +(\\d+)")
        .matcher(provenance);
    int sum = 0;
    while (m.find()) {
      sum += Integer.parseInt(m.group(2));
    }
    Matcher t = Pattern.compile("\n  total +(\\d+)").matcher(provenance);
    assertThat(t.find()).isTrue();
    assertThat(sum).isEqualTo(Integer.parseInt(t.group(1))).isPositive();
    // a view from official sources only prints no weaker figure
    String official = ClubReport.render(china.atLeast(SourceGrade.OFFICIAL_MEDIA), 2025);
    assertThat(official).containsPattern("\n  SECONDARY +0\n")
        .containsPattern("\n  COMPILATION +0\n")
        .contains("from PRIMARY or OFFICIAL_MEDIA: 100.0%");
  }

  @Test
  void should_footnote_every_figure_with_a_source_that_is_listed() {
    String body = report.substring(0, report.indexOf("\nSources\n"));
    String sources = report.substring(report.indexOf("\nSources\n"));
    Set<Integer> cited = new TreeSet<>();
    Matcher m = Pattern.compile("\\[(\\d+)\\*?]").matcher(body);
    while (m.find()) {
      cited.add(Integer.valueOf(m.group(1)));
    }
    Set<Integer> listed = new TreeSet<>();
    Matcher l = Pattern.compile("\\n  \\[(\\d+)] ").matcher(sources);
    while (l.find()) {
      listed.add(Integer.valueOf(l.group(1)));
    }
    assertThat(cited).isNotEmpty().isEqualTo(listed);
    // every member row carries at least one footnote
    long memberRows = body.lines().filter(s -> s.matches("  \\d{1,2} +[A-Z].*")).count();
    long footnoted = body.lines().filter(s -> s.matches("  \\d{1,2} +[A-Z].*\\[\\d+\\*?].*")).count();
    assertThat(memberRows).isEqualTo(28);
    assertThat(footnoted).isEqualTo(memberRows);
  }

  @Test
  void should_render_an_earlier_year_and_an_as_of_view() {
    assertThat(ClubReport.render(china, 2021)).contains("Tier pyramid 2021");
    Dataset then = china.asOf(LocalDate.of(2026, 6, 1));
    assertThat(ClubReport.render(then, 2025)).contains("as of 2026-06-01");
  }
}
