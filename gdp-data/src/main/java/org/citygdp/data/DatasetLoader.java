package org.citygdp.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
import org.citygdp.core.SourceType;
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
    return new DatasetLoader("classpath:" + base, rel -> loader.getResourceAsStream(base + rel));
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
        rel -> anchor.getResourceAsStream(base + rel));
  }

  /** Files in a directory. */
  public static DatasetLoader fromDirectory(Path directory) {
    return new DatasetLoader(directory + java.io.File.separator, rel -> {
      try {
        return Files.newInputStream(directory.resolve(rel));
      } catch (NoSuchFileException e) {
        return null;
      }
    });
  }

  /**
   * Reads and validates every file named by {@code dataset.json}.
   *
   * @throws InvalidDataException if any file is missing, malformed or breaks a rule
   * @throws UncheckedIOException if a file cannot be read
   */
  public Dataset load() {
    JsonValue manifest = read(MANIFEST);
    Fields m = new Fields(MANIFEST, manifest, "");
    m.only("id", "title", "sectors", "clusters", "cities", "sources", "national", "figures");

    Map<String, Sector> sectors = new HashMap<>();
    for (Sector s : List.of(Sector.PRIMARY, Sector.SECONDARY, Sector.TERTIARY, Sector.INDUSTRY,
        Sector.INDUSTRY_ABOVE_SCALE, Sector.IT_SOFTWARE, Sector.FINANCE, Sector.EXPORTS)) {
      sectors.put(s.id(), s);
    }
    String sectorsFile = m.optionalText("sectors");
    if (sectorsFile != null) {
      forEachElement(sectorsFile, (f, node) -> {
        f.only("id", "nameEn", "nameZh");
        Sector s = f.build(() -> Sector.of(f.text("id"), f.text("nameEn"), f.text("nameZh")));
        sectors.put(s.id(), s);
      });
    }
    Map<String, Cluster> clusters = new HashMap<>();
    String clustersFile = m.optionalText("clusters");
    if (clustersFile != null) {
      forEachElement(clustersFile, (f, node) -> {
        f.only("id", "nameEn", "nameZh");
        Cluster c = f.build(() -> Cluster.of(f.text("id"), f.text("nameEn"), f.text("nameZh")));
        if (clusters.put(c.id(), c) != null) {
          throw f.invalid("id", c.id(), "must be unique, but is defined twice");
        }
      });
    }

    Dataset.Builder builder = Dataset.builder();
    forEachElement(m.text("cities"), (f, node) -> {
      f.only("id", "nameEn", "nameZh", "province", "region", "rank", "divisionCode", "clusters");
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
      builder.city(f.build(() -> new City(f.text("id"), f.text("nameEn"), f.text("nameZh"),
          f.text("province"), f.enumValue("region", Region.class),
          f.enumValue("rank", AdminRank.class), f.text("divisionCode"),
          ImmutableSet.copyOf(memberOf))));
    });

    for (String file : m.textArray("sources")) {
      forEachElement(file, (f, node) -> {
        f.only("id", "publisher", "title", "url", "publishedOn", "official", "type", "seenIn");
        builder.source(f.build(() -> Source.builder(f.text("id"))
            .publisher(f.text("publisher")).title(f.text("title")).url(f.optionalText("url"))
            .publishedOn(f.optionalDate("publishedOn")).official(f.bool("official"))
            .sourceType(f.enumValue("type", SourceType.class)).seenIn(f.optionalText("seenIn"))
            .build()));
      });
    }

    String national = m.optionalText("national");
    if (national != null) {
      readFigures(national, false, sectors, builder);
    }
    for (String file : m.textArray("figures")) {
      readFigures(file, true, sectors, builder);
    }
    return builder.build();
  }

  private void readFigures(String file, boolean city, Map<String, Sector> sectors,
      Dataset.Builder builder) {
    JsonValue root = read(file);
    Fields top = new Fields(file, root, "");
    String cityId = null;
    if (city) {
      top.only("city", "figures");
      cityId = top.text("city");
    } else {
      top.only("figures");
    }
    int i = 0;
    for (JsonValue node : top.array("figures")) {
      Fields f = new Fields(file, node, "figures[" + i++ + "]");
      f.only("year", "metric", "value", "release", "source", "verified", "note", "publishedOn");
      String metricId = f.text("metric");
      Metric<?> metric = f.build("metric", metricId, () -> Metric.parse(metricId, id -> {
        Sector s = sectors.get(id);
        if (s == null) {
          throw new IllegalArgumentException("sector '" + id + "' is not defined in sectors.json");
        }
        return s;
      }));
      builder.figure(observation(f, cityId, metric));
    }
  }

  private static <V extends Comparable<? super V>> Observation<V> observation(
      Fields f, @Nullable String cityId, Metric<V> metric) {
    String text = f.text("value");
    V value = f.build("value", text, () -> metric.fromPublished(text));
    Observation<V> o = new Observation<>(cityId, f.integer("year"), metric, value,
        f.enumValue("release", Release.class), f.text("source"), f.bool("verified"),
        f.optionalText("note"), f.optionalDate("publishedOn"), f.place());
    if (!o.verified() && o.note() == null) {
      throw f.invalid("note", null, "must say why a figure is unverified");
    }
    return o;
  }

  private interface ElementReader {
    void read(Fields fields, JsonValue node);
  }

  private void forEachElement(String file, ElementReader reader) {
    JsonValue root = read(file);
    if (!root.isArray()) {
      throw new InvalidDataException("file", file, description + file, "must hold a JSON array");
    }
    for (int i = 0; i < root.size(); i++) {
      reader.read(new Fields(file, root.get(i), "[" + i + "]"), root.get(i));
    }
  }

  private JsonValue read(String file) {
    try (InputStream in = opener.open(file)) {
      if (in == null) {
        throw new InvalidDataException("file", file, description,
            "is named by the dataset but was not found");
      }
      return JsonValue.parse(in);
    } catch (JsonProcessingException e) {
      throw new InvalidDataException("file", file, description + file
          + (e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNr()),
          "must be valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + description + file, e);
    }
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

    void only(String... allowed) {
      Set<String> ok = Set.of(allowed);
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!ok.contains(name)) {
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

    /** The field's value, required, of the kind {@code ok} accepts. */
    private JsonValue required(String field, Predicate<JsonValue> ok, String rule) {
      JsonValue v = required(field);
      if (!ok.test(v)) {
        throw invalid(field, v, rule);
      }
      return v;
    }

    String text(String field) {
      return required(field, JsonValue::isTextual, "must be a string").asText();
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
      return required(field, JsonValue::isInt, "must be a whole number").asInt();
    }

    boolean bool(String field) {
      return required(field, JsonValue::isBoolean, "must be true or false").asBoolean();
    }

    @Nullable LocalDate optionalDate(String field) {
      String t = optionalText(field);
      if (t == null) {
        return null;
      }
      try {
        return LocalDate.parse(t);
      } catch (DateTimeParseException e) {
        throw new InvalidDataException(field, t, place(), "must be an ISO date (YYYY-MM-DD)", e);
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

    /** Runs a factory, turning its IllegalArgumentException into an error at this place. */
    <T> T build(java.util.function.Supplier<T> factory) {
      try {
        return factory.get();
      } catch (IllegalArgumentException e) {
        throw new InvalidDataException("element", node, place(), e.getMessage(), e);
      }
    }

    <T> T build(String field, @Nullable Object value, java.util.function.Supplier<T> factory) {
      try {
        return factory.get();
      } catch (IllegalArgumentException e) {
        throw new InvalidDataException(field, value, place(), e.getMessage(), e);
      }
    }
  }
}
