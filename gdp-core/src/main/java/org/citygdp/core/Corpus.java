package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
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
  static final long UNKNOWN_DATE = Long.MAX_VALUE;

  final ImmutableList<City> cities;
  final ImmutableMap<String, Integer> cityIndex;
  final ImmutableList<Source> sources;
  final ImmutableMap<String, Integer> sourceIndex;
  final ImmutableList<Metric<?>> metrics;
  final int firstYear;
  final int yearCount;

  // observations, parallel arrays
  final int[] subject; // city index, or -1 for national
  final int[] year;
  final int[] metric; // index into metrics
  final long[] raw;
  final byte[] release;
  final int[] source;
  final BitSet verified;
  final long[] date; // epoch day, or UNKNOWN_DATE
  final @Nullable String[] note;

  // groups of observations of the same figure, each ordered by the selection rule
  final int[] order;
  final int[] groupStart;

  final ImmutableList<Conflict> conflicts;
  private final Map<ViewKey, Store> views = new ConcurrentHashMap<>();
  private final Map<Grouping, GroupIndex> groupIndexes = new ConcurrentHashMap<>();

  record ViewKey(@Nullable LocalDate asOf, boolean verifiedOnly) {}

  Corpus(ImmutableList<City> cities, ImmutableList<Source> sources, ImmutableList<Metric<?>> metrics,
      int firstYear, int yearCount, int[] subject, int[] year, int[] metric, long[] raw,
      byte[] release, int[] source, BitSet verified, long[] date, @Nullable String[] note) {
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
    this.subject = subject;
    this.year = year;
    this.metric = metric;
    this.raw = raw;
    this.release = release;
    this.source = source;
    this.verified = verified;
    this.date = date;
    this.note = note;

    int n = subject.length;
    int[] ord = new int[n];
    for (int i = 0; i < n; i++) {
      ord[i] = i;
    }
    IntSort.sort(ord, this::compareForSelection);
    this.order = ord;
    int[] starts = new int[n + 1];
    int groups = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || !sameFigure(ord[i - 1], ord[i])) {
        starts[groups++] = i;
      }
    }
    starts[groups] = n;
    this.groupStart = java.util.Arrays.copyOf(starts, groups + 1);
    this.conflicts = findConflicts();
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
    int lo = 0;
    int hi = groupCount() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int o = order[groupStart[mid]];
      int c = Integer.compare(subject[o], subjectIndex);
      if (c == 0) {
        c = Integer.compare(metric[o], mi);
      }
      if (c == 0) {
        c = Integer.compare(year[o], yr);
      }
      if (c == 0) {
        ImmutableList.Builder<Figure<?>> out = ImmutableList.builder();
        for (int i = groupStart[mid]; i < groupStart[mid + 1]; i++) {
          if (visible(order[i], view)) {
            out.add(figure(order[i]));
          }
        }
        return out.build();
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return ImmutableList.of();
  }

  private boolean visible(int o, ViewKey key) {
    return !(key.verifiedOnly() && !verified.get(o))
        && !(key.asOf() != null && date[o] > key.asOf().toEpochDay());
  }

  int groupCount() {
    return groupStart.length - 1;
  }

  private boolean sameFigure(int a, int b) {
    return subject[a] == subject[b] && metric[a] == metric[b] && year[a] == year[b];
  }

  /**
   * Groups by figure, then orders each group by the selection rule: the latest release first;
   * within a release official before secondary, verified before unverified, the earliest
   * publication first (unknown dates last), then by source id.
   */
  private int compareForSelection(int a, int b) {
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
      c = Boolean.compare(sources.get(source[b]).official(), sources.get(source[a]).official());
    }
    if (c == 0) {
      c = Boolean.compare(verified.get(b), verified.get(a));
    }
    if (c == 0) {
      c = Long.compare(date[a], date[b]);
    }
    if (c == 0) {
      c = sources.get(source[a]).id().compareTo(sources.get(source[b]).id());
    }
    return c;
  }

  private ImmutableList<Conflict> findConflicts() {
    ImmutableList.Builder<Conflict> out = ImmutableList.builder();
    for (int g = 0; g < groupCount(); g++) {
      int from = groupStart[g];
      int to = groupStart[g + 1];
      for (int i = from; i < to; ) {
        int j = i;
        boolean differ = false;
        while (j < to && release[order[j]] == release[order[i]]) {
          differ |= raw[order[j]] != raw[order[i]];
          j++;
        }
        if (differ) {
          List<Figure<?>> figures = new ArrayList<>();
          for (int k = i; k < j; k++) {
            figures.add(figure(order[k]));
          }
          int o = order[i];
          out.add(new Conflict(subject[o] < 0 ? null : cities.get(subject[o]), year[o],
              metrics.get(metric[o]), Release.values()[release[o]],
              ImmutableList.copyOf(figures)));
        }
        i = j;
      }
    }
    return out.build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  Figure<?> figure(int o) {
    Metric m = metrics.get(metric[o]);
    return new Figure(m, m.decode(raw[o]), sources.get(source[o]), Release.values()[release[o]],
        verified.get(o), note[o], date[o] == UNKNOWN_DATE ? null : LocalDate.ofEpochDay(date[o]));
  }

  /** The index of a grouping by city attributes, built on first use. */
  GroupIndex groupIndex(Grouping grouping, Grouping.KeyFunction function) {
    return groupIndexes.computeIfAbsent(grouping, g -> GroupIndex.of(cities, function));
  }

  Store view(@Nullable LocalDate asOf, boolean verifiedOnly) {
    return views.computeIfAbsent(new ViewKey(asOf, verifiedOnly), this::resolve);
  }

  private Store resolve(ViewKey key) {
    int rows = yearCount * cities.size();
    Column[] cols = new Column[metrics.size()];
    Column[] nat = new Column[metrics.size()];
    boolean[] yearCovered = new boolean[yearCount];
    for (int g = 0; g < groupCount(); g++) {
      for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
        int o = order[i];
        if (!visible(o, key)) {
          continue;
        }
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
        break;
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
