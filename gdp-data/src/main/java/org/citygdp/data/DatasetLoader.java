package org.citygdp.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.citygdp.core.Dataset;
import org.citygdp.core.InvalidDataException;
import org.citygdp.core.SeriesBreak;

/**
 * Loads a dataset in the citygdp format (see {@code DATA-FORMAT.md}): JSON or CSV files listed by a
 * manifest {@code dataset.json}, from a directory or the class path, or one JSON document from a
 * stream; and merges datasets. Everything is validated; any problem fails the whole load with one
 * {@link InvalidDataException} that lists every problem found (up to {@link
 * InvalidDataException#MAX_PROBLEMS}), each naming the file, the line and column, the JSON pointer
 * or CSV row, the field, the value (shortened) and the rule. Never a partial dataset.
 *
 * <pre>{@code
 * Dataset mine = DatasetLoader.fromDirectory(Path.of("data/my-cities")).load();
 * Dataset both = ChinaCities.loader().merge(DatasetLoader.fromDirectory(Path.of("data/2026"))).load();
 * try (InputStream in = Files.newInputStream(Path.of("all.json"))) {
 *   DatasetLoader one = DatasetLoader.fromStream(in, "all.json");   // read now, parsed on load()
 * }
 * }</pre>
 *
 * <p>Files are read only from inside the dataset's directory (the manifest's names are relative
 * paths without {@code ..}; a symbolic link leading out is refused) and only if they are regular
 * files (never a device or FIFO: checked before opening); each is at most {@link #MAX_FILE_BYTES}
 * and must be UTF-8 without a byte-order mark and without NUL characters. A file outside is never
 * read and none of its content appears in a message.
 *
 * <p>Instances are immutable and thread-safe; {@link #load()} reads the files afresh each time.
 */
public final class DatasetLoader {
  /** The most bytes one file (or a single-document stream) may have: 32 MiB. */
  public static final int MAX_FILE_BYTES = 32 << 20;
  /** The most bytes all files of one dataset may have together: 256 MiB. */
  public static final long MAX_DATASET_BYTES = 256L << 20;
  /** The most files one manifest may name. */
  public static final int MAX_FILES = 10_000;
  /** The longest file name in a manifest, in characters. */
  public static final int MAX_PATH_LENGTH = 200;
  /** The deepest nesting of JSON arrays and objects (the format needs 4). */
  public static final int MAX_NESTING_DEPTH = 8;
  /** The longest JSON string the parser reads, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;
  /** The longest JSON key, in characters. */
  public static final int MAX_NAME_LENGTH = 100;
  /** The longest JSON number, in characters (only years are JSON numbers). */
  public static final int MAX_NUMBER_LENGTH = 20;
  /** The longest id, code, enum constant, metric, value or date, in characters. */
  public static final int MAX_SHORT_TEXT = 100;
  /** The longest name, title, publisher, address or note, in characters. */
  public static final int MAX_LONG_TEXT = 5_000;

  private final List<Part> parts;
  private final List<SeriesBreak> seriesBreaks;

  private DatasetLoader(List<Part> parts, List<SeriesBreak> seriesBreaks) {
    this.parts = parts;
    this.seriesBreaks = seriesBreaks;
  }

  private static DatasetLoader of(Part part) {
    return new DatasetLoader(Collections.singletonList(part), List.of());
  }

  private static <T> T notNull(String name, T value) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  /**
   * Files under a class-path folder such as {@code "org/citygdp/data/china/"}, found through
   * {@code loader}. On the module path, a folder inside a named module must be opened by it.
   */
  public static DatasetLoader fromClasspath(String root, ClassLoader loader) {
    notNull("root", root);
    notNull("loader", loader);
    String base = root.endsWith("/") ? root : root + "/";
    return of(new Part.Resources("classpath:" + base, loader, null, base));
  }

  /** Files under a class-path folder, found through this library's class loader. */
  public static DatasetLoader fromClasspath(String root) {
    return fromClasspath(root, DatasetLoader.class.getClassLoader());
  }

  /**
   * Files packaged with {@code anchor}'s module (or class path entry), under {@code root}: works on
   * the module path without opening the folder, since a module may always read its own resources.
   */
  public static DatasetLoader fromResourcesOf(Class<?> anchor, String root) {
    notNull("anchor", anchor);
    notNull("root", root);
    String base = "/" + (root.endsWith("/") ? root : root + "/");
    return of(new Part.Resources(Vocabulary.resourcesDescription(anchor, base), null, anchor,
        base));
  }


  /** Files in a directory, listed by its {@code dataset.json}; nothing outside it is read. */
  public static DatasetLoader fromDirectory(Path directory) {
    return of(new Part.Directory(notNull("directory", directory)));
  }

  /**
   * A whole dataset as one JSON document (see {@code DATA-FORMAT.md}, "A single document"), read
   * from {@code in} now, up to {@link #MAX_FILE_BYTES}; {@code in} is not closed. The document is
   * parsed and validated by {@link #load()}.
   *
   * @param name how error messages name the document, e.g. its file name
   * @throws InvalidDataException if the stream cannot be read or holds more than {@link
   *     #MAX_FILE_BYTES}
   */
  public static DatasetLoader fromStream(InputStream in, String name) {
    notNull("in", in);
    notNull("name", name);
    try {
      return of(new Part.Document(name, Part.bounded(in)));
    } catch (IOException | Part.Unreadable e) {
      throw InvalidDataException.in(name).cause(e)
          .invalid("stream", name, e instanceof IOException ? "cannot be read: " + e
              : Problems.messageOf(e));
    }
  }

  /**
   * A loader of this dataset and {@code other} together: the files of both are read and validated
   * as one dataset. An id (of a city, source, sector or cluster) defined in both, a figure given
   * twice (same city, year, metric, release and source), or given twice with different values (a
   * contradiction), is an error naming both places: nothing is overwritten. Figures of one may
   * name the cities, sources and sectors of the other.
   *
   * <pre>{@code
   * Dataset d = ChinaCities.loader().merge(DatasetLoader.fromDirectory(Path.of("my-2026"))).load();
   * }</pre>
   */
  public DatasetLoader merge(DatasetLoader other) {
    notNull("other", other);
    List<Part> all = new ArrayList<>(parts);
    all.addAll(other.parts);
    List<SeriesBreak> breaks = new ArrayList<>(seriesBreaks);
    for (SeriesBreak b : other.seriesBreaks) {
      if (!breaks.contains(b)) {
        breaks.add(b);
      }
    }
    return new DatasetLoader(Collections.unmodifiableList(all), List.copyOf(breaks));
  }

  /**
   * A loader that also declares a break in the series of levels (see {@link SeriesBreak}):
   * growth is never computed across it. {@link ChinaCities#loader()} declares {@link
   * SeriesBreak#CENSUS_2023}; a merged loader keeps the breaks of both (once each).
   *
   * <pre>{@code
   * DatasetLoader.fromDirectory(Path.of("my-data")).seriesBreak(SeriesBreak.CENSUS_2023).load();
   * }</pre>
   */
  public DatasetLoader seriesBreak(SeriesBreak seriesBreak) {
    notNull("seriesBreak", seriesBreak);
    List<SeriesBreak> breaks = new ArrayList<>(seriesBreaks);
    if (!breaks.contains(seriesBreak)) {
      breaks.add(seriesBreak);
    }
    return new DatasetLoader(parts, List.copyOf(breaks));
  }

  /** The series breaks this loader declares, in the order declared. */
  List<SeriesBreak> seriesBreaks() {
    return seriesBreaks;
  }

  /**
   * Reads and validates every file, and builds the dataset.
   *
   * @throws InvalidDataException listing every problem found, up to {@link
   *     InvalidDataException#MAX_PROBLEMS}: a file missing, unreadable, outside the directory, too
   *     large or not UTF-8; malformed JSON or CSV; a field that breaks a rule
   */
  public Dataset load() {
    Contents contents = read();
    try {
      return contents.build(seriesBreaks);
    } catch (InvalidDataException e) {
      throw DatasetReader.relocate(e, contents);
    }
  }

  /** What the files define, each part validated; {@link Contents#build} checks the whole. */
  Contents read() {
    return DatasetReader.read(parts);
  }

  /** Where the files are, as error messages name them: the start of every figure's place. */
  String description() {
    return parts.get(0).description;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("DatasetLoader[");
    for (int i = 0; i < parts.size(); i++) {
      sb.append(i == 0 ? "" : " + ").append(parts.get(i).description);
    }
    return sb.append(']').toString();
  }
}
