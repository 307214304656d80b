package org.citygdp.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citygdp.core.InvalidDataException;
import org.citygdp.core.Metric;
import org.citygdp.core.Observation;
import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.Percent;
import org.citygdp.units.Population;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.jspecify.annotations.Nullable;

/**
 * A compact binary copy of the bundled dataset's {@link Contents}, read with a
 * {@link DataInputStream} so that a fresh JVM need not load a JSON parser (issue #3: cold start).
 * JSON stays the format the data is written and reviewed in; the snapshot is generated from it
 * ({@link #main}) and {@code SnapshotTest} proves it is up to date and loads the same dataset.
 * Reading builds every city, source and figure through the same validating constructors as the
 * JSON loader, and the dataset through the same {@link Contents#build}. Not part of the API.
 *
 * <p>Layout (big-endian, strings in modified UTF-8, an optional value preceded by a boolean
 * "present"): magic, version; sectors; clusters; cities; sources; metric ids; the figures' strings
 * (city and source ids, notes, dates, places without their trailing number), each once; figures,
 * each as numbers: indices into those strings (-1 for none), year, metric index, release, verified,
 * the value's kind and its exact long (whole yuan, persons or ten-thousandths of a percent), and
 * the place's trailing number (-1 for none). Version 4 (issue #11): no string read per figure.
 */
final class Snapshot {
  /** The bundled dataset's snapshot, a class-path resource next to its folder. */
  static final String BUNDLED = "/org/citygdp/data/china.snapshot";

  private static final int MAGIC = 0x43474450; // "CGDP"
  /**
   * 3: cities have a pinyin name, clusters an optional plan (issue 12); 4: figures are numbers
   * and indices into one table of strings (issue 11).
   */
  private static final int VERSION = 4;

  // the kind of a figure's value, before its exact long
  private static final byte YUAN = 0;
  private static final byte PERSONS = 1;
  private static final byte PERCENT = 2;
  private static final byte REAL = 3;
  private static final byte NOMINAL = 4;

  private Snapshot() {}

  /**
   * Regenerates the bundled snapshot from the JSON files:
   * {@code java -cp <gdp-data classes and dependencies> org.citygdp.data.Snapshot <file>}, with
   * {@code <file>} usually {@code gdp-data/src/main/resources/org/citygdp/data/china.snapshot}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Snapshot <output file>");
      System.exit(2);
    }
    Files.write(Path.of(args[0]), bundledFromJson());
  }

  /** The snapshot of the bundled JSON files, as {@link #main} writes it. */
  static byte[] bundledFromJson() {
    DatasetLoader json = ChinaCities.loader();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(json.read(), json.description(), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  // ---- writing ----

  /**
   * Writes {@code contents}; every figure's place must start with {@code placePrefix} (the
   * loader's description), which is left out and given back when reading.
   */
  static void write(Contents contents, String placePrefix, OutputStream to) throws IOException {
    DataOutputStream out = new DataOutputStream(to);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(contents.sectors.size());
    for (Sector s : contents.sectors) {
      out.writeUTF(s.id());
      out.writeUTF(s.nameEn());
      out.writeUTF(s.nameZh());
    }
    out.writeInt(contents.clusters.size());
    for (Cluster c : contents.clusters) {
      out.writeUTF(c.id());
      out.writeUTF(c.nameEn());
      out.writeUTF(c.nameZh());
      writeOptional(out, c.plan());
    }
    out.writeInt(contents.cities.size());
    for (City c : contents.cities) {
      out.writeUTF(c.id());
      out.writeUTF(c.nameEn());
      out.writeUTF(c.nameZh());
      out.writeUTF(c.pinyin());
      out.writeUTF(c.province());
      out.writeUTF(c.region().name());
      out.writeUTF(c.rank().name());
      out.writeUTF(c.divisionCode());
      out.writeInt(c.clusters().size());
      for (Cluster k : c.clusters()) {
        out.writeUTF(k.id());
      }
    }
    out.writeInt(contents.sources.size());
    for (Source s : contents.sources) {
      out.writeUTF(s.id());
      out.writeUTF(s.publisher());
      out.writeUTF(s.title());
      writeOptional(out, s.url());
      writeOptional(out, s.copy());
      writeDate(out, s.published());
      out.writeUTF(s.grade().name());
      out.writeUTF(s.sourceType().name());
    }
    Map<String, Integer> metricIndex = new HashMap<>();
    List<String> metricIds = new ArrayList<>();
    for (Observation<?> o : contents.figures) {
      if (!metricIndex.containsKey(o.metric().id())) {
        metricIndex.put(o.metric().id(), metricIds.size());
        metricIds.add(o.metric().id());
      }
    }
    out.writeInt(metricIds.size());
    for (String id : metricIds) {
      out.writeUTF(id);
    }
    // the table of strings, made before it is written: a figure's place is checked here, before
    // any of the table or the figures is written
    Map<String, Integer> strings = new LinkedHashMap<>();
    for (Observation<?> o : contents.figures) {
      index(strings, o.cityId());
      index(strings, o.sourceId());
      index(strings, o.note());
      index(strings, date(o));
      index(strings, placeHead(o, placePrefix));
    }
    out.writeInt(strings.size());
    for (String text : strings.keySet()) {
      out.writeUTF(text);
    }
    out.writeInt(contents.figures.size());
    for (Observation<?> o : contents.figures) {
      out.writeInt(index(strings, o.cityId()));
      out.writeInt(o.year());
      out.writeInt(java.util.Objects.requireNonNull(metricIndex.get(o.metric().id())));
      out.writeByte(o.release().ordinal());
      out.writeInt(index(strings, o.sourceId()));
      out.writeBoolean(o.verified());
      out.writeInt(index(strings, o.note()));
      out.writeInt(index(strings, date(o)));
      writeValue(out, o.value());
      out.writeInt(index(strings, placeHead(o, placePrefix)));
      out.writeInt(placeNumber(o, placePrefix));
    }
    out.flush();
  }

  private static @Nullable String date(Observation<?> o) {
    PublicationDate d = o.publishedOn();
    return d == null ? null : d.toString();
  }

  /** The index of {@code text} in the table, added if new; -1 for null. */
  private static int index(Map<String, Integer> strings, @Nullable String text) {
    if (text == null) {
      return -1;
    }
    Integer i = strings.get(text);
    if (i == null) {
      i = strings.size();
      strings.put(text, i);
    }
    return i;
  }

  /** The figure's place after the prefix, without its trailing number (if it has one). */
  private static String placeHead(Observation<?> o, String placePrefix) {
    String place = o.place();
    if (place == null || !place.startsWith(placePrefix)) {
      throw new IllegalArgumentException(
          "figure place '" + place + "' must start with '" + placePrefix + "'");
    }
    String rest = place.substring(placePrefix.length());
    return rest.substring(0, rest.length() - trailingDigits(rest));
  }

  /** The number that ends the figure's place, or -1 if none. */
  private static int placeNumber(Observation<?> o, String placePrefix) {
    String rest = java.util.Objects.requireNonNull(o.place()).substring(placePrefix.length());
    int digits = trailingDigits(rest);
    return digits == 0 ? -1 : Integer.parseInt(rest.substring(rest.length() - digits));
  }

  /**
   * How many digits end {@code s}, as a number that prints back the same (at most 9 digits, no
   * leading 0 unless it is 0); else 0, and the place is kept whole.
   */
  private static int trailingDigits(String s) {
    int d = 0;
    while (d < 10 && d < s.length() && s.charAt(s.length() - 1 - d) >= '0'
        && s.charAt(s.length() - 1 - d) <= '9') {
      d++;
    }
    if (d > 9 || (d > 1 && s.charAt(s.length() - d) == '0')) {
      return 0;
    }
    return d;
  }

  private static void writeValue(DataOutputStream out, Object value) throws IOException {
    if (value instanceof Yuan) {
      out.writeByte(YUAN);
      out.writeLong(((Yuan) value).toYuan());
    } else if (value instanceof Population) {
      out.writeByte(PERSONS);
      out.writeLong(((Population) value).toPersons());
    } else if (value instanceof Percent) {
      out.writeByte(PERCENT);
      out.writeLong(((Percent) value).unscaledValue());
    } else if (value instanceof RealGrowth) {
      out.writeByte(REAL);
      out.writeLong(((RealGrowth) value).rate().unscaledValue());
    } else if (value instanceof NominalGrowth) {
      out.writeByte(NOMINAL);
      out.writeLong(((NominalGrowth) value).rate().unscaledValue());
    } else {
      throw new IllegalArgumentException("value '" + value + "' is of no known kind");
    }
  }

  private static void writeOptional(DataOutputStream out, @Nullable String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  private static void writeDate(DataOutputStream out, @Nullable PublicationDate d)
      throws IOException {
    out.writeBoolean(d != null);
    if (d != null) {
      out.writeUTF(d.toString());
    }
  }

  // ---- reading ----

  /**
   * Reads a snapshot, validating each part as the JSON loader does.
   *
   * @param placePrefix the start of every figure's place, as the JSON loader names it
   * @param name the snapshot's name, for error messages
   * @throws InvalidDataException if a part breaks a rule (the snapshot is stale or corrupt)
   * @throws UncheckedIOException if the snapshot cannot be read or is not one
   */
  static Contents read(InputStream from, String placePrefix, String name) {
    try (InputStream closing = from) {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(closing.readAllBytes()));
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IOException("not a version " + VERSION + " citygdp snapshot");
      }
      return read(in, placePrefix);
    } catch (IllegalArgumentException e) {
      throw new InvalidDataException("snapshot", name, placePrefix,
          "must hold valid data (regenerate it from the JSON files): " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read snapshot " + name, e);
    }
  }

  private static Contents read(DataInputStream in, String placePrefix) throws IOException {
    Contents contents = new Contents();
    Map<String, Sector> sectors = Vocabulary.builtInSectors();
    for (int i = in.readInt(); i > 0; i--) {
      Sector s = Sector.of(in.readUTF(), in.readUTF(), in.readUTF());
      sectors.put(s.id(), s);
      contents.sectors.add(s);
    }
    Map<String, Cluster> clusters = new HashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      Cluster c = new Cluster(in.readUTF(), in.readUTF(), in.readUTF(), readOptional(in));
      clusters.put(c.id(), c);
      contents.clusters.add(c);
    }
    for (int i = in.readInt(); i > 0; i--) {
      String id = in.readUTF();
      String nameEn = in.readUTF();
      String nameZh = in.readUTF();
      String pinyin = in.readUTF();
      String province = in.readUTF();
      Region region = Region.valueOf(in.readUTF());
      AdminRank rank = AdminRank.valueOf(in.readUTF());
      String divisionCode = in.readUTF();
      List<Cluster> memberOf = new ArrayList<>();
      for (int k = in.readInt(); k > 0; k--) {
        String clusterId = in.readUTF();
        Cluster c = clusters.get(clusterId);
        if (c == null) {
          throw new IllegalArgumentException("city '" + id + "' names unknown cluster '"
              + clusterId + "'");
        }
        memberOf.add(c);
      }
      contents.cities.add(new City(id, nameEn, nameZh, pinyin, province, region, rank, divisionCode,
          new java.util.LinkedHashSet<>(memberOf)));
    }
    for (int i = in.readInt(); i > 0; i--) {
      contents.sources.add(Source.builder(in.readUTF()).publisher(in.readUTF())
          .title(in.readUTF()).url(readOptional(in)).copy(readOptional(in))
          .published(readDate(in)).grade(SourceGrade.valueOf(in.readUTF()))
          .sourceType(SourceType.valueOf(in.readUTF())).build());
    }
    Vocabulary.MetricReader metricReader = new Vocabulary.MetricReader(sectors);
    Metric<?>[] metrics = new Metric<?>[in.readInt()];
    for (int i = 0; i < metrics.length; i++) {
      metrics[i] = metricReader.metric(in.readUTF());
    }
    String[] strings = new String[in.readInt()];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = in.readUTF();
    }
    @Nullable PublicationDate[] dates = new PublicationDate[strings.length]; // parsed once each
    Release[] releases = Release.values();
    for (int i = in.readInt(); i > 0; i--) {
      String cityId = string(strings, in.readInt());
      int year = in.readInt();
      int metric = in.readInt();
      if (metric < 0 || metric >= metrics.length) {
        throw new IOException("metric index " + metric + " out of range");
      }
      int release = in.readByte();
      if (release < 0 || release >= releases.length) {
        throw new IOException("release " + release + " out of range");
      }
      String sourceId = string(strings, in.readInt());
      if (sourceId == null) {
        throw new IOException("a figure without a source");
      }
      boolean verified = in.readBoolean();
      String note = string(strings, in.readInt());
      PublicationDate publishedOn = null;
      int date = in.readInt();
      String dateText = string(strings, date);
      if (dateText != null) {
        publishedOn = dates[date];
        if (publishedOn == null) {
          publishedOn = PublicationDate.parse(dateText);
          dates[date] = publishedOn;
        }
      }
      Object value = readValue(in);
      String head = string(strings, in.readInt());
      if (head == null) {
        throw new IOException("a figure without a place");
      }
      int number = in.readInt();
      String place = placePrefix + (number < 0 ? head : head + number);
      contents.figures.add(figure(cityId, year, metrics[metric], value, releases[release],
          sourceId, verified, note, publishedOn, place));
    }
    if (in.read() != -1) {
      throw new IOException("trailing bytes after the figures");
    }
    return contents;
  }

  /** The string at {@code index} of the table, or null for -1. */
  private static @Nullable String string(String[] strings, int index) throws IOException {
    if (index == -1) {
      return null;
    }
    if (index < 0 || index >= strings.length) {
      throw new IOException("string index " + index + " out of range");
    }
    return strings[index];
  }

  private static Object readValue(DataInputStream in) throws IOException {
    byte kind = in.readByte();
    long raw = in.readLong();
    switch (kind) {
      case YUAN:
        return Yuan.ofYuan(raw);
      case PERSONS:
        return Population.ofPersons(raw);
      case PERCENT:
        return Percent.ofUnscaled(raw);
      case REAL:
        return RealGrowth.of(Percent.ofUnscaled(raw));
      case NOMINAL:
        return NominalGrowth.of(Percent.ofUnscaled(raw));
      default:
        throw new IOException("value kind " + kind + " unknown");
    }
  }

  /** A figure; the constructor checks that its value is of the metric's kind. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Observation<?> figure(@Nullable String cityId, int year, Metric<?> metric,
      Object value, Release release, String sourceId, boolean verified, @Nullable String note,
      @Nullable PublicationDate publishedOn, String place) {
    return new Observation(cityId, year, metric, (Comparable) value, release, sourceId, verified,
        note, publishedOn, place);
  }

  private static @Nullable String readOptional(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static @Nullable PublicationDate readDate(DataInputStream in) throws IOException {
    return in.readBoolean() ? PublicationDate.parse(in.readUTF()) : null;
  }
}
