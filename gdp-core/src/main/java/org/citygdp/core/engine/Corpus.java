package org.citygdp.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every observation a dataset was built from, in columns, shared by all its views; and the views
 * resolved from it ({@link Store}). It knows cities, metrics, sources, releases, grades and
 * publication dates only by number: the API above it gives the numbers their meaning.
 *
 * <p>Layout, chosen to keep a dataset small (see gdp-benchmarks' memory measurement):
 * <ul>
 *   <li>only years that have figures are indexed ({@link #years}), and the city columns have rows
 *       only for the years that have city figures ({@link #cityYears}): a dataset with figures in
 *       1949 and 2100 stores two years, not 152 (issue #10). Storage is dense over those city
 *       years, the cities and the metrics, so a {@link SizeCheck} caps it before anything is
 *       allocated;
 *   <li>observations are sorted by <em>cell</em> (metric, year, then national before the cities
 *       in index order), and within a cell by the selection rule, so the first observation of a
 *       cell is the one the latest, unfiltered view picks. Its value lives only in that view's
 *       {@link Column}s ({@link #latest()}); the values of the other observations (earlier
 *       releases, second sources) are kept apart, in observation order;
 *   <li>no observation stores its cell: the cells that have observations are exactly the present
 *       cells of {@link #latest()}, in the same order, so a bit per observation (does it start a
 *       cell?) and rank counts locate everything;
 *   <li>each observation has a <em>provenance</em> number into a dictionary of the distinct
 *       (source, release, verified, publication date) combinations, stored in the narrowest
 *       array that holds it.
 * </ul>
 * The selection rule within a cell: the latest release (the highest release number); within it
 * the stronger grade (the lower grade number); then the more precise figure (fewer trailing
 * decimal zeros in the value: "7.5" before "8"); then the newer publication (undated last); then
 * verified before unverified; then the order in which the sources were added. Never the source
 * id.
 */
public final class Corpus {
  /** Checks the storage a corpus would need before it allocates any (see the constructor). */
  public interface SizeCheck {
    /**
     * Throws if the columns would be too large: {@code cityYears} years with city figures ×
     * {@code cities} × {@code cityMetrics}, plus {@code years} × {@code nationalMetrics}, for
     * {@code figures} observations.
     */
    void check(int cities, int cityYears, int cityMetrics, int years, int nationalMetrics,
        int figures);
  }

  /**
   * Told of a figure that repeats an earlier one's cell, release and source: called at most once,
   * with the repeat that comes first in input order and the earliest figure it repeats; may throw.
   * Found while the observations are sorted, so it needs no table of its own.
   */
  public interface Duplicates {
    void found(int figure, int first);
  }

  /** Which observations a view sees: by publication date, verification and grade. */
  public static final class ViewKey {
    final boolean dated;
    final long asOf; // epoch day, where dated
    final boolean verifiedOnly;
    final int minGrade;

    /**
     * A view as of the epoch day {@code asOf} (if {@code dated}), of verified figures only or
     * not, of grade numbers up to {@code minGrade} (a lower number is a stronger grade).
     */
    public ViewKey(boolean dated, long asOf, boolean verifiedOnly, int minGrade) {
      this.dated = dated;
      this.asOf = dated ? asOf : 0;
      this.verifiedOnly = verifiedOnly;
      this.minGrade = minGrade;
    }

    /** Whether the view is as of a date. */
    public boolean dated() {
      return dated;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof ViewKey k && dated == k.dated && asOf == k.asOf
          && verifiedOnly == k.verifiedOnly && minGrade == k.minGrade;
    }

    @Override
    public int hashCode() {
      return ((Long.hashCode(asOf) * 2 + (dated ? 1 : 0)) * 2 + (verifiedOnly ? 1 : 0)) * 31
          + minGrade;
    }
  }

  /**
   * A run of observations of one cell and release whose values disagree beyond rounding: the
   * cell (subject = city index or -1, metric index, year) and observations {@code [from, to)}.
   */
  public static final class ConflictRun {
    public final int subject;
    public final int metric;
    public final int year;
    public final int release;
    public final int from;
    public final int to;
    private final long[] values;

    ConflictRun(int subject, int metric, int year, int release, int from, int to,
        long[] values) {
      this.subject = subject;
      this.metric = metric;
      this.year = year;
      this.release = release;
      this.from = from;
      this.to = to;
      this.values = values;
    }

    /** The value of observation {@code o}, {@code from <= o < to}. */
    public long value(int o) {
      return values[o - from];
    }
  }

  private final int cityCount;
  // every city index in order, shared by the stores of every view (see Store#allCities)
  final int[] allCities;
  private final String[] metricIds;
  private final int[] unitZeros;
  private final int minYear;
  private final int releaseCount;
  private final int gradeCount;
  private final int gdpMetric;
  private final int populationMetric;
  private final String perCapitaId;
  private final @Nullable String hot0;
  private final @Nullable String hot1;
  /** The years that have figures (city or national), ascending: the year index is a position. */
  public final int[] years;
  public final int yearCount;
  /** The years that have city figures, ascending: the city columns have rows for these alone. */
  public final int[] cityYears;
  /** Per year index, the index of the year in {@link #cityYears}, or -1. */
  private final int[] cityYearOf;
  /** Per year index, how many years with city figures come before it (its first city row / n). */
  private final int[] cityYearsBefore;
  // per year since minYear: its index in years (resp. cityYears), or -1
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
  private final int[] provDateId; // the caller's date number, or -1
  private final byte[] provGrade;
  private final Map<Integer, String> notes; // only the observations that have one

  /** The latest, unfiltered view; also the store of the first observation of every cell. */
  private final Store latest;

  /**
   * Takes the observations in input order: observation {@code i} is of {@code subject[i]} (a city
   * index below {@code cityCount}, or -1 for national), {@code year[i]} (within {@code minYear}
   * –{@code maxYear}), {@code metric[i]} (an index into {@code metricIds}), with the exact value
   * {@code raw[i]}, from release {@code release[i]} (below {@code releaseCount}; a higher number
   * is later) of source {@code source[i]} (whose grade number is {@code sourceGrade[source[i]]},
   * below {@code gradeCount}; lower is stronger), verified if {@code verified.get(i)}, published by
   * the epoch day {@code dateDay[date[i]]} (undated if {@code date[i]} is -1), with an optional
   * note ({@code note} null: none has one).
   *
   * @param unitZeros per metric, the decimal zeros of its published unit in its raw values
   * @param gdpMetric the index of GDP in {@code metricIds}, or -1; with {@code populationMetric}
   *     it derives the column {@code perCapitaId}
   * @param hot0 a metric id looked up often (by identity), or null
   * @param hot1 another, or null
   * @param sizeCheck called before any column is allocated; may throw
   */
  public Corpus(int cityCount, String[] metricIds, int[] unitZeros, int gdpMetric,
      int populationMetric, String perCapitaId, @Nullable String hot0, @Nullable String hot1,
      int minYear, int maxYear, int releaseCount, byte[] sourceGrade, int gradeCount,
      int[] subject, int[] year, int[] metric, long[] raw, byte[] release, int[] source,
      BitSet verified, int[] date, int[] dateDay, @Nullable String @Nullable [] note,
      SizeCheck sizeCheck,
      Duplicates duplicates) {
    this.cityCount = cityCount;
    this.allCities = new int[cityCount];
    for (int i = 0; i < cityCount; i++) {
      allCities[i] = i;
    }
    this.metricIds = metricIds;
    this.unitZeros = unitZeros;
    this.minYear = minYear;
    this.releaseCount = releaseCount;
    this.gradeCount = gradeCount;
    this.gdpMetric = gdpMetric;
    this.populationMetric = populationMetric;
    this.perCapitaId = perCapitaId;
    this.hot0 = hot0;
    this.hot1 = hot1;
    int metricCount = metricIds.length;
    int n = subject.length;
    // the years with figures, and those with city figures; then the size, before allocating
    int span = maxYear - minYear + 1;
    boolean[] anyIn = new boolean[span];
    boolean[] cityIn = new boolean[span];
    boolean[] cityMetric = new boolean[metricCount];
    boolean[] nationalMetric = new boolean[metricCount];
    for (int i = 0; i < n; i++) {
      anyIn[year[i] - minYear] = true;
      cityIn[year[i] - minYear] |= subject[i] >= 0;
      cityMetric[metric[i]] |= subject[i] >= 0;
      nationalMetric[metric[i]] |= subject[i] < 0;
    }
    this.yearSlot = new short[span];
    this.cityYearSlot = new short[span];
    this.years = indexed(anyIn, yearSlot, minYear);
    this.cityYears = indexed(cityIn, cityYearSlot, minYear);
    this.yearCount = years.length;
    this.cityYearOf = new int[yearCount];
    this.cityYearsBefore = new int[yearCount];
    for (int y = 0, before = 0; y < yearCount; y++) {
      cityYearOf[y] = cityYearSlot[years[y] - minYear];
      cityYearsBefore[y] = before;
      before += cityYearOf[y] >= 0 ? 1 : 0;
    }
    sizeCheck.check(cityCount, cityYears.length, count(cityMetric), yearCount,
        count(nationalMetric), n);

    long[] key = new long[n]; // the cell: metric, year, then national before the cities
    for (int i = 0; i < n; i++) {
      key[i] = ((long) metric[i] * yearCount + yearIndex(year[i])) * (cityCount + 1L)
          + subject[i] + 1;
    }
    // the provenance dictionary, and each observation's rank within its cell (lower first).
    // A provenance packs into a long when the numbers are small enough (always, in practice):
    // then no key object per observation; else a (source, release, verified, date) key object
    int[] prov = new int[n];
    List<ProvKey> dictionary = new ArrayList<>();
    boolean packable = sourceGrade.length < (1 << 20) && dateDay.length < (1 << 30)
        && releaseCount <= 128;
    if (packable) {
      LongIntMap ids = new LongIntMap();
      for (int i = 0; i < n; i++) {
        boolean v = verified.get(i);
        long k = ((long) source[i] << 40) | ((long) (date[i] + 1) << 8) | (release[i] << 1)
            | (v ? 1 : 0);
        int p = ids.get(k);
        if (p < 0) {
          p = dictionary.size();
          ids.put(k, p);
          dictionary.add(new ProvKey(source[i], release[i], v, date[i]));
        }
        prov[i] = p;
      }
    } else {
      Map<ProvKey, Integer> byKey = new HashMap<>();
      for (int i = 0; i < n; i++) {
        ProvKey k = new ProvKey(source[i], release[i], verified.get(i), date[i]);
        Integer p = byKey.get(k);
        if (p == null) {
          p = dictionary.size();
          byKey.put(k, p);
          dictionary.add(k);
        }
        prov[i] = p;
      }
    }
    int d = dictionary.size();
    this.provSource = new int[d];
    this.provRelease = new byte[d];
    this.provVerified = new boolean[d];
    this.provDated = new boolean[d];
    this.provDate = new int[d];
    this.provDateId = new int[d];
    this.provGrade = new byte[d];
    for (int p = 0; p < d; p++) {
      ProvKey k = dictionary.get(p);
      provSource[p] = k.source;
      provRelease[p] = k.release;
      provVerified[p] = k.verified;
      int pd = k.date;
      provDateId[p] = pd;
      provDated[p] = pd >= 0;
      provDate[p] = pd < 0 ? 0 : dateDay[pd];
      provGrade[p] = sourceGrade[provSource[p]];
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
    int[] ord = sortPacked(key, new CellOrder(raw, metric, unitZeros, prov, group, rank),
        metricCount * (long) yearCount * (cityCount + 1L));
    if (ord == null) {
      byte[] coarseness = coarseness(raw, metric, unitZeros);
      ord = new int[n];
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
    }

    this.observations = n;
    this.firstBits = new long[(n + 63) >>> 6];
    int[] provSorted = new int[n];
    Map<Integer, String> notes = new HashMap<>();
    long[] other = new long[Math.max(16, n >>> 3)]; // values after their cell's first; grows
    int others = 0;
    int cellFrom = 0;
    long repeat = -1; // the first repeat and what it repeats, packed: see repeatIn
    // one pass in cell order: provenance, notes, cell starts, repeats, and the latest view (the
    // first observation of every cell). A first observation's column and row come from its cell
    // number: keys ascend, so the (metric, year) block is followed, not divided out
    Column.Builder[] cols = new Column.Builder[metricCount];
    Column.Builder[] nat = new Column.Builder[metricCount];
    long width = cityCount + 1L; // a block: national, then every city, of one metric and year
    long blockStart = 0;
    int blockMetric = 0;
    int blockYear = 0; // a year index
    long cell = -1;
    for (int i = 0; i < n; i++) {
      int o = ord[i];
      provSorted[i] = prov[o];
      String text = note == null ? null : note[o];
      if (text != null) {
        notes.put(i, text);
      }
      long k = key[o];
      if (i > 0 && k == cell) {
        if (others == other.length) {
          other = Arrays.copyOf(other, others * 2);
        }
        other[others++] = raw[o];
        continue;
      }
      if (i - cellFrom > 1) {
        repeat = repeatIn(repeat, ord, cellFrom, i, release, source);
      }
      cellFrom = i;
      cell = k;
      firstBits[i >>> 6] |= 1L << i;
      while (k >= blockStart + width) {
        blockStart += width;
        if (++blockYear == yearCount) {
          blockYear = 0;
          blockMetric++;
        }
      }
      int subj = (int) (k - blockStart) - 1;
      int m = blockMetric;
      if (subj < 0) {
        if (nat[m] == null) {
          nat[m] = new Column.Builder(yearCount);
        }
        nat[m].set(blockYear, raw[o]);
      } else {
        if (cols[m] == null) {
          cols[m] = new Column.Builder(cityYears.length * cityCount);
        }
        cols[m].set(cityYearOf[blockYear] * cityCount + subj, raw[o]);
      }
    }
    if (n - cellFrom > 1) {
      repeat = repeatIn(repeat, ord, cellFrom, n, release, source);
    }
    if (repeat >= 0) {
      duplicates.found((int) (repeat >>> 32), (int) repeat);
    }
    this.firstRank = rank(firstBits);
    this.provenance = Narrow.of(provSorted, d);
    this.notes = notes;
    this.otherValue = others == other.length ? other : Arrays.copyOf(other, others);
    this.latest = store(cols, nat);
    this.metricCellStart = new int[metricCount + 1];
    this.presentRank = new int[metricCount][];
    for (int m = 0; m < metricCount; m++) {
      Column c = latest.column(metricIds[m]);
      Column nc = latest.nationalColumn(metricIds[m]);
      presentRank[m] = c == null ? new int[1] : rank(c.present);
      int cells = c == null ? 0 : presentRank[m][presentRank[m].length - 1];
      for (int y = 0; nc != null && y < yearCount; y++) {
        cells += nc.has(y) ? 1 : 0;
      }
      metricCellStart[m + 1] = metricCellStart[m] + cells;
    }
  }

  /**
   * The observations in sort order (by cell, then (release, grade) group, coarseness and rank of
   * the provenance, then input order), sorted as packed primitive keys: {@code cells} is the
   * bound of {@code key}. Null if the numbers need more than 63 bits together, or a coarseness
   * could fall outside 0–19.
   */
  private static int @Nullable [] sortPacked(long[] key, CellOrder within, long cells) {
    int n = key.length;
    int cellBits = bits(cells);
    int withinBits = bits(within.bound());
    int indexBits = bits(n);
    if (cellBits + withinBits + indexBits > 63 || !within.packable()) {
      return null;
    }
    if (cells <= 4L * n + 4096) {
      return sortByCell(key, within, (int) cells, indexBits);
    }
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = ((key[i] << withinBits | within.of(i)) << indexBits) | i;
    }
    Arrays.sort(packed);
    int[] ord = new int[n];
    long mask = (1L << indexBits) - 1;
    for (int i = 0; i < n; i++) {
      ord[i] = (int) (packed[i] & mask);
    }
    return ord;
  }

  /**
   * The order of {@link #sortPacked} when there are not many more cells than observations: a
   * counting sort by cell (one pass to count, one to place, input order kept), then each cell of
   * two or more observations sorted by its (group, coarseness, rank) number, input order on ties.
   * Coarseness is worked out only for those: most cells hold one observation.
   */
  private static int[] sortByCell(long[] key, CellOrder within, int cells, int indexBits) {
    int n = key.length;
    int[] next = new int[cells + 1];
    for (int i = 0; i < n; i++) {
      next[(int) key[i] + 1]++;
    }
    for (int c = 0; c < cells; c++) {
      next[c + 1] += next[c];
    }
    int[] ord = new int[n];
    for (int i = 0; i < n; i++) {
      ord[next[(int) key[i]]++] = i;
    }
    for (int from = 0; from < n; ) {
      long cell = key[ord[from]];
      int to = from + 1;
      while (to < n && key[ord[to]] == cell) {
        to++;
      }
      if (to - from > 32) { // a crowded cell: packed (within, index) numbers, sorted
        long[] packed = new long[to - from];
        for (int j = from; j < to; j++) {
          packed[j - from] = within.of(ord[j]) << indexBits | ord[j];
        }
        Arrays.sort(packed);
        for (int j = from; j < to; j++) {
          ord[j] = (int) (packed[j - from] & ((1L << indexBits) - 1));
        }
        from = to;
        continue;
      }
      // insertion sort: cells hold a few figures (one per source and release); stable
      for (int j = from + 1; j < to; j++) {
        int o = ord[j];
        long w = within.of(o);
        int k = j - 1;
        while (k >= from && within.of(ord[k]) > w) {
          ord[k + 1] = ord[k];
          k--;
        }
        ord[k + 1] = o;
      }
      from = to;
    }
    return ord;
  }

  /**
   * Among the observations {@code ord[from, to)} of one cell, the one of lowest input index that
   * has the release and source of an earlier one, packed above the earliest such (so a lower
   * packed number is a repeat that comes first); the lower of that and {@code found} (-1: none).
   * A few observations are compared pairwise; a crowded cell is sorted by (release, source,
   * index), so its repeats are runs.
   */
  static long repeatIn(long found, int[] ord, int from, int to, byte[] release, int[] source) {
    long best = found;
    if (to - from <= 32) {
      for (int a = from; a < to; a++) {
        int later = ord[a];
        for (int b = from; b < to; b++) {
          int first = ord[b];
          if (first < later && release[first] == release[later]
              && source[first] == source[later]) {
            long pair = (long) later << 32 | first;
            best = best < 0 || pair < best ? pair : best;
          }
        }
      }
      return best;
    }
    int[] byKey = Arrays.copyOfRange(ord, from, to);
    IntSort.sort(byKey, new IntSort.IntComparator() {
      @Override
      public int compare(int a, int b) {
        int c = Byte.compare(release[a], release[b]);
        c = c != 0 ? c : Integer.compare(source[a], source[b]);
        return c != 0 ? c : Integer.compare(a, b);
      }
    });
    for (int j = 1; j < byKey.length; j++) {
      int first = byKey[j - 1];
      int later = byKey[j];
      if (release[first] == release[later] && source[first] == source[later]
          && (j == 1 || release[byKey[j - 2]] != release[first]
              || source[byKey[j - 2]] != source[first])) {
        long pair = (long) later << 32 | first; // the second of a run repeats its first
        best = best < 0 || pair < best ? pair : best;
      }
    }
    return best;
  }

  /**
   * The order of an observation within its cell, as one number: its provenance's (release, grade)
   * group, then its coarseness, then its provenance's rank. Coarseness is worked out when asked,
   * so a sort by cell works it out only in cells of two or more observations.
   */
  private static final class CellOrder {
    private final long[] raw;
    private final int[] metric;
    private final int[] unitZeros;
    private final int[] prov;
    private final int[] group; // by provenance
    private final int[] rank; // by provenance

    CellOrder(long[] raw, int[] metric, int[] unitZeros, int[] prov, int[] group, int[] rank) {
      this.raw = raw;
      this.metric = metric;
      this.unitZeros = unitZeros;
      this.prov = prov;
      this.group = group;
      this.rank = rank;
    }

    /** Whether every coarseness is within 0–19, as {@link #of} and {@link #bound} need. */
    boolean packable() {
      for (int z : unitZeros) {
        if (z < 0) {
          return false;
        }
      }
      return true;
    }

    /** A bound of every number {@link #of} gives. */
    long bound() {
      long groups = 1;
      for (int g : group) {
        groups = Math.max(groups, g + 1L);
      }
      return groups * 20 * Math.max(rank.length, 1); // coarseness is at most 19
    }

    /** The order number of observation {@code o}. */
    long of(int o) {
      int p = prov[o];
      return ((long) group[p] * 20 + coarseness(raw[o], unitZeros[metric[o]])) * rank.length
          + rank[p];
    }
  }

  /** How coarse a value is: its decimal zeros, at most its metric's published unit's. */
  private static int coarseness(long raw, int unitZeros) {
    return Math.min(trailingDecimalZeros(raw), unitZeros);
  }

  /** {@link #coarseness(long, int)} of every observation. */
  private static byte[] coarseness(long[] raw, int[] metric, int[] unitZeros) {
    byte[] out = new byte[raw.length];
    for (int i = 0; i < raw.length; i++) {
      out[i] = (byte) coarseness(raw[i], unitZeros[metric[i]]);
    }
    return out;
  }

  /** The bits that hold every number below {@code bound}. */
  private static int bits(long bound) {
    return 64 - Long.numberOfLeadingZeros(Math.max(bound - 1, 0));
  }

  /** A map from long keys to non-negative ints, open addressing: no boxing. */
  private static final class LongIntMap {
    private long[] keys = new long[16];
    private int[] values = new int[16]; // value + 1; 0 is empty
    private int size;

    int get(long k) {
      int mask = keys.length - 1;
      for (int s = slot(k, mask); ; s = (s + 1) & mask) {
        if (values[s] == 0) {
          return -1;
        }
        if (keys[s] == k) {
          return values[s] - 1;
        }
      }
    }

    void put(long k, int v) {
      if (2 * (size + 1) > keys.length) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int s = 0; s < oldKeys.length; s++) {
          if (oldValues[s] != 0) {
            put(oldKeys[s], oldValues[s] - 1);
          }
        }
      }
      int mask = keys.length - 1;
      int s = slot(k, mask);
      while (values[s] != 0) {
        s = (s + 1) & mask;
      }
      keys[s] = k;
      values[s] = v + 1;
      size++;
    }

    private static int slot(long k, int mask) {
      return (int) ((k * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }
  }

  /** The years set in {@code in} (by offset from minYear), ascending; fills {@code slot}. */
  private static int[] indexed(boolean[] in, short[] slot, int minYear) {
    int k = 0;
    for (int i = 0; i < in.length; i++) {
      slot[i] = (short) (in[i] ? k++ : -1);
    }
    int[] out = new int[k];
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        out[slot[i]] = minYear + i;
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

  /** The number of cities: city indices are {@code 0 .. cityCount - 1}. */
  public int cityCount() {
    return cityCount;
  }

  /** The latest, unfiltered view. */
  public Store latest() {
    return latest;
  }

  /** Whether a view sees every observation (so is {@link #latest()}). */
  public boolean isLatest(ViewKey key) {
    return !key.dated && !key.verifiedOnly && key.minGrade >= gradeCount - 1;
  }

  /** The index of {@code year} in {@link #years}, or -1 if it has no figures. */
  public int yearIndex(int year) {
    int i = year - minYear;
    return i < 0 || i >= yearSlot.length ? -1 : yearSlot[i];
  }

  /** The index of {@code year} in {@link #cityYears}, or -1 if it has no city figures. */
  public int cityYearIndex(int year) {
    int i = year - minYear;
    return i < 0 || i >= cityYearSlot.length ? -1 : cityYearSlot[i];
  }

  /** The (release, grade) group of a provenance: lower sorts first (later release, stronger). */
  private int group(int p) {
    return (releaseCount - 1 - provRelease[p]) * gradeCount
        + provGrade[p];
  }

  /**
   * Whether two published values of one figure agree once the finer is rounded to the precision
   * the coarser was printed to: "12.15" and "12.2" agree, "10002" and "10002.1" agree, "12003"
   * and "12004" do not. A value counts as printed at least to its published unit (a level of
   * "30000" 亿元 to the 亿元: {@code unitZeros}), and a zero to the finest precision.
   */
  public static boolean agreeWithinRounding(long a, long b, int unitZeros) {
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
  public static byte trailingDecimalZeros(long v) {
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
    final int date; // -1: undated

    ProvKey(int source, byte release, boolean verified, int date) {
      this.source = source;
      this.release = release;
      this.verified = verified;
      this.date = date;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof ProvKey k && source == k.source && release == k.release
          && verified == k.verified && date == k.date;
    }

    @Override
    public int hashCode() {
      return ((source * 31 + release) * 31 + date) * 2
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
  public int runEnd(int o) {
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
  public int firstOf(int m, int yr, int subjectIndex) {
    int y = yearIndex(yr);
    if (m < 0 || y < 0 || (subjectIndex >= 0 && cityYearOf[y] < 0)) {
      return -1; // a metric or a year without (city) figures
    }
    Column nc = latest.nationalColumn(metricIds[m]);
    Column c = latest.column(metricIds[m]);
    // the city cells before this cell are the present rows before this row; a national cell
    // comes before its year's city rows (its year may have none)
    int row = cityYearsBefore[y] * cityCount + Math.max(subjectIndex, 0);
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
  public int observationCount() {
    return observations;
  }

  // ---- observations ----

  /** Whether observation {@code o} is visible in a view. */
  public boolean visible(int o, ViewKey key) {
    int p = provenance.get(o);
    return !(key.verifiedOnly && !provVerified[p])
        && provGrade[p] <= key.minGrade
        && !(key.dated && (!provDated[p] || provDate[p] > key.asOf));
  }

  /** The source number of observation {@code o}. */
  public int source(int o) {
    return provSource[provenance.get(o)];
  }

  /** The release number of observation {@code o}. */
  public int release(int o) {
    return provRelease[provenance.get(o)];
  }

  /** Whether observation {@code o} was verified. */
  public boolean verified(int o) {
    return provVerified[provenance.get(o)];
  }

  /** The caller's date number of observation {@code o}, or -1 if undated. */
  public int date(int o) {
    return provDateId[provenance.get(o)];
  }

  /** The note of observation {@code o}, or null. */
  public @Nullable String note(int o) {
    return notes.get(o);
  }

  /**
   * What a view leaves out, per year index: figures published after its as-of date, undated
   * figures (in an as-of view), figures below its minimum grade, and unverified ones (in a
   * verified-only view). A figure may count for more than one reason.
   */
  public int[][] leftOut(ViewKey key) {
    int[][] out = new int[yearCount][4];
    if (isLatest(key)) {
      return out;
    }
    CellWalk walk = new CellWalk();
    while (walk.next()) {
      int[] year = out[walk.y];
      for (int o = walk.from; o < walk.to; o++) {
        int p = provenance.get(o);
        if (key.dated && !provDated[p]) {
          year[1]++;
        } else if (key.dated && provDate[p] > key.asOf) {
          year[0]++;
        }
        if (provGrade[p] > key.minGrade) {
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
  public int[][] pickedByGradeAndRelease(ViewKey key) {
    int[][] out = new int[gradeCount][releaseCount];
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

  /** The value of observation {@code o} of the cell (metric index, year, subject). */
  public long value(int o, int m, int year, int subjectIndex) {
    return valueOf(o, m, yearIndex(year), subjectIndex);
  }

  /** The value of observation {@code o} of the cell (metric index, year index, subject). */
  private long valueOf(int o, int m, int y, int subjectIndex) {
    if (!isFirst(o)) {
      return otherValue[o - firstsBefore(o + 1)];
    }
    return subjectIndex < 0
        ? java.util.Objects.requireNonNull(latest.nationalColumn(metricIds[m])).value(y)
        : java.util.Objects.requireNonNull(latest.column(metricIds[m]))
            .value(cityYearOf[y] * cityCount + subjectIndex);
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
            row = Math.max(cityYearOf[y], 0) * cityCount;
            end = cityYearOf[y] < 0 ? row : row + cityCount;
            if (nat != null && nat.has(y)) {
              subject = -1;
              return advance();
            }
          }
          int r = col == null ? end : nextPresent(col, row, end);
          if (r < end) {
            subject = r - (end - cityCount);
            row = r + 1;
            return advance();
          }
          y++;
          row = -1;
        } else if (m + 1 < metricIds.length) {
          m++;
          y = 0;
          row = -1;
          nat = latest.nationalColumn(metricIds[m]);
          col = latest.column(metricIds[m]);
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
  public static int nextPresent(Column c, int from, int end) {
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

  /**
   * The runs of observations of one cell and release whose values disagree beyond rounding, by
   * subject (national first), metric, year: looked for on each call (a dataset that is never
   * asked for its conflicts never looks), so the caller keeps what it needs.
   */
  public List<ConflictRun> conflicts() {
    List<ConflictRun> out = new ArrayList<>();
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
                unitZeros[walk.m]);
          }
          j++;
        }
        if (differ) {
          out.add(new ConflictRun(walk.subject, walk.m, years[walk.y], release, i, j,
              Arrays.copyOfRange(values, i - from, j - from)));
        }
        i = j;
      }
    }
    // by subject (national first), metric, year
    out.sort(new java.util.Comparator<ConflictRun>() {
      @Override
      public int compare(ConflictRun a, ConflictRun b) {
        int c = Integer.compare(a.subject, b.subject);
        if (c == 0) {
          c = Integer.compare(a.metric, b.metric);
        }
        return c != 0 ? c : Integer.compare(a.year, b.year);
      }
    });
    return java.util.Collections.unmodifiableList(out);
  }

  // ---- views ----

  /** Resolves a view: per cell, the first observation visible in it. */
  public Store resolve(ViewKey key) {
    if (isLatest(key)) {
      return latest;
    }
    Column.Builder[] cols = new Column.Builder[metricIds.length];
    Column.Builder[] nat = new Column.Builder[metricIds.length];
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
    int rows = cityYears.length * cityCount;
    Map<String, Column> columns = new LinkedHashMap<>();
    Map<String, Column> national = new LinkedHashMap<>();
    boolean[] yearCovered = new boolean[cityYears.length]; // by city-year index
    for (int m = 0; m < metricIds.length; m++) {
      if (cols[m] != null) {
        for (int y = 0; y < cityYears.length; y++) {
          yearCovered[y] |= cols[m].anyIn(y * cityCount, (y + 1) * cityCount);
        }
        columns.put(metricIds[m], cols[m].build());
      }
      if (nat[m] != null) {
        national.put(metricIds[m], nat[m].build());
      }
    }
    Column perCapita = gdpMetric < 0 || populationMetric < 0 ? null
        : perCapita(cols[gdpMetric], cols[populationMetric], rows);
    if (perCapita != null) {
      columns.put(perCapitaId, perCapita);
    }
    return new Store(this, java.util.Collections.unmodifiableMap(columns),
        java.util.Collections.unmodifiableMap(national), yearCovered, hot0, hot1);
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
  public static long divideHalfEven(long num, long den) {
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
