package org.citygdp.bench.impl;

import static tech.tablesaw.aggregate.AggregateFunctions.countWithMissing;
import static tech.tablesaw.aggregate.AggregateFunctions.first;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citygdp.bench.data.Raw;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.DoubleColumnType;
import tech.tablesaw.columns.numbers.LongColumnType;

/**
 * Tablesaw, written as its documentation suggests: a table of city-years (id, region, year, gdp,
 * growth; Tablesaw's missing value for missing figures), a table of cluster memberships, one of
 * every published figure for the as-of query, and the national figures. Tablesaw aggregates in
 * {@code double}.
 */
public final class Tablesaw implements Queries {
  private static final long MISSING = LongColumnType.missingValueIndicator();

  private final Table cityYears;
  private final Table memberships;
  private final Table figures;
  private final Table national;
  private final Table nationalFigures;
  private final int firstYear;
  private final int yearCount;
  private final List<String> cityIds; // every city, in id order

  public Tablesaw(Raw raw) {
    boolean[] hasGdp = new boolean[raw.cityYears()];
    boolean[] hasGrowth = new boolean[raw.cityYears()];
    long[] gdp = raw.latest(Raw.GDP, hasGdp);
    long[] growth = raw.latest(Raw.GROWTH, hasGrowth);
    int n = raw.cityCount();
    int rows = raw.cityYears();
    String[] id = raw.rowIds();
    String[] region = raw.rowRegions(Results.REGION_LABELS);
    int[] year = raw.rowYears();
    for (int i = 0; i < rows; i++) {
      if (!hasGdp[i]) {
        gdp[i] = MISSING;
      }
      if (!hasGrowth[i]) {
        growth[i] = MISSING;
      }
    }
    firstYear = raw.firstYear;
    cityIds = List.of(raw.cityId);
    yearCount = raw.yearCount;
    cityYears = Table.create("city_years", StringColumn.create("id", id),
        StringColumn.create("region", region), IntColumn.create("year", year),
        LongColumn.create("gdp", gdp), LongColumn.create("growth", growth));
    StringColumn mid = StringColumn.create("id");
    StringColumn mcl = StringColumn.create("cluster");
    for (int c = 0; c < n; c++) {
      for (String cl : raw.clusters[c]) {
        mid.append(raw.cityId[c]);
        mcl.append(cl);
      }
    }
    memberships = Table.create("memberships", mid, mcl);
    String[] fid = raw.observationIds();
    figures = Table.create("figures", StringColumn.create("id", fid),
        IntColumn.create("year", raw.obsYear),
        IntColumn.create("metric", Raw.toInts(raw.obsMetric)),
        LongColumn.create("value", raw.obsValue),
        IntColumn.create("rank", Raw.toInts(raw.obsRank)),
        IntColumn.create("published", raw.obsDate));
    nationalFigures = Table.create("national_figures", IntColumn.create("year", raw.natYear),
        IntColumn.create("metric", Raw.toInts(raw.natMetric)), LongColumn.create("value", raw.natValue),
        IntColumn.create("rank", Raw.toInts(raw.natRank)), IntColumn.create("published", raw.natDate));
    int[] ny = new int[yearCount];
    long[] ng = new long[yearCount];
    long[] ngr = new long[yearCount];
    for (int y = 0; y < yearCount; y++) {
      ny[y] = firstYear + y;
      ng[y] = raw.nationalLatest(Raw.GDP, ny[y]);
      ngr[y] = raw.nationalLatest(Raw.GROWTH, ny[y]);
    }
    national = Table.create("national", IntColumn.create("year", ny), LongColumn.create("gdp", ng),
        LongColumn.create("growth", ngr));
  }

  private Table year(int year) {
    return cityYears.where(cityYears.intColumn("year").isEqualTo(year));
  }

  private long nationalValue(int year, String column) {
    return national.where(national.intColumn("year").isEqualTo(year)).longColumn(column).getLong(0);
  }

  private static List<String> ids(Table t) {
    return t.stringColumn("id").asList();
  }

  @Override
  public Results.Tiers q1(int year) {
    Table y = year(year);
    Table members = y.where(y.longColumn("gdp").isGreaterThanOrEqualTo(Results.TRILLION))
        .sortOn("-gdp", "id");
    LongColumn tier = members.longColumn("gdp")
        .map(v -> Math.min(v / Results.TRILLION, 5)).setName("tier");
    members.addColumns(tier);
    List<List<String>> tiers = new ArrayList<>();
    for (long t = 5; t >= 1; t--) {
      tiers.add(ids(members.where(members.longColumn("tier").isEqualTo(t))));
    }
    List<String> missing = ids(y.where(y.longColumn("gdp").isMissing()));
    return new Results.Tiers(Results.TIER_LABELS, tiers, missing);
  }

  @Override
  public List<String> q2(int year) {
    long benchmark = nationalValue(year, "growth");
    return ids(cityYears.where(cityYears.intColumn("year").isEqualTo(year)
            .and(cityYears.longColumn("growth").isGreaterThan(benchmark)))
        .sortOn("-growth", "id"));
  }

  @Override
  public List<String> q3(int later, int earlier) {
    Table wasBelow = cityYears.where(cityYears.intColumn("year").isEqualTo(earlier)
            .and(cityYears.longColumn("gdp").isMissing()
                .or(cityYears.longColumn("gdp").isLessThan(Results.TRILLION))))
        .selectColumns("id");
    Table members = cityYears.where(cityYears.intColumn("year").isEqualTo(later)
        .and(cityYears.longColumn("gdp").isGreaterThanOrEqualTo(Results.TRILLION)));
    return ids(members.joinOn("id").with(wasBelow).join().sortOn("-gdp", "id"));
  }

  @Override
  public Results.Groups q4(int year) {
    long nationalGdp = nationalValue(year, "gdp");
    Table y = year(year);
    LongColumn gdp = y.longColumn("gdp");
    LongColumn growth = y.longColumn("growth");
    DoubleColumn gw = growth.multiply(gdp).setName("gw");
    DoubleColumn weights = gdp.asDoubleColumn().setName("weights");
    weights.set(growth.isMissing(), DoubleColumnType.missingValueIndicator());
    y.addColumns(gw, weights);
    Table byRegion = y.summarize(List.of("gdp", "gw", "weights"), sum, countWithMissing)
        .by("region");
    Table byCluster = y.joinOn("id").with(memberships).join()
        .summarize(List.of("gdp", "gw", "weights"), sum, countWithMissing).by("cluster");
    List<Results.GroupRow> regions = new ArrayList<>();
    for (String label : Results.REGION_LABELS) {
      Table r = byRegion.where(byRegion.stringColumn("region").isEqualTo(label));
      if (r.rowCount() > 0) {
        regions.add(row(r, 0, label, nationalGdp));
      }
    }
    byCluster = byCluster.sortOn("cluster");
    List<Results.GroupRow> clusters = new ArrayList<>();
    for (int i = 0; i < byCluster.rowCount(); i++) {
      clusters.add(row(byCluster, i, byCluster.stringColumn("cluster").get(i), nationalGdp));
    }
    return new Results.Groups(clusters, regions);
  }

  private static Results.GroupRow row(Table t, int i, String label, long nationalGdp) {
    double gdp = number(t, "Sum [gdp]").getDouble(i);
    double gw = number(t, "Sum [gw]").getDouble(i);
    double weights = number(t, "Sum [weights]").getDouble(i);
    int count = (int) number(t, "Count (incl. missing) [gdp]").getDouble(i);
    return new Results.GroupRow(label, count, Math.round(gdp), gw / weights / 10_000,
        100.0 * gdp / nationalGdp);
  }

  private static NumericColumn<?> number(Table t, String name) {
    return t.numberColumn(name);
  }

  @Override
  public Results.Changes q5(int later, int earlier) {
    Table known = cityYears.where(cityYears.longColumn("growth").isNotMissing()
        .and(cityYears.intColumn("year").isEqualTo(later)
            .or(cityYears.intColumn("year").isEqualTo(earlier))));
    Table wide = known.pivot("id", "year", "growth", sum).sortOn("id");
    // the pivot has a row only for cities with some growth: the others are missing both years
    List<String> pivoted = ids(wide);
    String now = String.valueOf(later);
    String before = String.valueOf(earlier);
    DoubleColumn d = wide.containsColumn(now) && wide.containsColumn(before)
        ? wide.doubleColumn(now).subtract(wide.doubleColumn(before)) : null;
    long[] out = new long[cityIds.size()];
    for (int i = 0, p = 0; i < out.length; i++) {
      boolean present = p < pivoted.size() && pivoted.get(p).equals(cityIds.get(i));
      out[i] = !present || d == null || d.isMissing(p) ? Results.Changes.MISSING
          : Math.round(d.getDouble(p));
      p += present ? 1 : 0;
    }
    return new Results.Changes(cityIds, out);
  }

  @Override
  public Results.AsOfVsLatest q6(int year, LocalDate asOf) {
    int day = (int) asOf.toEpochDay();
    Table nat = nationalFigures.where(nationalFigures.intColumn("year").isEqualTo(year)
            .and(nationalFigures.intColumn("metric").isEqualTo(Raw.GROWTH))
            .and(nationalFigures.intColumn("published").isLessThanOrEqualTo(day)))
        .sortOn("rank");
    List<String> then = List.of();
    if (nat.rowCount() > 0) {
      long benchmark = nat.longColumn("value").getLong(0);
      Table visible = figures.where(figures.intColumn("year").isEqualTo(year)
              .and(figures.intColumn("metric").isEqualTo(Raw.GROWTH))
              .and(figures.intColumn("published").isLessThanOrEqualTo(day)))
          .sortOn("rank");
      Table picked = visible.summarize("value", first).by("id");
      picked = picked.where(picked.numberColumn("First [value]").isGreaterThan(benchmark))
          .sortOn("-First [value]", "id");
      then = ids(picked);
    }
    return new Results.AsOfVsLatest(then, q2(year));
  }
}
