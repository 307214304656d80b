package org.citygdp.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CSV layout of {@code DATA-FORMAT.md} with jackson-dataformat-csv: RFC 4180 quoting,
 * comma-separated, a header row naming the columns (in any order; each allowed at most once, the
 * required ones present), every row with as many cells as the header, no trimming, no comments.
 * Blank lines are skipped. Not part of the API.
 */
final class Csv {
  private Csv() {}

  /** What one kind of CSV file holds: its columns, and which of them must be there. */
  static final class Table {
    final String[] columns;
    final String[] required;

    Table(String[] columns, String[] required) {
      this.columns = columns;
      this.required = required;
    }
  }

  private static final CsvMapper MAPPER = CsvMapper.builder(CsvFactory.builder()
          .streamReadConstraints(Json.CONSTRAINTS)
          .build())
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .disable(CsvParser.Feature.TRIM_SPACES)
      .disable(CsvParser.Feature.ALLOW_COMMENTS)
      .disable(CsvParser.Feature.EMPTY_STRING_AS_NULL)
      .build();

  /** The file's rows as elements; none if its header or its syntax is wrong (problems added). */
  static List<Element> read(DataFile file, Table table, Problems problems) {
    List<Element> rows = new ArrayList<>();
    JsonParser p;
    try {
      p = MAPPER.createParser(file.text);
    } catch (IOException e) {
      problems.add(Ref.file(file), "file", file.name, "cannot be parsed: " + e.getMessage(), e);
      return rows;
    }
    String[] header = null;
    int row = -1; // the header is row 0
    try (JsonParser closing = p) {
      JsonToken t = p.nextToken(); // the array of all rows
      if (t == null) {
        problems.add(Ref.at(file, 1, 1), "file", file.name,
            "is empty (or blank); a CSV file starts with a header row naming its columns");
        return rows;
      }
      List<String> cells = new ArrayList<>();
      List<int[]> at = new ArrayList<>();
      while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
        cells.clear();
        at.clear();
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
          cells.add(p.getText());
          JsonLocation l = p.currentTokenLocation();
          at.add(new int[] {l.getLineNr(), l.getColumnNr()});
        }
        if (cells.isEmpty() || cells.size() == 1 && cells.get(0).isEmpty()) {
          continue; // a blank line
        }
        row++;
        if (header == null) {
          header = header(file, table, cells, at, problems);
          if (header == null) {
            return rows;
          }
          continue;
        }
        if (cells.size() != header.length) {
          problems.add(Ref.csv(file, row, at.get(0)[0], at.get(0)[1]), "row", null,
              "has " + cells.size() + " cells, but the header names " + header.length
                  + " columns");
          continue;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        Map<String, Ref> refs = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
          refs.put(header[i], Ref.csv(file, row, at.get(i)[0], at.get(i)[1]));
          if (!cells.get(i).isEmpty()) {
            node.put(header[i], cells.get(i));
          }
        }
        rows.add(new Element(Ref.csv(file, row, at.get(0)[0], at.get(0)[1]), node, refs,
            problems));
      }
      if (header == null) {
        problems.add(Ref.at(file, 1, 1), "file", file.name,
            "is empty (or blank); a CSV file starts with a header row naming its columns");
      }
    } catch (StreamConstraintsException e) {
      JsonLocation l = p.currentLocation();
      problems.add(Ref.at(file, l.getLineNr(), l.getColumnNr()), "file", file.name,
          "is over a limit of the format: " + e.getOriginalMessage(), e);
      rows.clear();
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      problems.add(Ref.at(file, l.getLineNr(), l.getColumnNr()), "file", file.name,
          "must be valid CSV: " + e.getOriginalMessage(), e);
      rows.clear();
    } catch (IOException e) {
      problems.add(Ref.file(file), "file", file.name, "cannot be parsed: " + e.getMessage(), e);
      rows.clear();
    }
    return rows;
  }

  private static String @Nullable [] header(DataFile file, Table table, List<String> cells,
      List<int[]> at, Problems problems) {
    int before = problems.size();
    String[] names = cells.toArray(new String[0]);
    for (int i = 0; i < names.length; i++) {
      Ref where = Ref.csv(file, 0, at.get(i)[0], at.get(i)[1]);
      if (!Element.contains(table.columns, names[i])) {
        problems.add(where, "column", names[i], "is not part of the format; allowed: "
            + String.join(", ", table.columns));
      }
      for (int k = 0; k < i; k++) {
        if (names[k].equals(names[i])) {
          problems.add(where, "column", names[i], "is named twice in the header");
        }
      }
    }
    for (String r : table.required) {
      if (!cells.contains(r)) {
        problems.add(Ref.csv(file, 0, at.get(0)[0], at.get(0)[1]), "column", r,
            "is required in the header; the columns are " + String.join(", ", table.columns));
      }
    }
    return problems.size() == before ? names : null;
  }
}
