package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.citygdp.core.Dataset;
import org.citygdp.core.InvalidDataException;
import org.citygdp.core.domain.City;

/**
 * Fuzz targets for the loader (issue #10), byte-level and field-level: a whole JSON document, any
 * one file of a JSON or CSV dataset, and a valid document with fuzzed fields. A load either builds
 * a dataset or throws one {@link InvalidDataException}, whose problems each name the file and a
 * place in it, and whose message is bounded in length whatever the input; nothing else escapes.
 * See FUZZING.md.
 */
class LoaderFuzzTest {

  /** The longest message of a load: ten problems of bounded parts, and a header. */
  static final int MAX_MESSAGE = 16_000;
  /** The longest message of one problem. */
  static final int MAX_PROBLEM_MESSAGE = 1_600;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A whole dataset as one JSON document, byte for byte (an input file is the document). */
  @FuzzTest
  void jsonDocument(FuzzedDataProvider data) {
    byte[] document = data.consumeRemainingAsBytes();
    load(DatasetLoader.fromStream(new ByteArrayInputStream(document), "fuzz.json"), "fuzz.json");
  }

  /** The files of the two valid base datasets, JSON and CSV: the fuzzer replaces one of them. */
  private static final List<Map<String, byte[]>> LAYOUTS =
      List.of(MalformedCorpus.json().files, MalformedCorpus.csv().files);
  private static final List<String[]> NAMES = new ArrayList<>();

  static {
    for (Map<String, byte[]> files : LAYOUTS) {
      NAMES.add(files.keySet().toArray(new String[0]));
    }
  }

  /**
   * One file of a dataset of several files, byte for byte: the last input byte picks the file
   * (the JSON layout's eight, then the CSV layout's five), the rest is its content.
   */
  @FuzzTest
  void datasetFiles(FuzzedDataProvider data) {
    int pick = data.consumeInt(0, NAMES.get(0).length + NAMES.get(1).length - 1);
    int layout = pick < NAMES.get(0).length ? 0 : 1;
    String name = NAMES.get(layout)[layout == 0 ? pick : pick - NAMES.get(0).length];
    Map<String, byte[]> files = new HashMap<>(LAYOUTS.get(layout));
    files.put(name, data.consumeRemainingAsBytes());
    load(DatasetLoader.fromClasspath("fuzz/", new InMemory(files)), "classpath:fuzz/");
  }

  /**
   * A valid one-document dataset with fuzzed fields: each step picks an object in the tree and
   * sets, adds or removes one of its fields (strings, numbers, booleans, nulls, arrays, objects,
   * copies of other parts), or copies an array element. Checks what is built as well.
   */
  @FuzzTest
  void fields(FuzzedDataProvider data) throws IOException {
    ObjectNode doc = (ObjectNode) JSON.readTree(MalformedCorpus.DOCUMENT);
    int steps = data.consumeInt(1, 6);
    for (int s = 0; s < steps && data.remainingBytes() > 0; s++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(doc, containers);
      JsonNode target = containers.get(data.consumeInt(0, containers.size() - 1));
      if (target instanceof ArrayNode) {
        ArrayNode a = (ArrayNode) target;
        if (a.size() > 0 && data.consumeBoolean()) {
          a.add(a.get(data.consumeInt(0, a.size() - 1)).deepCopy());
        } else {
          a.add(value(data, containers));
        }
        continue;
      }
      ObjectNode o = (ObjectNode) target;
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      String field = names.isEmpty() || data.consumeInt(0, 7) == 0
          ? data.pickValue(FIELDS) : names.get(data.consumeInt(0, names.size() - 1));
      if (data.consumeInt(0, 5) == 0) {
        o.remove(field);
      } else {
        o.set(field, value(data, containers));
      }
    }
    byte[] bytes = JSON.writeValueAsBytes(doc);
    Dataset ds = load(DatasetLoader.fromStream(new ByteArrayInputStream(bytes), "fuzz.json"),
        "fuzz.json");
    if (ds != null) {
      assertThat(ds.figureCount()).as("figures of %s", doc)
          .isEqualTo(doc.path("figures").size() + doc.path("national").size());
      assertThat(ds.cities()).hasSize(doc.path("cities").size());
      for (City c : ds.cities()) {
        assertThat(ds.findCity(c.id())).isEqualTo(c);
      }
      assertThat(ds.toString()).isNotBlank();
    }
  }

  /** Field names of the format, and a few it does not have. */
  private static final String[] FIELDS = {"id", "title", "cities", "sources", "figures",
      "national", "sectors", "clusters", "nameEn", "nameZh", "pinyin", "province", "region",
      "rank", "divisionCode", "publisher", "url", "copy", "publishedOn", "grade", "type", "city",
      "year", "metric", "value", "release", "source", "verified", "note", "plan", "official",
      "seenIn", "unknown", ""};

  /** Values that get past the first checks, to reach the later ones. */
  private static final String[] TEXTS = {"alpha", "beta", "s1", "s2", "gdp", "real_growth",
      "population", "value_added.tertiary", "real_growth.tertiary", "nominal_growth.exports",
      "growth_contribution.tertiary", "gdp_per_capita", "PRELIMINARY", "FINAL", "ESTIMATE",
      "CENSUS_REVISION", "PRIMARY", "COMPILATION", "OFFICIAL_MEDIA", "EASTERN", "PREFECTURE",
      "123400", "2025-02-01", "2025-02", "2025", "10002.1", "-4.7", "0", "92233720368.54775807",
      "92233720368.54775808", "1e5", "https://example.org/x", "C1", "tertiary"};

  private static JsonNode value(FuzzedDataProvider data, List<JsonNode> containers) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (data.consumeInt(0, 9)) {
      case 0:
        return f.textNode(data.consumeString(60));
      case 1:
        return f.numberNode(data.consumeInt());
      case 2:
        return f.numberNode(data.consumeInt(1940, 2110));
      case 3:
        return f.booleanNode(data.consumeBoolean());
      case 4:
        return f.nullNode();
      case 5:
        return f.arrayNode();
      case 6:
        return f.objectNode();
      case 7:
        return containers.get(data.consumeInt(0, containers.size() - 1)).deepCopy();
      case 8:
        return f.numberNode(new java.math.BigDecimal(
            java.math.BigInteger.valueOf(data.consumeLong()), data.consumeInt(-30, 30)));
      default:
        return f.textNode(data.pickValue(TEXTS));
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), out);
      }
    }
  }

  /** Loads, and checks what a failed load says; returns the dataset, or null if it failed. */
  static Dataset load(DatasetLoader loader, String source) {
    try {
      return loader.load();
    } catch (InvalidDataException e) {
      assertThat(e.getMessage().length()).as("message '%s'", e.getMessage())
          .isLessThanOrEqualTo(MAX_MESSAGE);
      assertThat(e.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(
          InvalidDataException.MAX_PROBLEMS);
      for (InvalidDataException p : e.problems()) {
        assertThat(p.getMessage().length()).as("message '%s'", p.getMessage())
            .isLessThanOrEqualTo(MAX_PROBLEM_MESSAGE);
        assertThat(p.source()).as("source of '%s'", p.getMessage()).isPresent();
        assertThat(p.source().get()).as("source of '%s'", p.getMessage()).startsWith(source);
        assertThat(p.field()).as("field of '%s'", p.getMessage()).isNotBlank();
        assertThat(p.rule()).as("rule of '%s'", p.getMessage()).isNotBlank();
        if (p.value() != null) {
          assertThat(p.value().length()).as("value of '%s'", p.getMessage())
              .isLessThanOrEqualTo(InvalidDataException.MAX_VALUE_LENGTH + 30);
        }
      }
      return null;
    }
  }

  /** A class loader that finds the files of one dataset under {@code fuzz/}, in memory. */
  static final class InMemory extends ClassLoader {
    private final Map<String, byte[]> files;

    InMemory(Map<String, byte[]> files) {
      super(null);
      this.files = files;
    }

    @Override
    public URL getResource(String name) {
      byte[] bytes = name.startsWith("fuzz/") ? files.get(name.substring(5)) : null;
      if (bytes == null) {
        return null;
      }
      try {
        return new URL(null, "mem:/" + name, new URLStreamHandler() {
          @Override
          protected URLConnection openConnection(URL u) {
            return new URLConnection(u) {
              @Override
              public void connect() {}

              @Override
              public InputStream getInputStream() {
                return new ByteArrayInputStream(bytes);
              }
            };
          }
        });
      } catch (MalformedURLException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
