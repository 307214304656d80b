package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's Kotlin and Scala snippets are taken from compiled, passing tests: the lines between
 * {@code // README begin} and {@code // README end} in those tests, in order, with their common
 * indentation removed, must be the README's fenced block of that language, line for line.
 */
class ReadmeInteropTest {
  private static final Path KOTLIN =
      Path.of("..", "gdp-core", "src", "test", "kotlin", "org", "citygdp", "interop",
          "KotlinIdiomsTest.kt");
  private static final Path SCALA =
      Path.of("src", "test", "scala", "org", "citygdp", "interop", "ScalaIdiomsTest.scala");

  @Test
  void the_kotlin_snippet_is_the_marked_code_of_the_kotlin_idioms_test() throws IOException {
    assertThat(readmeBlock("kotlin")).isEqualTo(marked(KOTLIN));
  }

  @Test
  void the_scala_snippet_is_the_marked_code_of_the_scala_idioms_test() throws IOException {
    assertThat(readmeBlock("scala")).isEqualTo(marked(SCALA));
  }

  @Test
  void the_marker_reader_finds_regions_in_order_and_strips_indentation() {
    List<String> lines = List.of("x", "    // README begin", "    val a = 1", "      .b()",
        "    // README end", "y", "  // README begin", "  val c = 2", "  // README end");
    assertThat(marked(lines)).containsExactly("val a = 1", "  .b()", "val c = 2");
  }

  private static List<String> marked(Path file) throws IOException {
    List<String> out = marked(Files.readAllLines(file));
    assertThat(out).as("marked lines in %s", file).isNotEmpty();
    return out;
  }

  static List<String> marked(List<String> lines) {
    List<String> out = new ArrayList<>();
    List<String> region = null;
    for (String line : lines) {
      String t = line.strip();
      if (t.equals("// README begin")) {
        region = new ArrayList<>();
      } else if (t.equals("// README end") && region != null) {
        int indent = region.stream().filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        region.forEach(l -> out.add(l.isBlank() ? "" : l.substring(indent)));
        region = null;
      } else if (region != null) {
        region.add(line);
      }
    }
    return out;
  }

  private static List<String> readmeBlock(String language) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
    int start = lines.indexOf("```" + language);
    assertThat(start).as("README has a ```%s block", language).isNotNegative();
    return lines.subList(start + 1, lines.subList(start + 1, lines.size()).indexOf("```")
        + start + 1);
  }
}
