package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.citygdp.core.InvalidDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed dataset of {@code src/test/resources/malformed/} fails to load with the expected
 * exception type and message words, located (every problem names its source), bounded in length,
 * and without a trace of a file outside the dataset. See {@link MalformedCorpus} for the layout of
 * a case and how the corpus is regenerated.
 */
class MalformedCorpusTest {
  private static final Path CORPUS = Path.of("src", "test", "resources", "malformed");

  @TempDir Path tmp;

  /**
   * The cases whose one mistake is reported more than once, and how often: a file that cannot be
   * read leaves the figures naming its cities or sources unresolved, a duplicate is reported at
   * both places, a CSV header error at each row. Pinned, so that a change shows.
   */
  private static final Map<String, Integer> SEVERAL = Map.ofEntries(
      Map.entry("csv-duplicate-city", 2),
      Map.entry("csv-duplicate-column", 5),
      Map.entry("csv-missing-column", 4),
      Map.entry("csv-unknown-cluster", 2),
      Map.entry("document-names-files", 3),
      Map.entry("document-sources-not-array", 3),
      Map.entry("duplicate-city-id", 2),
      Map.entry("duplicate-key-city", 3),
      Map.entry("duplicate-source-id", 2),
      Map.entry("encoding-bom-csv", 4),
      Map.entry("encoding-bom-utf8-cities", 3),
      Map.entry("encoding-bom-utf8-sources", 6),
      Map.entry("encoding-escaped-nul-in-id", 2),
      Map.entry("encoding-nul-at-end", 6),
      Map.entry("encoding-nul-between-tokens", 3),
      Map.entry("encoding-utf16be-bom-cities", 3),
      Map.entry("encoding-utf16be-cities", 3),
      Map.entry("encoding-utf16le-bom-cities", 3),
      Map.entry("encoding-utf16le-cities", 3),
      Map.entry("encoding-utf32be-bom-cities", 3),
      Map.entry("encoding-utf32be-cities", 3),
      Map.entry("encoding-utf32le-bom-cities", 3),
      Map.entry("encoding-utf32le-cities", 3),
      Map.entry("limit-id", 2),
      Map.entry("missing-city-id", 2),
      Map.entry("path-cities-is-figures", 3),
      Map.entry("syntax-cities-not-array", 3),
      Map.entry("syntax-comment", 3),
      Map.entry("syntax-empty-file", 2),
      Map.entry("syntax-trailing-comma", 3),
      Map.entry("syntax-whitespace-only", 2),
      Map.entry("type-cities-list", 3),
      Map.entry("type-id-upper-case", 2),
      Map.entry("type-sources-not-list", 6),
      Map.entry("unknown-field-city", 2));

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @Test
  void should_hold_at_least_150_cases_as_the_generator_writes_them() throws IOException {
    Map<String, MalformedCorpus.Case> generated = MalformedCorpus.cases();
    assertThat(generated.size()).isGreaterThanOrEqualTo(150);
    assertThat(cases()).containsExactlyInAnyOrderElementsOf(generated.keySet());
    for (Map.Entry<String, MalformedCorpus.Case> e : generated.entrySet()) {
      Path dir = CORPUS.resolve(e.getKey());
      Map<String, byte[]> files = new TreeMap<>(e.getValue().files);
      files.put("expected.txt", e.getValue().expectedFile());
      List<String> onDisk = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile).forEach(p -> onDisk.add(
            dir.relativize(p).toString().replace('\\', '/')));
      }
      assertThat(onDisk).as("files of %s (regenerate with MalformedCorpus)", e.getKey())
          .containsExactlyInAnyOrderElementsOf(files.keySet());
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        assertThat(Files.readAllBytes(dir.resolve(f.getKey())))
            .as("%s/%s (regenerate with MalformedCorpus)", e.getKey(), f.getKey())
            .isEqualTo(f.getValue());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_fail_with_a_located_typed_bounded_error(String name) throws Exception {
    List<String> expected = Files.readAllLines(CORPUS.resolve(name).resolve("expected.txt"));
    Path data = tmp.resolve("data");
    copy(CORPUS.resolve(name), data);
    Files.writeString(tmp.resolve("secret.json"), "[\"SECRET\"]");
    DatasetLoader loader = DatasetLoader.fromDirectory(data);
    for (String line : expected) {
      String[] w = line.split(" ");
      if (w[0].equals("setup")) {
        setup(data, w);
      } else if (line.startsWith("entry stream ")) {
        try (InputStream in = Files.newInputStream(data.resolve(w[2]))) {
          loader = DatasetLoader.fromStream(in, w[2]);
        } catch (InvalidDataException e) {
          check(name, expected, e);
          return;
        }
      } else if (line.equals("entry merge-bundled")) {
        loader = ChinaCities.loader().merge(loader);
      } else if (line.startsWith("entry merge ")) {
        loader = loader.merge(DatasetLoader.fromDirectory(data.resolve(w[2])));
      }
    }
    DatasetLoader load = loader;
    Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      try {
        load.load();
        return null;
      } catch (Throwable t) {
        return t;
      }
    }, "a load must never block"); // a hang guard for the FIFO cases, not a measurement
    assertThat(thrown).as(name + " must fail").isNotNull();
    check(name, expected, thrown);
  }

  private static void check(String name, List<String> expected, Throwable thrown) {
    String type = "InvalidDataException";
    for (String line : expected) {
      if (line.startsWith("type ")) {
        type = line.substring(5);
      }
    }
    assertThat(thrown.getClass().getSimpleName()).as(name + ": " + thrown).isEqualTo(type);
    InvalidDataException e = (InvalidDataException) thrown;
    String message = e.getMessage();
    assertThat(message.length()).as(name + " message length").isLessThanOrEqualTo(8_000);
    for (String line : expected) {
      if (line.startsWith("words ")) {
        for (String word : line.substring(6).split("\\|")) {
          assertThat(message).as(name).contains(word);
        }
      } else if (line.startsWith("absent ")) {
        assertThat(message).as(name).doesNotContain(line.substring(7));
      } else if (line.startsWith("problems ")) {
        assertThat(e.problems()).as(name).hasSizeGreaterThanOrEqualTo(
            Integer.parseInt(line.substring(9)));
      }
    }
    assertThat(e.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(
        InvalidDataException.MAX_PROBLEMS);
    if (expected.stream().noneMatch(l -> l.startsWith("problems "))) {
      // one mistake, one problem: no follow-up problem from a value that was already refused
      // (issue #10; these cases make the loader's mutants that return a value after a problem
      // visible, see MUTATION.md)
      assertThat(e.problems().size()).as(name + ": " + e.getMessage())
          .isEqualTo(SEVERAL.getOrDefault(name, 1));
    }
    for (InvalidDataException p : e.problems()) {
      assertThat(p.source()).as(name + ": every problem names its source: " + p).isPresent();
      assertThat(p.problems()).containsExactly(p);
      assertThat(p.getMessage()).doesNotContain("\u0000").hasSizeLessThanOrEqualTo(1_500);
    }
    assertThat(e.field()).isEqualTo(e.problems().get(0).field());
  }

  private void setup(Path data, String[] w) throws IOException, InterruptedException {
    Path target = data.resolve(w[2]);
    Files.deleteIfExists(target);
    Files.createDirectories(target.getParent());
    switch (w[1]) {
      case "fifo": {
        Process p = new ProcessBuilder("mkfifo", target.toString()).inheritIO().start();
        assertThat(p.waitFor()).as("mkfifo").isZero();
        break;
      }
      case "symlink-outside":
        Files.createSymbolicLink(target, tmp.resolve("secret.json"));
        break;
      case "symlink":
        Files.createSymbolicLink(target, Path.of(w[3]));
        break;
      case "directory":
        Files.createDirectories(target);
        break;
      case "sparse":
        try (RandomAccessFile f = new RandomAccessFile(target.toFile(), "rw")) {
          f.setLength(Long.parseLong(w[3]));
        }
        break;
      default:
        throw new IllegalArgumentException("unknown setup " + w[1]);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else if (!p.getFileName().toString().equals("expected.txt")) {
          Files.copy(p, q);
        }
      }
    }
  }
}
