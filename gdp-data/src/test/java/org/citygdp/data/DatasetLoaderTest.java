package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.citygdp.core.Dataset;
import org.citygdp.core.InvalidDataException;
import org.citygdp.core.Metric;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON format, read from a directory of small hand-written files. */
class DatasetLoaderTest {
  @TempDir Path dir;

  private static final String MANIFEST = """
      {"id": "t", "title": "test", "sectors": "sectors.json", "clusters": "clusters.json",
       "cities": "cities.json", "sources": ["sources.json"], "national": "national.json",
       "figures": ["figures/alpha.json"]}
      """;
  private static final String CITIES = """
      [{"id": "alpha", "nameEn": "Alpha", "nameZh": "甲", "province": "P", "region": "EASTERN",
        "rank": "PREFECTURE", "divisionCode": "123400", "clusters": ["C1"]}]
      """;
  private static final String SOURCES = """
      [{"id": "s1", "publisher": "Bureau", "title": "Communiqué",
        "url": "https://example.org/communique-2024", "publishedOn": "2025-02-01",
        "grade": "PRIMARY", "type": "STATISTICAL_COMMUNIQUE"},
       {"id": "s2", "publisher": "Panel", "title": "Table", "url": null,
        "copy": "someone/panel@1dce311a9ab55b0ff528b60ad6f4202e9790051e:out/table.csv",
        "publishedOn": "2025-03", "grade": "COMPILATION", "type": "SECONDARY_COMPILATION"}]
      """;
  private static final String FIGURES = """
      {"city": "alpha", "figures": [
        {"year": 2024, "metric": "gdp", "value": "10002.1", "release": "PRELIMINARY",
         "source": "s1", "verified": true},
        {"year": 2024, "metric": "real_growth", "value": "5.7", "release": "PRELIMINARY",
         "source": "s1", "verified": true},
        {"year": 2024, "metric": "real_growth.tertiary", "value": "4.8", "release": "PRELIMINARY",
         "source": "s2", "verified": false, "note": "seen only in a research panel"}]}
      """;

  @BeforeEach
  void writeValidFiles() throws IOException {
    Files.createDirectories(dir.resolve("figures"));
    write("dataset.json", MANIFEST);
    write("sectors.json", "[{\"id\": \"tertiary\", \"nameEn\": \"Services\", \"nameZh\": \"第三产业\"}]");
    write("clusters.json", "[{\"id\": \"C1\", \"nameEn\": \"Cluster one\", \"nameZh\": \"一\"}]");
    write("cities.json", CITIES);
    write("sources.json", SOURCES);
    write("national.json", """
        {"figures": [{"year": 2024, "metric": "real_growth", "value": "5.0",
          "release": "PRELIMINARY", "source": "s1", "verified": true}]}
        """);
    write("figures/alpha.json", FIGURES);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private Dataset load() {
    return DatasetLoader.fromDirectory(dir).load();
  }

  @Test
  void should_load_every_figure_with_its_provenance() {
    Dataset ds = load();
    assertThat(ds.year(2024).stats("alpha").gdp()).contains(Yuan.ofBillions("1000.21"));
    assertThat(ds.year(2024).nationalGrowth()).isEqualTo(RealGrowth.of("5"));
    assertThat(ds.year(2024).stats("alpha").figure(Metric.realGrowth(Sector.TERTIARY)))
        .hasValueSatisfying(f -> {
          assertThat(f.verified()).isFalse();
          assertThat(f.noteText()).contains("seen only in a research panel");
          assertThat(f.source().address()).isEmpty();
          assertThat(f.grade()).isEqualTo(SourceGrade.COMPILATION);
          assertThat(f.publicationDate().map(PublicationDate::toString)).contains("2025-03");
          assertThat(f.source().citation()).isEqualTo("Panel, \"Table\", 2025-03, "
              + "https://github.com/someone/panel/blob/1dce311a9ab55b0ff528b60ad6f4202e9790051e/"
              + "out/table.csv [COMPILATION]");
        });
    assertThat(ds.year(2024).stats("alpha").figure(Metric.GDP).orElseThrow().publicationDate())
        .contains(PublicationDate.of(LocalDate.of(2025, 2, 1)));
    assertThat(ds.cities().get(0).clusters()).extracting(c -> c.nameEn()).containsExactly("Cluster one");
    assertThat(ds.year(2024).stats("alpha").figure(Metric.GDP).orElseThrow().release())
        .isEqualTo(Release.PRELIMINARY);
  }

  @Test
  void should_name_file_position_field_value_and_rule_for_a_bad_value() throws IOException {
    write("figures/alpha.json", FIGURES.replace("\"10002.1\"", "\"-5\""));
    assertThatThrownBy(this::load)
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Invalid gdp 'CNY -0.5bn' at " + dir + "/figures/alpha.json, line 2, "
            + "column 3, /figures/0: must not be negative");
  }

  @Test
  void should_reject_growth_below_minus_100_percent_with_its_place() throws IOException {
    write("figures/alpha.json", FIGURES.replace("\"5.7\"", "\"-101\""));
    assertThatThrownBy(this::load)
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("Invalid value '-101' at " + dir + "/figures/alpha.json, line 4,"
            + " column 43, /figures/1/value:")
        .hasMessageContaining("below -100%");
  }

  @Test
  void should_reject_numbers_that_are_not_decimal_strings() throws IOException {
    write("figures/alpha.json", FIGURES.replace("\"10002.1\"", "10002.1"));
    assertThatThrownBy(this::load).hasMessageContaining("Invalid value '10002.1'")
        .hasMessageContaining("must be a string");
    write("figures/alpha.json", FIGURES.replace("\"10002.1\"", "\"10,002.1\""));
    assertThatThrownBy(this::load).hasMessageContaining("Invalid value '10,002.1'");
  }

  @Test
  void should_reject_unknown_fields_enums_and_references() throws IOException {
    write("figures/alpha.json", FIGURES.replace("\"verified\": true}", "\"verifed\": true}"));
    assertThatThrownBy(this::load).hasMessageContaining("Invalid field 'verifed'")
        .hasMessageContaining("is not part of the format");

    write("figures/alpha.json", FIGURES.replace("\"PRELIMINARY\"", "\"FIRST\""));
    assertThatThrownBy(this::load).hasMessageContaining("Invalid release 'FIRST'")
        .hasMessageContaining("must be one of [ESTIMATE, PRELIMINARY, FINAL, CENSUS_REVISION]");

    write("figures/alpha.json", FIGURES.replace("\"city\": \"alpha\"", "\"city\": \"alfa\""));
    assertThatThrownBy(this::load).hasMessageContaining("Invalid city 'alfa'")
        .hasMessageEndingWith("must name a city defined in the dataset (nearest known: alpha)");

    write("figures/alpha.json", FIGURES.replace("real_growth.tertiary", "real_growth.services"));
    assertThatThrownBy(this::load).hasMessageContaining("Invalid metric 'real_growth.services'")
        .hasMessageContaining("sector 'services' is not defined");
  }

  @Test
  void should_require_a_grade_a_followable_address_and_a_real_date_for_every_source()
      throws IOException {
    write("sources.json", SOURCES.replace("\"grade\": \"PRIMARY\", ", ""));
    assertThatThrownBy(this::load).isInstanceOf(InvalidDataException.class)
        .hasMessage("Invalid grade (missing) at " + dir + "/sources.json, line 1, column 2, /0: "
            + "is required");
    write("sources.json", SOURCES.replace("https://example.org/communique-2024",
        "https://example.org/"));
    assertThatThrownBy(this::load).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("not a site's home page");
    write("sources.json", SOURCES.replace("\"2025-02-01\"", "\"2025-02-30\""));
    assertThatThrownBy(this::load).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Invalid publishedOn '2025-02-30'")
        .hasMessageContaining("YYYY-MM-DD, or YYYY-MM when only the month is known");
    write("sources.json", SOURCES.replace("\"grade\": \"PRIMARY\"",
        "\"grade\": \"PRIMARY\", \"official\": true"));
    assertThatThrownBy(this::load).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("official").hasMessageContaining("is not part of the format");
    write("sources.json", SOURCES.replace("\"grade\": \"PRIMARY\"", "\"grade\": \"A1\""));
    assertThatThrownBy(this::load).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("A1");
  }

  @Test
  void should_refuse_a_verified_figure_from_a_source_that_cannot_verify() throws IOException {
    write("figures/alpha.json", FIGURES.replace("\"verified\": false, \"note\": "
        + "\"seen only in a research panel\"", "\"verified\": true"));
    assertThatThrownBy(this::load).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("PRIMARY or OFFICIAL_MEDIA")
        .hasMessageContaining("'s2' is graded COMPILATION");
  }

  @Test
  void should_require_a_reason_for_every_unverified_figure() throws IOException {
    write("figures/alpha.json", FIGURES.replace(", \"note\": \"seen only in a research panel\"", ""));
    assertThatThrownBy(this::load).hasMessageContaining("Invalid note (missing)")
        .hasMessageContaining("must say why a figure is unverified");
  }

  @Test
  void should_fail_as_a_whole_on_a_missing_or_malformed_file() throws IOException {
    Files.delete(dir.resolve("figures/alpha.json"));
    assertThatThrownBy(this::load).isInstanceOf(InvalidDataException.class)
        .hasMessage("Invalid file 'figures/alpha.json' at " + dir + "/dataset.json, line 3, "
            + "column 14, /figures/0: was not found in " + dir + "/");
    write("figures/alpha.json", "{\"city\": \"alpha\", \"figures\": [");
    assertThatThrownBy(this::load).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("figures/alpha.json")
        .hasMessageContaining("must be valid JSON");
  }

  @Test
  void should_reject_duplicate_keys_in_an_object() throws IOException {
    write("figures/alpha.json", FIGURES.replace("\"year\": 2024, \"metric\": \"gdp\"",
        "\"year\": 2024, \"year\": 2023, \"metric\": \"gdp\""));
    assertThatThrownBy(this::load).hasMessageContaining("must be valid JSON")
        .hasMessageContaining("Duplicate field 'year'");
  }

  @Test
  void should_give_every_part_of_the_place_as_a_field() throws IOException {
    write("figures/alpha.json", FIGURES.replace("\"5.7\"", "\"-101\""));
    assertThatThrownBy(this::load).isInstanceOfSatisfying(InvalidDataException.class, e -> {
      assertThat(e.field()).isEqualTo("value");
      assertThat(e.value()).isEqualTo("-101");
      assertThat(e.source()).contains(dir + "/figures/alpha.json");
      assertThat(e.line()).hasValue(4);
      assertThat(e.column()).hasValue(43);
      assertThat(e.pointer()).contains("/figures/1/value");
      assertThat(e.row()).isEmpty();
      assertThat(e.rule()).contains("below -100%");
      assertThat(e.problems()).containsExactly(e);
      assertThat(e.hasMoreProblems()).isFalse();
    });
  }

  @Test
  void should_collect_every_problem_in_file_order_and_build_nothing() throws IOException {
    write("cities.json", CITIES.replace("\"EASTERN\"", "\"EAST\"").replace("\"123400\"",
        "123400"));
    write("figures/alpha.json", FIGURES.replace("\"10002.1\"", "\"ten\"")
        .replace("\"source\": \"s2\"", "\"source\": \"s3\""));
    assertThatThrownBy(this::load).isInstanceOfSatisfying(InvalidDataException.class, e -> {
      assertThat(e.problems()).extracting(InvalidDataException::field)
          .containsExactly("region", "divisionCode", "value", "source");
      assertThat(e.problems()).extracting(p -> p.pointer().orElseThrow())
          .containsExactly("/0/region", "/0/divisionCode", "/figures/0/value",
              "/figures/2/source");
      assertThat(e.getMessage()).startsWith("Invalid region 'EAST' at " + dir + "/cities.json,"
          + " line 1, column 69, /0/region: must be one of [EASTERN, CENTRAL, WESTERN, NORTHEAST]"
          + "\n… and 3 more problems:\n  Invalid divisionCode '123400' at ");
    });
  }

  @Test
  void should_shorten_a_long_value_and_show_control_characters_escaped() throws IOException {
    write("figures/alpha.json", FIGURES.replace("seen only in a research panel",
        "\\u0007" + "x".repeat(6000)));
    assertThatThrownBy(this::load).isInstanceOfSatisfying(InvalidDataException.class, e -> {
      // 30 characters as shown, the escape counting six (issue #10, found by fuzzing)
      assertThat(e.value()).isEqualTo("\\u0007" + "x".repeat(24) + "…(6001 characters)");
      assertThat(e.getMessage()).hasSizeLessThan(300);
    });
  }

  @Test
  void should_read_only_regular_files_inside_the_directory() throws IOException {
    Path outside = dir.resolveSibling(dir.getFileName() + "-outside.json");
    Files.writeString(outside, "{\"city\": \"SECRET\", \"figures\": []}");
    Files.delete(dir.resolve("figures/alpha.json"));
    Files.createSymbolicLink(dir.resolve("figures/alpha.json"), outside);
    assertThatThrownBy(this::load).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("leads outside the dataset's directory")
        .hasMessageNotContaining("SECRET");
    Files.delete(dir.resolve("figures/alpha.json"));
    Files.createSymbolicLink(dir.resolve("figures/alpha.json"), Path.of("../national.json"));
    assertThatThrownBy(this::load).as("a link inside is followed")
        .hasMessage("Invalid city (missing) at " + dir + "/figures/alpha.json, line 1, column 1,"
            + " /: is required"); // national.json's content, under the name the manifest gives
    Files.delete(outside);
  }
}
