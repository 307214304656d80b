package org.citygdp.data.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Quick start shows the usage the command line prints, and its error example. */
class ReadmeUsageTest {
  @Test
  void the_readme_shows_the_usage_and_the_error_for_a_mistyped_year() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(readme).contains("```text\n" + ReportCommand.usage() + "```\n");
    StringWriter err = new StringWriter();
    int code = ReportCommand.run(new String[] {"20x5"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertThat(code).isEqualTo(2);
    String first = err.toString().lines().findFirst().orElseThrow();
    assertThat(readme.replace("\n", " ")).contains("prints `" + first + "` and the usage");
  }
}
