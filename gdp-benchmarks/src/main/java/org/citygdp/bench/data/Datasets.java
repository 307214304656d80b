package org.citygdp.bench.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citygdp.core.Dataset;
import org.citygdp.core.Figure;
import org.citygdp.core.Metric;
import org.citygdp.core.NationalStats;
import org.citygdp.core.YearView;
import org.citygdp.core.YearlyStats;
import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceType;
import org.citygdp.data.ChinaCities;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;

/** The benchmark scales, and conversions between a citygdp {@link Dataset} and {@link Raw}. */
public final class Datasets {
  private Datasets() {}

  /** The scales: x1 is the bundled data, the others synthetic (x15000: 3.05M city-years). */
  public static final java.util.List<String> SCALES =
      java.util.List.of("x1", "x100", "x1000", "x10000", "x15000");

  /** {@code x1} (the bundled data), or a synthetic scale: 29 cities times the factor. */
  public static int factor(String scale) {
    if (!SCALES.contains(scale)) {
      throw new IllegalArgumentException("scale '" + scale + "' must be one of " + SCALES);
    }
    return Integer.parseInt(scale.substring(1));
  }

  /** City-years at {@code scale}: the bundled data's cities times its years, or the generator's. */
  public static long cityYears(String scale) {
    int f = factor(scale);
    return f == 1 ? raw(scale).cityYears()
        : (long) Synthetic.BUNDLED_CITIES * f * Synthetic.YEARS;
  }

  /** The input of every implementation at {@code scale}. */
  public static Raw raw(String scale) {
    int f = factor(scale);
    return f == 1 ? fromDataset(ChinaCities.load()) : Synthetic.generate(f);
  }

  /** The citygdp dataset at {@code scale}: the bundled one, or one built from the generator. */
  public static Dataset dataset(String scale) {
    int f = factor(scale);
    return f == 1 ? ChinaCities.load() : toDataset(Synthetic.generate(f));
  }

  /**
   * Every GDP and real-growth figure of a dataset, ranked by its own selection rule; national
   * figures are recovered by probing as-of views at every publication date.
   */
  public static Raw fromDataset(Dataset ds) {
    List<City> cities = ds.cities();
    int first = ds.years().first();
    int years = ds.years().last() - first + 1;
    int n = cities.size();
    String[] ids = new String[n];
    int[] region = new int[n];
    String[][] clusters = new String[n][];
    for (int c = 0; c < n; c++) {
      City city = cities.get(c);
      ids[c] = city.id();
      region[c] = city.region().ordinal();
      clusters[c] = city.clusters().stream().map(Cluster::id).sorted().toArray(String[]::new);
    }
    List<long[]> obs = new ArrayList<>(); // city, year, metric, value, rank, date, release
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (int y = first; y < first + years; y++) {
      if (!ds.years().contains(y)) {
        continue;
      }
      YearView view = ds.year(y);
      for (int c = 0; c < n; c++) {
        YearlyStats s = view.stats(ids[c]);
        List<Figure<Yuan>> gdp = s.figures(Metric.GDP);
        for (int r = 0; r < gdp.size(); r++) {
          Figure<Yuan> f = gdp.get(r);
          obs.add(new long[] {c, y, Raw.GDP, f.value().toYuan(), r, date(f, dates),
              f.release().ordinal()});
        }
        List<Figure<RealGrowth>> growth = s.figures(Metric.REAL_GROWTH);
        for (int r = 0; r < growth.size(); r++) {
          Figure<RealGrowth> f = growth.get(r);
          obs.add(new long[] {c, y, Raw.GROWTH, f.value().rate().unscaledValue(), r,
              date(f, dates), f.release().ordinal()});
        }
      }
    }
    ds.sources().forEach(s -> s.publicationDate().ifPresent(d -> dates.add(d.latest())));
    // national: the chain of figures each as-of view picked, latest (undated) view last
    List<long[]> nat = new ArrayList<>(); // year, metric, value, rank, date, release
    for (int y = first; y < first + years; y++) {
      for (int metric = 0; metric < 2; metric++) {
        final int m = metric;
        final int yr = y;
        List<Figure<?>> chain = new ArrayList<>();
        for (LocalDate d : dates) {
          ds.asOf(d).national(yr).flatMap(ns -> figure(ns, m)).ifPresent(f -> {
            if (chain.isEmpty() || !chain.get(chain.size() - 1).equals(f)) {
              chain.add(f);
            }
          });
        }
        ds.national(yr).flatMap(ns -> figure(ns, m)).ifPresent(f -> {
          if (chain.isEmpty() || !chain.get(chain.size() - 1).equals(f)) {
            chain.add(f);
          }
        });
        for (int i = 0; i < chain.size(); i++) {
          Figure<?> f = chain.get(i);
          long v = m == Raw.GDP ? ((Yuan) f.value()).toYuan()
              : ((RealGrowth) f.value()).rate().unscaledValue();
          nat.add(new long[] {y, m, v, chain.size() - 1 - i, date(f, dates),
              f.release().ordinal()});
        }
      }
    }
    int k = obs.size();
    int[] oc = new int[k];
    int[] oy = new int[k];
    byte[] om = new byte[k];
    long[] ov = new long[k];
    byte[] or = new byte[k];
    int[] od = new int[k];
    byte[] orel = new byte[k];
    for (int i = 0; i < k; i++) {
      long[] o = obs.get(i);
      oc[i] = (int) o[0];
      oy[i] = (int) o[1];
      om[i] = (byte) o[2];
      ov[i] = o[3];
      or[i] = (byte) o[4];
      od[i] = (int) o[5];
      orel[i] = (byte) o[6];
    }
    int j = nat.size();
    int[] ny = new int[j];
    byte[] nm = new byte[j];
    long[] nv = new long[j];
    byte[] nr = new byte[j];
    int[] nd = new int[j];
    byte[] nrel = new byte[j];
    for (int i = 0; i < j; i++) {
      long[] o = nat.get(i);
      ny[i] = (int) o[0];
      nm[i] = (byte) o[1];
      nv[i] = o[2];
      nr[i] = (byte) o[3];
      nd[i] = (int) o[4];
      nrel[i] = (byte) o[5];
    }
    return new Raw(first, years, ids, region, clusters, oc, oy, om, ov, or, od, orel, ny, nm, nv,
        nr, nd, nrel);
  }

  private static java.util.Optional<? extends Figure<?>> figure(NationalStats ns, int metric) {
    return metric == Raw.GDP ? ns.figure(Metric.GDP) : ns.figure(Metric.REAL_GROWTH);
  }

  private static long date(Figure<?> f, TreeSet<LocalDate> dates) {
    if (f.publishedOn() == null) {
      return Raw.UNKNOWN_DATE;
    }
    // the day by which it was surely published: the day as-of views count it from
    LocalDate known = f.publishedOn().latest();
    dates.add(known);
    return known.toEpochDay();
  }

  /**
   * The synthetic sources of a {@link Raw}: one per year, release and copy, where a figure's copy
   * is how many earlier figures have its city (or national), year, metric and release (always 0 in
   * generated data, which has one figure per release; the bundled data's GDP and growth figures
   * at x1 can have several, from different sources). Worked out before anything is timed.
   */
  public static final class SourcePlan {
    final String[] ids;
    final Release[] release;
    final int[] year;
    final int[] obsSource;
    final int[] natSource;

    // the sources in the order first named, and each one's number by (year, release, copy)
    private final java.util.List<String> idList = new java.util.ArrayList<>();
    private final java.util.List<Release> releaseList = new java.util.ArrayList<>();
    private final java.util.List<Integer> yearList = new java.util.ArrayList<>();
    private final Map<String, Integer> byKey = new HashMap<>();

    SourcePlan(Raw raw) {
      Map<String, Integer> copies = new HashMap<>();
      int n = raw.observationCount();
      obsSource = new int[n];
      for (int i = 0; i < n; i++) {
        int copy = copies.merge(raw.obsCity[i] + " " + raw.obsYear[i] + " " + raw.obsMetric[i]
            + " " + raw.obsRelease[i], 1, Integer::sum) - 1;
        obsSource[i] = source(raw.obsYear[i], raw.obsRelease[i], copy);
      }
      natSource = new int[raw.natYear.length];
      for (int i = 0; i < natSource.length; i++) {
        int copy = copies.merge("n " + raw.natYear[i] + " " + raw.natMetric[i] + " "
            + raw.natRelease[i], 1, Integer::sum) - 1;
        natSource[i] = source(raw.natYear[i], raw.natRelease[i], copy);
      }
      ids = idList.toArray(new String[0]);
      release = releaseList.toArray(new Release[0]);
      year = yearList.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The number of the source of this year, release (ordinal) and copy, named if new. */
    private int source(int y, int releaseOrdinal, int copy) {
      Release r = Release.values()[releaseOrdinal];
      String id = "synthetic-" + r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
          + "-" + y + (copy == 0 ? "" : "-" + (copy + 1));
      Integer k = byKey.get(id);
      if (k == null) {
        k = idList.size();
        byKey.put(id, k);
        idList.add(id);
        releaseList.add(r);
        yearList.add(y);
      }
      return k;
    }
  }

  /** The sources of {@code raw}: see {@link SourcePlan}. */
  public static SourcePlan sourcePlan(Raw raw) {
    return new SourcePlan(raw);
  }

  /** {@link #toDataset(Raw, SourcePlan)} with the plan worked out first. */
  public static Dataset toDataset(Raw raw) {
    return toDataset(raw, sourcePlan(raw));
  }

  /**
   * Builds a citygdp dataset from generated data, one source per release and year (and copy: see
   * {@link SourcePlan}). The city texts come ready from {@link Raw} (as every peer's inputs do),
   * and each figure names its source by an array lookup: what is timed is citygdp's building, not
   * the generator's.
   */
  public static Dataset toDataset(Raw raw, SourcePlan plan) {
    Dataset.Builder b = Dataset.builder();
    String[] clusterIds = raw.clusterIds();
    Map<String, Cluster> clusterById = new HashMap<>();
    for (String id : clusterIds) {
      clusterById.put(id, Cluster.of(id, id.replace('_', ' '), "城市群"));
    }
    Region[] regions = Region.values();
    for (int c = 0; c < raw.cityCount(); c++) {
      String[] ids = raw.clusters[c];
      Cluster[] cs = new Cluster[ids.length];
      for (int k = 0; k < ids.length; k++) {
        cs[k] = clusterById.get(ids[k]);
      }
      b.city(City.builder(raw.cityId[c]).names(raw.cityNameEn[c], raw.cityNameZh[c])
          .province(raw.cityProvince[c]).region(regions[raw.region[c]])
          .rank(AdminRank.PREFECTURE).divisionCode(raw.cityDivisionCode[c])
          .clusters(cs).build());
    }
    Release[] releases = Release.values();
    String[] sources = plan.ids;
    for (int k = 0; k < sources.length; k++) {
      int y = plan.year[k];
      Release r = plan.release[k];
      int date = r == Release.PRELIMINARY ? Synthetic.prelimDate(y) : Synthetic.finalDate(y);
      b.source(Source.builder(sources[k]).publisher("Synthetic bureau").title(r + " " + y)
          .url("https://example.invalid/" + sources[k]).publishedOn(LocalDate.ofEpochDay(date))
          .grade(org.citygdp.core.domain.SourceGrade.PRIMARY)
          .sourceType(SourceType.STATISTICAL_COMMUNIQUE).build());
    }
    for (int i = 0; i < raw.observationCount(); i++) {
      int y = raw.obsYear[i];
      String source = sources[plan.obsSource[i]];
      Release r = releases[raw.obsRelease[i]];
      String city = raw.cityId[raw.obsCity[i]];
      if (raw.obsMetric[i] == Raw.GDP) {
        b.figure(city, y, Metric.GDP, Yuan.ofYuan(raw.obsValue[i]), r, source);
      } else {
        b.figure(city, y, Metric.REAL_GROWTH,
            RealGrowth.of(org.citygdp.units.Percent.ofUnscaled(raw.obsValue[i])), r, source);
      }
    }
    for (int i = 0; i < raw.natYear.length; i++) {
      int y = raw.natYear[i];
      String source = sources[plan.natSource[i]];
      Release r = releases[raw.natRelease[i]];
      if (raw.natMetric[i] == Raw.GDP) {
        b.national(y, Metric.GDP, Yuan.ofYuan(raw.natValue[i]), r, source);
      } else {
        b.national(y, Metric.REAL_GROWTH,
            RealGrowth.of(org.citygdp.units.Percent.ofUnscaled(raw.natValue[i])), r, source);
      }
    }
    return b.build();
  }
}
