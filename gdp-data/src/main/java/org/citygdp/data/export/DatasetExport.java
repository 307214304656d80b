package org.citygdp.data.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.citygdp.core.Dataset;
import org.citygdp.core.Figure;
import org.citygdp.core.Metric;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;
import org.citygdp.data.DatasetLoader;
import org.jspecify.annotations.Nullable;

/**
 * A whole dataset in the loading format ({@code DATA-FORMAT.md}): every city, cluster, sector,
 * source and figure (each release and each source, with its note, verification and publication
 * date), so that loading what was written gives the same dataset.
 *
 * <pre>{@code
 * DatasetExport.writeJson(china, out);                       // one JSON document
 * Dataset again = DatasetLoader.fromStream(in, "china.json").load();
 *
 * DatasetExport.writeCsv(china, Path.of("china-csv"));       // dataset.json and six CSV files
 * Dataset same = DatasetLoader.fromDirectory(Path.of("china-csv")).load();
 * }</pre>
 *
 * <p>Only a whole dataset is exported, never a view: {@code asOf}, {@code atLeast} and
 * {@code verifiedOnly} views are refused (apply the view again after loading). Everything is read
 * through the public API, and the figures reached are counted against {@link
 * Dataset#figureCount()}: if any figure cannot be reached, the export is refused with an {@link
 * ExportException} and nothing is written. Figures are written metric by metric, then by year and
 * city, so that a loader meets the sectors in the dataset's own order; sources keep their order
 * (the last tie-break of the selection rule). The dataset's id and title are not part of a {@link
 * Dataset} and are not written. Its series breaks ({@link Dataset#seriesBreaks()}) are declared on
 * the loader, not in files: load with the same {@link DatasetLoader#seriesBreak} to get the same
 * dataset.
 */
public final class DatasetExport {
  /** The files {@link #writeCsv} writes, besides the manifest {@code dataset.json}. */
  public static final List<String> CSV_FILES = List.of("sectors.csv", "clusters.csv",
      "cities.csv", "sources.csv", "national.csv", "figures.csv");

  private DatasetExport() {}

  /**
   * The dataset as one JSON document, which {@link DatasetLoader#fromStream} reads back. Written
   * in full before anything reaches {@code out} (which is not closed).
   *
   * @throws ExportException if the dataset cannot be exported whole, or the document would be
   *     larger than {@link DatasetLoader#MAX_FILE_BYTES} (write CSV files instead)
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void writeJson(Dataset dataset, OutputStream out) {
    Objects.requireNonNull(dataset, "dataset must not be null");
    Objects.requireNonNull(out, "out must not be null");
    byte[] bytes = json(dataset);
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The dataset as one JSON document, as {@link #writeJson} writes it.
   *
   * @throws ExportException as {@link #writeJson} does
   */
  public static String toJson(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset must not be null");
    return new String(json(dataset), StandardCharsets.UTF_8);
  }

  private static byte[] json(Dataset dataset) {
    Reachable r = Reachable.of(dataset);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultPrettyPrinter.FixedSpaceIndenter())
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      writeDocument(r, g);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.size() > DatasetLoader.MAX_FILE_BYTES) {
      throw new ExportException("Cannot export " + dataset + " as one JSON document: it takes "
          + bytes.size() + " bytes, more than a loader reads from one document ("
          + DatasetLoader.MAX_FILE_BYTES + "); write CSV files with DatasetExport.writeCsv");
    }
    return bytes.toByteArray();
  }

  /** The document's parts, in the format's order; also the JSON of a {@link Dataset} value. */
  static void writeDocument(Reachable r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("sectors");
    for (Sector s : r.sectors) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("nameEn", s.nameEn());
      g.writeStringField("nameZh", s.nameZh());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("clusters");
    for (Cluster k : r.clusters) {
      Values.cluster(k, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("cities");
    for (City c : r.cities) {
      Values.city(c, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sources");
    for (Source s : r.sources) {
      Values.source(s, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("national");
    for (Reachable.Row row : r.national) {
      figure(row, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("figures");
    for (Reachable.Row row : r.figures) {
      figure(row, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void figure(Reachable.Row row, JsonGenerator g) throws IOException {
    Figure<?> f = row.figure();
    g.writeStartObject();
    if (row.city() != null) {
      g.writeStringField("city", row.city());
    }
    g.writeNumberField("year", row.year());
    g.writeStringField("metric", f.metric().id());
    g.writeStringField("value", published(f));
    g.writeStringField("release", f.release().name());
    g.writeStringField("source", f.source().id());
    g.writeBooleanField("verified", f.verified());
    if (f.note() != null) {
      g.writeStringField("note", f.note());
    }
    PublicationDate own = ownDate(f);
    if (own != null) {
      g.writeStringField("publishedOn", own.toString());
    }
    g.writeEndObject();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String published(Figure<?> f) {
    return ((Metric) f.metric()).toPublished(f.value());
  }

  /** The figure's own date: written only where it is not its source's. */
  private static @Nullable PublicationDate ownDate(Figure<?> f) {
    PublicationDate d = f.publishedOn();
    return d == null || d.equals(f.source().published()) ? null : d;
  }

  /**
   * The dataset as CSV files in {@code directory} (created if missing; it must be empty): a
   * manifest {@code dataset.json} naming {@link #CSV_FILES}, which {@link
   * DatasetLoader#fromDirectory} reads back. Each file has a header row; an absent field is an
   * empty cell.
   *
   * @throws ExportException if the dataset cannot be exported whole (nothing is written), or the
   *     directory is not empty
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void writeCsv(Dataset dataset, Path directory) {
    Objects.requireNonNull(dataset, "dataset must not be null");
    Objects.requireNonNull(directory, "directory must not be null");
    Reachable r = Reachable.of(dataset);
    Map<String, CsvExport.Table> files = new LinkedHashMap<>();
    files.put("sectors.csv", sectors(r));
    files.put("clusters.csv", clusters(r));
    files.put("cities.csv", cities(r));
    files.put("sources.csv", sources(r));
    files.put("national.csv", figures(r.national, false));
    files.put("figures.csv", figures(r.figures, true));
    Map<String, String> texts = new LinkedHashMap<>();
    files.forEach((name, table) -> texts.put(name, table.csv()));
    try {
      Files.createDirectories(directory);
      try (Stream<Path> in = Files.list(directory)) {
        if (in.findAny().isPresent()) {
          throw new ExportException("Cannot export " + dataset + " to " + directory
              + ": the directory is not empty");
        }
      }
      Files.writeString(directory.resolve("dataset.json"), "{\"sectors\": \"sectors.csv\","
          + " \"clusters\": \"clusters.csv\", \"cities\": \"cities.csv\",\n \"sources\":"
          + " [\"sources.csv\"], \"national\": \"national.csv\", \"figures\": [\"figures.csv\"]}\n",
          StandardCharsets.UTF_8);
      for (Map.Entry<String, String> e : texts.entrySet()) {
        Files.writeString(directory.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CsvExport.Table sectors(Reachable r) {
    CsvExport.Table t = new CsvExport.Table("id", "nameEn", "nameZh");
    for (Sector s : r.sectors) {
      t.row(s.id(), s.nameEn(), s.nameZh());
    }
    return t;
  }

  private static CsvExport.Table clusters(Reachable r) {
    CsvExport.Table t = new CsvExport.Table("id", "nameEn", "nameZh", "plan");
    for (Cluster k : r.clusters) {
      t.row(k.id(), k.nameEn(), k.nameZh(), k.plan());
    }
    return t;
  }

  private static CsvExport.Table cities(Reachable r) {
    CsvExport.Table t = new CsvExport.Table("id", "nameEn", "nameZh", "pinyin", "province",
        "region", "rank", "divisionCode", "clusters");
    for (City c : r.cities) {
      List<String> clusters = new ArrayList<>();
      c.clusters().forEach(k -> clusters.add(k.id()));
      t.row(c.id(), c.nameEn(), c.nameZh(), c.pinyin(), c.province(), c.region().name(),
          c.rank().name(), c.divisionCode(), clusters.isEmpty() ? null : String.join(";", clusters));
    }
    return t;
  }

  private static CsvExport.Table sources(Reachable r) {
    CsvExport.Table t = new CsvExport.Table("id", "publisher", "title", "url", "copy",
        "publishedOn", "grade", "type");
    for (Source s : r.sources) {
      t.row(s.id(), s.publisher(), s.title(), s.url(), s.copy(),
          s.published() == null ? null : s.published().toString(), s.grade().name(),
          s.sourceType().name());
    }
    return t;
  }

  private static CsvExport.Table figures(List<Reachable.Row> rows, boolean withCity) {
    List<String> columns = new ArrayList<>(List.of("year", "metric", "value", "release", "source",
        "verified", "note", "publishedOn"));
    if (withCity) {
      columns.add(0, "city");
    }
    CsvExport.Table t = new CsvExport.Table(columns.toArray(new String[0]));
    for (Reachable.Row row : rows) {
      Figure<?> f = row.figure();
      PublicationDate own = ownDate(f);
      List<@Nullable String> cells = new ArrayList<>(List.of(Integer.toString(row.year()),
          f.metric().id(), published(f), f.release().name(), f.source().id(),
          Boolean.toString(f.verified())));
      cells.add(f.note());
      cells.add(own == null ? null : own.toString());
      if (withCity) {
        cells.add(0, row.city());
      }
      t.row(cells.toArray(new String[0]));
    }
    return t;
  }
}
