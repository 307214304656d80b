package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citygdp.core.Dataset;
import org.citygdp.core.InvalidDataException;
import org.citygdp.core.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Your own data" section: its example files load with the bundled data as it
 * says, and its error example prints exactly the message the README shows.
 */
class ReadmeOwnDataTest {
  @TempDir Path dir;

  private static String section() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    return readme.substring(readme.indexOf("## Your own data"), readme.indexOf("## The data"));
  }

  /** The lines of the example block for {@code file} ("my-2026/sources.csv   id,…" and after). */
  private static String exampleFile(String section, String file) {
    StringBuilder out = new StringBuilder();
    boolean in = false;
    int indent = 0;
    for (String line : section.lines().toList()) {
      if (line.startsWith(file)) {
        in = true;
        indent = file.length() + line.substring(file.length()).indexOf(line.strip()
            .substring(file.length()).strip());
        out.append(line.substring(indent)).append('\n');
      } else if (in && line.startsWith(" ".repeat(indent)) && !line.isBlank()) {
        out.append(line.substring(indent)).append('\n');
      } else {
        in = false;
      }
    }
    return out.toString();
  }

  private Path writeExample(String figuresCsv) throws IOException {
    String section = section();
    Path my = Files.createDirectories(dir.resolve("my-2026"));
    Files.writeString(my.resolve("dataset.json"), exampleFile(section, "my-2026/dataset.json"));
    Files.writeString(my.resolve("sources.csv"), exampleFile(section, "my-2026/sources.csv"));
    Files.writeString(my.resolve("figures.csv"), figuresCsv);
    return my;
  }

  @Test
  void the_example_loads_with_the_bundled_data() throws IOException {
    String section = section();
    Path my = writeExample(exampleFile(section, "my-2026/figures.csv"));
    Dataset both = ChinaCities.loader().merge(DatasetLoader.fromDirectory(my)).load();
    assertThat(both.year(2026).stats("beijing").get(Metric.REAL_GROWTH)).isPresent();
    assertThat(both.year(2026).stats("beijing").figure(Metric.GDP).orElseThrow().source().id())
        .isEqualTo("my-paper-2027");
    assertThat(both.cities()).hasSize(ChinaCities.load().cities().size());
  }

  @Test
  void the_error_example_prints_what_the_readme_shows() throws IOException {
    String section = section();
    String csvBlock = section.substring(section.indexOf("```csv\n") + 7);
    csvBlock = csvBlock.substring(0, csvBlock.indexOf("```"));
    String after = section.substring(section.indexOf("throws:\n\n```\n") + 13);
    String shown = after.substring(0, after.indexOf("\n```"));
    Path my = writeExample(csvBlock);
    String prefix = dir.toString() + "/";
    assertThatThrownBy(() -> ChinaCities.loader().merge(DatasetLoader.fromDirectory(my)).load())
        .isInstanceOf(InvalidDataException.class)
        .satisfies(e -> {
          assertThat(e.getMessage().replace(prefix, "")).isEqualTo(shown);
          assertThat(((InvalidDataException) e).problems()).hasSize(2);
        });
    assertThat(List.of(shown.split("\n"))).hasSize(3);
  }
}
