package org.citygdp.data.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citygdp.core.Dataset;
import org.citygdp.core.Grouping;
import org.citygdp.core.Metric;
import org.citygdp.core.Threshold;
import org.citygdp.core.YearView;
import org.citygdp.data.ChinaCities;
import org.citygdp.data.DatasetLoader;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Getting data out", statement for statement: each statement runs here as the README
 * writes it, and what the README prints as a comment or a CSV block is what it gives.
 */
class ReadmeExportTest {
  @TempDir Path dir;

  private static String section() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    return readme.substring(readme.indexOf("## Getting data out"),
        readme.indexOf("## Your own data"));
  }

  /** The README has a line that starts with {@code code}. */
  private static void shows(String section, String code) {
    assertThat(section.lines().anyMatch(l -> l.startsWith(code))).as("README line '%s'", code)
        .isTrue();
  }

  /** The README prints {@code result} after {@code code}: as its comment or on the next line. */
  private static void printed(String section, String code, Object result) {
    String comment = "// " + result;
    java.util.List<String> lines = section.lines().toList();
    boolean found = false;
    for (int i = 0; i < lines.size() && !found; i++) {
      if (lines.get(i).startsWith(code)) {
        found = lines.get(i).endsWith(comment)
            || i + 1 < lines.size() && lines.get(i + 1).equals(comment);
      }
    }
    assertThat(found).as("README line '%s … %s'", code, comment).isTrue();
  }

  @Test
  void the_examples_print_what_they_claim() throws Exception {
    String s = section();
    Dataset china = ChinaCities.load();
    YearView y = china.year(2025);

    ObjectMapper json = new ObjectMapper().registerModule(new CityGdpJacksonModule());
    shows(s, "ObjectMapper json = new ObjectMapper().registerModule(new CityGdpJacksonModule());");
    printed(s, "json.writeValueAsString(Yuan.ofYi(\"5207.34\"));",
        json.writeValueAsString(Yuan.ofYi("5207.34")));
    printed(s, "json.writeValueAsString(RealGrowth.of(\"5.4\"));",
        json.writeValueAsString(RealGrowth.of("5.4")));
    printed(s, "json.writeValueAsString(y.members(Threshold.TRILLION_CLUB).sum(Metric.GDP));",
        json.writeValueAsString(y.members(Threshold.TRILLION_CLUB).sum(Metric.GDP)));
    printed(s, "json.readValue(\"{\\\"value\\\":\\\"5.4\\\",\\\"unit\\\":\\\"% real\\\"}\","
        + " RealGrowth.class);", json.readValue("{\"value\":\"5.4\",\"unit\":\"% real\"}",
        RealGrowth.class));
    assertThatThrownBy(() -> json.readValue("{\"value\":\"5.4\",\"unit\":\"%\"}",
        RealGrowth.class)).isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("Invalid RealGrowth unit '%': must be '% real'");
    printed(s, "json.readValue(\"{\\\"value\\\":\\\"5.4\\\",\\\"unit\\\":\\\"%\\\"}\","
        + " RealGrowth.class);", "MismatchedInputException: Invalid RealGrowth unit '%': must be"
        + " '% real'");

    String[] csv = {CsvExport.of(y.members(Threshold.TRILLION_CLUB)), CsvExport.of(y.tiers()),
        CsvExport.of(y.members(Threshold.TRILLION_CLUB).groupBy(Grouping.REGION)),
        CsvExport.of(china.compare(2025, 2024).growthChanges(y.members(Threshold.TRILLION_CLUB))),
        CsvExport.of(china.city("beijing"))};
    for (String code : new String[] {"CsvExport.of(y.members(Threshold.TRILLION_CLUB));",
        "CsvExport.of(y.tiers());",
        "CsvExport.of(y.members(Threshold.TRILLION_CLUB).groupBy(Grouping.REGION));",
        "CsvExport.of(china.compare(2025, 2024).growthChanges(y.members(Threshold.TRILLION_CLUB)));",
        "CsvExport.of(china.city(\"beijing\"));"}) {
      shows(s, code);
    }
    assertThat(csv[0].lines()).hasSize(y.members(Threshold.TRILLION_CLUB).count() + 1);
    assertThat(csv[4].lines().skip(1)).allMatch(l -> l.startsWith("beijing,20"));

    String block = s.substring(s.indexOf("```csv\n") + 7);
    block = block.substring(0, block.indexOf("```"));
    assertThat(s).contains("`CsvExport.of(y.members(Threshold.TRILLION_CLUB).top(2))`:");
    assertThat(block).isEqualTo(CsvExport.of(y.members(Threshold.TRILLION_CLUB).top(2)));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DatasetExport.writeJson(china, out);
    shows(s, "DatasetExport.writeJson(china, out);");
    Path csvDir = dir.resolve("china-csv");
    DatasetExport.writeCsv(china, csvDir);
    shows(s, "DatasetExport.writeCsv(china, Path.of(\"china-csv\"));");
    Dataset again = DatasetLoader.fromDirectory(csvDir)
        .seriesBreak(org.citygdp.core.SeriesBreak.CENSUS_2023).load();
    shows(s, "DatasetLoader.fromDirectory(Path.of(\"china-csv\")).seriesBreak("
        + "SeriesBreak.CENSUS_2023).load();");
    assertThat(again.seriesBreaks()).isEqualTo(china.seriesBreaks());
    assertThat(again.year(2025).members(Threshold.TRILLION_CLUB).ids())
        .isEqualTo(y.members(Threshold.TRILLION_CLUB).ids());
    assertThat(Files.list(csvDir).count()).isEqualTo(7); // "dataset.json and six CSV files"
    assertThat(s).contains("One JSON\n  document holds at most 32 MiB");
    assertThat(org.citygdp.data.DatasetLoader.MAX_FILE_BYTES).isEqualTo(32 << 20);
  }
}
