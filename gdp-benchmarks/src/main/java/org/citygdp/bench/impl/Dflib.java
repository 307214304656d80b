package org.citygdp.bench.impl;

import static org.dflib.Exp.$double;
import static org.dflib.Exp.$int;
import static org.dflib.Exp.$long;
import static org.dflib.Exp.$str;
import static org.dflib.Exp.count;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citygdp.bench.data.Raw;
import org.dflib.DataFrame;
import org.dflib.Series;

/**
 * DFLib, written as its documentation suggests: a tidy frame of city-years (id, region, year,
 * gdp, growth; nulls for missing), a frame of cluster memberships, one of every published figure
 * for the as-of query, and the national figures.
 */
public final class Dflib implements Queries {
  private final DataFrame cityYears;
  private final DataFrame memberships;
  private final DataFrame figures;
  private final DataFrame national;
  private final DataFrame nationalFigures;

  public Dflib(Raw raw) {
    boolean[] hasGdp = new boolean[raw.cityYears()];
    boolean[] hasGrowth = new boolean[raw.cityYears()];
    long[] gdp = raw.latest(Raw.GDP, hasGdp);
    long[] growth = raw.latest(Raw.GROWTH, hasGrowth);
    int n = raw.cityCount();
    int rows = raw.cityYears();
    String[] id = raw.rowIds();
    String[] region = raw.rowRegions(Results.REGION_LABELS);
    int[] year = raw.rowYears();
    Long[] g = new Long[rows];
    Long[] gr = new Long[rows];
    for (int i = 0; i < rows; i++) {
      g[i] = hasGdp[i] ? gdp[i] : null;
      gr[i] = hasGrowth[i] ? growth[i] : null;
    }
    cityYears = DataFrame.byColumn("id", "region", "year", "gdp", "growth")
        .of(Series.of(id), Series.of(region), Series.ofInt(year), Series.of(g), Series.of(gr));
    List<String> mid = new ArrayList<>();
    List<String> mcl = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      for (String cl : raw.clusters[c]) {
        mid.add(raw.cityId[c]);
        mcl.add(cl);
      }
    }
    memberships = DataFrame.byColumn("id", "cluster")
        .of(Series.ofIterable(mid), Series.ofIterable(mcl));
    String[] fid = raw.observationIds();
    figures = DataFrame.byColumn("id", "year", "metric", "value", "rank", "published")
        .of(Series.of(fid), Series.ofInt(raw.obsYear),
            Series.ofInt(Raw.toInts(raw.obsMetric)), Series.ofLong(raw.obsValue),
            Series.ofInt(Raw.toInts(raw.obsRank)),
            Series.ofInt(raw.obsDate));
    nationalFigures = DataFrame.byColumn("year", "metric", "value", "rank", "published")
        .of(Series.ofInt(raw.natYear), Series.ofInt(Raw.toInts(raw.natMetric)),
            Series.ofLong(raw.natValue), Series.ofInt(Raw.toInts(raw.natRank)),
            Series.ofInt(raw.natDate));
    int years = raw.yearCount;
    int[] ny = new int[years];
    long[] ng = new long[years];
    long[] ngr = new long[years];
    for (int y = 0; y < years; y++) {
      ny[y] = raw.firstYear + y;
      ng[y] = raw.nationalLatest(Raw.GDP, ny[y]);
      ngr[y] = raw.nationalLatest(Raw.GROWTH, ny[y]);
    }
    national = DataFrame.byColumn("year", "gdp", "growth")
        .of(Series.ofInt(ny), Series.ofLong(ng), Series.ofLong(ngr));
  }

  private DataFrame year(int year) {
    return cityYears.rows($int("year").eq(year)).select();
  }

  private long nationalValue(int year, String column) {
    return (Long) national.rows($int("year").eq(year)).select().getColumn(column).get(0);
  }

  @SuppressWarnings("unchecked")
  private static List<String> ids(DataFrame df) {
    Series<String> s = df.getColumn("id");
    return List.of(s.toArray(new String[0]));
  }

  @Override
  public Results.Tiers q1(int year) {
    DataFrame y = year(year);
    DataFrame members = y.rows($long("gdp").ge(Results.TRILLION)).select()
        .sort($long("gdp").desc(), $str("id").asc());
    members = members.cols("tier").merge($long("gdp").div(Results.TRILLION).castAsLong());
    List<List<String>> tiers = new ArrayList<>();
    tiers.add(ids(members.rows($long("tier").ge(5L)).select()));
    for (long t = 4; t >= 1; t--) {
      tiers.add(ids(members.rows($long("tier").eq(t)).select()));
    }
    List<String> missing = ids(y.rows($long("gdp").isNull()).select());
    return new Results.Tiers(Results.TIER_LABELS, tiers, missing);
  }

  @Override
  public List<String> q2(int year) {
    long benchmark = nationalValue(year, "growth");
    return ids(cityYears.rows($int("year").eq(year).and($long("growth").gt(benchmark))).select()
        .sort($long("growth").desc(), $str("id").asc()));
  }

  @Override
  public List<String> q3(int later, int earlier) {
    DataFrame wasBelow = cityYears
        .rows($int("year").eq(earlier)
            .and($long("gdp").isNull().or($long("gdp").lt(Results.TRILLION)))).select()
        .cols("id").select();
    DataFrame members = cityYears
        .rows($int("year").eq(later).and($long("gdp").ge(Results.TRILLION))).select();
    return ids(members.innerJoin(wasBelow).on("id").select()
        .sort($long("gdp").desc(), $str("id").asc()));
  }

  @Override
  public Results.Groups q4(int year) {
    long nationalGdp = nationalValue(year, "gdp");
    DataFrame y = year(year).cols("gw").merge($long("growth").castAsDouble().mul($long("gdp")));
    DataFrame byRegion = aggregate(y.group("region"), "region")
        .sort($int("order").asc());
    DataFrame byCluster = aggregate(y.innerJoin(memberships).on("id").select().group("cluster"),
        "cluster").sort($str("label").asc());
    return new Results.Groups(rows(byCluster, nationalGdp), rows(byRegion, nationalGdp));
  }

  private static DataFrame aggregate(org.dflib.GroupBy groups, String key) {
    DataFrame out = groups.agg(
        $str(key).first().as("label"),
        count().as("count"),
        $long("gdp").sum($long("gdp").isNotNull()).castAsLong().as("gdp"),
        $double("gw").sum($double("gw").isNotNull()).castAsDouble().as("num"),
        $long("gdp").sum($long("growth").isNotNull()).castAsLong().as("weights"));
    if (key.equals("region")) {
      out = out.cols("order").merge($str("label").mapVal(l -> List.of(Results.REGION_LABELS)
          .indexOf(l)));
    }
    return out;
  }

  private static List<Results.GroupRow> rows(DataFrame df, long nationalGdp) {
    List<Results.GroupRow> out = new ArrayList<>(df.height());
    Series<String> label = df.getColumn("label");
    Series<Integer> count = df.getColumn("count");
    Series<Long> gdp = df.getColumn("gdp");
    Series<Double> num = df.getColumn("num");
    Series<Long> weights = df.getColumn("weights");
    for (int i = 0; i < df.height(); i++) {
      out.add(new Results.GroupRow(label.get(i), count.get(i), gdp.get(i),
          num.get(i) / weights.get(i) / 10_000, 100.0 * gdp.get(i) / nationalGdp));
    }
    return out;
  }

  @Override
  public Results.Changes q5(int later, int earlier) {
    DataFrame two = cityYears.rows($int("year").eq(later).or($int("year").eq(earlier))).select();
    DataFrame wide = two.pivot().cols("year").rows("id").vals("growth").sort($str("id").asc());
    Series<?> d = wide.cols("d")
        .merge($long(String.valueOf(later)).sub($long(String.valueOf(earlier)))).getColumn("d");
    long[] out = new long[d.size()];
    for (int i = 0; i < out.length; i++) {
      Object v = d.get(i);
      out[i] = v == null ? Results.Changes.MISSING : ((Number) v).longValue();
    }
    return new Results.Changes(ids(wide), out);
  }

  @Override
  public Results.AsOfVsLatest q6(int year, LocalDate asOf) {
    int day = (int) asOf.toEpochDay();
    DataFrame nat = nationalFigures.rows($int("year").eq(year).and($int("metric").eq(Raw.GROWTH))
        .and($int("published").le(day))).select().sort($int("rank").asc());
    List<String> then = List.of();
    if (nat.height() > 0) {
      long benchmark = (Long) nat.getColumn("value").get(0);
      DataFrame visible = figures.rows($int("year").eq(year).and($int("metric").eq(Raw.GROWTH))
          .and($int("published").le(day))).select().sort($int("rank").asc());
      DataFrame picked = visible.group("id").head(1).select();
      then = ids(picked.rows($long("value").gt(benchmark)).select()
          .sort($long("value").desc(), $str("id").asc()));
    }
    return new Results.AsOfVsLatest(then, q2(year));
  }
}
