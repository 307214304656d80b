package org.citygdp.data.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import org.citygdp.core.Dataset;
import org.citygdp.core.Figure;
import org.citygdp.core.Metric;
import org.citygdp.core.NationalStats;
import org.citygdp.core.SectorGrowth;
import org.citygdp.core.YearView;
import org.citygdp.core.YearlyStats;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.jspecify.annotations.Nullable;

/**
 * Everything a dataset holds, read through the public API only, in the order that makes a loader
 * build the same dataset: the sectors in the order the dataset first mentions them, the clusters,
 * cities and sources (in the order they were added: the last tie-break of the selection rule),
 * and every figure of every release and source, national and of the cities, metric by metric.
 *
 * <p>Refuses (with an {@link ExportException}) a filtered view, and a dataset whose figures are
 * not all reachable: the count of figures reached must equal {@link Dataset#figureCount()}.
 */
final class Reachable {
  /** One figure and whose it is: a city id, or null for a national figure. */
  record Row(@Nullable String city, int year, Figure<?> figure) {}

  final List<Sector> sectors;
  final List<Cluster> clusters;
  final List<City> cities;
  final List<Source> sources;
  final List<Row> national;
  final List<Row> figures;

  private Reachable(List<Sector> sectors, List<Cluster> clusters, List<City> cities,
      List<Source> sources, List<Row> national, List<Row> figures) {
    this.sectors = sectors;
    this.clusters = clusters;
    this.cities = cities;
    this.sources = sources;
    this.national = national;
    this.figures = figures;
  }

  /** The metrics a figure may have, for the sectors in this order. */
  static List<Metric<?>> metrics(List<Sector> sectors) {
    List<Metric<?>> out = new ArrayList<>();
    out.add(Metric.GDP);
    out.add(Metric.REAL_GROWTH);
    out.add(Metric.POPULATION);
    for (Sector s : sectors) {
      out.add(Metric.valueAdded(s));
      out.add(Metric.realGrowth(s));
      out.add(Metric.nominalGrowth(s));
      out.add(Metric.growthContribution(s));
    }
    return out;
  }

  static Reachable of(Dataset d) {
    Objects.requireNonNull(d, "dataset must not be null");
    if (d.asOfDate().isPresent() || d.isVerifiedOnly()
        || d.minimumGrade() != SourceGrade.COMPILATION) {
      throw new ExportException("Cannot export " + d + ": it is a view that leaves figures out ("
          + d.leftOut() + "); export the dataset itself, as loaded or built, and apply the view"
          + " after loading it again");
    }
    List<City> cities = d.cities();
    List<Integer> years = List.copyOf(d.years());
    // every city-year's stats, and the sectors each names, in the dataset's order
    YearlyStats[][] stats = new YearlyStats[years.size()][cities.size()];
    Map<String, Sector> sectorById = new LinkedHashMap<>();
    Map<String, Set<String>> after = new HashMap<>(); // sector id -> ids that must come later
    for (int y = 0; y < years.size(); y++) {
      YearView v = d.year(years.get(y));
      for (int c = 0; c < cities.size(); c++) {
        YearlyStats s = v.stats(cities.get(c).id());
        stats[y][c] = s;
        String previous = null;
        for (SectorGrowth g : s.sectors()) {
          Sector sector = g.sector();
          sectorById.putIfAbsent(sector.id(), sector);
          after.computeIfAbsent(sector.id(), k -> new TreeSet<>());
          if (previous != null) {
            Objects.requireNonNull(after.get(previous)).add(sector.id());
          }
          previous = sector.id();
        }
      }
    }
    // national figures: every year that has a national benchmark, for the metrics found
    List<Metric<?>> probe = metrics(List.copyOf(sectorById.values()));
    Set<String> nationalSectors = new TreeSet<>();
    List<NationalStats> nationalYears = new ArrayList<>();
    for (int year = Dataset.MIN_YEAR; year <= Dataset.MAX_YEAR; year++) {
      Optional<NationalStats> n = d.national(year);
      if (n.isPresent()) {
        nationalYears.add(n.get());
        for (Metric<?> m : probe) {
          if (m.sector().isPresent() && !n.get().figures(m).isEmpty()) {
            nationalSectors.add(m.sector().get().id());
          }
        }
      }
    }
    List<Sector> sectors = order(sectorById, after, nationalSectors);
    List<Metric<?>> metrics = metrics(sectors);

    List<Row> national = new ArrayList<>();
    for (Metric<?> m : metrics) {
      for (NationalStats n : nationalYears) {
        for (Figure<?> f : n.figures(m)) {
          national.add(new Row(null, n.year(), checked(f, sectorById)));
        }
      }
    }
    List<Row> figures = new ArrayList<>();
    for (Metric<?> m : metrics) {
      for (int y = 0; y < years.size(); y++) {
        for (int c = 0; c < cities.size(); c++) {
          for (Figure<?> f : stats[y][c].figures(m)) {
            figures.add(new Row(cities.get(c).id(), years.get(y), checked(f, sectorById)));
          }
        }
      }
    }
    int reached = national.size() + figures.size();
    if (reached != d.figureCount()) {
      throw new ExportException("Cannot export " + d + ": it holds " + d.figureCount()
          + " figures, but only " + reached + " can be reached through the public API (a city"
          + " figure is reached through its year's stats; a national figure only in a year with a"
          + " national GDP or real growth figure, and only for a metric that some city has);"
          + " exporting it would lose figures");
    }
    return new Reachable(sectors, d.clusters(), cities, d.sources(), national, figures);
  }

  /** {@code f}, if its metric's sector is defined as the dataset's sector of that id. */
  private static Figure<?> checked(Figure<?> f, Map<String, Sector> sectors) {
    Optional<Sector> s = f.metric().sector();
    if (s.isPresent()) {
      Sector known = sectors.get(s.get().id());
      if (known == null || !known.nameEn().equals(s.get().nameEn())
          || !known.nameZh().equals(s.get().nameZh())) {
        throw new ExportException("Cannot export the dataset: sector '" + s.get().id()
            + "' is named two ways (" + (known == null ? "?" : known.nameEn() + " / "
            + known.nameZh()) + " and " + s.get().nameEn() + " / " + s.get().nameZh()
            + "), and the loading format defines a sector once");
      }
    }
    return f;
  }

  /**
   * The sectors in an order every city-year's {@link YearlyStats#sectors()} agrees with, the
   * sectors with national figures first (a loader reads the national figures first, so those
   * sectors are the first it sees); ties in the order first seen.
   */
  private static List<Sector> order(Map<String, Sector> byId, Map<String, Set<String>> after,
      Set<String> nationalFirst) {
    List<String> seen = new ArrayList<>(byId.keySet());
    Map<String, Integer> incoming = new HashMap<>();
    for (String id : seen) {
      incoming.putIfAbsent(id, 0);
      for (String later : Objects.requireNonNull(after.get(id))) {
        incoming.merge(later, 1, Integer::sum);
      }
    }
    PriorityQueue<String> ready = new PriorityQueue<>((a, b) -> {
      int c = Boolean.compare(!nationalFirst.contains(a), !nationalFirst.contains(b));
      return c != 0 ? c : Integer.compare(seen.indexOf(a), seen.indexOf(b));
    });
    for (String id : seen) {
      if (Objects.requireNonNull(incoming.get(id)) == 0) {
        ready.add(id);
      }
    }
    List<Sector> out = new ArrayList<>();
    boolean cityOnlySeen = false;
    while (!ready.isEmpty()) {
      String id = ready.poll();
      if (nationalFirst.contains(id) && cityOnlySeen) {
        throw new ExportException("Cannot export the dataset: its national figures name sector '"
            + id + "', which its cities' figures name after another sector; a loader reads the"
            + " national figures first and would list the sectors in another order");
      }
      cityOnlySeen |= !nationalFirst.contains(id);
      out.add(byId.get(id));
      for (String later : Objects.requireNonNull(after.get(id))) {
        if (incoming.merge(later, -1, Integer::sum) == 0) {
          ready.add(later);
        }
      }
    }
    if (out.size() != seen.size()) { // cannot happen: the orders come from one list of metrics
      throw new ExportException("Cannot export the dataset: its cities list their sectors in"
          + " orders that contradict each other");
    }
    return out;
  }
}
