package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.citygdp.core.Dataset;
import org.citygdp.core.InvalidDataException;
import org.citygdp.core.Metric;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three ways to give a dataset (JSON files, CSV files, one JSON document) and merging. */
class LoaderFormsTest {
  @TempDir Path dir;

  private void write(Path root, Map<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path p = root.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void should_load_the_csv_layout_into_the_same_figures_as_the_json_layout() throws IOException {
    Path json = dir.resolve("json");
    Path csv = dir.resolve("csv");
    write(json, Map.of(
        "dataset.json", utf8("{\"cities\": \"cities.json\", \"sources\": [\"sources.json\"],"
            + " \"national\": \"national.json\", \"figures\": [\"figures/alpha.json\","
            + " \"figures/beta.json\"]}"),
        "cities.json", utf8(MalformedCorpus.CITIES.replace("\"clusters\": [\"C1\"]",
            "\"clusters\": []")),
        "sources.json", utf8(MalformedCorpus.SOURCES),
        "national.json", utf8(MalformedCorpus.NATIONAL),
        "figures/alpha.json", utf8(MalformedCorpus.ALPHA.replace(",\n{\"year\": 2024, \"metric\":"
            + " \"real_growth.tertiary\", \"value\": \"4.8\", \"release\": \"PRELIMINARY\","
            + " \"source\": \"s2\", \"verified\": false, \"note\": \"seen only in a research"
            + " panel\", \"publishedOn\": \"2025-02-20\"}", "")),
        "figures/beta.json", utf8("{\"city\": \"beta\", \"figures\": [{\"year\": 2024,"
            + " \"metric\": \"gdp\", \"value\": \"8000\", \"release\": \"PRELIMINARY\", \"source\":"
            + " \"s2\", \"verified\": false, \"note\": \"seen in a table, not the communiqué\","
            + " \"publishedOn\": \"2025-03-02\"}]}")));
    write(csv, MalformedCorpus.csv().files);

    Dataset fromJson = DatasetLoader.fromDirectory(json).load();
    Dataset fromCsv = DatasetLoader.fromDirectory(csv).load();

    assertThat(fromCsv.toString()).isEqualTo(fromJson.toString());
    assertThat(fromCsv.cities()).isEqualTo(fromJson.cities());
    assertThat(fromCsv.sources()).isEqualTo(fromJson.sources());
    assertThat(fromCsv.year(2024).stats("alpha").gdp()).contains(Yuan.ofBillions("1000.21"));
    assertThat(fromCsv.year(2024).nationalGrowth()).isEqualTo(RealGrowth.of("5"));
    assertThat(fromCsv.year(2024).stats("beta").figure(Metric.GDP)).hasValueSatisfying(f -> {
      assertThat(f.verified()).isFalse();
      assertThat(f.noteText()).contains("seen in a table, not the communiqué"); // quoted comma
      assertThat(f.grade()).isEqualTo(SourceGrade.COMPILATION);
    });
    for (String city : new String[] {"alpha", "beta"}) {
      assertThat(fromCsv.year(2024).stats(city).figures(Metric.GDP))
          .isEqualTo(fromJson.year(2024).stats(city).figures(Metric.GDP));
    }
  }

  @Test
  void should_load_a_single_json_document_from_a_stream_without_closing_it() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(utf8(MalformedCorpus.DOCUMENT)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    DatasetLoader loader = DatasetLoader.fromStream(in, "mine.json");
    assertThat(closed[0]).isFalse();
    Dataset d = loader.load();
    assertThat(d.year(2024).stats("alpha").gdp()).contains(Yuan.ofBillions("1000.21"));
    assertThat(d.year(2024).nationalGrowth()).isEqualTo(RealGrowth.of("5"));
    assertThat(loader.load().toString()).as("loads again from the bytes read").isEqualTo(d.toString());
  }

  @Test
  void should_refuse_a_stream_over_the_size_limit_without_reading_past_it() {
    long[] read = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        read[0]++;
        return ' ';
      }
    };
    assertThatThrownBy(() -> DatasetLoader.fromStream(endless, "endless.json"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Invalid stream 'endless.json' at endless.json: is more than the limit of "
            + DatasetLoader.MAX_FILE_BYTES + " bytes per file");
    assertThat(read[0]).isEqualTo(DatasetLoader.MAX_FILE_BYTES + 1L);
  }

  @Test
  void should_merge_a_users_figures_into_the_bundled_dataset_without_overwriting()
      throws IOException {
    write(dir, Map.of(
        "dataset.json", utf8("{\"id\": \"mine\", \"sources\": [\"sources.csv\"],"
            + " \"figures\": [\"figures.csv\"]}"),
        "sources.csv", utf8("id,publisher,title,url,publishedOn,grade,type\n"
            + "my-paper-2027,Daily,GDP 2026,https://example.org/gdp-2026,2027-01-20,SECONDARY,"
            + "NEWS_REPORT\n"),
        "figures.csv", utf8("city,year,metric,value,release,source,verified,note\n"
            + "beijing,2026,gdp,52000.5,PRELIMINARY,my-paper-2027,false,from a newspaper\n"
            + "shanghai,2026,real_growth,5.1,PRELIMINARY,my-paper-2027,false,from a newspaper\n")));
    Dataset bundled = ChinaCities.load();
    Dataset merged = ChinaCities.loader().merge(DatasetLoader.fromDirectory(dir)).load();

    assertThat(merged.figureCount()).isEqualTo(bundled.figureCount() + 2);
    assertThat(merged.cities()).isEqualTo(bundled.cities());
    assertThat(merged.sources()).hasSize(bundled.sources().size() + 1);
    assertThat(merged.year(2026).stats("beijing").gdp()).contains(Yuan.ofYi("52000.5"));
    assertThat(merged.year(2026).stats("beijing").figure(Metric.GDP).orElseThrow().release())
        .isEqualTo(Release.PRELIMINARY);
    assertThat(merged.year(2025).tiers().toString())
        .isEqualTo(bundled.year(2025).tiers().toString());
  }

  @Test
  void should_report_a_redefined_id_and_a_contradicting_figure_naming_both_places()
      throws IOException {
    write(dir, Map.of(
        "dataset.json", utf8("{\"cities\": \"cities.csv\", \"figures\": [\"figures.csv\"]}"),
        "cities.csv", utf8("id,nameEn,nameZh,province,region,rank,divisionCode\n"
            + "beijing,Peking,北京,Beijing,EASTERN,MUNICIPALITY,110000\n"),
        "figures.csv", utf8("city,year,metric,value,release,source,verified\n"
            + "beijing,2019,real_growth,6.2,PRELIMINARY,"
            + "beijing-gov-ja-2020-07-24-beijing-economy-2019,true\n")));
    assertThatThrownBy(ChinaCities.loader().merge(DatasetLoader.fromDirectory(dir))::load)
        .isInstanceOfSatisfying(InvalidDataException.class, e -> {
          assertThat(e.problems()).hasSize(2);
          InvalidDataException city = e.problems().get(0);
          assertThat(city.source()).contains(dir + "/cities.csv");
          assertThat(city.row()).hasValue(1);
          assertThat(city.line()).hasValue(2);
          assertThat(city.rule()).startsWith("must be unique, but city 'beijing' is also defined"
              + " at resources of ").contains("/org/citygdp/data/china/cities.json, line ");
          InvalidDataException figure = e.problems().get(1);
          assertThat(figure.value()).isEqualTo("6.2");
          assertThat(figure.rule()).contains("china/figures/beijing.json, line ")
              .endsWith("with value '6.1': a contradiction (give each document its own source)");
        });
  }

  @Test
  void should_reject_null_arguments_by_name() {
    assertThatThrownBy(() -> DatasetLoader.fromDirectory(null))
        .isInstanceOf(NullPointerException.class).hasMessage("directory must not be null");
    assertThatThrownBy(() -> DatasetLoader.fromStream(null, "x"))
        .hasMessage("in must not be null");
    assertThatThrownBy(() -> ChinaCities.loader().merge(null))
        .hasMessage("other must not be null");
  }
}
