package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citygdp.core.Dataset;
import org.citygdp.core.Metric;
import org.citygdp.core.Observation;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.Sector;
import org.junit.jupiter.api.Test;

/**
 * The bundled binary snapshot is the JSON files, exactly: it regenerates byte for byte from them,
 * and reads back into the same cities, sources and figures, hence the same dataset.
 */
class SnapshotTest {
  private static final String RESOURCE = "src/main/resources" + Snapshot.BUNDLED;

  private static byte[] bundled() throws IOException {
    try (InputStream in = ChinaCities.class.getResourceAsStream(Snapshot.BUNDLED)) {
      assertThat(in).as(Snapshot.BUNDLED).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void should_regenerate_byte_for_byte_from_the_json_files() throws IOException {
    byte[] fresh = Snapshot.bundledFromJson();
    assertThat(Snapshot.bundledFromJson()).as("generation is deterministic").isEqualTo(fresh);
    if (!Arrays.equals(fresh, bundled())) {
      Path out = Path.of("target", "china.snapshot");
      Files.write(out, fresh);
      fail("The bundled snapshot is out of date with the JSON files. A fresh one is at " + out
          + "; copy it to gdp-data/" + RESOURCE + " (or run org.citygdp.data.Snapshot with that"
          + " path) and commit it with the JSON change.");
    }
  }

  @Test
  void should_read_back_what_the_json_files_define() throws IOException {
    DatasetLoader json = ChinaCities.loader();
    Contents expected = json.read();
    Contents actual = Snapshot.read(new ByteArrayInputStream(bundled()), json.description(),
        "test");
    assertThat(sectors(actual.sectors)).isEqualTo(sectors(expected.sectors));
    assertThat(clusters(actual.clusters)).isEqualTo(clusters(expected.clusters));
    assertThat(actual.cities).isEqualTo(expected.cities); // records: every field
    for (int i = 0; i < expected.cities.size(); i++) {
      assertThat(clusters(actual.cities.get(i).clusters()))
          .isEqualTo(clusters(expected.cities.get(i).clusters()));
    }
    assertThat(actual.sources).isEqualTo(expected.sources); // records: every field
    assertThat(actual.figures).hasSize(expected.figures.size());
    for (int i = 0; i < expected.figures.size(); i++) {
      // records: city, year, metric, value, release, source, verified, note, date and place
      assertThat(actual.figures.get(i)).as("figure %d", i).isEqualTo(expected.figures.get(i));
    }

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    Snapshot.write(actual, json.description(), again);
    assertThat(again.toByteArray()).as("written again").isEqualTo(bundled());
  }

  @Test
  void should_load_with_the_loaders_names_and_breaks_without_making_the_loader() {
    // ChinaCities reads the snapshot with these constants instead of asking loader() (issue #11)
    DatasetLoader json = ChinaCities.loader();
    assertThat(ChinaCities.description()).isEqualTo(json.description())
        .startsWith("resources of ").endsWith(":/" + ChinaCities.RESOURCES);
    assertThat(ChinaCities.SERIES_BREAKS).isEqualTo(json.seriesBreaks()).isNotEmpty();
    assertThat(ChinaCities.load().seriesBreaks()).isEqualTo(json.seriesBreaks());
  }

  @Test
  void should_give_the_same_dataset_as_the_json_files() {
    Dataset fromSnapshot = ChinaCities.load();
    Dataset fromJson = ChinaCities.loader().load();
    assertThat(fromSnapshot.toString()).isEqualTo(fromJson.toString());
    assertThat(fromSnapshot.figureCount()).isEqualTo(fromJson.figureCount()).isGreaterThan(700);
    assertThat(fromSnapshot.cities()).isEqualTo(fromJson.cities());
    assertThat(fromSnapshot.sources()).isEqualTo(fromJson.sources());
    assertThat(fromSnapshot.conflicts().toString()).isEqualTo(fromJson.conflicts().toString());
    for (City c : fromJson.cities()) {
      assertThat(fromSnapshot.city(c.id()).toString()).isEqualTo(fromJson.city(c.id()).toString());
    }
    List<Metric<?>> metrics = new ArrayList<>();
    for (Observation<?> o : ChinaCities.loader().read().figures) {
      if (!metrics.contains(o.metric())) {
        metrics.add(o.metric());
      }
    }
    for (int year : fromJson.years()) {
      assertThat(fromSnapshot.year(year).tiers().toString())
          .isEqualTo(fromJson.year(year).tiers().toString());
      for (City c : fromJson.cities()) {
        for (Metric<?> m : metrics) {
          // every source's figure, with its value, source, release, verification, note and date
          assertThat(fromSnapshot.year(year).stats(c.id()).figures(m))
              .as("%s %d %s", c.id(), year, m)
              .isEqualTo(fromJson.year(year).stats(c.id()).figures(m));
        }
      }
    }
  }

  @Test
  void should_reject_what_is_not_a_snapshot() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Snapshot.read(
            new ByteArrayInputStream("{\"id\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "x", "test"))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("Cannot read snapshot test");
  }

  private static List<String> sectors(List<Sector> sectors) {
    List<String> out = new ArrayList<>();
    for (Sector s : sectors) {
      out.add(s.id() + "|" + s.nameEn() + "|" + s.nameZh());
    }
    return out;
  }

  private static List<String> clusters(Iterable<Cluster> clusters) {
    List<String> out = new ArrayList<>();
    for (Cluster c : clusters) {
      out.add(c.id() + "|" + c.nameEn() + "|" + c.nameZh());
    }
    return out;
  }
}
