package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    List<City> cities = view.slice.store.corpus.cities;
    Map<Grouping.Key, IntList> groups = new LinkedHashMap<>();
    for (int c : selection.indices()) {
      for (Grouping.Key k : grouping.keys(view, cities.get(c))) {
        groups.computeIfAbsent(k, x -> new IntList()).add(c);
      }
    }
    List<Grouping.Key> keys = new ArrayList<>(groups.keySet());
    keys.sort(Comparator.comparingInt(Grouping.Key::order).thenComparing(Grouping.Key::label));
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    Yuan national = view.nationalGdpOrNull();
    for (Grouping.Key k : keys) {
      int[] idx = groups.get(k).toArray();
      CitySelection members = new CitySelection(view, idx);
      Aggregate<Yuan> gdp = members.sum(Metric.GDP);
      rows.add(new Row(k.label(), members, gdp, members.weightedGrowth(),
          CitySelection.shareOf(gdp, national)));
    }
    return new GroupTable(grouping, view.year(), rows.build());
  }

  /** A growable list of ints, to group city indices without boxing. */
  private static final class IntList {
    private int[] items = new int[8];
    private int size;

    void add(int v) {
      if (size == items.length) {
        items = java.util.Arrays.copyOf(items, size * 2);
      }
      items[size++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(items, size);
    }
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
