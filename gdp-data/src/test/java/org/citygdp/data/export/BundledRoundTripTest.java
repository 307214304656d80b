package org.citygdp.data.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citygdp.core.Dataset;
import org.citygdp.data.ChinaCities;
import org.citygdp.data.DatasetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled data, exported as JSON and as CSV and loaded again, is the same dataset. */
class BundledRoundTripTest {
  private static final Dataset CHINA = ChinaCities.load();
  @TempDir Path dir;

  /**
   * The loader with the dataset's series breaks: they are declared on the loader, not written in
   * the files (the bundled data declares the 2023 census).
   */
  private static DatasetLoader withBreaks(DatasetLoader loader) {
    assertThat(CHINA.seriesBreaks()).isNotEmpty();
    for (org.citygdp.core.SeriesBreak b : CHINA.seriesBreaks()) {
      loader = loader.seriesBreak(b);
    }
    return loader;
  }

  @Test
  void json_round_trip_gives_the_same_dataset() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DatasetExport.writeJson(CHINA, out);
    Dataset again = withBreaks(DatasetLoader.fromStream(
        new ByteArrayInputStream(out.toByteArray()), "china.json")).load();
    assertThat(DatasetDump.of(again)).isEqualTo(DatasetDump.of(CHINA));
    assertThat(again.figureCount()).isEqualTo(CHINA.figureCount()).isGreaterThan(4_000);
    // and the export of the loaded dataset is the same document, byte for byte
    assertThat(DatasetExport.toJson(again)).isEqualTo(out.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void csv_round_trip_gives_the_same_dataset() throws Exception {
    DatasetExport.writeCsv(CHINA, dir.resolve("china"));
    Dataset again = withBreaks(DatasetLoader.fromDirectory(dir.resolve("china"))).load();
    assertThat(DatasetDump.of(again)).isEqualTo(DatasetDump.of(CHINA));
    DatasetExport.writeCsv(again, dir.resolve("again"));
    for (String f : DatasetExport.CSV_FILES) {
      assertThat(Files.readString(dir.resolve("again").resolve(f)))
          .isEqualTo(Files.readString(dir.resolve("china").resolve(f)));
    }
  }
}
