package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything a dataset was built from, shared by all its views: cities, sources, and every
 * observation in parallel primitive arrays, grouped by (subject, metric, year) and ordered within
 * each group by the selection rule. Views resolve against it and are cached.
 */
final class Corpus {
  static final int UNKNOWN_DATE = Integer.MAX_VALUE;

  final ImmutableList<City> cities;
  final ImmutableMap<String, Integer> cityIndex;
  final ImmutableList<Source> sources;
  final ImmutableMap<String, Integer> sourceIndex;
  final ImmutableList<Metric<?>> metrics;
  final int firstYear;
  final int yearCount;

  // Observations in parallel primitive arrays, stored in selection order: grouped by figure
  // (subject, metric, year), each group ordered by the selection rule. A group starts where the
  // figure differs from the previous observation's.
  final int[] subject; // city index, or -1 for national
  final short[] year;
  final short[] metric; // index into metrics
  final long[] raw;
  final byte[] release;
  final int[] source;
  final BitSet verified;
  final int[] date; // epoch day, or UNKNOWN_DATE
  private final Map<Integer, String> notes; // only the observations that have one

  final ImmutableList<Conflict> conflicts;
  private final Map<ViewKey, Store> views = new ConcurrentHashMap<>();
  private final Map<Grouping, GroupIndex> groupIndexes = new ConcurrentHashMap<>();

  record ViewKey(@Nullable LocalDate asOf, boolean verifiedOnly) {}

  /** Takes the observations in input order and stores them in selection order. */
  Corpus(ImmutableList<City> cities, ImmutableList<Source> sources, ImmutableList<Metric<?>> metrics,
      int firstYear, int yearCount, int[] subject, int[] year, int[] metric, long[] raw,
      byte[] release, int[] source, BitSet verified, int[] date, @Nullable String[] note) {
    this.cities = cities;
    ImmutableMap.Builder<String, Integer> ci = ImmutableMap.builder();
    for (int i = 0; i < cities.size(); i++) {
      ci.put(cities.get(i).id(), i);
    }
    this.cityIndex = ci.buildOrThrow();
    this.sources = sources;
    ImmutableMap.Builder<String, Integer> si = ImmutableMap.builder();
    for (int i = 0; i < sources.size(); i++) {
      si.put(sources.get(i).id(), i);
    }
    this.sourceIndex = si.buildOrThrow();
    this.metrics = metrics;
    this.firstYear = firstYear;
    this.yearCount = yearCount;

    int n = subject.length;
    int[] ord = new int[n];
    for (int i = 0; i < n; i++) {
      ord[i] = i;
    }
    boolean[] official = new boolean[sources.size()];
    for (int i = 0; i < official.length; i++) {
      official[i] = sources.get(i).official();
    }
    IntSort.sort(ord, (a, b) -> {
      int c = Integer.compare(subject[a], subject[b]);
      if (c == 0) {
        c = Integer.compare(metric[a], metric[b]);
      }
      if (c == 0) {
        c = Integer.compare(year[a], year[b]);
      }
      if (c == 0) {
        c = Integer.compare(release[b], release[a]);
      }
      if (c == 0) {
        c = Boolean.compare(official[source[b]], official[source[a]]);
      }
      if (c == 0) {
        c = Boolean.compare(verified.get(b), verified.get(a));
      }
      if (c == 0) {
        c = Integer.compare(date[a], date[b]);
      }
      if (c == 0) {
        c = sources.get(source[a]).id().compareTo(sources.get(source[b]).id());
      }
      return c;
    });
    this.subject = new int[n];
    this.year = new short[n];
    this.metric = new short[n];
    this.raw = new long[n];
    this.release = new byte[n];
    this.source = new int[n];
    this.verified = new BitSet(n);
    this.date = new int[n];
    Map<Integer, String> notes = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int o = ord[i];
      this.subject[i] = subject[o];
      this.year[i] = (short) year[o];
      this.metric[i] = (short) metric[o];
      this.raw[i] = raw[o];
      this.release[i] = release[o];
      this.source[i] = source[o];
      this.verified.set(i, verified.get(o));
      this.date[i] = date[o];
      if (note[o] != null) {
        notes.put(i, note[o]);
      }
    }
    this.notes = notes;
    this.conflicts = findConflicts();
  }

  private boolean startsGroup(int i) {
    return i == 0 || subject[i] != subject[i - 1] || metric[i] != metric[i - 1]
        || year[i] != year[i - 1];
  }

  /** The end (exclusive) of the group starting at {@code from}. */
  private int groupEnd(int from) {
    int to = from + 1;
    while (to < subject.length && !startsGroup(to)) {
      to++;
    }
    return to;
  }

  /**
   * Every figure of one subject (city index, or -1 for national), metric and year, in the order of
   * the selection rule, keeping only those visible in {@code view}.
   */
  ImmutableList<Figure<?>> figures(int subjectIndex, Metric<?> m, int yr, ViewKey view) {
    int mi = metrics.indexOf(m);
    if (mi < 0) {
      return ImmutableList.of();
    }
    // binary search for the first observation with a key >= (subject, metric, year)
    int lo = 0;
    int hi = subject.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int c = Integer.compare(subject[mid], subjectIndex);
      if (c == 0) {
        c = Integer.compare(metric[mid], mi);
      }
      if (c == 0) {
        c = Integer.compare(year[mid], yr);
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    ImmutableList.Builder<Figure<?>> out = ImmutableList.builder();
    for (int i = lo; i < subject.length && subject[i] == subjectIndex && metric[i] == mi
        && year[i] == yr; i++) {
      if (visible(i, view)) {
        out.add(figure(i));
      }
    }
    return out.build();
  }

  private boolean visible(int o, ViewKey key) {
    return !(key.verifiedOnly() && !verified.get(o))
        && !(key.asOf() != null && date[o] > key.asOf().toEpochDay());
  }

  private ImmutableList<Conflict> findConflicts() {
    ImmutableList.Builder<Conflict> out = ImmutableList.builder();
    for (int from = 0; from < subject.length; ) {
      int to = groupEnd(from);
      for (int i = from; i < to; ) {
        int j = i;
        boolean differ = false;
        while (j < to && release[j] == release[i]) {
          differ |= raw[j] != raw[i];
          j++;
        }
        if (differ) {
          List<Figure<?>> figures = new ArrayList<>();
          for (int k = i; k < j; k++) {
            figures.add(figure(k));
          }
          out.add(new Conflict(subject[i] < 0 ? null : cities.get(subject[i]), year[i],
              metrics.get(metric[i]), Release.values()[release[i]],
              ImmutableList.copyOf(figures)));
        }
        i = j;
      }
      from = to;
    }
    return out.build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  Figure<?> figure(int o) {
    Metric m = metrics.get(metric[o]);
    return new Figure(m, m.decode(raw[o]), sources.get(source[o]), Release.values()[release[o]],
        verified.get(o), notes.get(o), date[o] == UNKNOWN_DATE ? null : LocalDate.ofEpochDay(date[o]));
  }

  /** The index of a grouping by city attributes, built on first use. */
  GroupIndex groupIndex(Grouping grouping, Grouping.KeyFunction function) {
    return groupIndexes.computeIfAbsent(grouping, g -> GroupIndex.of(cities, function));
  }

  /** As-of views kept at most; past it, the as-of views are dropped and rebuilt on demand. */
  private static final int MAX_CACHED_VIEWS = 32;

  Store view(@Nullable LocalDate asOf, boolean verifiedOnly) {
    ViewKey key = new ViewKey(asOf, verifiedOnly);
    Store cached = views.get(key);
    if (cached != null) {
      return cached;
    }
    if (views.size() >= MAX_CACHED_VIEWS) {
      views.keySet().removeIf(k -> k.asOf() != null); // an app asking for many dates stays bounded
    }
    return views.computeIfAbsent(key, this::resolve);
  }

  private Store resolve(ViewKey key) {
    int rows = yearCount * cities.size();
    Column[] cols = new Column[metrics.size()];
    Column[] nat = new Column[metrics.size()];
    boolean[] yearCovered = new boolean[yearCount];
    boolean picked = false;
    for (int o = 0; o < subject.length; o++) {
      if (startsGroup(o)) {
        picked = false;
      }
      if (picked || !visible(o, key)) {
        continue;
      }
      picked = true;
      int m = metric[o];
      int y = year[o] - firstYear;
      if (subject[o] < 0) {
        if (nat[m] == null) {
          nat[m] = new Column(yearCount);
        }
        nat[m].set(y, raw[o], o);
      } else {
        if (cols[m] == null) {
          cols[m] = new Column(rows);
        }
        cols[m].set(y * cities.size() + subject[o], raw[o], o);
        yearCovered[y] = true;
      }
    }
    Map<String, Column> columns = new LinkedHashMap<>();
    Map<String, Column> national = new LinkedHashMap<>();
    for (int m = 0; m < metrics.size(); m++) {
      if (cols[m] != null) {
        columns.put(metrics.get(m).id(), cols[m]);
      }
      if (nat[m] != null) {
        national.put(metrics.get(m).id(), nat[m]);
      }
    }
    Column perCapita = perCapita(columns.get(Metric.GDP.id()),
        columns.get(Metric.POPULATION.id()), rows);
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
  private static @Nullable Column perCapita(@Nullable Column gdp, @Nullable Column pop, int rows) {
    if (gdp == null || pop == null) {
      return null;
    }
    Column out = new Column(rows);
    for (int r = 0; r < rows; r++) {
      if (gdp.has(r) && pop.has(r) && pop.values[r] > 0) {
        out.set(r, divideHalfEven(gdp.values[r], pop.values[r]), -1);
      }
    }
    return out;
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
}
