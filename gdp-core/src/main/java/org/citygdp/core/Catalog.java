package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.engine.Corpus;
import org.citygdp.core.engine.GroupIndex;
import org.citygdp.core.internal.Checks;
import org.citygdp.core.internal.Levenshtein;
import org.jspecify.annotations.Nullable;

/**
 * The API half of a dataset's shared state: what the engine's numbers mean (cities, sources,
 * metrics, publication dates), the look-ups by id and name, the figures and conflicts as API
 * values, and the caches of views and group indexes. The columnar machinery is the engine's
 * {@link Corpus}, which gets plain numbers from here and returns plain numbers.
 */
final class Catalog {
  /** The cities, sorted by id (the index of a city is its position). */
  final List<City> cities;
  /** The cities' ids, by index. */
  private final String[] ids;
  /** The id of the city at {@code index}, without touching the {@link City}. */
  String id(int index) {
    return ids[index];
  }

  /** Finds a city index by id: see {@link #idTable(String[])}. */
  private final int[] idTable;
  final List<Source> sources;
  /** The breaks in the series of levels, oldest first. */
  final List<SeriesBreak> seriesBreaks;
  /** Read-only after construction (a JDK map: no Guava map classes to load at start-up, #11). */
  private final Map<String, Integer> sourceIndex;
  final List<Metric<?>> metrics;
  /** The distinct publication dates, by the engine's date number. */
  private final PublicationDate[] dates;
  /** The engine: observations, views, orders. */
  final Corpus corpus;
  /** The years that have figures (city or national), ascending. */
  final int[] years;
  /** Made on first use (see {@link #conflicts()}). */
  private volatile @Nullable ImmutableList<Conflict> conflicts;
  private final Map<Corpus.ViewKey, Dataset> views = new ConcurrentHashMap<>();
  /** The as-of view asked for last: asked again, it is found with no key made or hashed. */
  private volatile @Nullable LastAsOf lastAsOf;
  private volatile @Nullable Dataset latestDataset;
  private final Map<Grouping, GroupIndex<Grouping.Key>> groupIndexes = new ConcurrentHashMap<>();

  /**
   * Takes the observations in input order. {@code subject} is a city index or -1 for national;
   * {@code metric} an index into {@code metrics}; every year within {@link Dataset#MIN_YEAR}–{@link
   * Dataset#MAX_YEAR}.
   *
   * @param ownDate per figure, a publication date of its own, or null for its source's (the
   *     array null: none has one)
   * @param note per figure, its note or null (the array null: none has one)
   * @param duplicates told of the first figure that repeats an earlier one's city (or national),
   *     year, metric, release and source; it throws
   * @throws InvalidDataException if the columns would hold more cells than {@link #checkSize}
   *     allows, before any is allocated
   */
  Catalog(List<City> cities, List<Source> sources, List<Metric<?>> metrics, int[] subject, int[] year, int[] metric, long[] raw,
      byte[] release, int[] source, BitSet verified,
      @Nullable PublicationDate @Nullable [] ownDate, @Nullable String @Nullable [] note,
      List<SeriesBreak> seriesBreaks, Corpus.Duplicates duplicates) {
    this.cities = cities;
    this.seriesBreaks = seriesBreaks;
    this.ids = new String[cities.size()];
    for (int c = 0; c < ids.length; c++) {
      ids[c] = cities.get(c).id();
    }
    this.idTable = idTable(ids);
    Map<String, Integer> si = new HashMap<>(sources.size() * 2);
    byte[] sourceGrade = new byte[sources.size()];
    for (int i = 0; i < sources.size(); i++) {
      si.put(sources.get(i).id(), i);
      sourceGrade[i] = (byte) sources.get(i).grade().ordinal();
    }
    this.sourceIndex = si;
    this.sources = sources;
    this.metrics = metrics;
    // the publication dates, numbered: each source's once, then any a figure has of its own
    Map<PublicationDate, Integer> dateIds = new HashMap<>();
    List<PublicationDate> dateList = new ArrayList<>();
    int[] sourceDate = new int[sources.size()];
    for (int k = 0; k < sourceDate.length; k++) {
      PublicationDate d = sources.get(k).published();
      sourceDate[k] = d == null ? -1 : number(d, dateIds, dateList);
    }
    int[] dateOf = new int[subject.length];
    PublicationDate last = null; // figures with dates of their own mostly share them
    int lastId = -1;
    for (int i = 0; i < dateOf.length; i++) {
      PublicationDate own = ownDate == null ? null : ownDate[i];
      if (own == null) {
        dateOf[i] = sourceDate[source[i]];
        continue;
      }
      if (own != last) {
        last = own;
        lastId = number(own, dateIds, dateList);
      }
      dateOf[i] = lastId;
    }
    this.dates = dateList.toArray(new PublicationDate[0]);
    int[] dateDay = new int[dates.length];
    for (int i = 0; i < dates.length; i++) {
      dateDay[i] = Math.toIntExact(dates[i].latest().toEpochDay());
    }
    String[] metricIds = new String[metrics.size()];
    int[] unitZeros = new int[metrics.size()];
    for (int m = 0; m < metrics.size(); m++) {
      metricIds[m] = metrics.get(m).id();
      unitZeros[m] = metrics.get(m).publishedUnitZeros();
    }
    this.corpus = new Corpus(cities.size(), metricIds, unitZeros, indexOf(metricIds, Metric.GDP),
        indexOf(metricIds, Metric.POPULATION), Metric.GDP_PER_CAPITA.id(), Metric.GDP.id(),
        Metric.REAL_GROWTH.id(), Dataset.MIN_YEAR, Dataset.MAX_YEAR, Release.values().length,
        sourceGrade, SourceGrade.values().length, subject, year, metric, raw, release, source,
        verified, dateOf, dateDay, note, SIZE_CHECK, duplicates);
    this.years = corpus.years;
  }

  // the lists the API hands out, made on first use: the lists above are the JDK's, so that
  // loading a dataset and answering a first query load no Guava class (issue #11)
  private volatile @Nullable ImmutableList<City> publicCities;
  private volatile @Nullable ImmutableList<Source> publicSources;
  private volatile @Nullable ImmutableList<SeriesBreak> publicBreaks;

  ImmutableList<City> publicCities() {
    ImmutableList<City> l = publicCities;
    if (l == null) {
      l = ImmutableList.copyOf(cities);
      publicCities = l;
    }
    return l;
  }

  ImmutableList<Source> publicSources() {
    ImmutableList<Source> l = publicSources;
    if (l == null) {
      l = ImmutableList.copyOf(sources);
      publicSources = l;
    }
    return l;
  }

  ImmutableList<SeriesBreak> publicBreaks() {
    ImmutableList<SeriesBreak> l = publicBreaks;
    if (l == null) {
      l = ImmutableList.copyOf(seriesBreaks);
      publicBreaks = l;
    }
    return l;
  }

  /** The number of {@code d}, numbering it next if it is new. */
  private static int number(PublicationDate d, Map<PublicationDate, Integer> ids,
      List<PublicationDate> list) {
    Integer id = ids.get(d);
    if (id == null) {
      id = list.size();
      ids.put(d, id);
      list.add(d);
    }
    return id;
  }

  /** The index of {@code m} among the metric ids, or -1 (no Guava list helper to load, #11). */
  private static int indexOf(String[] metricIds, Metric<?> m) {
    for (int i = 0; i < metricIds.length; i++) {
      if (metricIds[i].equals(m.id())) {
        return i;
      }
    }
    return -1;
  }

  // a class, not Catalog::checkSize: no lambda to link on a fresh JVM's first load (#3, #11)
  private static final Corpus.SizeCheck SIZE_CHECK = new Corpus.SizeCheck() {
    @Override
    public void check(int cities, int cityYears, int cityMetrics, int years, int nationalMetrics,
        int figures) {
      checkSize(cities, cityYears, cityMetrics, years, nationalMetrics, figures);
    }
  };

  /**
   * The cap on storage, checked before anything is allocated: the columns hold a cell for every
   * city in every year that has city figures, for every metric that has city figures (and one per
   * year for each national metric), so a dataset with many cities or metrics and few figures would
   * cost far more than its figures. At most {@link Dataset#MIN_CELL_LIMIT} cells, or {@link
   * Dataset#CELLS_PER_FIGURE} per figure when that is more.
   *
   * @throws InvalidDataException naming the numbers and the rule
   */
  static void checkSize(int cities, int cityYears, int cityMetrics, int years, int nationalMetrics,
      int figures) {
    long cells = (long) cityYears * cities * cityMetrics + (long) years * nationalMetrics;
    long limit = Math.max(Dataset.MIN_CELL_LIMIT, (long) Dataset.CELLS_PER_FIGURE * figures);
    if (cells > limit || (long) cityYears * cities > Integer.MAX_VALUE - 64) {
      // the value is the total; the rule shows how it is made, so no shortening hides it
      throw new InvalidDataException("size", cells + " cells", "dataset",
          "is " + cityYears + " years with city figures × " + cities + " cities × " + cityMetrics
              + " metrics" + (nationalMetrics == 0 ? "" : " + " + years + " years × "
              + nationalMetrics + " national metrics") + " = " + cells + " cells, but "
              + "must be at most " + limit + " cells (" + Dataset.MIN_CELL_LIMIT + ", or "
              + Dataset.CELLS_PER_FIGURE + " per figure for " + figures + " figures, whichever is"
              + " more), and at most 2^31 city-years: every city has a cell in every year with"
              + " city figures for every metric; drop the cities, years or metrics that have few"
              + " figures");
    }
  }

  /** The index of {@code year} among the years with figures, or -1 if it has none. */
  int yearIndex(int year) {
    return corpus.yearIndex(year);
  }

  /** The index of {@code year} among the years with city figures, or -1 if it has none. */
  int cityYearIndex(int year) {
    return corpus.cityYearIndex(year);
  }

  /** Every observation, whichever view. */
  int observationCount() {
    return corpus.observationCount();
  }

  /** The engine's key of a view. */
  static Corpus.ViewKey viewKey(@Nullable LocalDate asOf, boolean verifiedOnly,
      SourceGrade minGrade) {
    return new Corpus.ViewKey(asOf != null, asOf == null ? 0 : asOf.toEpochDay(), verifiedOnly,
        minGrade.ordinal());
  }

  /** The index of the city with this id, or -1: one probe of {@link #idTable}, usually. */
  int cityIndex(String id) {
    int[] table = idTable;
    int mask = table.length - 1;
    for (int slot = slot(id, mask); ; slot = (slot + 1) & mask) {
      int c = table[slot];
      if (c == 0) {
        return -1;
      }
      if (ids[c - 1].equals(id)) {
        return c - 1;
      }
    }
  }

  /**
   * The ids' open-addressing hash table: a power of two at least twice the city count, each slot
   * 0 (empty) or a city index + 1, probed linearly from {@link #slot}.
   */
  private static int[] idTable(String[] ids) {
    int size = Integer.highestOneBit(Math.max(2, ids.length) * 2 - 1) * 2;
    int[] table = new int[size];
    int mask = size - 1;
    for (int c = 0; c < ids.length; c++) {
      int slot = slot(ids[c], mask);
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = c + 1;
    }
    return table;
  }

  /** The first slot of an id: its hash mixed with the high half of hash × 2^32/φ. */
  private static int slot(String id, int mask) {
    return (id.hashCode() * 0x9E3779B9 >>> 16 ^ id.hashCode()) & mask;
  }

  private volatile @Nullable CityNames names;

  /** The name index, built on first use: a look-up by id needs none of it. */
  private CityNames names() {
    CityNames n = names;
    if (n == null) { // racy single-check of an immutable index
      n = new CityNames(cities);
      names = n;
    }
    return n;
  }

  /**
   * The index of the city {@code key} names: its id, else its division code, Chinese name, pinyin
   * or English name (see {@link CityNames}).
   *
   * @throws UnknownCityException if no city answers to it, naming the nearest
   * @throws AmbiguousCityException if several do, listing them
   */
  int resolve(String key) {
    int i = cityIndex(key);
    if (i >= 0) {
      return i;
    }
    CityNames.Match m = names().match(key);
    if (m.cities.length == 1) {
      return m.cities[0];
    }
    if (m.cities.length > 1) {
      List<City> candidates = new ArrayList<>(m.cities.length);
      for (int c : m.cities) {
        candidates.add(cities.get(c));
      }
      throw new AmbiguousCityException(key, m.kind, candidates);
    }
    if (Checks.CITY_ID.matches(key)) {
      throw unknownCity(key); // shaped like an id: the nearest ids, as before names were known
    }
    List<String> near = names().nearest(key);
    List<String> shown = new ArrayList<>(near.size());
    for (String id : near) {
      shown.add(names().describe(id));
    }
    throw UnknownCityException.name(key, near, shown);
  }

  /** The cities {@code key} names, by id or else by name; empty if none. */
  ImmutableList<City> matching(String key) {
    int i = cityIndex(key);
    if (i >= 0) {
      return ImmutableList.of(cities.get(i));
    }
    ImmutableList.Builder<City> out = ImmutableList.builder();
    for (int c : names().match(key).cities) {
      out.add(cities.get(c));
    }
    return out.build();
  }

  /** An {@link UnknownCityException} for {@code id}, naming the nearest known city ids. */
  UnknownCityException unknownCity(String id) {
    List<String> ids = new ArrayList<>(cities.size());
    for (City c : cities) {
      ids.add(c.id());
    }
    return new UnknownCityException(id, nearest(id, ids));
  }

  /**
   * The (at most three) ids nearest to {@code id} by edit distance, nearest first, ties by id.
   * Only the first 64 characters of {@code id} are compared: known ids are short, and a long
   * mistake must not cost a long time.
   */
  static List<String> nearest(String id, List<String> known) {
    String probe = id.length() > 64 ? id.substring(0, 64) : id;
    int[] distance = new int[known.size()];
    Integer[] order = new Integer[known.size()];
    for (int i = 0; i < known.size(); i++) {
      distance[i] = Levenshtein.distance(probe, known.get(i));
      order[i] = i;
    }
    Arrays.sort(order, new java.util.Comparator<Integer>() {
      @Override
      public int compare(Integer a, Integer b) {
        int c = Integer.compare(distance[a], distance[b]);
        return c != 0 ? c : known.get(a).compareTo(known.get(b));
      }
    });
    List<String> out = new ArrayList<>(3);
    for (int i = 0; i < Math.min(3, order.length); i++) {
      out.add(known.get(order[i]));
    }
    return out;
  }

  /** {@code s} cut to 80 characters, for messages. */
  static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  private volatile @Nullable ImmutableList<Cluster> clusters;

  /** The clusters the cities name, by id; made on first use. */
  ImmutableList<Cluster> clusters() {
    ImmutableList<Cluster> out = clusters;
    if (out == null) { // racy single-check of an immutable list
      java.util.TreeMap<String, Cluster> byId = new java.util.TreeMap<>();
      for (City c : cities) {
        for (Cluster k : c.clusters()) {
          byId.putIfAbsent(k.id(), k);
        }
      }
      out = ImmutableList.copyOf(byId.values());
      clusters = out;
    }
    return out;
  }

  /** The index of the source with this id, or -1. */
  int sourceIndex(String id) {
    Integer i = sourceIndex.get(id);
    return i == null ? -1 : i;
  }


  // ---- figures ----

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Figure<?> figure(int o, int m, long value) {
    Metric metric = metrics.get(m);
    int d = corpus.date(o);
    return new Figure(metric, metric.decode(value), sources.get(corpus.source(o)),
        Release.values()[corpus.release(o)], corpus.verified(o), corpus.note(o),
        d < 0 ? null : dates[d]);
  }

  /**
   * Every figure of one subject (city index, or -1 for national), metric and year, in the order of
   * the selection rule, keeping only those visible in {@code view}.
   */
  ImmutableList<Figure<?>> figures(int subjectIndex, Metric<?> m, int yr, Corpus.ViewKey view) {
    int mi = metrics.indexOf(m);
    int first = corpus.firstOf(mi, yr, subjectIndex);
    if (first < 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Figure<?>> out = ImmutableList.builder();
    for (int o = first, end = corpus.runEnd(first); o < end; o++) {
      if (corpus.visible(o, view)) {
        out.add(figure(o, mi, corpus.value(o, mi, yr, subjectIndex)));
      }
    }
    return out.build();
  }

  /**
   * The figure a view picked for one subject (city index, or -1 for national), metric and year:
   * the first visible in selection order; empty if there is none (or the metric is derived).
   */
  Optional<Figure<?>> picked(int subjectIndex, Metric<?> m, int yr, Corpus.ViewKey view) {
    int mi = metrics.indexOf(m);
    int first = corpus.firstOf(mi, yr, subjectIndex);
    for (int o = first, end = first < 0 ? -1 : corpus.runEnd(first); o < end; o++) {
      if (corpus.visible(o, view)) {
        return Optional.of(figure(o, mi, corpus.value(o, mi, yr, subjectIndex)));
      }
    }
    return Optional.empty();
  }

  /** The source id of the figure a view picked, or null: for one-line summaries. */
  @Nullable String pickedSourceId(int subjectIndex, Metric<?> m, int yr, Corpus.ViewKey view) {
    Optional<Figure<?>> f = picked(subjectIndex, m, yr, view);
    return f.isPresent() ? f.get().source().id() : null;
  }

  /** The conflicts of the whole dataset, found on first use and kept. */
  ImmutableList<Conflict> conflicts() {
    ImmutableList<Conflict> made = conflicts;
    if (made == null) {
      made = makeConflicts(); // racy: another thread may make an equal list, which is harmless
      conflicts = made;
    }
    return made;
  }

  private ImmutableList<Conflict> makeConflicts() {
    List<Corpus.ConflictRun> runs = corpus.conflicts();
    ImmutableList.Builder<Conflict> out = ImmutableList.builderWithExpectedSize(runs.size());
    for (Corpus.ConflictRun r : runs) {
      List<Figure<?>> figures = new ArrayList<>(r.to - r.from);
      for (int o = r.from; o < r.to; o++) {
        figures.add(figure(o, r.metric, r.value(o)));
      }
      out.add(new Conflict(r.subject < 0 ? null : cities.get(r.subject), r.year,
          metrics.get(r.metric), Release.values()[r.release], ImmutableList.copyOf(figures)));
    }
    return out.build();
  }

  /** The index of a grouping by city attributes, built on first use. */
  GroupIndex<Grouping.Key> groupIndex(Grouping grouping, Grouping.KeyFunction function) {
    GroupIndex<Grouping.Key> index = groupIndexes.get(grouping);
    if (index == null) {
      index = GroupIndex.of(cities.size(), (c, out) -> function.keys(cities.get(c), out),
          java.util.Comparator.comparingInt(Grouping.Key::order).thenComparing(Grouping.Key::label),
          Grouping.Key::label);
      GroupIndex<Grouping.Key> raced = groupIndexes.putIfAbsent(grouping, index);
      if (raced != null) {
        index = raced;
      }
    }
    return index;
  }

  // ---- views ----

  /** As-of views kept at most; past it, the as-of views are dropped and rebuilt on demand. */
  private static final int MAX_CACHED_VIEWS = 32;

  /** The dataset of a view, made (and its store resolved) once and then cached. */
  Dataset dataset(@Nullable LocalDate asOf, boolean verifiedOnly, SourceGrade minGrade) {
    LastAsOf last = lastAsOf;
    if (asOf != null && last != null && last.day == asOf.toEpochDay()
        && last.verifiedOnly == verifiedOnly && last.minGrade == minGrade) {
      return last.dataset;
    }
    Dataset d = view(asOf, verifiedOnly, minGrade);
    if (asOf != null) {
      lastAsOf = new LastAsOf(asOf.toEpochDay(), verifiedOnly, minGrade, d);
    }
    return d;
  }

  private Dataset view(@Nullable LocalDate asOf, boolean verifiedOnly, SourceGrade minGrade) {
    Corpus.ViewKey key = viewKey(asOf, verifiedOnly, minGrade);
    if (corpus.isLatest(key)) {
      Dataset d = latestDataset;
      if (d == null) {
        d = new Dataset(this, null, false, SourceGrade.COMPILATION, corpus.latest());
        latestDataset = d; // racy: another thread may make an equal one, which is harmless
      }
      return d;
    }
    Dataset cached = views.get(key);
    if (cached != null) {
      return cached;
    }
    if (views.size() >= MAX_CACHED_VIEWS) {
      // an app asking for many dates stays bounded
      views.keySet().removeIf(new java.util.function.Predicate<Corpus.ViewKey>() {
        @Override
        public boolean test(Corpus.ViewKey k) {
          return k.dated();
        }
      });
    }
    Dataset d = new Dataset(this, asOf, verifiedOnly, minGrade, corpus.resolve(key));
    Dataset raced = views.putIfAbsent(key, d);
    return raced != null ? raced : d;
  }

  /** An as-of view with what it was asked by; immutable, so safely published by a volatile. */
  private static final class LastAsOf {
    final long day;
    final boolean verifiedOnly;
    final SourceGrade minGrade;
    final Dataset dataset;

    LastAsOf(long day, boolean verifiedOnly, SourceGrade minGrade, Dataset dataset) {
      this.day = day;
      this.verifiedOnly = verifiedOnly;
      this.minGrade = minGrade;
      this.dataset = dataset;
    }
  }

  /** What a view leaves out, per year index (see {@link Corpus#leftOut}). */
  int[][] leftOut(Corpus.ViewKey key) {
    return corpus.leftOut(key);
  }

  /** The number of figures per (grade, release) in a view: those its cells picked. */
  int[][] pickedByGradeAndRelease(Corpus.ViewKey key) {
    return corpus.pickedByGradeAndRelease(key);
  }
}
