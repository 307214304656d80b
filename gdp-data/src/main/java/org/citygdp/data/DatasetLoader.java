package org.citygdp.data;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.citygdp.core.AdminRank;
import org.citygdp.core.City;
import org.citygdp.core.Cluster;
import org.citygdp.core.Dataset;
import org.citygdp.core.InvalidDataException;
import org.citygdp.core.Metric;
import org.citygdp.core.Observation;
import org.citygdp.core.Region;
import org.citygdp.core.Release;
import org.citygdp.core.Sector;
import org.citygdp.core.Source;
import org.citygdp.core.SourceGrade;
import org.citygdp.core.SourceType;
import org.citygdp.core.PublicationDate;
import org.jspecify.annotations.Nullable;

/**
 * Loads a dataset in the citygdp JSON format (see {@code DATA-FORMAT.md}) from the class path or a
 * directory. Everything is validated; any problem fails the whole load with an
 * {@link InvalidDataException} naming the file and position, the field, the value and the rule.
 *
 * <pre>{@code
 * Dataset ds = DatasetLoader.fromDirectory(Path.of("data/my-cities")).load();
 * Dataset bundled = DatasetLoader.fromClasspath("org/citygdp/data/china/").load();
 * }</pre>
 *
 * Instances are immutable and thread-safe.
 */
public final class DatasetLoader {
  private static final String MANIFEST = "dataset.json";

  private interface Opener {
    @Nullable InputStream open(String relative) throws IOException;
  }

  private final String description;
  private final Opener opener;

  private DatasetLoader(String description, Opener opener) {
    this.description = description;
    this.opener = opener;
  }

  /**
   * Files under a class-path folder such as {@code "org/citygdp/data/china/"}, found through
   * {@code loader}. On the module path, a folder inside a named module must be opened by it.
   */
  public static DatasetLoader fromClasspath(String root, ClassLoader loader) {
    String base = root.endsWith("/") ? root : root + "/";
    return new DatasetLoader("classpath:" + base, new LoaderOpener(loader, base));
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
    String base = "/" + (root.endsWith("/") ? root : root + "/");
    return new DatasetLoader("resources of " + anchor.getModule().getName() + ":" + base,
        new ResourceOpener(anchor, base));
  }

  /** Files in a directory. */
  public static DatasetLoader fromDirectory(Path directory) {
    return new DatasetLoader(directory + java.io.File.separator, new DirectoryOpener(directory));
  }

  // Named classes rather than lambdas: a fresh JVM links each lambda at a cost (issue #3).

  private static final class LoaderOpener implements Opener {
    private final ClassLoader loader;
    private final String base;

    LoaderOpener(ClassLoader loader, String base) {
      this.loader = loader;
      this.base = base;
    }

    @Override
    public @Nullable InputStream open(String relative) {
      return loader.getResourceAsStream(base + relative);
    }
  }

  private static final class ResourceOpener implements Opener {
    private final Class<?> anchor;
    private final String base;

    ResourceOpener(Class<?> anchor, String base) {
      this.anchor = anchor;
      this.base = base;
    }

    @Override
    public @Nullable InputStream open(String relative) {
      return anchor.getResourceAsStream(base + relative);
    }
  }

  private static final class DirectoryOpener implements Opener {
    private final Path directory;

    DirectoryOpener(Path directory) {
      this.directory = directory;
    }

    @Override
    public @Nullable InputStream open(String relative) throws IOException {
      try {
        return Files.newInputStream(directory.resolve(relative));
      } catch (NoSuchFileException e) {
        return null;
      }
    }
  }

  /**
   * Reads and validates every file named by {@code dataset.json}.
   *
   * @throws InvalidDataException if any file is missing, malformed or breaks a rule
   * @throws UncheckedIOException if a file cannot be read
   */
  public Dataset load() {
    return read().build();
  }

  /** What the files define, each part validated; {@link Contents#build} checks the whole. */
  Contents read() {
    Contents contents = new Contents();
    JsonValue manifest = read(MANIFEST);
    Fields m = new Fields(MANIFEST, manifest, "");
    m.only(MANIFEST_FIELDS);

    Map<String, Sector> sectors = builtInSectors();
    String sectorsFile = m.optionalText("sectors");
    if (sectorsFile != null) {
      JsonValue all = arrayFile(sectorsFile);
      for (int i = 0; i < all.size(); i++) {
        Fields f = element(sectorsFile, all, i);
        f.only(NAMED_FIELDS);
        Sector s;
        try {
          s = Sector.of(f.text("id"), f.text("nameEn"), f.text("nameZh"));
        } catch (IllegalArgumentException e) {
          throw f.invalidElement(e);
        }
        sectors.put(s.id(), s);
        contents.sectors.add(s);
      }
    }
    Map<String, Cluster> clusters = new HashMap<>();
    String clustersFile = m.optionalText("clusters");
    if (clustersFile != null) {
      JsonValue all = arrayFile(clustersFile);
      for (int i = 0; i < all.size(); i++) {
        Fields f = element(clustersFile, all, i);
        f.only(NAMED_FIELDS);
        Cluster c;
        try {
          c = Cluster.of(f.text("id"), f.text("nameEn"), f.text("nameZh"));
        } catch (IllegalArgumentException e) {
          throw f.invalidElement(e);
        }
        if (clusters.put(c.id(), c) != null) {
          throw f.invalid("id", c.id(), "must be unique, but is defined twice");
        }
        contents.clusters.add(c);
      }
    }

    String citiesFile = m.text("cities");
    JsonValue allCities = arrayFile(citiesFile);
    for (int i = 0; i < allCities.size(); i++) {
      Fields f = element(citiesFile, allCities, i);
      f.only(CITY_FIELDS);
      Set<Cluster> memberOf = new java.util.LinkedHashSet<>();
      int k = 0;
      for (JsonValue c : f.array("clusters")) {
        String id = f.elementText("clusters", k++, c);
        Cluster cluster = clusters.get(id);
        if (cluster == null) {
          throw f.invalid("clusters[" + (k - 1) + "]", id, "must name a cluster in " + clustersFile);
        }
        memberOf.add(cluster);
      }
      try {
        contents.cities.add(new City(f.text("id"), f.text("nameEn"), f.text("nameZh"),
            f.text("province"), f.enumValue("region", Region.class),
            f.enumValue("rank", AdminRank.class), f.text("divisionCode"),
            ImmutableSet.copyOf(memberOf)));
      } catch (IllegalArgumentException e) {
        throw f.invalidElement(e);
      }
    }

    for (String file : m.textArray("sources")) {
      JsonValue all = arrayFile(file);
      for (int i = 0; i < all.size(); i++) {
        Fields f = element(file, all, i);
        f.only(SOURCE_FIELDS);
        try {
          contents.sources.add(Source.builder(f.text("id"))
              .publisher(f.text("publisher")).title(f.text("title")).url(f.optionalText("url"))
              .copy(f.optionalText("copy")).published(f.optionalDate("publishedOn"))
              .grade(f.enumValue("grade", SourceGrade.class))
              .sourceType(f.enumValue("type", SourceType.class))
              .build());
        } catch (IllegalArgumentException e) {
          throw f.invalidElement(e);
        }
      }
    }

    MetricReader metrics = new MetricReader(sectors);
    String national = m.optionalText("national");
    if (national != null) {
      readFigures(national, false, metrics, contents);
    }
    for (String file : m.textArray("figures")) {
      readFigures(file, true, metrics, contents);
    }
    return contents;
  }

  private static final String[] MANIFEST_FIELDS =
      {"id", "title", "sectors", "clusters", "cities", "sources", "national", "figures"};
  private static final String[] NAMED_FIELDS = {"id", "nameEn", "nameZh"};
  private static final String[] CITY_FIELDS =
      {"id", "nameEn", "nameZh", "province", "region", "rank", "divisionCode", "clusters"};
  private static final String[] SOURCE_FIELDS =
      {"id", "publisher", "title", "url", "copy", "publishedOn", "grade", "type"};
  private static final String[] FIGURE_FIELDS =
      {"year", "metric", "value", "release", "source", "verified", "note", "publishedOn"};
  private static final String[] CITY_FILE_FIELDS = {"city", "figures"};
  private static final String[] NATIONAL_FILE_FIELDS = {"figures"};

  /** The sectors every dataset knows, by id; a dataset's sectors file may add or redefine. */
  static Map<String, Sector> builtInSectors() {
    Map<String, Sector> sectors = new HashMap<>();
    for (Sector s : new Sector[] {Sector.PRIMARY, Sector.SECONDARY, Sector.TERTIARY,
        Sector.INDUSTRY, Sector.INDUSTRY_ABOVE_SCALE, Sector.IT_SOFTWARE, Sector.FINANCE,
        Sector.EXPORTS}) {
      sectors.put(s.id(), s);
    }
    return sectors;
  }

  /**
   * Parses metric ids against the dataset's sectors, once per id: metrics are values (equal by
   * id), so figures of one metric may share one instance.
   */
  static final class MetricReader implements Function<String, Sector> {
    private final Map<String, Sector> sectors;
    private final Map<String, Metric<?>> parsed = new HashMap<>();

    MetricReader(Map<String, Sector> sectors) {
      this.sectors = sectors;
    }

    @Override
    public Sector apply(String id) {
      Sector s = sectors.get(id);
      if (s == null) {
        throw new IllegalArgumentException("sector '" + id + "' is not defined in sectors.json");
      }
      return s;
    }

    /** @throws IllegalArgumentException if the id is not a metric of this dataset */
    Metric<?> metric(String id) {
      Metric<?> m = parsed.get(id);
      if (m == null) {
        m = Metric.parse(id, this);
        parsed.put(id, m);
      }
      return m;
    }
  }

  private void readFigures(String file, boolean city, MetricReader metrics, Contents contents) {
    JsonValue root = read(file);
    Fields top = new Fields(file, root, "");
    String cityId = null;
    if (city) {
      top.only(CITY_FILE_FIELDS);
      cityId = top.text("city");
    } else {
      top.only(NATIONAL_FILE_FIELDS);
    }
    int i = 0;
    for (JsonValue node : top.array("figures")) {
      Fields f = new Fields(file, node, "figures[" + i++ + "]");
      f.only(FIGURE_FIELDS);
      String metricId = f.text("metric");
      Metric<?> metric;
      try {
        metric = metrics.metric(metricId);
      } catch (IllegalArgumentException e) {
        throw f.invalid("metric", metricId, e);
      }
      contents.figures.add(observation(f, cityId, metric));
    }
  }

  private static <V extends Comparable<? super V>> Observation<V> observation(
      Fields f, @Nullable String cityId, Metric<V> metric) {
    String text = f.text("value");
    V value;
    try {
      value = metric.fromPublished(text);
    } catch (IllegalArgumentException e) {
      throw f.invalid("value", text, e);
    }
    Observation<V> o = new Observation<>(cityId, f.integer("year"), metric, value,
        f.enumValue("release", Release.class), f.text("source"), f.bool("verified"),
        f.optionalText("note"), f.optionalDate("publishedOn"), f.place());
    if (!o.verified() && o.note() == null) {
      throw f.invalid("note", null, "must say why a figure is unverified");
    }
    return o;
  }

  /** The array a file holds; its elements are read with {@link #element}. */
  private JsonValue arrayFile(String file) {
    JsonValue root = read(file);
    if (!root.isArray()) {
      throw new InvalidDataException("file", file, description + file, "must hold a JSON array");
    }
    return root;
  }

  /** Element {@code i} of a file's array, which must be an object. */
  private Fields element(String file, JsonValue array, int i) {
    return new Fields(file, array.get(i), "[" + i + "]");
  }

  private JsonValue read(String file) {
    try (InputStream in = opener.open(file)) {
      if (in == null) {
        throw new InvalidDataException("file", file, description,
            "is named by the dataset but was not found");
      }
      return JsonValue.parse(in);
    } catch (JsonValue.MalformedException e) {
      throw new InvalidDataException("file", file, description + file
          + (e.line() < 0 ? "" : ", line " + e.line()),
          "must be valid JSON: " + e.getMessage(), e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + description + file, e);
    }
  }



  /** Where the files are, as error messages name them: the start of every figure's place. */
  String description() {
    return description;
  }

  @Override
  public String toString() {
    return "DatasetLoader[" + description + "]";
  }

  /** Typed access to one JSON object's fields, with errors that name the place. */
  private final class Fields {
    private final String file;
    private final JsonValue node;
    private final String path;

    Fields(String file, JsonValue node, String path) {
      this.file = file;
      this.node = node;
      this.path = path;
      if (!node.isObject()) {
        throw new InvalidDataException("element", node, place(), "must be a JSON object");
      }
    }

    String place() {
      return description + file + (path.isEmpty() ? "" : ", " + path);
    }

    InvalidDataException invalid(String field, @Nullable Object value, String rule) {
      return new InvalidDataException(field, value, place(), rule);
    }

    /** A factory's rejection of {@code field}'s value, at this place. */
    InvalidDataException invalid(String field, @Nullable Object value,
        IllegalArgumentException e) {
      return new InvalidDataException(field, value, place(), e.getMessage(), e);
    }

    /** A factory's rejection of this whole element, at this place. */
    InvalidDataException invalidElement(IllegalArgumentException e) {
      return new InvalidDataException("element", node, place(), e.getMessage(), e);
    }

    void only(String... allowed) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        boolean ok = false;
        for (String a : allowed) {
          if (a.equals(name)) {
            ok = true;
            break;
          }
        }
        if (!ok) {
          throw invalid("field", name, "is not part of the format; allowed: " + List.of(allowed));
        }
      }
    }

    private JsonValue required(String field) {
      JsonValue v = node.get(field);
      if (v == null || v.isNull()) {
        throw invalid(field, null, "is required");
      }
      return v;
    }

    String text(String field) {
      JsonValue v = required(field);
      if (!v.isTextual()) {
        throw invalid(field, v, "must be a string");
      }
      return v.asText();
    }

    @Nullable String optionalText(String field) {
      JsonValue v = node.get(field);
      return v == null || v.isNull() ? null : text(field);
    }

    String elementText(String field, int index, JsonValue v) {
      if (!v.isTextual()) {
        throw invalid(field + "[" + index + "]", v, "must be a string");
      }
      return v.asText();
    }

    int integer(String field) {
      JsonValue v = required(field);
      if (!v.isInt()) {
        throw invalid(field, v, "must be a whole number");
      }
      return v.asInt();
    }

    boolean bool(String field) {
      JsonValue v = required(field);
      if (!v.isBoolean()) {
        throw invalid(field, v, "must be true or false");
      }
      return v.asBoolean();
    }

    @Nullable PublicationDate optionalDate(String field) {
      String t = optionalText(field);
      if (t == null) {
        return null;
      }
      try {
        return PublicationDate.parse(t);
      } catch (IllegalArgumentException e) {
        throw new InvalidDataException(field, t, place(),
            "must be a date: YYYY-MM-DD, or YYYY-MM when only the month is known, or YYYY", e);
      }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
      String t = text(field);
      try {
        return Enum.valueOf(type, t);
      } catch (IllegalArgumentException e) {
        List<String> names = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
          names.add(c.name());
        }
        throw new InvalidDataException(field, t, place(), "must be one of " + names, e);
      }
    }

    List<String> textArray(String field) {
      List<String> out = new ArrayList<>();
      int i = 0;
      for (JsonValue v : array(field)) {
        out.add(elementText(field, i++, v));
      }
      return out;
    }

    Iterable<JsonValue> array(String field) {
      JsonValue v = required(field);
      if (!v.isArray()) {
        throw invalid(field, v, "must be an array");
      }
      return v;
    }
  }
}
