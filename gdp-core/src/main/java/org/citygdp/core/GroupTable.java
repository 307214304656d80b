package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citygdp.units.Percent;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;

/**
 * Cities grouped by a {@link Grouping}, with per group: the members, their count, the sum of GDP,
 * the GDP-weighted average real growth, and the share of national GDP. Each aggregate says which
 * members lacked the figure.
 *
 * <pre>{@code
 * GroupTable byRegion = y.cities().groupBy(Grouping.REGION);
 * byRegion.counts();                 // {Eastern=20, Central=4, ...}
 * byRegion.sum(Metric.GDP);          // label to Aggregate<Yuan>
 * byRegion.row("Northeast").orElseThrow().members().names();
 * }</pre>
 */
public final class GroupTable {
  /** One group: its label and members, with the standard aggregates. */
  public record Row(String label, CitySelection members, Aggregate<Yuan> gdp,
      Aggregate<RealGrowth> weightedGrowth, Aggregate<Percent> shareOfNationalGdp) {
    public int count() {
      return members.count();
    }
  }

  private final Grouping grouping;
  private final int year;
  private final ImmutableList<Row> rows;

  private GroupTable(Grouping grouping, int year, ImmutableList<Row> rows) {
    this.grouping = grouping;
    this.year = year;
    this.rows = rows;
  }

  static GroupTable of(CitySelection selection, Grouping grouping) {
    YearView view = selection.yearView();
    int[] sel = selection.indices();
    List<String> labels = new ArrayList<>();
    // each selected city i belongs to the groups runs[runStart[i] .. runStart[i + 1])
    int[] runStart = new int[sel.length + 1];
    int[] runs;
    Grouping.KeyFunction function = grouping.function();
    if (function != null) {
      GroupIndex index = view.slice.store.corpus.groupIndex(grouping, function);
      index.keys.forEach(k -> labels.add(k.label()));
      int total = 0;
      for (int i = 0; i < sel.length; i++) {
        runStart[i] = total;
        total += index.start[sel[i] + 1] - index.start[sel[i]];
      }
      runStart[sel.length] = total;
      runs = new int[total];
      for (int i = 0; i < sel.length; i++) {
        System.arraycopy(index.groups, index.start[sel[i]], runs, runStart[i],
            runStart[i + 1] - runStart[i]);
      }
    } else {
      runs = tierRuns(view, sel, grouping.scheme(), labels, runStart);
    }
    int groups = labels.size();
    int[] counts = new int[groups];
    for (int g : runs) {
      counts[g]++;
    }
    int[][] members = new int[groups][];
    for (int g = 0; g < groups; g++) {
      members[g] = new int[counts[g]];
    }
    // one pass: members, and per group the GDP sum and the 128-bit growth x GDP sum
    long[] gdpSum = new long[groups];
    int[] gdpCounted = new int[groups];
    long[] hi = new long[groups];
    long[] lo = new long[groups];
    long[] weights = new long[groups];
    int[] weighted = new int[groups];
    Column gdp = view.slice.column(Metric.GDP);
    Column growth = view.slice.column(Metric.REAL_GROWTH);
    int base = view.slice.base;
    int[] fill = new int[groups];
    for (int i = 0; i < sel.length; i++) {
      int c = sel[i];
      int r = base + c;
      boolean hasGdp = gdp != null && gdp.has(r);
      boolean hasBoth = hasGdp && growth != null && growth.has(r);
      long v = hasGdp ? gdp.value(r) : 0;
      long w = hasBoth ? growth.value(r) : 0;
      long pLo = w * v;
      long pHi = Math.multiplyHigh(w, v);
      for (int j = runStart[i]; j < runStart[i + 1]; j++) {
        int g = runs[j];
        members[g][fill[g]++] = c;
        if (hasGdp) {
          gdpSum[g] = Math.addExact(gdpSum[g], v);
          gdpCounted[g]++;
        }
        if (hasBoth) {
          long sum = lo[g] + pLo;
          hi[g] += pHi + (Long.compareUnsigned(sum, lo[g]) < 0 ? 1 : 0);
          lo[g] = sum;
          weights[g] = Math.addExact(weights[g], v);
          weighted[g]++;
        }
      }
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    Yuan national = view.nationalGdpOrNull();
    List<City> cities = view.slice.store.corpus.cities;
    for (int g = 0; g < groups; g++) {
      if (counts[g] == 0) {
        continue;
      }
      CitySelection group = new CitySelection(view, members[g]);
      Aggregate<Yuan> gdpTotal = new Aggregate<>(
          gdpCounted[g] == 0 ? null : Yuan.ofYuan(gdpSum[g]), gdpCounted[g],
          gdpCounted[g] == counts[g] ? ImmutableList.of()
              : missing(members[g], cities, c -> gdp != null && gdp.has(base + c)));
      Aggregate<RealGrowth> growthAverage = new Aggregate<>(
          CitySelection.weightedAverage(hi[g], lo[g], weights[g], weighted[g]), weighted[g],
          weighted[g] == counts[g] ? ImmutableList.of()
              : missing(members[g], cities, c -> gdp != null && gdp.has(base + c)
                  && growth != null && growth.has(base + c)));
      rows.add(new Row(labels.get(g), group, gdpTotal, growthAverage,
          CitySelection.shareOf(gdpTotal, national)));
    }
    return new GroupTable(grouping, view.year(), rows.build());
  }

  private static ImmutableList<String> missing(int[] members, List<City> cities,
      YearView.CityTest has) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (int c : members) {
      if (!has.test(c)) {
        out.add(cities.get(c).id());
      }
    }
    return out.build();
  }

  /** Tier groups, highest first (group g is the scheme's tier t - 1 - g), from the GDP column. */
  private static int[] tierRuns(YearView view, int[] sel, TierScheme scheme, List<String> labels,
      int[] runStart) {
    List<Tier> tiers = scheme.tiers();
    int t = tiers.size();
    for (int g = 0; g < t; g++) {
      labels.add(tiers.get(t - 1 - g).label());
    }
    Column gdp = view.slice.column(Metric.GDP);
    int base = view.slice.base;
    int[] runs = new int[sel.length];
    int total = 0;
    for (int i = 0; i < sel.length; i++) {
      runStart[i] = total;
      int r = base + sel[i];
      if (gdp != null && gdp.has(r)) {
        int tier = scheme.indexOf(gdp.value(r));
        if (tier >= 0) {
          runs[total++] = t - 1 - tier;
        }
      }
    }
    runStart[sel.length] = total;
    return java.util.Arrays.copyOf(runs, total);
  }

  public ImmutableList<Row> rows() {
    return rows;
  }

  public Optional<Row> row(String label) {
    return rows.stream().filter(r -> r.label().equals(label)).findFirst();
  }

  /** Group label to number of members. */
  public ImmutableMap<String, Integer> counts() {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    rows.forEach(r -> b.put(r.label(), r.count()));
    return b.buildOrThrow();
  }

  /** Group label to the sum of an amount over its members. */
  public ImmutableMap<String, Aggregate<Yuan>> sum(Metric<Yuan> metric) {
    ImmutableMap.Builder<String, Aggregate<Yuan>> b = ImmutableMap.builder();
    rows.forEach(r -> b.put(r.label(), metric.equals(Metric.GDP) ? r.gdp() : r.members().sum(metric)));
    return b.buildOrThrow();
  }

  @Override
  public String toString() {
    TextTable t = new TextTable(List.of(grouping.name(), "cities", "GDP (CNY bn)",
        "weighted real growth (%)", "share of national GDP (%)", "missing"),
        false, true, true, true, true, false);
    for (Row r : rows) {
      List<String> missing = new ArrayList<>(r.gdp().missing());
      r.weightedGrowth().missing().stream().filter(m -> !missing.contains(m)).forEach(missing::add);
      t.row(List.of(r.label(), Integer.toString(r.count()),
          r.gdp().value().map(y -> y.toBillions().toPlainString()).orElse("—"),
          r.weightedGrowth().value().map(g -> g.rate().toBigDecimal().toPlainString()).orElse("—"),
          r.shareOfNationalGdp().value().map(p -> p.toBigDecimal().toPlainString()).orElse("—"),
          String.join(", ", missing)));
    }
    return "By " + grouping.name() + ", " + year + "\n" + t.render();
  }
}
