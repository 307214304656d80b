package org.citygdp.bench.impl;

import static java.util.Comparator.comparing;
import static java.util.Comparator.comparingLong;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.minBy;
import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.citygdp.bench.data.Raw;
import org.jspecify.annotations.Nullable;

/** Plain Java streams over a list of records, one per city and year; nulls for missing figures. */
public final class Streams implements Queries {
  /** One city in one year, latest release. */
  public record CityYear(String id, String region, List<String> clusters, int year,
      @Nullable Long gdp, @Nullable Long growth) {}

  /** One published figure: metric 0 is GDP, 1 real growth; rank 0 is the latest release. */
  public record Fig(@Nullable String id, int year, int metric, long value, int rank, int date) {}

  private final List<CityYear> rows;
  private final List<Fig> figures; // city figures
  private final List<Fig> national;

  public Streams(Raw raw) {
    boolean[] hasGdp = new boolean[raw.cityYears()];
    boolean[] hasGrowth = new boolean[raw.cityYears()];
    long[] gdp = raw.latest(Raw.GDP, hasGdp);
    long[] growth = raw.latest(Raw.GROWTH, hasGrowth);
    int n = raw.cityCount();
    List<CityYear> r = new ArrayList<>(raw.cityYears());
    for (int y = 0; y < raw.yearCount; y++) {
      for (int c = 0; c < n; c++) {
        int i = y * n + c;
        r.add(new CityYear(raw.cityId[c], Results.REGION_LABELS[raw.region[c]],
            List.of(raw.clusters[c]), raw.firstYear + y, hasGdp[i] ? gdp[i] : null,
            hasGrowth[i] ? growth[i] : null));
      }
    }
    rows = List.copyOf(r);
    List<Fig> f = new ArrayList<>(raw.observationCount());
    for (int i = 0; i < raw.observationCount(); i++) {
      f.add(new Fig(raw.cityId[raw.obsCity[i]], raw.obsYear[i], raw.obsMetric[i], raw.obsValue[i],
          raw.obsRank[i], raw.obsDate[i]));
    }
    figures = List.copyOf(f);
    List<Fig> nf = new ArrayList<>();
    for (int i = 0; i < raw.natYear.length; i++) {
      nf.add(new Fig(null, raw.natYear[i], raw.natMetric[i], raw.natValue[i], raw.natRank[i],
          raw.natDate[i]));
    }
    national = List.copyOf(nf);
  }

  private static final Comparator<CityYear> BY_GDP_DESC =
      comparing(CityYear::gdp, Comparator.reverseOrder()).thenComparing(CityYear::id);

  @Override
  public Results.Tiers q1(int year) {
    Map<Integer, List<String>> byTier = rows.stream()
        .filter(r -> r.year() == year && r.gdp() != null && r.gdp() >= Results.TRILLION)
        .sorted(BY_GDP_DESC)
        .collect(groupingBy(r -> Results.tier(r.gdp()), mapping(CityYear::id, toList())));
    List<List<String>> members = new ArrayList<>();
    for (int t = 5; t >= 1; t--) {
      members.add(byTier.getOrDefault(t, List.of()));
    }
    List<String> missing = rows.stream().filter(r -> r.year() == year && r.gdp() == null)
        .map(CityYear::id).collect(toList());
    return new Results.Tiers(Results.TIER_LABELS, members, missing);
  }

  @Override
  public List<String> q2(int year) {
    long benchmark = nationalLatest(Raw.GROWTH, year);
    return rows.stream()
        .filter(r -> r.year() == year && r.growth() != null && r.growth() > benchmark)
        .sorted(comparing(CityYear::growth, Comparator.reverseOrder())
            .thenComparing(CityYear::id))
        .map(CityYear::id)
        .collect(toList());
  }

  private long nationalLatest(int metric, int year) {
    return national.stream().filter(f -> f.year() == year && f.metric() == metric && f.rank() == 0)
        .findFirst().orElseThrow().value();
  }

  @Override
  public List<String> q3(int later, int earlier) {
    Set<String> wasBelow = rows.stream()
        .filter(r -> r.year() == earlier && (r.gdp() == null || r.gdp() < Results.TRILLION))
        .map(CityYear::id).collect(Collectors.toSet());
    return rows.stream()
        .filter(r -> r.year() == later && r.gdp() != null && r.gdp() >= Results.TRILLION
            && wasBelow.contains(r.id()))
        .sorted(BY_GDP_DESC)
        .map(CityYear::id)
        .collect(toList());
  }

  /** Sums of one group: members, GDP, growth x GDP and GDP where growth is known. */
  private record Acc(int count, long gdp, double num, long weights) {
    static Acc of(CityYear r) {
      boolean both = r.gdp() != null && r.growth() != null;
      return new Acc(1, r.gdp() == null ? 0 : r.gdp(), both ? (double) r.growth() * r.gdp() : 0,
          both ? r.gdp() : 0);
    }

    Acc plus(Acc o) {
      return new Acc(count + o.count, gdp + o.gdp, num + o.num, weights + o.weights);
    }
  }

  @Override
  public Results.Groups q4(int year) {
    long national = nationalLatest(Raw.GDP, year);
    Map<String, Acc> byCluster = rows.stream().filter(r -> r.year() == year)
        .flatMap(r -> r.clusters().stream().map(c -> Map.entry(c, Acc.of(r))))
        .collect(toMap(Map.Entry::getKey, Map.Entry::getValue, Acc::plus, TreeMap::new));
    Map<String, Acc> byRegion = rows.stream().filter(r -> r.year() == year)
        .collect(toMap(CityYear::region, Acc::of, Acc::plus));
    List<Results.GroupRow> regions = Arrays.stream(Results.REGION_LABELS)
        .filter(byRegion::containsKey)
        .map(l -> row(l, byRegion.get(l), national)).collect(toList());
    List<Results.GroupRow> clusters = byCluster.entrySet().stream()
        .map(e -> row(e.getKey(), e.getValue(), national)).collect(toList());
    return new Results.Groups(clusters, regions);
  }

  private static Results.GroupRow row(String label, Acc a, long national) {
    return new Results.GroupRow(label, a.count(), a.gdp(), a.num() / a.weights() / 10_000,
        100.0 * a.gdp() / national);
  }

  @Override
  public Results.Changes q5(int later, int earlier) {
    Map<String, Long> before = rows.stream().filter(r -> r.year() == earlier && r.growth() != null)
        .collect(toMap(CityYear::id, CityYear::growth));
    List<CityYear> now = rows.stream().filter(r -> r.year() == later)
        .sorted(comparing(CityYear::id)).collect(toList());
    long[] change = now.stream().mapToLong(r -> {
      Long b = before.get(r.id());
      return r.growth() == null || b == null ? Results.Changes.MISSING : r.growth() - b;
    }).toArray();
    return new Results.Changes(now.stream().map(CityYear::id).collect(toList()), change);
  }

  @Override
  public Results.AsOfVsLatest q6(int year, LocalDate asOf) {
    int day = (int) asOf.toEpochDay();
    Optional<Fig> benchmark = national.stream()
        .filter(f -> f.year() == year && f.metric() == Raw.GROWTH && f.date() <= day)
        .min(Comparator.comparingInt(Fig::rank));
    List<String> then = benchmark.map(b -> figures.stream()
            .filter(f -> f.year() == year && f.metric() == Raw.GROWTH && f.date() <= day)
            .collect(groupingBy(Fig::id, minBy(Comparator.comparingInt(Fig::rank))))
            .values().stream()
            .map(Optional::orElseThrow)
            .filter(f -> f.value() > b.value())
            .sorted(comparingLong(Fig::value).reversed().thenComparing(Fig::id))
            .map(Fig::id)
            .collect(toList()))
        .orElse(List.of());
    return new Results.AsOfVsLatest(then, q2(year));
  }
}
