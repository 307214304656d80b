package org.citygdp.data.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.citygdp.core.Dataset;
import org.citygdp.core.Threshold;
import org.citygdp.data.ChinaCities;
import org.junit.jupiter.api.Test;

/** The report's command line, driven in-process: every value checked, with a clear message. */
class ReportCommandTest {
  private static final Dataset CHINA = ChinaCities.load();

  /** The exit code, what went to standard output and what went to standard error. */
  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ReportCommand.run(args, new PrintWriter(out), new PrintWriter(err), () -> CHINA);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void without_arguments_it_prints_the_latest_year() {
    Run r = run();
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("CHINA'S TRILLION-YUAN GDP CITIES, " + CHINA.latestYear())
        .contains("Tier pyramid", "Provenance of this report's figures");
  }

  @Test
  void a_year_and_a_view() {
    Run r = run("2024", "--as-of=2025-03-01", "--verified-only", "--min-grade=official_media");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("CHINA'S TRILLION-YUAN GDP CITIES, 2024")
        .contains("as of 2025-03-01", "verified only", "grade OFFICIAL_MEDIA or stronger");
  }

  @Test
  void csv_is_the_members_table() {
    Run r = run("2025", "--format=csv");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("year,city_id,city,city_zh,province,region,gdp_100m_cny,");
    assertThat(r.out().lines())
        .hasSize(CHINA.year(2025).members(Threshold.TRILLION_CLUB).count() + 1);
  }

  @Test
  void json_holds_the_report_with_its_sources() throws Exception {
    Run r = run("2025", "--format=JSON", "--min-grade=SECONDARY");
    assertThat(r.code()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.at("/year").asInt()).isEqualTo(2025);
    assertThat(j.at("/view/minimumGrade").asText()).isEqualTo("SECONDARY");
    assertThat(j.at("/members/count").asInt()).isEqualTo(
        CHINA.atLeast(org.citygdp.core.domain.SourceGrade.SECONDARY).year(2025)
            .members(Threshold.TRILLION_CLUB).count());
    assertThat(j.at("/members/cities/0/figures/gdp/value/unit").asText()).isEqualTo("100M CNY");
    assertThat(j.at("/members/cities/0/figures/gdp/source/grade").asText()).isNotEmpty();
    assertThat(j.at("/clubSizeByYear/0/year").asInt()).isEqualTo(CHINA.years().first());
    assertThat(j.at("/clubSizeByYear/1/newcomers").isArray()).isTrue();
    assertThat(j.at("/growthChanges/rows/0/change/unit").asText()).isEqualTo("pp");
    assertThat(j.at("/national/figures/real_growth/value/unit").asText()).isEqualTo("% real");
    assertThat(j.at("/nextInLine").isObject()).as(j.at("/nextInLine").toString()).isTrue();
    assertThat(j.at("/nextInLine").toString()).contains("100M CNY");
  }

  @Test
  void help_prints_the_usage() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: club-report [-h] [--verified-only]")
        .contains("--format=FORMAT", "--as-of=YYYY-MM-DD", "--min-grade=GRADE", "YEAR",
            "grade or stronger: PRIMARY,", "COMPILATION.", "Exit codes:");
    assertThat(r.out()).isEqualTo(ReportCommand.usage());
  }

  @Test
  void every_bad_value_is_named_with_the_rule_and_the_usage() {
    String[][] bad = {
        {"20x5", "Invalid value for positional parameter at index 0 (YEAR): '20x5' is not a year:"
            + " write four ASCII digits, e.g. 2025"},
        {"２０２５", "'２０２５' is not a year: write four ASCII digits"},
        {"99999999999", "'99999999999' is not a year"},
        {"1900", "'1900' must be within 1949–2100"},
        {"2030", "Invalid value for YEAR: 2030 is not in this view, which covers 2019–2025"},
        {"--format=xml", "Invalid value for option '--format': expected one of [text, csv, json]"
            + " (case-insensitive) but was 'xml'"},
        {"--as-of=2025-02-30", "Invalid value for option '--as-of': '2025-02-30' is not a"
            + " calendar date"},
        {"--as-of=2025-1-1", "'2025-1-1' is not a date: write YYYY-MM-DD in ASCII digits"},
        {"--as-of=1990-01-01", "This view has no city figures at all"},
        {"--min-grade=OFFICAL", "Invalid value for option '--min-grade': expected one of [PRIMARY,"
            + " OFFICIAL_MEDIA, SECONDARY, COMPILATION] (case-insensitive) but was 'OFFICAL'"},
        {"--fromat=json", "Unknown option: '--fromat=json'"},
        {"2024", "2025"},
    };
    for (String[] b : bad) {
      Run r = b[0].equals("2024") ? run("2024", "2025") : run(b[0]);
      assertThat(r.code()).as(b[0]).isEqualTo(2);
      assertThat(r.out()).as(b[0]).isEmpty();
      assertThat(r.err()).as(b[0]).contains("Usage: club-report");
      if (!b[0].equals("2024")) {
        // the first line says what is wrong, then comes the usage
        assertThat(r.err().lines().findFirst().orElseThrow()).as(b[0]).contains(b[1]);
      } else {
        assertThat(r.err()).contains("Unmatched argument at index 1: '2025'");
      }
      assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void a_failure_while_writing_is_exit_code_1_without_a_stack_trace() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ReportCommand.run(new String[0], new PrintWriter(out), new PrintWriter(err),
        () -> {
          throw new IllegalStateException("no data here");
        });
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith("The report could not be written:")
        .contains("no data here").doesNotContain("\tat ");
  }
}
