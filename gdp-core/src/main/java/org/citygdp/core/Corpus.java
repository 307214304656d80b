package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything a dataset was built from, shared by all its views: cities, sources, and every
 * observation. Views resolve against it and are cached.
 *
 * <p>Layout, chosen to keep a dataset small (see gdp-benchmarks' memory measurement):
 * <ul>
 *   <li>only years that have figures are indexed ({@link #years}), and the city columns have rows
 *       only for the years that have city figures ({@link #cityYears}): a dataset with figures in
 *       1949 and 2100 stores two years, not 152 (issue #10). Storage is dense over those city
 *       years, the cities and the metrics, so {@link #checkSize} caps it before anything is
 *       allocated;
 *   <li>observations are sorted by <em>cell</em> (metric, year, then national before the cities
 *       in index order), and within a cell by the selection rule, so the first observation of a
 *       cell is the one the latest, unfiltered view picks. Its value lives only in that view's
 *       {@link Column}s ({@link #latest}); the values of the other observations (earlier
 *       releases, second sources) are kept apart, in observation order;
 *   <li>no observation stores its cell: the cells that have observations are exactly the present
 *       cells of {@link #latest}, in the same order, so a bit per observation (does it start a
 *       cell?) and rank counts locate everything;
 *   <li>each observation has a <em>provenance</em> number into a dictionary of the distinct
 *       (source, release, verified, publication date) combinations, stored in the narrowest
 *       array that holds it.
 * </ul>
 * The selection rule within a cell: the latest release; within it the stronger {@link
 * SourceGrade}; then the more precise figure (fewer trailing decimal zeros in the value: "7.5"
 * before "8"); then the newer publication (undated last); then verified before unverified; then
 * the order in which the sources were added. Never the source id.
 * <ul>
 * </ul>
 */
final class Corpus {
  /** The cities, sorted by id (the index of a city is its position). */
  final ImmutableList<City> cities;
  final ImmutableList<Source> sources;
  private final ImmutableMap<String, Integer> sourceIndex;
  final ImmutableList<Metric<?>> metrics;
  /** The years that have figures (city or national), ascending: the year index is a position. */
  final int[] years;
  final int yearCount;
  /** The years that have city figures, ascending: the city columns have rows for these alone. */
  final int[] cityYears;
  /** Per year index, the index of the year in {@link #cityYears}, or -1. */
  private final int[] cityYearOf;
  /** Per year index, how many years with city figures come before it (its first city row / n). */
  private final int[] cityYearsBefore;
  // per year since Dataset.MIN_YEAR: its index in years (resp. cityYears), or -1
  private final short[] yearSlot;
  private final short[] cityYearSlot;

  // observations, sorted by cell, then by the selection rule
  private final int observations;
  /** Bit o is set if observation o is the first of its cell. */
  private final long[] firstBits;
  /** The number of first observations before each word of {@link #firstBits}. */
  private final int[] firstRank;
  private final Narrow provenance;
  /** The values of observations that are not the first of their cell, in observation order. */
  private final long[] otherValue;
  /** Per metric, the number of cells (national and city) of all earlier metrics. */
  private final int[] metricCellStart;
  /** Per metric, the number of present rows of its city column before each word. */
  private final int[][] presentRank;
  // the provenance dictionary
  private final int[] provSource;
  private final byte[] provRelease;
  private final boolean[] provVerified;
  /** Whether the publication date is known; an unknown date is absent, not a value. */
  private final boolean[] provDated;
  private final int[] provDate; // epoch day by which it was surely published, where dated
  private final @Nullable PublicationDate[] provPublished;
  private final byte[] provGrade; // SourceGrade ordinal
  private final Map<Integer, String> notes; // only the observations that have one

  final ImmutableList<Conflict> conflicts;
  /** The latest, unfiltered view; also the store of the first observation of every cell. */
  private final Store latest;
  private final Map<ViewKey, Dataset> views = new ConcurrentHashMap<>();
  private volatile @Nullable Dataset latestDataset;
  private final Map<Grouping, GroupIndex> groupIndexes = new ConcurrentHashMap<>();

  static final class ViewKey {
    final @Nullable LocalDate asOf;
    final boolean verifiedOnly;
    final SourceGrade minGrade;

    ViewKey(@Nullable LocalDate asOf, boolean verifiedOnly, SourceGrade minGrade) {
      this.asOf = asOf;
      this.verifiedOnly = verifiedOnly;
      this.minGrade = minGrade;
    }

    boolean isLatest() {
      return asOf == null && !verifiedOnly && minGrade == SourceGrade.COMPILATION;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof ViewKey k && verifiedOnly == k.verifiedOnly && minGrade == k.minGrade
          && (asOf == null ? k.asOf == null : asOf.equals(k.asOf));
    }

    @Override
    public int hashCode() {
      return ((asOf == null ? 0 : asOf.hashCode()) * 2 + (verifiedOnly ? 1 : 0)) * 5
          + minGrade.ordinal();
    }
  }

  /**
   * Takes the observations in input order. {@code subject} is a city index or -1 for national;
   * {@code metric} an index into {@code metrics}; every year within {@link Dataset#MIN_YEAR}–{@link
   * Dataset#MAX_YEAR}.
   *
   * @throws InvalidDataException if the columns would hold more cells than {@link #checkSize}
   *     allows, before any is allocated
   */
  Corpus(ImmutableList<City> cities, ImmutableList<Source> sources, ImmutableList<Metric<?>> metrics,
      int[] subject, int[] year, int[] metric, long[] raw,
      byte[] release, int[] source, BitSet verified, @Nullable PublicationDate[] date,
      @Nullable String[] note) {
    this.cities = cities;
    ImmutableMap.Builder<String, Integer> si = ImmutableMap.builder();
    for (int i = 0; i < sources.size(); i++) {
      si.put(sources.get(i).id(), i);
    }
    this.sourceIndex = si.buildOrThrow();
    this.sources = sources;
    this.metrics = metrics;
    int n = subject.length;
    // the years with figures, and those with city figures; then the size, before allocating
    int span = Dataset.MAX_YEAR - Dataset.MIN_YEAR + 1;
    boolean[] anyIn = new boolean[span];
    boolean[] cityIn = new boolean[span];
    boolean[] cityMetric = new boolean[metrics.size()];
    boolean[] nationalMetric = new boolean[metrics.size()];
    for (int i = 0; i < n; i++) {
      anyIn[year[i] - Dataset.MIN_YEAR] = true;
      cityIn[year[i] - Dataset.MIN_YEAR] |= subject[i] >= 0;
      cityMetric[metric[i]] |= subject[i] >= 0;
      nationalMetric[metric[i]] |= subject[i] < 0;
    }
    this.yearSlot = new short[span];
    this.cityYearSlot = new short[span];
    this.years = indexed(anyIn, yearSlot);
    this.cityYears = indexed(cityIn, cityYearSlot);
    this.yearCount = years.length;
    this.cityYearOf = new int[yearCount];
    this.cityYearsBefore = new int[yearCount];
    for (int y = 0, before = 0; y < yearCount; y++) {
      cityYearOf[y] = cityYearSlot[years[y] - Dataset.MIN_YEAR];
      cityYearsBefore[y] = before;
      before += cityYearOf[y] >= 0 ? 1 : 0;
    }
    checkSize(cities.size(), cityYears.length, count(cityMetric), yearCount,
        count(nationalMetric), n);

    long[] key = new long[n]; // the cell: metric, year, then national before the cities
    for (int i = 0; i < n; i++) {
      key[i] = ((long) metric[i] * yearCount + yearIndex(year[i])) * (cities.size() + 1L)
          + subject[i] + 1;
    }
    // the provenance dictionary, and each observation's rank within its cell (lower first)
    Map<ProvKey, Integer> dictionary = new HashMap<>();
    int[] prov = new int[n];
    for (int i = 0; i < n; i++) {
      ProvKey k = new ProvKey(source[i], release[i], verified.get(i), date[i]);
      Integer p = dictionary.get(k);
      if (p == null) {
        p = dictionary.size();
        dictionary.put(k, p);
      }
      prov[i] = p;
    }
    int d = dictionary.size();
    this.provSource = new int[d];
    this.provRelease = new byte[d];
    this.provVerified = new boolean[d];
    this.provDated = new boolean[d];
    this.provDate = new int[d];
    this.provPublished = new PublicationDate[d];
    this.provGrade = new byte[d];
    for (Map.Entry<ProvKey, Integer> e : dictionary.entrySet()) {
      int p = e.getValue();
      provSource[p] = e.getKey().source;
      provRelease[p] = e.getKey().release;
      provVerified[p] = e.getKey().verified;
      PublicationDate pd = e.getKey().date;
      provPublished[p] = pd;
      provDated[p] = pd != null;
      provDate[p] = pd == null ? 0 : Math.toIntExact(pd.latest().toEpochDay());
      provGrade[p] = (byte) sources.get(provSource[p]).grade().ordinal();
    }
    // the selection rule over provenances (see the class comment); precision is per observation
    // and sorts between the (release, grade) group and the rest
    Integer[] byRule = new Integer[d];
    for (int p = 0; p < d; p++) {
      byRule[p] = p;
    }
    Arrays.sort(byRule, new java.util.Comparator<Integer>() {
      @Override
      public int compare(Integer a, Integer b) {
        int c = Integer.compare(group(a), group(b));
        if (c == 0) {
          // newer first; undated last
          c = provDated[a] != provDated[b] ? (provDated[a] ? -1 : 1)
              : provDated[a] ? Integer.compare(provDate[b], provDate[a]) : 0;
        }
        if (c == 0) {
          c = Boolean.compare(provVerified[b], provVerified[a]);
        }
        if (c == 0) {
          c = Integer.compare(provSource[a], provSource[b]);
        }
        return c;
      }
    });
    int[] rank = new int[d];
    int[] group = new int[d];
    for (int r = 0; r < d; r++) {
      rank[byRule[r]] = r;
      group[r] = group(r);
    }
    byte[] coarseness = new byte[n];
    for (int i = 0; i < n; i++) {
      coarseness[i] = (byte) Math.min(trailingDecimalZeros(raw[i]),
          metrics.get(metric[i]).publishedUnitZeros());
    }
    int[] ord = new int[n];
    for (int i = 0; i < n; i++) {
      ord[i] = i;
    }
    IntSort.sort(ord, new IntSort.IntComparator() {
      @Override
      public int compare(int a, int b) {
        int c = Long.compare(key[a], key[b]);
        if (c == 0) {
          c = Integer.compare(group[prov[a]], group[prov[b]]);
        }
        if (c == 0) {
          c = Byte.compare(coarseness[a], coarseness[b]);
        }
        return c != 0 ? c : Integer.compare(rank[prov[a]], rank[prov[b]]);
      }
    });

    this.observations = n;
    this.firstBits = new long[(n + 63) >>> 6];
    int[] provSorted = new int[n];
    Map<Integer, String> notes = new HashMap<>();
    int others = 0;
    for (int i = 0; i < n; i++) {
      int o = ord[i];
      provSorted[i] = prov[o];
      if (note[o] != null) {
        notes.put(i, note[o]);
      }
      if (i == 0 || key[o] != key[ord[i - 1]]) {
        firstBits[i >>> 6] |= 1L << i;
      } else {
        others++;
      }
    }
    this.firstRank = rank(firstBits);
    this.provenance = Narrow.of(provSorted, d);
    this.notes = notes;
    this.otherValue = new long[others];
    // the latest view: the first observation of every cell
    int cityCount = cities.size();
    Column.Builder[] cols = new Column.Builder[metrics.size()];
    Column.Builder[] nat = new Column.Builder[metrics.size()];
    for (int i = 0, k = 0; i < n; i++) {
      int o = ord[i];
      if (!isFirst(i)) {
        otherValue[k++] = raw[o];
        continue;
      }
      int m = metric[o];
      if (subject[o] < 0) {
        if (nat[m] == null) {
          nat[m] = new Column.Builder(yearCount);
        }
        nat[m].set(yearIndex(year[o]), raw[o]);
      } else {
        if (cols[m] == null) {
          cols[m] = new Column.Builder(cityYears.length * cityCount);
        }
        cols[m].set(cityYearIndex(year[o]) * cityCount + subject[o], raw[o]);
      }
    }
    this.latest = store(cols, nat);
    this.metricCellStart = new int[metrics.size() + 1];
    this.presentRank = new int[metrics.size()][];
    for (int m = 0; m < metrics.size(); m++) {
      Column c = latest.column(metrics.get(m));
      Column nc = latest.nationalColumn(metrics.get(m));
      presentRank[m] = c == null ? new int[1] : rank(c.present);
      int cells = c == null ? 0 : presentRank[m][presentRank[m].length - 1];
      for (int y = 0; nc != null && y < yearCount; y++) {
        cells += nc.has(y) ? 1 : 0;
      }
      metricCellStart[m + 1] = metricCellStart[m] + cells;
    }
    this.conflicts = findConflicts();
  }

  /** The years set in {@code in} (by offset from MIN_YEAR), ascending; fills {@code slot}. */
  private static int[] indexed(boolean[] in, short[] slot) {
    int k = 0;
    for (int i = 0; i < in.length; i++) {
      slot[i] = (short) (in[i] ? k++ : -1);
    }
    int[] out = new int[k];
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        out[slot[i]] = Dataset.MIN_YEAR + i;
      }
    }
    return out;
  }

  private static int count(boolean[] flags) {
    int k = 0;
    for (boolean f : flags) {
      k += f ? 1 : 0;
    }
    return k;
  }

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

  /** The index of {@code year} in {@link #years}, or -1 if it has no figures. */
  int yearIndex(int year) {
    int i = year - Dataset.MIN_YEAR;
    return i < 0 || i >= yearSlot.length ? -1 : yearSlot[i];
  }

  /** The index of {@code year} in {@link #cityYears}, or -1 if it has no city figures. */
  int cityYearIndex(int year) {
    int i = year - Dataset.MIN_YEAR;
    return i < 0 || i >= cityYearSlot.length ? -1 : cityYearSlot[i];
  }

  /** The (release, grade) group of a provenance: lower sorts first (later release, stronger). */
  private int group(int p) {
    return (Release.values().length - 1 - provRelease[p]) * SourceGrade.values().length
        + provGrade[p];
  }

  /**
   * Whether two published values of one figure agree once the finer is rounded to the precision
   * the coarser was printed to: "12.15" and "12.2" agree, "10002" and "10002.1" agree, "12003"
   * and "12004" do not. A value counts as printed at least to its published unit (a level of
   * "30000" 亿元 to the 亿元: {@code unitZeros}), and a zero to the finest precision.
   */
  static boolean agreeWithinRounding(long a, long b, int unitZeros) {
    if (a == b) {
      return true;
    }
    int za = a == 0 ? 0 : Math.min(trailingDecimalZeros(a), unitZeros);
    int zb = b == 0 ? 0 : Math.min(trailingDecimalZeros(b), unitZeros);
    int coarse = Math.max(za, zb);
    if (coarse == 0 || coarse > 18) {
      return false;
    }
    long unit = 1;
    for (int i = 0; i < coarse; i++) {
      unit *= 10;
    }
    long diff = Math.abs(a - b);
    return diff >= 0 && diff <= unit / 2;
  }

  /** How many decimal zeros end a value in its column's units: the more, the coarser. */
  static byte trailingDecimalZeros(long v) {
    if (v == 0) {
      return 19;
    }
    byte z = 0;
    while (v % 10 == 0) {
      v /= 10;
      z++;
    }
    return z;
  }

  /** Per word of {@code bits}, the number of set bits before it; one more entry for the total. */
  private static int[] rank(long[] bits) {
    int[] out = new int[bits.length + 1];
    for (int w = 0; w < bits.length; w++) {
      out[w + 1] = out[w] + Long.bitCount(bits[w]);
    }
    return out;
  }

  /** A (source, release, verified, date) combination: a key of the provenance dictionary. */
  private static final class ProvKey {
    final int source;
    final byte release;
    final boolean verified;
    final @Nullable PublicationDate date;

    ProvKey(int source, byte release, boolean verified, @Nullable PublicationDate date) {
      this.source = source;
      this.release = release;
      this.verified = verified;
      this.date = date;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof ProvKey k && source == k.source && release == k.release
          && verified == k.verified && java.util.Objects.equals(date, k.date);
    }

    @Override
    public int hashCode() {
      return ((source * 31 + release) * 31 + java.util.Objects.hashCode(date)) * 2
          + (verified ? 1 : 0);
    }
  }

  // ---- cells ----

  private boolean isFirst(int o) {
    return (firstBits[o >>> 6] & (1L << o)) != 0;
  }

  /**
   * The first observations before {@code o}, for {@code 0 <= o <= observations}. At a word
   * boundary the rank alone answers: {@code o} may be the observation count, a multiple of 64,
   * whose word does not exist (issue #10).
   */
  private int firstsBefore(int o) {
    if ((o & 63) == 0) {
      return firstRank[o >>> 6];
    }
    return firstRank[o >>> 6] + Long.bitCount(firstBits[o >>> 6] & ((1L << o) - 1));
  }

  /** The end (exclusive) of the run of observations of the cell that starts at {@code o}. */
  private int runEnd(int o) {
    int i = o + 1;
    while (i < observations && !isFirst(i)) {
      i++;
    }
    return i;
  }

  /** The observation that starts cell number {@code g} (in cell order). */
  private int startOfCell(int g) {
    int lo = 0;
    int hi = firstBits.length - 1; // the last word w with firstRank[w] <= g
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (firstRank[mid] <= g) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    long word = firstBits[lo];
    for (int skip = g - firstRank[lo]; skip > 0; skip--) {
      word &= word - 1;
    }
    return (lo << 6) + Long.numberOfTrailingZeros(word);
  }

  /**
   * The first observation of a cell (metric index or -1, year, subject = city index or -1 for
   * national), or -1 if it has none.
   */
  private int firstOf(int m, int yr, int subjectIndex) {
    int y = yearIndex(yr);
    if (m < 0 || y < 0 || (subjectIndex >= 0 && cityYearOf[y] < 0)) {
      return -1; // a metric or a year without (city) figures
    }
    Metric<?> metric = metrics.get(m);
    Column nc = latest.nationalColumn(metric);
    Column c = latest.column(metric);
    // the city cells before this cell are the present rows before this row; a national cell
    // comes before its year's city rows (its year may have none)
    int row = cityYearsBefore[y] * cities.size() + Math.max(subjectIndex, 0);
    if (subjectIndex < 0 ? nc == null || !nc.has(y) : c == null || !c.has(row)) {
      return -1;
    }
    int g = metricCellStart[m];
    for (int i = 0; nc != null && i < y; i++) {
      g += nc.has(i) ? 1 : 0;
    }
    if (subjectIndex >= 0 && nc != null && nc.has(y)) {
      g++; // national comes first in its year
    }
    if (c != null) {
      // at a word boundary the rank alone answers: row may be the column's length (a national
      // cell after the last city year), whose word does not exist
      g += presentRank[m][row >>> 6]
          + ((row & 63) == 0 ? 0 : Long.bitCount(c.present[row >>> 6] & ((1L << row) - 1)));
    }
    return startOfCell(g);
  }

  /** Every observation, whichever view. */
  int observationCount() {
    return observations;
  }

  /** The index of the city with this id, or -1. */
  int cityIndex(String id) {
    int lo = 0;
    int hi = cities.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = cities.get(mid).id().compareTo(id);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
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

  // ---- observations ----

  private boolean visible(int o, ViewKey key) {
    int p = provenance.get(o);
    return !(key.verifiedOnly && !provVerified[p])
        && provGrade[p] <= key.minGrade.ordinal()
        && !(key.asOf != null && (!provDated[p] || provDate[p] > key.asOf.toEpochDay()));
  }

  /**
   * What a view leaves out, per year index: figures published after its as-of date, undated
   * figures (in an as-of view), figures below its minimum grade, and unverified ones (in a
   * verified-only view). A figure may count for more than one reason.
   */
  int[][] leftOut(ViewKey key) {
    int[][] out = new int[yearCount][4];
    if (key.isLatest()) {
      return out;
    }
    long asOf = key.asOf == null ? Long.MAX_VALUE : key.asOf.toEpochDay();
    CellWalk walk = new CellWalk();
    while (walk.next()) {
      int[] year = out[walk.y];
      for (int o = walk.from; o < walk.to; o++) {
        int p = provenance.get(o);
        if (key.asOf != null && !provDated[p]) {
          year[1]++;
        } else if (key.asOf != null && provDate[p] > asOf) {
          year[0]++;
        }
        if (provGrade[p] > key.minGrade.ordinal()) {
          year[2]++;
        }
        if (key.verifiedOnly && !provVerified[p]) {
          year[3]++;
        }
      }
    }
    return out;
  }

  /** The number of figures per (grade, release) in a view: those its cells picked. */
  int[][] pickedByGradeAndRelease(ViewKey key) {
    int[][] out = new int[SourceGrade.values().length][Release.values().length];
    CellWalk walk = new CellWalk();
    while (walk.next()) {
      for (int o = walk.from; o < walk.to; o++) {
        if (visible(o, key)) {
          int p = provenance.get(o);
          out[provGrade[p]][provRelease[p]]++;
          break;
        }
      }
    }
    return out;
  }

  /** The value of observation {@code o} of the cell (metric, year index, subject). */
  private long valueOf(int o, int m, int y, int subjectIndex) {
    if (!isFirst(o)) {
      return otherValue[o - firstsBefore(o + 1)];
    }
    Metric<?> metric = metrics.get(m);
    return subjectIndex < 0
        ? java.util.Objects.requireNonNull(latest.nationalColumn(metric)).value(y)
        : java.util.Objects.requireNonNull(latest.column(metric))
            .value(cityYearOf[y] * cities.size() + subjectIndex);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Figure<?> figure(int o, int m, long value) {
    Metric metric = metrics.get(m);
    int p = provenance.get(o);
    return new Figure(metric, metric.decode(value), sources.get(provSource[p]),
        Release.values()[provRelease[p]], provVerified[p], notes.get(o), provPublished[p]);
  }

  /**
   * Every figure of one subject (city index, or -1 for national), metric and year, in the order of
   * the selection rule, keeping only those visible in {@code view}.
   */
  ImmutableList<Figure<?>> figures(int subjectIndex, Metric<?> m, int yr, ViewKey view) {
    int mi = metrics.indexOf(m);
    int first = firstOf(mi, yr, subjectIndex);
    if (first < 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Figure<?>> out = ImmutableList.builder();
    for (int o = first, end = runEnd(first); o < end; o++) {
      if (visible(o, view)) {
        out.add(figure(o, mi, valueOf(o, mi, yearIndex(yr), subjectIndex)));
      }
    }
    return out.build();
  }

  /**
   * The figure a view picked for one subject (city index, or -1 for national), metric and year:
   * the first visible in selection order; empty if there is none (or the metric is derived).
   */
  java.util.Optional<Figure<?>> picked(int subjectIndex, Metric<?> m, int yr, ViewKey view) {
    int mi = metrics.indexOf(m);
    int first = firstOf(mi, yr, subjectIndex);
    for (int o = first, end = first < 0 ? -1 : runEnd(first); o < end; o++) {
      if (visible(o, view)) {
        return java.util.Optional.of(figure(o, mi, valueOf(o, mi, yearIndex(yr), subjectIndex)));
      }
    }
    return java.util.Optional.empty();
  }

  /** The source id of the figure a view picked, or null: for one-line summaries. */
  @Nullable String pickedSourceId(int subjectIndex, Metric<?> m, int yr, ViewKey view) {
    java.util.Optional<Figure<?>> f = picked(subjectIndex, m, yr, view);
    return f.isPresent() ? f.get().source().id() : null;
  }

  /**
   * Walks the cells in observation order: after each {@link #next()}, the cell's metric index,
   * year index and subject, and its run of observations {@code [from, to)}.
   */
  private final class CellWalk {
    int m;
    int y;
    int subject;
    int from;
    int to;
    private @Nullable Column nat;
    private @Nullable Column col;
    private int row = -1; // next city row to look at in col; -1: national of year y next
    private int end; // the end of year y's city rows (none if the year has no city figures)

    CellWalk() {
      m = -1;
      y = yearCount;
      to = 0;
    }

    boolean next() {
      while (true) {
        if (y < yearCount) {
          if (row < 0) {
            row = Math.max(cityYearOf[y], 0) * cities.size();
            end = cityYearOf[y] < 0 ? row : row + cities.size();
            if (nat != null && nat.has(y)) {
              subject = -1;
              return advance();
            }
          }
          int r = col == null ? end : nextPresent(col, row, end);
          if (r < end) {
            subject = r - (end - cities.size());
            row = r + 1;
            return advance();
          }
          y++;
          row = -1;
        } else if (m + 1 < metrics.size()) {
          m++;
          y = 0;
          row = -1;
          nat = latest.nationalColumn(metrics.get(m));
          col = latest.column(metrics.get(m));
        } else {
          return false;
        }
      }
    }

    private boolean advance() {
      from = to;
      to = runEnd(from);
      return true;
    }

    /** The value of observation {@code o} of the current cell; others in order only. */
    long value(int o) {
      return valueOf(o, m, y, subject);
    }
  }

  /**
   * The first present row in {@code [from, end)} of a column, or {@code end}. {@code from} may
   * equal {@code end}, which may be the column's last row + 1 at the end of a 64-bit word: no word
   * is read then (issue #10: the bits were read one word too far when the rows fill whole words).
   */
  static int nextPresent(Column c, int from, int end) {
    if (from >= end) {
      return end;
    }
    int w = from >>> 6;
    long word = c.present[w] & (-1L << from);
    while (true) {
      if (word != 0) {
        int r = (w << 6) + Long.numberOfTrailingZeros(word);
        return Math.min(r, end);
      }
      w++;
      if ((w << 6) >= end) {
        return end;
      }
      word = c.present[w];
    }
  }

  private ImmutableList<Conflict> findConflicts() {
    List<Conflict> out = new ArrayList<>();
    List<int[]> where = new ArrayList<>(); // (subject, metric, year) of each conflict, to sort
    CellWalk walk = new CellWalk();
    while (walk.next()) {
      if (walk.to - walk.from < 2) {
        continue;
      }
      int from = walk.from;
      long[] values = new long[walk.to - from];
      for (int i = from; i < walk.to; i++) {
        values[i - from] = walk.value(i);
      }
      for (int i = from; i < walk.to; ) {
        int j = i;
        boolean differ = false;
        int release = provRelease[provenance.get(i)];
        while (j < walk.to && provRelease[provenance.get(j)] == release) {
          for (int k = i; k < j; k++) {
            differ |= !agreeWithinRounding(values[j - from], values[k - from],
                metrics.get(walk.m).publishedUnitZeros());
          }
          j++;
        }
        if (differ) {
          List<Figure<?>> figures = new ArrayList<>();
          for (int x = i; x < j; x++) {
            figures.add(figure(x, walk.m, values[x - from]));
          }
          out.add(new Conflict(walk.subject < 0 ? null : cities.get(walk.subject),
              years[walk.y], metrics.get(walk.m), Release.values()[release],
              ImmutableList.copyOf(figures)));
          where.add(new int[] {walk.subject, walk.m, walk.y, out.size() - 1});
        }
        i = j;
      }
    }
    // by subject (national first), metric, year
    where.sort(new java.util.Comparator<int[]>() {
      @Override
      public int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
          if (a[i] != b[i]) {
            return Integer.compare(a[i], b[i]);
          }
        }
        return 0;
      }
    });
    ImmutableList.Builder<Conflict> sorted = ImmutableList.builderWithExpectedSize(out.size());
    for (int[] w : where) {
      sorted.add(out.get(w[3]));
    }
    return sorted.build();
  }

  /** The index of a grouping by city attributes, built on first use. */
  GroupIndex groupIndex(Grouping grouping, Grouping.KeyFunction function) {
    GroupIndex index = groupIndexes.get(grouping);
    if (index == null) {
      index = GroupIndex.of(cities, function);
      GroupIndex raced = groupIndexes.putIfAbsent(grouping, index);
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
    ViewKey key = new ViewKey(asOf, verifiedOnly, minGrade);
    if (key.isLatest()) {
      Dataset d = latestDataset;
      if (d == null) {
        d = new Dataset(this, null, false, SourceGrade.COMPILATION, latest);
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
      views.keySet().removeIf(new java.util.function.Predicate<ViewKey>() {
        @Override
        public boolean test(ViewKey k) {
          return k.asOf != null;
        }
      });
    }
    Dataset d = new Dataset(this, asOf, verifiedOnly, minGrade, resolve(key));
    Dataset raced = views.putIfAbsent(key, d);
    return raced != null ? raced : d;
  }

  /** Resolves a view: per cell, the first observation visible in it. */
  private Store resolve(ViewKey key) {
    Column.Builder[] cols = new Column.Builder[metrics.size()];
    Column.Builder[] nat = new Column.Builder[metrics.size()];
    int cityCount = cities.size();
    CellWalk walk = new CellWalk();
    while (walk.next()) {
      for (int o = walk.from; o < walk.to; o++) {
        if (!visible(o, key)) {
          continue;
        }
        long value = walk.value(o);
        if (walk.subject < 0) {
          if (nat[walk.m] == null) {
            nat[walk.m] = new Column.Builder(yearCount);
          }
          nat[walk.m].set(walk.y, value);
        } else {
          if (cols[walk.m] == null) {
            cols[walk.m] = new Column.Builder(cityYears.length * cityCount);
          }
          cols[walk.m].set(cityYearOf[walk.y] * cityCount + walk.subject, value);
        }
        break;
      }
    }
    return store(cols, nat);
  }

  /** A view's store from its columns: per metric, city and national (null where none). */
  private Store store(Column.@Nullable Builder[] cols, Column.@Nullable Builder[] nat) {
    int cityCount = cities.size();
    int rows = cityYears.length * cityCount;
    Map<String, Column> columns = new LinkedHashMap<>();
    Map<String, Column> national = new LinkedHashMap<>();
    boolean[] yearCovered = new boolean[cityYears.length]; // by city-year index
    for (int m = 0; m < metrics.size(); m++) {
      if (cols[m] != null) {
        for (int y = 0; y < cityYears.length; y++) {
          yearCovered[y] |= cols[m].anyIn(y * cityCount, (y + 1) * cityCount);
        }
        columns.put(metrics.get(m).id(), cols[m].build());
      }
      if (nat[m] != null) {
        national.put(metrics.get(m).id(), nat[m].build());
      }
    }
    int gdp = metrics.indexOf(Metric.GDP);
    int population = metrics.indexOf(Metric.POPULATION);
    Column perCapita = gdp < 0 || population < 0 ? null : perCapita(cols[gdp], cols[population], rows);
    if (perCapita != null) {
      columns.put(Metric.GDP_PER_CAPITA.id(), perCapita);
    }
    return new Store(this, java.util.Collections.unmodifiableMap(columns),
        java.util.Collections.unmodifiableMap(national), yearCovered);
  }

  /** GDP / population, rounded half-even to whole yuan, where both are present. */
  private static @Nullable Column perCapita(Column.@Nullable Builder gdp,
      Column.@Nullable Builder pop, int rows) {
    if (gdp == null || pop == null) {
      return null;
    }
    Column.Builder out = new Column.Builder(rows);
    for (int r = 0; r < rows; r++) {
      if (gdp.has(r) && pop.has(r) && pop.value(r) > 0) {
        out.set(r, divideHalfEven(gdp.value(r), pop.value(r)));
      }
    }
    return out.build();
  }

  /** {@code num / den} rounded half-even, for a positive {@code den}. */
  static long divideHalfEven(long num, long den) {
    if (den <= 0) {
      throw new IllegalArgumentException("den must be positive, is " + den);
    }
    long q = Math.floorDiv(num, den);
    long rem = Math.floorMod(num, den); // 0 <= rem < den
    long rest = den - rem;
    return rem > rest || (rem == rest && (q & 1) != 0) ? q + 1 : q;
  }

  /** Small non-negative ints in the narrowest array that holds them. */
  private abstract static class Narrow {
    abstract int get(int i);

    static Narrow of(int[] values, int bound) {
      if (bound <= 256) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
          b[i] = (byte) values[i];
        }
        return new Narrow() {
          @Override
          int get(int i) {
            return b[i] & 0xFF;
          }
        };
      }
      if (bound <= 65_536) {
        char[] c = new char[values.length];
        for (int i = 0; i < c.length; i++) {
          c[i] = (char) values[i];
        }
        return new Narrow() {
          @Override
          int get(int i) {
            return c[i];
          }
        };
      }
      return new Narrow() {
        @Override
        int get(int i) {
          return values[i];
        }
      };
    }
  }
}
