package org.citygdp.data.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.citygdp.core.Dataset;
import org.citygdp.core.Metric;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.data.DatasetLoader;
import org.citygdp.units.Population;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the whole-dataset export writes, and what it refuses. */
class DatasetExportTest {
  private final Dataset small = SmallDataset.build();
  @TempDir Path dir;

  @Test
  void the_document_is_the_loading_format() {
    String json = DatasetExport.toJson(small);
    assertThat(json).startsWith("{ \"sectors\" : [\n  { \"id\" : \"tertiary\"")
        .contains("{ \"id\" : \"C1\", \"nameEn\" : \"Cluster One\", \"nameZh\" : \"一群\" }")
        // a figure dated by its source has no date of its own; a note says why it is unverified
        .contains("{ \"city\" : \"alpha\", \"year\" : 2024, \"metric\" : \"gdp\", \"value\" :"
            + " \"10002.1\", \"release\" : \"FINAL\", \"source\" : \"nbs-2025\", \"verified\" :"
            + " true }")
        .contains("\"value\" : \"9999.3\", \"release\" : \"PRELIMINARY\", \"source\" :"
            + " \"paper-2025\", \"verified\" : false, \"note\" : \"" + SmallDataset.NEWSPAPER)
        .contains("\"national\" : [\n  { \"year\" : 2025, \"metric\" : \"gdp\", \"value\" :"
            + " \"1349084\"");
    assertThat(DatasetDump.of(DatasetLoader.fromStream(
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "small.json").load())).isEqualTo(DatasetDump.of(small));
  }

  @Test
  void csv_files_are_written_with_a_manifest() throws Exception {
    DatasetExport.writeCsv(small, dir.resolve("small"));
    assertThat(Files.readString(dir.resolve("small/figures.csv"))).startsWith("""
        city,year,metric,value,release,source,verified,note,publishedOn
        alpha,2024,gdp,10002.1,FINAL,nbs-2025,true,,
        beta,2024,gdp,9001.25,FINAL,nbs-2025,true,,
        alpha,2025,gdp,11000.5,PRELIMINARY,nbs-2025,true,,
        beta,2025,gdp,9999.3,PRELIMINARY,paper-2025,false,"from a newspaper, not the bureau",
        """);
    assertThat(Files.readString(dir.resolve("small/cities.csv"))).isEqualTo("""
        id,nameEn,nameZh,pinyin,province,region,rank,divisionCode,clusters
        alpha,Alpha,甲,Alpha,Anhui,EASTERN,PREFECTURE,340100,C1
        beta,Beta,乙,Beta,Sichuan,WESTERN,PREFECTURE,510100,
        """);
    assertThat(Files.readString(dir.resolve("small/sources.csv"))).contains(
        "paper-2025,Daily News,\"City GDP, 2025\",https://example.org/paper-2025,,2026-01,"
            + "SECONDARY,NEWS_REPORT");
    assertThat(DatasetDump.of(DatasetLoader.fromDirectory(dir.resolve("small")).load()))
        .isEqualTo(DatasetDump.of(small));
  }

  @Test
  void a_view_is_refused() {
    for (Dataset view : new Dataset[] {small.asOf(LocalDate.of(2026, 2, 1)), small.verifiedOnly(),
        small.atLeast(SourceGrade.OFFICIAL_MEDIA)}) {
      assertThatThrownBy(() -> DatasetExport.toJson(view)).isInstanceOf(ExportException.class)
          .hasMessageContaining("it is a view that leaves figures out")
          .hasMessageContaining("export the dataset itself");
    }
  }

  @Test
  void a_figure_the_api_cannot_reach_is_refused_and_nothing_is_written() {
    // a national population in a year without a national GDP or growth: no public method shows it
    Dataset d = Dataset.builder().sources(small.sources()).cities(small.cities())
        .figure("alpha", 2025, Metric.GDP, org.citygdp.units.Yuan.ofYi("1"), Release.FINAL,
            "nbs-2025")
        .national(2024, Metric.POPULATION, Population.ofTenThousands("140828"), Release.FINAL,
            "nbs-2025")
        .build();
    assertThatThrownBy(() -> DatasetExport.toJson(d)).isInstanceOf(ExportException.class)
        .hasMessageContaining("it holds 2 figures, but only 1 can be reached through the public"
            + " API");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> DatasetExport.writeJson(d, out)).isInstanceOf(ExportException.class);
    assertThat(out.size()).isZero();
    assertThatThrownBy(() -> DatasetExport.writeCsv(d, dir.resolve("d")))
        .isInstanceOf(ExportException.class);
    assertThat(dir.resolve("d")).doesNotExist();
  }

  @Test
  void a_directory_that_is_not_empty_is_refused() throws Exception {
    Files.writeString(dir.resolve("mine.txt"), "keep me");
    assertThatThrownBy(() -> DatasetExport.writeCsv(small, dir))
        .isInstanceOf(ExportException.class).hasMessageContaining("the directory is not empty");
    assertThat(Files.readString(dir.resolve("mine.txt"))).isEqualTo("keep me");
  }

  @Test
  void null_arguments_are_named() {
    assertThatThrownBy(() -> DatasetExport.toJson(null)).hasMessage("dataset must not be null");
    assertThatThrownBy(() -> DatasetExport.writeCsv(small, null))
        .hasMessage("directory must not be null");
    assertThatThrownBy(() -> CsvExport.of((org.citygdp.core.CitySelection) null))
        .hasMessage("selection must not be null");
  }
}
