package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citygdp.core.domain.City;
import org.citygdp.core.engine.Column;
import org.citygdp.core.engine.GroupIndex;
import org.citygdp.core.engine.Int128;
import org.citygdp.core.engine.Slice;
import org.citygdp.core.internal.Checks;
import org.citygdp.core.internal.TextTable;
import org.citygdp.units.Percent;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.jspecify.annotations.Nullable;

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
    /** @throws NullPointerException naming a null component */
    public Row {
      Checks.notNull("label", label);
      Checks.notNull("members", members);
      Checks.notNull("gdp", gdp);
      Checks.notNull("weightedGrowth", weightedGrowth);
      Checks.notNull("shareOfNationalGdp", shareOfNationalGdp);
    }

    public int count() {
      return members.count();
    }
  }

  private final Grouping grouping;
  private final YearView view;
  // per non-empty group, computed eagerly in primitives; the Row objects are built on first use
  private final String[] labels;
  private final int[][] members;
  private final long[] gdpSum;
  private final int[] gdpCounted;
  // the GDP-weighted growth's parts, summed in the same pass as GDP: growth x GDP as 128 bits, the
  // GDP of the members with growth, and how many they are
  private final long[] productHi;
  private final long[] productLo;
  private final long[] weights;
  private final int[] weighted;
  private final long[] share; // unscaled percent, valid where shared[g]
  private final boolean[] shared;
  // racy single-check: two threads may both build equal lists; ImmutableList is safely published
  private @Nullable ImmutableList<Row> rows;

  private GroupTable(Grouping grouping, YearView view, int groups) {
    this.grouping = grouping;
    this.view = view;
    this.labels = new String[groups];
    this.members = new int[groups][];
    this.gdpSum = new long[groups];
    this.gdpCounted = new int[groups];
    this.productHi = new long[groups];
    this.productLo = new long[groups];
    this.weights = new long[groups];
    this.weighted = new int[groups];
    this.share = new long[groups];
    this.shared = new boolean[groups];
  }

  static GroupTable of(CitySelection selection, Grouping grouping) {
    YearView view = selection.yearView();
    Slice slice = view.slice;
    int[] sel = selection.indices();
    String[] labels;
    int[][] members;
    Grouping.KeyFunction function = grouping.function();
    if (function != null) {
      GroupIndex<Grouping.Key> index = view.catalog.groupIndex(grouping, function);
      labels = index.labels;
      // every city in id order: the index already holds each group's members
      members = slice.store.isEveryCity(sel) ? index.members : members(sel, index);
    } else {
      List<Tier> tiers = java.util.Objects.requireNonNull(grouping.scheme()).tiers();
      labels = new String[tiers.size()];
      for (int g = 0; g < labels.length; g++) {
        labels[g] = tiers.get(labels.length - 1 - g).label();
      }
      members = tierMembers(slice, sel, grouping.scheme());
    }
    int groups = 0;
    for (int[] m : members) {
      groups += m.length > 0 ? 1 : 0;
    }
    GroupTable t = new GroupTable(grouping, view, groups);
    Yuan national = view.nationalGdpOrNull();
    long nationalYuan = national == null ? 0 : national.toYuan();
    Column gdp = slice.column(Metric.GDP.id());
    Column growth = slice.column(Metric.REAL_GROWTH.id());
    long[] sums = new long[SUMS];
    for (int g = 0, k = 0; g < labels.length; g++) {
      if (members[g].length == 0) {
        continue;
      }
      t.labels[k] = labels[g];
      t.members[k] = members[g];
      // one pass per group over both columns: reading growth as well costs less than a second
      // pass when the weighted growth is read
      sum(members[g], gdp, growth, slice.base, sums);
      t.gdpSum[k] = sums[GDP_SUM];
      t.gdpCounted[k] = (int) sums[GDP_COUNTED];
      t.productHi[k] = sums[PRODUCT_HI];
      t.productLo[k] = sums[PRODUCT_LO];
      t.weights[k] = sums[WEIGHTS];
      t.weighted[k] = (int) sums[WEIGHTED];
      if (t.gdpCounted[k] > 0 && nationalYuan != 0) {
        t.share[k] = CitySelection.percentOfUnscaled(t.gdpSum[k], nationalYuan);
        t.shared[k] = true;
      }
      k++;
    }
    return t;
  }

  /** Each group's members among {@code sel}, in the order of {@code sel}. */
  private static int[][] members(int[] sel, GroupIndex<?> index) {
    int groups = index.labels.length;
    int[] start = index.start;
    int[] of = index.groups;
    int[] counts = new int[groups];
    for (int c : sel) {
      for (int j = start[c]; j < start[c + 1]; j++) {
        counts[of[j]]++;
      }
    }
    int[][] members = new int[groups][];
    for (int g = 0; g < groups; g++) {
      members[g] = new int[counts[g]];
    }
    int[] fill = new int[groups];
    for (int c : sel) {
      for (int j = start[c]; j < start[c + 1]; j++) {
        int g = of[j];
        members[g][fill[g]++] = c;
      }
    }
    return members;
  }

  /** Tier groups, highest first (group g is the scheme's tier t - 1 - g), from the GDP column. */
  private static int[][] tierMembers(Slice slice, int[] sel, TierScheme scheme) {
    int t = scheme.tiers().size();
    Column gdp = slice.column(Metric.GDP.id());
    int base = slice.base;
    int[] groupOf = new int[sel.length];
    int[] counts = new int[t];
    for (int i = 0; i < sel.length; i++) {
      int r = base + sel[i];
      int tier = gdp != null && gdp.has(r) ? scheme.indexOf(gdp.value(r)) : -1;
      int g = tier < 0 ? -1 : t - 1 - tier;
      groupOf[i] = g;
      if (g >= 0) {
        counts[g]++;
      }
    }
    int[][] members = new int[t][];
    for (int g = 0; g < t; g++) {
      members[g] = new int[counts[g]];
    }
    int[] fill = new int[t];
    for (int i = 0; i < sel.length; i++) {
      int g = groupOf[i];
      if (g >= 0) {
        members[g][fill[g]++] = sel[i];
      }
    }
    return members;
  }

  // the slots of sum(): GDP sum and count, 128-bit sum of growth x GDP, its weights and count
  private static final int GDP_SUM = 0;
  private static final int GDP_COUNTED = 1;
  private static final int PRODUCT_HI = 2;
  private static final int PRODUCT_LO = 3;
  private static final int WEIGHTS = 4;
  private static final int WEIGHTED = 5;
  private static final int SUMS = 6;

  private Row row(int g) {
    int[] m = members[g];
    Yuan total = gdpCounted[g] == 0 ? null : Yuan.ofYuan(gdpSum[g]);
    Aggregate<Yuan> gdp = gdpCounted[g] == m.length
        ? new Aggregate<>(total, gdpCounted[g], ImmutableList.of())
        : new Aggregate<>(total, gdpCounted[g], m.length - gdpCounted[g],
            () -> missing(view, m, false));
    Aggregate<RealGrowth> growth = weightedGrowth(g);
    return new Row(labels[g], new CitySelection(view, m), gdp, growth,
        gdp.withValue(shared[g] ? Percent.ofUnscaled(share[g]) : null));
  }

  /** A group's GDP-weighted real growth, from the sums of {@link #of}. */
  private Aggregate<RealGrowth> weightedGrowth(int g) {
    int[] m = members[g];
    int w = weighted[g];
    RealGrowth avg = w > 0 && weights[g] != 0
        ? RealGrowth.of(Percent.ofUnscaled(
            Int128.divideHalfEven(productHi[g], productLo[g], weights[g])))
        : null;
    return w == m.length
        ? new Aggregate<>(avg, w, ImmutableList.of())
        : new Aggregate<>(avg, w, m.length - w, () -> missing(view, m, true));
  }

  /** One group's sums, into {@code out} (see the slots above): one tight loop over its members. */
  private static void sum(int[] members, @Nullable Column gdp, @Nullable Column growth, int base,
      long[] out) {
    if (gdp != null && growth != null && gdp.units != null && growth.units != null
        && sumScaled(members, gdp, growth, base, out)) {
      return;
    }
    long gdpSum = 0;
    long gdpCounted = 0;
    long hi = 0;
    long lo = 0;
    long weights = 0;
    long weighted = 0;
    if (gdp != null) {
      for (int c : members) {
        int r = base + c;
        if (gdp.has(r)) {
          long v = gdp.value(r);
          gdpSum = Math.addExact(gdpSum, v);
          gdpCounted++;
          if (growth != null && growth.has(r)) {
            long w = growth.value(r);
            long pLo = w * v;
            long sum = lo + pLo;
            hi += Math.multiplyHigh(w, v) + (Long.compareUnsigned(sum, lo) < 0 ? 1 : 0);
            lo = sum;
            weights = Math.addExact(weights, v);
            weighted++;
          }
        }
      }
    }
    out[GDP_SUM] = gdpSum;
    out[GDP_COUNTED] = gdpCounted;
    out[PRODUCT_HI] = hi;
    out[PRODUCT_LO] = lo;
    out[WEIGHTS] = weights;
    out[WEIGHTED] = weighted;
  }

  /**
   * {@link #sum} on two decimal-scaled columns, in the columns' units: the sums of GDP units and of
   * growth units x GDP units fit a long unless the group is huge, and are multiplied back by the
   * scales at the end, exactly. False (and nothing written) if a sum or product would overflow.
   */
  private static boolean sumScaled(int[] members, Column gdp, Column growth, int base,
      long[] out) {
    int[] g = gdp.units;
    int[] w = growth.units;
    if (g == null || w == null) {
      return false;
    }
    long[] pg = gdp.present;
    long[] pw = growth.present;
    long gdpUnits = 0; // at most 2^31 per member: overflows only past 2^32 members
    long weightUnits = 0;
    long productUnits = 0;
    int gdpCounted = 0;
    int weighted = 0;
    try {
      for (int c : members) {
        int r = base + c;
        if ((pg[r >>> 6] & (1L << r)) != 0) {
          long v = g[r];
          gdpUnits += v;
          gdpCounted++;
          if ((pw[r >>> 6] & (1L << r)) != 0) {
            productUnits = Math.addExact(productUnits, v * w[r]); // |v * w| < 2^62
            weightUnits += v;
            weighted++;
          }
        }
      }
      long k = Math.multiplyExact(gdp.scale, growth.scale);
      out[GDP_SUM] = Math.multiplyExact(gdpUnits, gdp.scale);
      out[WEIGHTS] = Math.multiplyExact(weightUnits, gdp.scale);
      out[PRODUCT_HI] = Math.multiplyHigh(productUnits, k);
      out[PRODUCT_LO] = productUnits * k;
    } catch (ArithmeticException overflow) {
      return false;
    }
    out[GDP_COUNTED] = gdpCounted;
    out[WEIGHTED] = weighted;
    return true;
  }

  /** Ids of the members lacking GDP (or, if {@code orGrowth}, lacking GDP or real growth). */
  private static ImmutableList<String> missing(YearView view, int[] members, boolean orGrowth) {
    Slice slice = view.slice;
    Column gdp = slice.column(Metric.GDP.id());
    Column growth = slice.column(Metric.REAL_GROWTH.id());
    int base = slice.base;
    List<City> cities = view.catalog.cities;
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (int c : members) {
      int r = base + c;
      boolean has = gdp != null && gdp.has(r) && (!orGrowth || (growth != null && growth.has(r)));
      if (!has) {
        out.add(cities.get(c).id());
      }
    }
    return out.build();
  }

  /** How the cities are grouped. */
  public Grouping grouping() {
    return grouping;
  }

  /** The year the groups' figures are of. */
  public int year() {
    return view.year();
  }

  /** The non-empty groups, in the grouping's order. */
  public ImmutableList<Row> rows() {
    ImmutableList<Row> r = rows;
    if (r == null) {
      ImmutableList.Builder<Row> b = ImmutableList.builderWithExpectedSize(labels.length);
      for (int g = 0; g < labels.length; g++) {
        b.add(row(g));
      }
      r = b.build();
      rows = r;
    }
    return r;
  }

  public Optional<Row> row(String label) {
    Checks.notNull("label", label);
    return rows().stream().filter(r -> r.label().equals(label)).findFirst();
  }

  /** Group label to number of members. */
  public ImmutableMap<String, Integer> counts() {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int g = 0; g < labels.length; g++) {
      b.put(labels[g], members[g].length);
    }
    return b.buildOrThrow();
  }

  /** Group label to the sum of an amount over its members. */
  public ImmutableMap<String, Aggregate<Yuan>> sum(Metric<Yuan> metric) {
    Checks.notNull("metric", metric);
    ImmutableMap.Builder<String, Aggregate<Yuan>> b = ImmutableMap.builder();
    rows().forEach(r -> b.put(r.label(), metric.equals(Metric.GDP) ? r.gdp() : r.members().sum(metric)));
    return b.buildOrThrow();
  }

  /** The groups as a table: members, GDP (亿元), weighted growth, share of national GDP, missing. */
  public Table table() {
    TextTable t = new TextTable(List.of(grouping.name(), "cities", "GDP (亿元)",
        "weighted real growth (%)", "share of national GDP (%)", "missing"),
        false, true, true, true, true, false);
    for (Row r : rows()) {
      List<String> missing = new ArrayList<>(r.gdp().missing());
      r.weightedGrowth().missing().stream().filter(m -> !missing.contains(m)).forEach(missing::add);
      t.row(List.of(r.label(), Integer.toString(r.count()),
          r.gdp().value().map(y -> y.toYi().stripTrailingZeros().toPlainString()).orElse("—"),
          r.weightedGrowth().value().map(g -> g.rate().toBigDecimal().toPlainString()).orElse("—"),
          r.shareOfNationalGdp().value().map(p -> p.toBigDecimal().toPlainString()).orElse("—"),
          String.join(", ", missing)));
    }
    return new Table("By " + grouping.name() + ", " + view.year(), t);
  }

  /** {@link #table()}, printed. */
  @Override
  public String toString() {
    return table().toString();
  }
}
