package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.citygdp.core.Dataset;
import org.citygdp.core.Threshold;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives jshell non-interactively with the start-up script that {@code citygdp-jshell} uses, on
 * the test's class path, and checks what a user would see.
 */
class JshellTest {
  private static final Path STARTUP = Path.of("src", "main", "jshell", "citygdp.jsh");
  private static String output = "";

  @BeforeAll
  static void runJshell() throws IOException, InterruptedException {
    // Surefire runs this module's tests on the module path: jshell gets the same jars on its
    // class path, as the launcher gives it.
    String classPath = String.join(File.pathSeparator,
        System.getProperty("jdk.module.path", ""),
        System.getProperty("java.class.path", ""));
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    Path log = Files.createTempFile("citygdp-jshell", ".txt");
    Process p = new ProcessBuilder(List.of(jshell.toString(), "--class-path", classPath,
        "--startup", "DEFAULT", "--startup", STARTUP.toString(), "--feedback", "normal",
        "-R-Djava.awt.headless=true"))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(String.join("\n",
          "china.year(2025).members(Threshold.TRILLION_CLUB).count()",
          "china.findCity(\"苏州\").nameEn()",
          "china.year(2025).members(Threshold.TRILLION_CLUB).orderByDescending(Metric.GDP).top(3).ids()",
          "china.year(2025)",
          "china.year(2025).members(Threshold.TRILLION_CLUB).orderByDescending(Metric.GDP).top(2).table(Metric.GDP)",
          "/exit", "").getBytes(StandardCharsets.UTF_8));
    }
    boolean done = p.waitFor(3, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    assertThat(done).as("jshell finished; it printed:%n%s", output).isTrue();
  }

  @Test
  void the_startup_imports_the_api_and_loads_the_bundled_data() {
    Dataset china = ChinaCities.load();
    assertThat(output).as(output)
        .contains("citygdp: `china` is " + china)
        .doesNotContain("Error:")
        .doesNotContain("Exception");
  }

  @Test
  void a_query_typed_at_the_prompt_answers_as_the_java_api_does() {
    long members = ChinaCities.load().year(2025).members(Threshold.TRILLION_CLUB).count();
    assertThat(output).as(output)
        .contains("$1 ==> " + members)
        .contains("$2 ==> \"Suzhou\"")
        .contains("$3 ==> [shanghai, beijing, shenzhen]");
  }

  @Test
  void a_view_echoes_on_one_line_and_a_table_echoes_as_an_aligned_table() {
    Dataset china = ChinaCities.load();
    assertThat(output).as(output)
        .contains("$4 ==> " + china.year(2025) + "\n")
        .contains("$5 ==> 2 cities in 2025\n#  id        city      城市  GDP (亿元)\n")
        .doesNotContain("$5 ==> \"");
    assertThat(china.year(2025).toString()).doesNotContain("\n");
  }

  @Test
  void the_launcher_uses_the_startup_script_the_test_checks() throws IOException {
    String launcher = Files.readString(Path.of("..", "citygdp-jshell"));
    assertThat(launcher).contains("gdp-data/src/main/jshell/citygdp.jsh");
    assertThat(new File("..", "citygdp-jshell").canExecute()).isTrue();
  }
}
