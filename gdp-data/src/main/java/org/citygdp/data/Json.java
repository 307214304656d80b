package org.citygdp.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset's JSON files into jackson-databind's tree model, with read constraints set
 * deliberately ({@link DatasetLoader#MAX_NESTING_DEPTH} and the other limits), duplicate keys
 * rejected, nothing after the value, and no typing of any kind: the tree holds only JSON values,
 * never objects of classes named by the input. Only the loader of user data loads this class:
 * the bundled dataset's cold start reads its binary snapshot (issue #3). Not part of the API.
 */
final class Json {
  private Json() {}

  static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxDocumentLength(DatasetLoader.MAX_FILE_BYTES)
      .maxNestingDepth(DatasetLoader.MAX_NESTING_DEPTH)
      .maxStringLength(DatasetLoader.MAX_STRING_LENGTH)
      .maxNameLength(DatasetLoader.MAX_NAME_LENGTH)
      .maxNumberLength(DatasetLoader.MAX_NUMBER_LENGTH)
      .maxTokenCount(DatasetLoader.MAX_FILE_BYTES / 2)
      .build();

  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build())
      .deactivateDefaultTyping() // no polymorphic typing: the input never names a class
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      // content after the value is rejected by parse(), with a message a user can act on
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // a JSON number keeps its digits for messages ("1E+999999999", "2024.0", not "Infinity");
      // at most MAX_NUMBER_LENGTH characters, so no number is costly to hold or print
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .disable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .build();

  /** The file's one JSON value, or {@code null} after adding the problem that prevents it. */
  static @Nullable JsonNode parse(DataFile file, Problems problems) {
    JsonParser p;
    try {
      p = MAPPER.createParser(file.text);
    } catch (IOException e) {
      problems.add(Ref.file(file), "file", file.name, "cannot be parsed: " + e.getMessage(), e);
      return null;
    }
    try (JsonParser closing = p) {
      if (p.nextToken() == null) {
        problems.add(Ref.at(file, 1, 1), "file", file.name,
            "is empty; a JSON file must hold one JSON value");
        return null;
      }
      JsonNode node = MAPPER.readTree(p);
      if (p.nextToken() != null) {
        JsonLocation at = p.currentTokenLocation();
        problems.add(Ref.at(file, at.getLineNr(), at.getColumnNr()), "file", file.name,
            "must hold one JSON value, but more follows it");
        return null;
      }
      return node;
    } catch (StreamConstraintsException e) {
      String m = String.valueOf(e.getOriginalMessage());
      boolean token = m.startsWith("Number") || m.startsWith("String");
      JsonLocation at = token ? p.currentTokenLocation() : p.currentLocation();
      problems.add(Ref.at(file, at.getLineNr(), at.getColumnNr()), "file", file.name,
          "is over a limit of the format: " + withoutApiName(m), e);
      return null;
    } catch (NumberFormatException e) {
      // a number the syntax allows but BigDecimal cannot hold ("1e2777777777775"): found by
      // LoaderFuzzTest#datasetFiles (issue #10)
      JsonLocation at = p.currentTokenLocation();
      problems.add(Ref.at(file, at.getLineNr(), at.getColumnNr()), "number", tokenText(p),
          "must be a number that can be read exactly (its exponent is out of range)", e);
      return null;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      problems.add(Ref.at(file, at.getLineNr(), at.getColumnNr()), "file", file.name,
          "must be valid JSON: " + e.getOriginalMessage(), e);
      return null;
    } catch (IOException e) {
      problems.add(Ref.file(file), "file", file.name, "cannot be parsed: " + e.getMessage(), e);
      return null;
    }
  }

  /** The current token's text, or "" if the parser cannot give it. */
  private static String tokenText(JsonParser p) {
    try {
      String t = p.getText();
      return t == null ? "" : t;
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** Jackson's limit messages end with the constraint's getter, which users need not read. */
  private static String withoutApiName(String m) {
    int from = m.indexOf(", from `");
    int to = m.indexOf("`)", Math.max(from, 0));
    return from > 0 && to > from ? m.substring(0, from) + m.substring(to + 1) : m;
  }

  /**
   * The line and column of each of {@code pointers} in a JSON file: the first token with that
   * path (a field's name, or an element's start). One pass; pointers not found are left out.
   */
  static Map<String, int[]> locate(DataFile file, Set<String> pointers) {
    Map<String, int[]> found = new HashMap<>();
    try (JsonParser p = MAPPER.createParser(file.text)) {
      while (p.nextToken() != null && found.size() < pointers.size()) {
        String path = p.getParsingContext().pathAsPointer().toString();
        if (pointers.contains(path) && !found.containsKey(path)) {
          JsonLocation at = p.currentTokenLocation();
          found.put(path, new int[] {at.getLineNr(), at.getColumnNr()});
        }
      }
    } catch (IOException e) {
      // a file with problems was parsed before; whatever was located so far is kept
    }
    return found;
  }
}
