package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a fresh JVM loads on its way to the first answer (issue #11, start-up): a new process on
 * the class path a user of gdp-data has loads the bundled dataset and prints the tier pyramid,
 * and its class-loading log must name no Guava or Jackson class, nor the JSON reader's. A change that puts
 * either back on the path fails here; how long the path takes is measured by {@code
 * gdp-benchmarks/cold-start.sh}, not by a test.
 */
class ColdPathTest {

  /** The first answer, as {@code ColdStart} in gdp-benchmarks gives it. */
  public static final class FirstAnswer {
    private FirstAnswer() {}

    public static void main(String[] args) {
      System.out.println(ChinaCities.load().latestYearView().tiers());
    }
  }

  @Test
  void should_load_the_bundled_data_and_answer_without_guava_or_the_json_loader()
      throws IOException, InterruptedException {
    // Surefire runs this module's tests on the module path: the child gets the same jars and
    // folders on its class path, as a class-path user has them
    String classPath = String.join(File.pathSeparator,
        System.getProperty("jdk.module.path", ""),
        System.getProperty("java.class.path", ""));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = Files.createTempFile("citygdp-cold-path", ".txt");
    Process p = new ProcessBuilder(List.of(java.toString(), "-Xshare:auto",
        "-Xlog:class+load=info:stdout", "-cp", classPath, FirstAnswer.class.getName()))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    boolean done = p.waitFor(2, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    assertThat(done).as("the child finished; it printed:%n%s", output).isTrue();
    assertThat(p.exitValue()).as("exit status; it printed:%n%s", output).isZero();
    assertThat(output).as("the answer").contains("Tier pyramid 2025");
    List<String> loaded = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (line.contains("[class,load]")) {
        loaded.add(line.split(" ")[1]);
      }
    }
    assertThat(loaded).as("classes loaded").contains("org.citygdp.core.engine.Corpus",
        "org.citygdp.data.Snapshot", "org.citygdp.core.TierPyramid");
    assertThat(loaded).as("Guava classes on the way to the first answer")
        .noneMatch(c -> c.startsWith("com.google."));
    assertThat(loaded).as("the JSON loader's classes")
        .noneMatch(c -> c.startsWith("com.fasterxml."))
        .doesNotContain(DatasetLoader.class.getName(), DatasetReader.class.getName(),
            Part.class.getName());
  }
}
