package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
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
 *   <li>each observation is a <em>cell</em> ({@code metric, year, subject}) packed in one int, and
 *       a <em>provenance</em> number into a dictionary of the distinct (source, release, verified,
 *       publication date) combinations, stored in the narrowest array that holds it;
 *   <li>observations are sorted by cell, and within a cell by the selection rule, so the first
 *       observation of a cell is the one the latest, unfiltered view picks. Its value lives only
 *       in that view's {@link Column}s ({@link #latest}); the values of the other observations
 *       (earlier releases, second sources) are kept apart, in observation order.
 * </ul>
 */
final class Corpus {
  static final int UNKNOWN_DATE = Integer.MAX_VALUE;

  /** The cities, sorted by id (the index of a city is its position). */
  final ImmutableList<City> cities;
  final ImmutableList<Source> sources;
  private final ImmutableMap<String, Integer> sourceIndex;
  final ImmutableList<Metric<?>> metrics;
  final int firstYear;
  final int yearCount;

  // observations, sorted by cell, then by the selection rule
  private final int[] cell;
  private final Narrow provenance;
  // the values of observations that are not the first of their cell, in observation order
  private final int[] otherObservation;
  private final long[] otherValue;
  // the provenance dictionary
  private final int[] provSource;
  private final byte[] provRelease;
  private final boolean[] provVerified;
  private final int[] provDate; // epoch day, or UNKNOWN_DATE
  private final Map<Integer, String> notes; // only the observations that have one

  final ImmutableList<Conflict> conflicts;
  /** The latest, unfiltered view; also the store of the first observation of every cell. */
  private final Store latest;
  private final Map<ViewKey, Store> views = new ConcurrentHashMap<>();
  private final Map<Grouping, GroupIndex> groupIndexes = new ConcurrentHashMap<>();

  static final class ViewKey {
    final @Nullable LocalDate asOf;
    final boolean verifiedOnly;

    ViewKey(@Nullable LocalDate asOf, boolean verifiedOnly) {
      this.asOf = asOf;
      this.verifiedOnly = verifiedOnly;
    }

    boolean isLatest() {
      return asOf == null && !verifiedOnly;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof ViewKey k && verifiedOnly == k.verifiedOnly
          && (asOf == null ? k.asOf == null : asOf.equals(k.asOf));
    }

    @Override
    public int hashCode() {
      return (asOf == null ? 0 : asOf.hashCode()) * 2 + (verifiedOnly ? 1 : 0);
    }
  }

  /**
   * Takes the observations in input order. {@code subject} is a city index or -1 for national;
   * {@code metric} an index into {@code metrics}.
   *
   * @throws InvalidDataException if the dataset has more (metric, year, city) cells than an int
   *     can number
   */
  Corpus(ImmutableList<City> cities, ImmutableList<Source> sources, ImmutableList<Metric<?>> metrics,
      int firstYear, int yearCount, int[] subject, int[] year, int[] metric, long[] raw,
      byte[] release, int[] source, BitSet verified, int[] date, @Nullable String[] note) {
    this.cities = cities;
    ImmutableMap.Builder<String, Integer> si = ImmutableMap.builder();
    for (int i = 0; i < sources.size(); i++) {
      si.put(sources.get(i).id(), i);
    }
    this.sourceIndex = si.buildOrThrow();
    this.sources = sources;
    this.metrics = metrics;
    this.firstYear = firstYear;
    this.yearCount = yearCount;
    long cells = (long) metrics.size() * yearCount * (cities.size() + 1L);
    if (cells > Integer.MAX_VALUE) {
      throw new InvalidDataException("cities", cities.size(), "dataset",
          "times years (" + yearCount + ") times metrics (" + metrics.size()
              + ") must stay below 2^31 cells");
    }

    int n = subject.length;
    int[] key = new int[n];
    for (int i = 0; i < n; i++) {
      key[i] = cellOf(metric[i], year[i], subject[i]);
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
    this.provDate = new int[d];
    for (Map.Entry<ProvKey, Integer> e : dictionary.entrySet()) {
      int p = e.getValue();
      provSource[p] = e.getKey().source;
      provRelease[p] = e.getKey().release;
      provVerified[p] = e.getKey().verified;
      provDate[p] = e.getKey().date;
    }
    // the selection rule over provenances: latest release, official, verified, earliest, id
    Integer[] byRule = new Integer[d];
    for (int p = 0; p < d; p++) {
      byRule[p] = p;
    }
    Arrays.sort(byRule, new java.util.Comparator<Integer>() {
      @Override
      public int compare(Integer a, Integer b) {
        int c = Integer.compare(provRelease[b], provRelease[a]);
        if (c == 0) {
          c = Boolean.compare(sources.get(provSource[b]).official(),
              sources.get(provSource[a]).official());
        }
        if (c == 0) {
          c = Boolean.compare(provVerified[b], provVerified[a]);
        }
        if (c == 0) {
          c = Integer.compare(provDate[a], provDate[b]);
        }
        if (c == 0) {
          c = sources.get(provSource[a]).id().compareTo(sources.get(provSource[b]).id());
        }
        return c;
      }
    });
    int[] rank = new int[d];
    for (int r = 0; r < d; r++) {
      rank[byRule[r]] = r;
    }
    int[] ord = new int[n];
    for (int i = 0; i < n; i++) {
      ord[i] = i;
    }
    IntSort.sort(ord, new IntSort.IntComparator() {
      @Override
      public int compare(int a, int b) {
        int c = Integer.compare(key[a], key[b]);
        return c != 0 ? c : Integer.compare(rank[prov[a]], rank[prov[b]]);
      }
    });

    this.cell = new int[n];
    int[] provSorted = new int[n];
    Map<Integer, String> notes = new HashMap<>();
    int others = 0;
    for (int i = 0; i < n; i++) {
      int o = ord[i];
      cell[i] = key[o];
      provSorted[i] = prov[o];
      if (note[o] != null) {
        notes.put(i, note[o]);
      }
      if (!startsCell(i)) {
        others++;
      }
    }
    this.provenance = Narrow.of(provSorted, d);
    this.notes = notes;
    this.otherObservation = new int[others];
    this.otherValue = new long[others];
    long[] firstValue = new long[n];
    for (int i = 0, k = 0; i < n; i++) {
      if (startsCell(i)) {
        firstValue[i] = raw[ord[i]];
      } else {
        otherObservation[k] = i;
        otherValue[k++] = raw[ord[i]];
      }
    }
    this.latest = resolve(new ViewKey(null, false), firstValue);
    this.conflicts = findConflicts();
  }

  /** A (source, release, verified, date) combination: a key of the provenance dictionary. */
  private static final class ProvKey {
    final int source;
    final byte release;
    final boolean verified;
    final int date;

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
      return ((source * 31 + release) * 31 + date) * 2 + (verified ? 1 : 0);
    }
  }

  // ---- cells ----

  private int cellOf(int metricIndex, int yr, int subjectIndex) {
    return (metricIndex * yearCount + (yr - firstYear)) * (cities.size() + 1) + subjectIndex + 1;
  }

  private int subjectOf(int c) {
    return c % (cities.size() + 1) - 1;
  }

  private int yearOf(int c) {
    return c / (cities.size() + 1) % yearCount + firstYear;
  }

  private int metricOf(int c) {
    return c / (cities.size() + 1) / yearCount;
  }

  private boolean startsCell(int o) {
    return o == 0 || cell[o] != cell[o - 1];
  }

  /** The first observation of a cell, or -1 if it has none. */
  private int firstOf(int c) {
    int lo = 0;
    int hi = cell.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cell[mid] < c) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < cell.length && cell[lo] == c ? lo : -1;
  }

  /** Every observation, whichever view. */
  int observationCount() {
    return cell.length;
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

  /** The index of the source with this id, or -1. */
  int sourceIndex(String id) {
    Integer i = sourceIndex.get(id);
    return i == null ? -1 : i;
  }

  // ---- observations ----

  private boolean visible(int o, ViewKey key) {
    int p = provenance.get(o);
    return !(key.verifiedOnly && !provVerified[p])
        && !(key.asOf != null && provDate[p] > key.asOf.toEpochDay());
  }

  private long valueOf(int o) {
    if (startsCell(o)) {
      int c = cell[o];
      int subj = subjectOf(c);
      Metric<?> m = metrics.get(metricOf(c));
      int y = yearOf(c) - firstYear;
      Column col = subj < 0 ? latest.nationalColumn(m) : latest.column(m);
      return col.value(subj < 0 ? y : y * cities.size() + subj);
    }
    return otherValue[Arrays.binarySearch(otherObservation, o)];
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Figure<?> figure(int o, long value) {
    Metric m = metrics.get(metricOf(cell[o]));
    int p = provenance.get(o);
    return new Figure(m, m.decode(value), sources.get(provSource[p]),
        Release.values()[provRelease[p]], provVerified[p], notes.get(o),
        provDate[p] == UNKNOWN_DATE ? null : LocalDate.ofEpochDay(provDate[p]));
  }

  /**
   * Every figure of one subject (city index, or -1 for national), metric and year, in the order of
   * the selection rule, keeping only those visible in {@code view}.
   */
  ImmutableList<Figure<?>> figures(int subjectIndex, Metric<?> m, int yr, ViewKey view) {
    int mi = metrics.indexOf(m);
    if (mi < 0 || yr < firstYear || yr >= firstYear + yearCount) {
      return ImmutableList.of();
    }
    int c = cellOf(mi, yr, subjectIndex);
    int first = firstOf(c);
    if (first < 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Figure<?>> out = ImmutableList.builder();
    for (int o = first; o < cell.length && cell[o] == c; o++) {
      if (visible(o, view)) {
        out.add(figure(o, valueOf(o)));
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
    if (mi < 0 || yr < firstYear || yr >= firstYear + yearCount) {
      return java.util.Optional.empty();
    }
    int c = cellOf(mi, yr, subjectIndex);
    int first = firstOf(c);
    for (int o = first; o >= 0 && o < cell.length && cell[o] == c; o++) {
      if (visible(o, view)) {
        return java.util.Optional.of(figure(o, valueOf(o)));
      }
    }
    return java.util.Optional.empty();
  }

  /** The source id of the figure a view picked, or null: for one-line summaries. */
  @Nullable String pickedSourceId(int subjectIndex, Metric<?> m, int yr, ViewKey view) {
    java.util.Optional<Figure<?>> f = picked(subjectIndex, m, yr, view);
    return f.isPresent() ? f.get().source().id() : null;
  }

  private ImmutableList<Conflict> findConflicts() {
    List<Conflict> out = new ArrayList<>();
    List<int[]> where = new ArrayList<>(); // (subject, metric, year) of each conflict, to sort
    for (int from = 0, k = 0; from < cell.length; ) {
      int to = from + 1;
      while (to < cell.length && cell[to] == cell[from]) {
        to++;
      }
      long[] values = new long[to - from];
      for (int i = from; i < to; i++) {
        values[i - from] = i == from ? valueOf(i) : otherValue[k++];
      }
      for (int i = from; i < to; ) {
        int j = i;
        boolean differ = false;
        int release = provRelease[provenance.get(i)];
        while (j < to && provRelease[provenance.get(j)] == release) {
          differ |= values[j - from] != values[i - from];
          j++;
        }
        if (differ) {
          List<Figure<?>> figures = new ArrayList<>();
          for (int x = i; x < j; x++) {
            figures.add(figure(x, values[x - from]));
          }
          int c = cell[i];
          out.add(new Conflict(subjectOf(c) < 0 ? null : cities.get(subjectOf(c)), yearOf(c),
              metrics.get(metricOf(c)), Release.values()[release], ImmutableList.copyOf(figures)));
          where.add(new int[] {subjectOf(c), metricOf(c), yearOf(c), out.size() - 1});
        }
        i = j;
      }
      from = to;
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

  Store view(@Nullable LocalDate asOf, boolean verifiedOnly) {
    ViewKey key = new ViewKey(asOf, verifiedOnly);
    if (key.isLatest()) {
      return latest;
    }
    Store cached = views.get(key);
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
    Store store = resolve(key, null);
    Store raced = views.putIfAbsent(key, store);
    return raced != null ? raced : store;
  }

  /**
   * Resolves a view: per cell, the first observation visible in it. {@code firstValues} gives the
   * values of the first observations of cells when building {@link #latest} itself; otherwise
   * they come from {@link #latest}.
   */
  private Store resolve(ViewKey key, long @Nullable [] firstValues) {
    int cityCount = cities.size();
    int rows = yearCount * cityCount;
    Column.Builder[] cols = new Column.Builder[metrics.size()];
    Column.Builder[] nat = new Column.Builder[metrics.size()];
    boolean[] yearCovered = new boolean[yearCount];
    boolean picked = false;
    int other = -1; // index into otherValue of the last non-first observation passed
    for (int o = 0; o < cell.length; o++) {
      boolean first = startsCell(o);
      if (first) {
        picked = false;
      } else {
        other++;
      }
      if (picked || !visible(o, key)) {
        continue;
      }
      picked = true;
      int c = cell[o];
      int m = metricOf(c);
      int y = yearOf(c) - firstYear;
      int subj = subjectOf(c);
      long value = !first ? otherValue[other]
          : firstValues != null ? firstValues[o]
          : subj < 0 ? latest.nationalColumn(metrics.get(m)).value(y)
          : latest.column(metrics.get(m)).value(y * cityCount + subj);
      if (subj < 0) {
        if (nat[m] == null) {
          nat[m] = new Column.Builder(yearCount);
        }
        nat[m].set(y, value);
      } else {
        if (cols[m] == null) {
          cols[m] = new Column.Builder(rows);
        }
        cols[m].set(y * cityCount + subj, value);
        yearCovered[y] = true;
      }
    }
    Map<String, Column> columns = new LinkedHashMap<>();
    Map<String, Column> national = new LinkedHashMap<>();
    for (int m = 0; m < metrics.size(); m++) {
      if (cols[m] != null) {
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
    ImmutableSortedSet.Builder<Integer> covered = ImmutableSortedSet.naturalOrder();
    for (int y = 0; y < yearCount; y++) {
      if (yearCovered[y]) {
        covered.add(firstYear + y);
      }
    }
    return new Store(this, java.util.Collections.unmodifiableMap(columns),
        java.util.Collections.unmodifiableMap(national), covered.build());
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

  static long divideHalfEven(long num, long den) {
    long q = num / den;
    long rem = num % den;
    long twice = Math.abs(rem) * 2;
    if (twice > den || (twice == den && (q & 1) != 0)) {
      q += Long.signum(num) * Long.signum(den);
    }
    return q;
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
