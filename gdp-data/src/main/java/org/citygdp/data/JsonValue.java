package org.citygdp.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A minimal JSON tree read with Jackson's streaming parser. The loader needs no data binding, and
 * skipping it keeps a fresh JVM's first load fast (creating a data-binding mapper costs a few
 * hundred milliseconds of class loading). Duplicate keys and trailing content are errors.
 */
final class JsonValue implements Iterable<JsonValue> {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  enum Kind {
    OBJECT, ARRAY, STRING, INTEGER, DECIMAL, BOOLEAN, NULL
  }

  private final Kind kind;
  private final @Nullable Object value; // Map, List, String, the number's text, Boolean or null

  private JsonValue(Kind kind, @Nullable Object value) {
    this.kind = kind;
    this.value = value;
  }

  /**
   * Malformed JSON, with the parser's own description and line. Jackson's exception is wrapped so
   * that the loader names no Jackson type: loading the loader then does not load Jackson, which
   * the bundled dataset's binary snapshot does not need (issue #3).
   */
  static final class MalformedException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int line;

    MalformedException(com.fasterxml.jackson.core.JsonProcessingException e) {
      super(e.getOriginalMessage(), e);
      this.line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
    }

    /** The line the problem was found on, or -1 if unknown. */
    int line() {
      return line;
    }
  }

  /**
   * Parses one JSON document; the whole input must be that one value.
   *
   * @throws MalformedException if the input is not one JSON value, or repeats a key
   */
  static JsonValue parse(InputStream in) throws IOException {
    try {
      return parseWithJackson(in);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new MalformedException(e);
    }
  }

  private static JsonValue parseWithJackson(InputStream in) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new com.fasterxml.jackson.core.JsonParseException(p, "empty document");
      }
      JsonValue v = read(p, first);
      if (p.nextToken() != null) {
        throw new com.fasterxml.jackson.core.JsonParseException(p,
            "trailing content after the JSON value");
      }
      return v;
    }
  }

  private static JsonValue read(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          m.put(name, read(p, p.nextToken()));
        }
        return new JsonValue(Kind.OBJECT, Collections.unmodifiableMap(m));
      }
      case START_ARRAY: {
        List<JsonValue> l = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          l.add(read(p, e));
        }
        return new JsonValue(Kind.ARRAY, Collections.unmodifiableList(l));
      }
      case VALUE_STRING:
        return new JsonValue(Kind.STRING, p.getText());
      case VALUE_NUMBER_INT:
        return new JsonValue(Kind.INTEGER, p.getText());
      case VALUE_NUMBER_FLOAT:
        return new JsonValue(Kind.DECIMAL, p.getText());
      case VALUE_TRUE:
        return new JsonValue(Kind.BOOLEAN, Boolean.TRUE);
      case VALUE_FALSE:
        return new JsonValue(Kind.BOOLEAN, Boolean.FALSE);
      case VALUE_NULL:
        return new JsonValue(Kind.NULL, null);
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + t);
    }
  }

  boolean isObject() {
    return kind == Kind.OBJECT;
  }

  boolean isArray() {
    return kind == Kind.ARRAY;
  }

  boolean isTextual() {
    return kind == Kind.STRING;
  }

  boolean isBoolean() {
    return kind == Kind.BOOLEAN;
  }

  boolean isNull() {
    return kind == Kind.NULL;
  }

  /** A whole number that fits an {@code int}. */
  boolean isInt() {
    if (kind != Kind.INTEGER) {
      return false;
    }
    try {
      Integer.parseInt((String) value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  String asText() {
    return kind == Kind.STRING || kind == Kind.INTEGER || kind == Kind.DECIMAL
        ? (String) value : String.valueOf(value);
  }

  int asInt() {
    return Integer.parseInt((String) value);
  }

  boolean asBoolean() {
    return Boolean.TRUE.equals(value);
  }

  @SuppressWarnings("unchecked")
  @Nullable JsonValue get(String field) {
    return kind == Kind.OBJECT ? ((Map<String, JsonValue>) value).get(field) : null;
  }

  @SuppressWarnings("unchecked")
  JsonValue get(int index) {
    return ((List<JsonValue>) value).get(index);
  }

  @SuppressWarnings("unchecked")
  int size() {
    return kind == Kind.ARRAY ? ((List<JsonValue>) value).size()
        : kind == Kind.OBJECT ? ((Map<String, JsonValue>) value).size() : 0;
  }

  @SuppressWarnings("unchecked")
  Iterator<String> fieldNames() {
    return kind == Kind.OBJECT ? ((Map<String, JsonValue>) value).keySet().iterator()
        : Collections.emptyIterator();
  }

  @Override
  @SuppressWarnings("unchecked")
  public Iterator<JsonValue> iterator() {
    return kind == Kind.ARRAY ? ((List<JsonValue>) value).iterator()
        : Collections.emptyIterator();
  }

  /** Compact JSON, for error messages. */
  @Override
  @SuppressWarnings("unchecked")
  public String toString() {
    switch (kind) {
      case STRING:
        return "\"" + value + "\"";
      case OBJECT: {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, JsonValue> e : ((Map<String, JsonValue>) value).entrySet()) {
          sb.append(sb.length() > 1 ? "," : "").append('"').append(e.getKey()).append("\":")
              .append(e.getValue());
        }
        return sb.append('}').toString();
      }
      case ARRAY: {
        StringBuilder sb = new StringBuilder("[");
        for (JsonValue v : this) {
          sb.append(sb.length() > 1 ? "," : "").append(v);
        }
        return sb.append(']').toString();
      }
      default:
        return String.valueOf(value);
    }
  }
}
