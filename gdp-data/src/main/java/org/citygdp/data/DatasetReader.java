package org.citygdp.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.jspecify.annotations.Nullable;

/**
 * Reads one or more datasets ({@link Part}s, merged) into {@link Contents}: every file checked and
 * parsed, every element validated, every reference resolved across all parts, every id and figure
 * unique across all parts; all problems collected (up to {@link
 * InvalidDataException#MAX_PROBLEMS}) and thrown together, never a partial result. Not part of the
 * API.
 */
final class DatasetReader {
  static final String MANIFEST = "dataset.json";

  static final String[] MANIFEST_FIELDS =
      {"id", "title", "sectors", "clusters", "cities", "sources", "national", "figures"};
  static final String[] NAMED_FIELDS = {"id", "nameEn", "nameZh"};
  static final String[] CLUSTER_FIELDS = {"id", "nameEn", "nameZh", "plan"};
  static final String[] CITY_FIELDS = {"id", "nameEn", "nameZh", "pinyin", "province", "region",
      "rank", "divisionCode", "clusters"};
  static final String[] SOURCE_FIELDS =
      {"id", "publisher", "title", "url", "copy", "publishedOn", "grade", "type"};
  static final String[] FIGURE_FIELDS =
      {"year", "metric", "value", "release", "source", "verified", "note", "publishedOn"};
  static final String[] ROW_FIELDS = // a figure that names its city: CSV and single documents
      {"city", "year", "metric", "value", "release", "source", "verified", "note", "publishedOn"};
  static final String[] CITY_FILE_FIELDS = {"city", "figures"};
  static final String[] NATIONAL_FILE_FIELDS = {"figures"};

  static final Csv.Table NAMED_TABLE = new Csv.Table(NAMED_FIELDS, NAMED_FIELDS);
  static final Csv.Table CLUSTER_TABLE = new Csv.Table(CLUSTER_FIELDS, NAMED_FIELDS);
  static final Csv.Table CITY_TABLE = new Csv.Table(CITY_FIELDS,
      new String[] {"id", "nameEn", "nameZh", "province", "region", "rank", "divisionCode"});
  static final Csv.Table SOURCE_TABLE = new Csv.Table(SOURCE_FIELDS,
      new String[] {"id", "publisher", "title", "grade", "type"});
  static final Csv.Table FIGURE_TABLE = new Csv.Table(ROW_FIELDS,
      new String[] {"city", "year", "metric", "value", "release", "source", "verified"});
  static final Csv.Table NATIONAL_TABLE = new Csv.Table(FIGURE_FIELDS,
      new String[] {"year", "metric", "value", "release", "source", "verified"});

  private enum Role {
    SECTORS, CLUSTERS, CITIES, SOURCES, NATIONAL, FIGURES
  }

  /** The elements of one file (or one array of a single document) in one role. */
  private static final class Section {
    final DataFile file;
    final List<Element> elements;
    /** For a JSON city figures file: its city, and where it is named. */
    @Nullable String city;
    @Nullable Ref cityRef;
    /** Whether each figure names its city (CSV rows, single documents). */
    boolean rows;

    Section(DataFile file, List<Element> elements) {
      this.file = file;
      this.elements = elements;
    }
  }

  private static final class Layout {
    final Map<Role, List<Section>> sections = new HashMap<>();

    List<Section> of(Role role) {
      List<Section> s = sections.get(role);
      if (s == null) {
        s = new ArrayList<>();
        sections.put(role, s);
      }
      return s;
    }
  }

  private final Problems problems = new Problems();
  private final Contents contents = new Contents();
  private long bytesRead;
  private int filesRead;

  private DatasetReader() {}

  /** The contents of the parts, merged; throws every problem found. */
  static Contents read(List<Part> parts) {
    return new DatasetReader().readAll(parts);
  }

  /**
   * A problem {@link Contents#build} found, placed at the figure's file and element with its line
   * and column where the figure came from a file this loader read.
   */
  static InvalidDataException relocate(InvalidDataException e, Contents contents) {
    Problems problems = new Problems();
    for (InvalidDataException p : e.problems()) {
      Ref r = contents.places.get(p.place());
      if (r == null) {
        problems.add(p);
      } else {
        problems.add(r, p.field(), p.value(), p.rule(), p);
      }
    }
    try {
      problems.throwIfAny();
    } catch (InvalidDataException located) {
      return located;
    }
    return e;
  }

  private Contents readAll(List<Part> parts) {
    List<Layout> layouts = new ArrayList<>();
    for (Part part : parts) {
      bytesRead = 0;
      filesRead = 0;
      layouts.add(part.document() != null ? document(part) : manifest(part));
    }
    Map<String, Sector> sectors = Vocabulary.builtInSectors();
    Map<String, Ref> sectorAt = new HashMap<>();
    for (Layout l : layouts) {
      for (Section s : l.of(Role.SECTORS)) {
        for (Element e : s.elements) {
          Sector sector = sector(e, sectorAt);
          if (sector != null) {
            sectors.put(sector.id(), sector);
            contents.sectors.add(sector);
          }
        }
      }
    }
    Map<String, Cluster> clusters = new HashMap<>();
    Map<String, Ref> clusterAt = new HashMap<>();
    Map<String, Ref> planAt = new HashMap<>();
    for (Layout l : layouts) {
      for (Section s : l.of(Role.CLUSTERS)) {
        for (Element e : s.elements) {
          Cluster c = cluster(e, clusterAt, planAt);
          if (c != null) {
            clusters.put(c.id(), c);
            contents.clusters.add(c);
          }
        }
      }
    }
    Map<String, Ref> cityAt = new HashMap<>();
    for (Layout l : layouts) {
      for (Section s : l.of(Role.CITIES)) {
        for (Element e : s.elements) {
          City c = city(e, cityAt, clusters, clusterAt.keySet());
          if (c != null) {
            contents.cities.add(c);
          }
        }
      }
    }
    Map<String, Source> sources = new HashMap<>();
    Map<String, Ref> sourceAt = new HashMap<>();
    for (Layout l : layouts) {
      for (Section s : l.of(Role.SOURCES)) {
        for (Element e : s.elements) {
          Source src = source(e, sourceAt);
          if (src != null) {
            sources.put(src.id(), src);
            contents.sources.add(src);
          }
        }
      }
    }
    for (Cluster c : contents.clusters) {
      if (c.plan() != null && !sourceAt.containsKey(c.plan())) {
        problems.add(java.util.Objects.requireNonNull(planAt.get(c.id())), "plan", c.plan(), "must name a source defined in the"
            + " dataset" + Nearest.to(c.plan(), sourceAt.keySet()));
      }
    }
    Figures figures = new Figures(new Vocabulary.MetricReader(sectors), cityAt.keySet(),
        sources, sourceAt.keySet());
    for (Layout l : layouts) {
      for (Section s : l.of(Role.NATIONAL)) {
        for (Element e : s.elements) {
          figures.read(e, null, false, false);
        }
      }
      for (Section s : l.of(Role.FIGURES)) {
        boolean cityMissing = !s.rows && s.city == null;
        if (s.cityRef != null && s.city != null && !cityAt.containsKey(s.city)) {
          problems.add(s.cityRef, "city", s.city, "must name a city defined in the dataset"
              + Nearest.to(s.city, cityAt.keySet()));
          cityMissing = true;
        }
        for (Element e : s.elements) {
          figures.read(e, s.city, cityMissing, s.rows);
        }
      }
    }
    problems.throwIfAny();
    return contents;
  }

  // ---- files ----

  /** The manifest's layout: which files hold what. */
  private Layout manifest(Part part) {
    Layout layout = new Layout();
    Set<String> named = new HashSet<>();
    DataFile manifest = file(part, MANIFEST, null, named);
    if (manifest == null) {
      return layout;
    }
    JsonNode root = Json.parse(manifest, problems);
    if (root == null) {
      return layout;
    }
    if (!root.isObject()) {
      problems.add(Ref.json(manifest, ""), "manifest", Element.shown(root),
          "must be a JSON object naming the dataset's files");
      return layout;
    }
    Element m = new Element(Ref.json(manifest, ""), (ObjectNode) root, null, problems);
    m.only(MANIFEST_FIELDS);
    m.optionalText("id", Element.SHORT);
    m.optionalText("title", Element.LONG);
    one(part, m, "sectors", Role.SECTORS, layout, named);
    one(part, m, "clusters", Role.CLUSTERS, layout, named);
    one(part, m, "cities", Role.CITIES, layout, named);
    many(part, m, "sources", Role.SOURCES, layout, named);
    one(part, m, "national", Role.NATIONAL, layout, named);
    many(part, m, "figures", Role.FIGURES, layout, named);
    return layout;
  }

  private void one(Part part, Element m, String field, Role role, Layout layout,
      Set<String> named) {
    String name = m.optionalText(field, DatasetLoader.MAX_PATH_LENGTH);
    if (name != null) {
      section(part, name, m.at(field), role, layout, named);
    }
  }

  private void many(Part part, Element m, String field, Role role, Layout layout,
      Set<String> named) {
    List<Element.Item> names = m.list(field, false, DatasetLoader.MAX_PATH_LENGTH);
    if (names != null) {
      for (Element.Item item : names) {
        section(part, item.text, item.ref, role, layout, named);
      }
    }
  }

  private void section(Part part, String name, Ref namedAt, Role role, Layout layout,
      Set<String> named) {
    DataFile file = file(part, name, namedAt, named);
    if (file == null) {
      return;
    }
    if (file.csv) {
      Section s = new Section(file, Csv.read(file, table(role), problems));
      s.rows = true;
      layout.of(role).add(s);
      return;
    }
    JsonNode root = Json.parse(file, problems);
    if (root == null) {
      return;
    }
    Ref top = Ref.json(file, "");
    if (role == Role.FIGURES || role == Role.NATIONAL) {
      if (!root.isObject()) {
        problems.add(top, "file", name, "must hold a JSON object with "
            + (role == Role.FIGURES ? "\"city\" and " : "") + "\"figures\"");
        return;
      }
      Element e = new Element(top, (ObjectNode) root, null, problems);
      Section s;
      if (role == Role.FIGURES) {
        e.only(CITY_FILE_FIELDS);
        String city = e.text("city", Element.SHORT);
        s = new Section(file, elements(file, root.get("figures"), top.child("figures"),
            "figures", e));
        s.city = city;
        s.cityRef = city == null ? null : e.at("city");
      } else {
        e.only(NATIONAL_FILE_FIELDS);
        s = new Section(file, elements(file, root.get("figures"), top.child("figures"),
            "figures", e));
      }
      layout.of(role).add(s);
      return;
    }
    layout.of(role).add(new Section(file, elements(file, root, top, "file", null)));
  }

  /** The objects of a JSON array; a problem if it is not one, or for each element not an object. */
  private List<Element> elements(DataFile file, @Nullable JsonNode array, Ref at, String field,
      @Nullable Element parent) {
    List<Element> out = new ArrayList<>();
    if (array == null || array.isNull()) {
      if (parent != null) {
        parent.problem(field, null, "is required");
      } else {
        problems.add(at, field, file.name, "must hold a JSON array");
      }
      return out;
    }
    if (!array.isArray()) {
      problems.add(at, field, Element.shown(array), parent != null ? "must be an array"
          : "must hold a JSON array");
      return out;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode n = array.get(i);
      Ref r = at.child(Integer.toString(i));
      if (!n.isObject()) {
        problems.add(r, "element", Element.shown(n), "must be a JSON object");
      } else {
        out.add(new Element(r, (ObjectNode) n, null, problems));
      }
    }
    return out;
  }

  private static Csv.Table table(Role role) {
    switch (role) {
      case SECTORS:
        return NAMED_TABLE;
      case CLUSTERS:
        return CLUSTER_TABLE;
      case CITIES:
        return CITY_TABLE;
      case SOURCES:
        return SOURCE_TABLE;
      case NATIONAL:
        return NATIONAL_TABLE;
      default:
        return FIGURE_TABLE;
    }
  }

  /** A single JSON document holding the whole dataset (see DATA-FORMAT.md). */
  private Layout document(Part part) {
    Layout layout = new Layout();
    byte[] bytes = java.util.Objects.requireNonNull(part.document());
    DataFile doc = decode(part.description, part.description, bytes);
    if (doc == null) {
      return layout;
    }
    JsonNode root = Json.parse(doc, problems);
    if (root == null) {
      return layout;
    }
    Ref top = Ref.json(doc, "");
    if (!root.isObject()) {
      problems.add(top, "document", Element.shown(root),
          "must be a JSON object holding the dataset's parts");
      return layout;
    }
    Element m = new Element(top, (ObjectNode) root, null, problems);
    m.only(MANIFEST_FIELDS);
    m.optionalText("id", Element.SHORT);
    m.optionalText("title", Element.LONG);
    Role[] roles = {Role.SECTORS, Role.CLUSTERS, Role.CITIES, Role.SOURCES, Role.NATIONAL,
        Role.FIGURES};
    String[] fields = {"sectors", "clusters", "cities", "sources", "national", "figures"};
    for (int i = 0; i < roles.length; i++) {
      JsonNode part0 = root.get(fields[i]);
      if (part0 != null && !part0.isNull()) {
        Section s = new Section(doc, elements(doc, part0, top.child(fields[i]), fields[i], m));
        s.rows = roles[i] == Role.FIGURES;
        layout.of(roles[i]).add(s);
      }
    }
    return layout;
  }

  /**
   * A file named by the manifest, checked and decoded; {@code null} after adding the problem.
   *
   * @param namedAt where the manifest names it ({@code null} for the manifest itself)
   */
  private @Nullable DataFile file(Part part, String name, @Nullable Ref namedAt,
      Set<String> named) {
    Ref where = namedAt != null ? namedAt
        : Ref.file(new DataFile("", part.description, ""));
    String rule = pathRule(name);
    if (rule != null) {
      problems.add(where, "file", name, rule);
      return null;
    }
    if (!named.add(name)) {
      problems.add(where, "file", name, "names a file the manifest already names; each file is"
          + " read once");
      return null;
    }
    if (++filesRead > DatasetLoader.MAX_FILES) {
      problems.add(where, "file", name, "is one file too many: a dataset has at most "
          + DatasetLoader.MAX_FILES + " files");
      return null;
    }
    byte[] bytes;
    try {
      bytes = part.bytes(name);
    } catch (Part.Unreadable e) {
      problems.add(where, "file", name, Problems.messageOf(e), e.getCause());
      return null;
    }
    bytesRead += bytes.length;
    if (bytesRead > DatasetLoader.MAX_DATASET_BYTES) {
      problems.add(where, "file", name, "takes the dataset's files over the limit of "
          + DatasetLoader.MAX_DATASET_BYTES + " bytes in all");
      return null;
    }
    return decode(name, part.description + name, bytes);
  }

  private @Nullable DataFile decode(String name, String source, byte[] bytes) {
    try {
      return new DataFile(name, source, TextCheck.decode(bytes));
    } catch (TextCheck.Bad e) {
      problems.add(Ref.at(new DataFile(name, source, ""), e.line, e.column), "file", name,
          e.rule);
      return null;
    }
  }

  /**
   * The rule a file name in a manifest breaks, or {@code null}: a relative path inside the
   * dataset's directory, in segments of ASCII letters, digits, {@code _ - .} (not starting with a
   * dot) separated by {@code /}, ending in {@code .json} or {@code .csv}.
   */
  static @Nullable String pathRule(String name) {
    String rule = "must be a relative path inside the dataset's directory: names of ASCII"
        + " letters, digits, '_', '-' and '.' (not starting with '.') separated by '/', ending"
        + " in .json or .csv; no '..', no absolute path, no '\\'";
    if (name.isEmpty() || name.length() > DatasetLoader.MAX_PATH_LENGTH
        || !(name.endsWith(".json") || name.endsWith(".csv"))) {
      return rule;
    }
    boolean segmentStart = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '/') {
        if (segmentStart) {
          return rule; // a leading '/' or an empty segment
        }
        segmentStart = true;
        continue;
      }
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '_' || c == '-' || c == '.' && !segmentStart;
      if (!ok) {
        return rule;
      }
      segmentStart = false;
    }
    return null;
  }

  // ---- elements ----

  private @Nullable Sector sector(Element e, Map<String, Ref> seen) {
    if (!e.csv()) {
      e.only(NAMED_FIELDS);
    }
    String id = e.text("id", Element.SHORT);
    String nameEn = e.text("nameEn", Element.LONG);
    String nameZh = e.text("nameZh", Element.LONG);
    if (!firstDefinition(e, "sector", id, seen) || e.failed()) {
      return null;
    }
    try {
      return Sector.of(known(id), known(nameEn), known(nameZh));
    } catch (IllegalArgumentException x) {
      e.problem(e.at("id"), "sector", id, Problems.messageOf(x), x);
      return null;
    }
  }

  private @Nullable Cluster cluster(Element e, Map<String, Ref> seen, Map<String, Ref> planAt) {
    if (!e.csv()) {
      e.only(CLUSTER_FIELDS);
    }
    String id = e.text("id", Element.SHORT);
    String nameEn = e.text("nameEn", Element.LONG);
    String nameZh = e.text("nameZh", Element.LONG);
    String plan = e.optionalText("plan", Element.SHORT);
    if (!firstDefinition(e, "cluster", id, seen) || e.failed()) {
      return null;
    }
    if (plan != null) {
      planAt.put(id, e.at("plan"));
    }
    try {
      return new Cluster(known(id), known(nameEn), known(nameZh), plan);
    } catch (IllegalArgumentException x) {
      e.problem(e.at("id"), "cluster", id, Problems.messageOf(x), x);
      return null;
    }
  }

  private @Nullable City city(Element e, Map<String, Ref> seen, Map<String, Cluster> clusters,
      Set<String> clusterIds) {
    if (!e.csv()) {
      e.only(CITY_FIELDS);
    }
    String id = e.text("id", Element.SHORT);
    String nameEn = e.text("nameEn", Element.LONG);
    String nameZh = e.text("nameZh", Element.LONG);
    String pinyin = e.optionalText("pinyin", Element.LONG);
    String province = e.text("province", Element.LONG);
    Region region = e.enumValue("region", Region.class);
    AdminRank rank = e.enumValue("rank", AdminRank.class);
    String divisionCode = e.text("divisionCode", Element.SHORT);
    List<Element.Item> memberOf = e.list("clusters", false, Element.SHORT);
    Set<Cluster> in = new LinkedHashSet<>();
    if (memberOf != null) {
      for (Element.Item item : memberOf) {
        Cluster c = clusters.get(item.text);
        if (c != null) {
          if (!in.add(c)) {
            e.problem(item.ref, item.label, item.text, "names a cluster twice", null);
          }
        } else if (!clusterIds.contains(item.text)) {
          e.problem(item.ref, item.label, item.text,
              "must name a cluster defined in the dataset's clusters"
                  + Nearest.to(item.text, clusterIds), null);
        }
      }
    }
    if (!firstDefinition(e, "city", id, seen) || e.failed()) {
      return null;
    }
    try {
      return new City(known(id), known(nameEn), known(nameZh),
          known(pinyin == null ? nameEn : pinyin), known(province), known(region), known(rank),
          known(divisionCode), new java.util.LinkedHashSet<>(in));
    } catch (IllegalArgumentException x) {
      e.problem(e.at("id"), "city", id, Problems.messageOf(x), x);
      return null;
    }
  }

  private @Nullable Source source(Element e, Map<String, Ref> seen) {
    if (!e.csv()) {
      e.only(SOURCE_FIELDS);
    }
    String id = e.text("id", Element.SHORT);
    String publisher = e.text("publisher", Element.LONG);
    String title = e.text("title", Element.LONG);
    String url = e.optionalText("url", Element.LONG);
    String copy = e.optionalText("copy", Element.LONG);
    PublicationDate published = e.optionalDate("publishedOn");
    SourceGrade grade = e.enumValue("grade", SourceGrade.class);
    SourceType type = e.enumValue("type", SourceType.class);
    if (!firstDefinition(e, "source", id, seen) || e.failed()) {
      return null;
    }
    try {
      return Source.builder(known(id)).publisher(known(publisher)).title(known(title)).url(url)
          .copy(copy).published(published).grade(known(grade)).sourceType(known(type)).build();
    } catch (IllegalArgumentException x) {
      e.problem(e.at("id"), "source", id, Problems.messageOf(x), x);
      return null;
    }
  }

  /**
   * Whether this is the first definition of {@code id}; a later one is a problem naming the
   * place of both. A missing id is a problem already.
   */
  private boolean firstDefinition(Element e, String kind, @Nullable String id,
      Map<String, Ref> seen) {
    if (id == null) {
      return false;
    }
    Ref here = e.at("id");
    Ref first = seen.get(id);
    if (first != null) {
      e.fail();
      problems.add(here, "id", id, "must be unique, but " + kind + " '" + id
          + "' is also defined at ", first, "", null);
      return false;
    }
    seen.put(id, here);
    return true;
  }

  // ---- figures ----

  /** Reads figures, checking references, verification and uniqueness across all parts. */
  private final class Figures {
    private final Vocabulary.MetricReader metrics;
    private final Set<String> cityIds;
    private final Map<String, Source> sources;
    private final Set<String> sourceIds;
    /** city|year|metric|release|source → where the figure is, and its value as written. */
    private final Map<String, Ref> seenAt = new HashMap<>();
    private final Map<String, String> seenValue = new HashMap<>();

    Figures(Vocabulary.MetricReader metrics, Set<String> cityIds, Map<String, Source> sources,
        Set<String> sourceIds) {
      this.metrics = metrics;
      this.cityIds = cityIds;
      this.sources = sources;
      this.sourceIds = sourceIds;
    }

    /**
     * @param fileCity the city of a JSON city figures file, or {@code null}
     * @param cityMissing whether the element's JSON city file has no valid city (a problem
     *     already): the figure is checked but not kept
     * @param rows whether the element names its own city
     */
    void read(Element e, @Nullable String fileCity, boolean cityMissing, boolean rows) {
      if (!e.csv()) {
        e.only(rows ? ROW_FIELDS : FIGURE_FIELDS);
      }
      String cityId = fileCity;
      if (rows) {
        cityId = e.text("city", Element.SHORT);
        if (cityId != null && !cityIds.contains(cityId)) {
          e.problem("city", cityId, "must name a city defined in the dataset"
              + Nearest.to(cityId, cityIds));
        }
      }
      Integer year = e.year("year");
      String metricId = e.text("metric", Element.SHORT);
      Metric<?> metric = null;
      if (metricId != null) {
        try {
          metric = metrics.metric(metricId);
        } catch (IllegalArgumentException x) {
          e.problem(e.at("metric"), "metric", metricId, Problems.messageOf(x), x);
        }
      }
      String value = e.text("value", Element.SHORT);
      Release release = e.enumValue("release", Release.class);
      String sourceId = e.text("source", Element.SHORT);
      Boolean verified = e.bool("verified");
      String note = e.optionalText("note", Element.LONG);
      PublicationDate publishedOn = e.optionalDate("publishedOn");
      if (sourceId != null && !sourceIds.contains(sourceId)) {
        e.problem("source", sourceId, "must name a source defined in the dataset"
            + Nearest.to(sourceId, sourceIds));
      }
      if (Boolean.FALSE.equals(verified) && note == null && !e.node.has("note")) {
        e.problem("note", null, "must say why a figure is unverified");
      }
      Source source = sourceId == null ? null : sources.get(sourceId);
      if (Boolean.TRUE.equals(verified) && source != null && !source.grade().isOfficial()) {
        e.problem("verified", true, "means read in a PRIMARY or OFFICIAL_MEDIA document, but"
            + " source '" + sourceId + "' is graded " + source.grade()
            + "; mark the figure unverified");
      }
      if (metric == null || value == null) {
        return;
      }
      Object parsed = parse(e, metric, value);
      if (parsed == null || e.failed() || year == null || release == null || sourceId == null
          || verified == null || cityMissing) {
        return;
      }
      String key = (cityId == null ? "national" : cityId) + " " + year + " " + metric.id() + " "
          + release + " from source '" + sourceId + "'";
      Ref first = seenAt.get(key);
      if (first != null) {
        String other = seenValue.get(key);
        boolean same = value.equals(other);
        problems.add(e.ref, "figure", value, "is a second figure for " + key
            + "; the first is at ", first, same ? ", with the same value"
            : ", with value '" + other + "': a contradiction (give each document its own"
                + " source)", null);
        return;
      }
      seenAt.put(key, e.ref);
      seenValue.put(key, value);
      String place = e.ref.describe();
      contents.places.put(place, e.ref);
      contents.figures.add(observation(cityId, year, metric, parsed, release, sourceId, verified,
          note, publishedOn, place));
    }

    private @Nullable Object parse(Element e, Metric<?> metric, String value) {
      try {
        return metric.fromPublished(value);
      } catch (IllegalArgumentException | ArithmeticException x) {
        e.problem(e.at("value"), "value", value, String.valueOf(Problems.messageOf(x)), x);
        return null;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <V extends Comparable<? super V>> Observation<V> observation(
      @Nullable String cityId, int year, Metric<V> metric, Object value, Release release,
      String sourceId, boolean verified, @Nullable String note,
      @Nullable PublicationDate publishedOn, String place) {
    return new Observation<>(cityId, year, metric, (V) value, release, sourceId, verified, note,
        publishedOn, place);
  }

  /** A field an element read without a problem: {@code e.failed()} was checked before. */
  private static <T> T known(@Nullable T value) {
    return java.util.Objects.requireNonNull(value, "a field read without a problem");
  }
}
