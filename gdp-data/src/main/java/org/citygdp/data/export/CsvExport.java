package org.citygdp.data.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.citygdp.core.CityHistory;
import org.citygdp.core.CitySelection;
import org.citygdp.core.Figure;
import org.citygdp.core.GroupTable;
import org.citygdp.core.GrowthChange;
import org.citygdp.core.GrowthChanges;
import org.citygdp.core.Metric;
import org.citygdp.core.TierPyramid;
import org.citygdp.core.YearlyStats;
import org.citygdp.core.domain.City;
import org.jspecify.annotations.Nullable;

/**
 * CSV of the table-shaped results, through jackson-dataformat-csv: RFC 4180, a header row, one
 * row per city (or group), values as exact decimals with the unit in the column name, an empty
 * cell where a figure is missing.
 *
 * <pre>{@code
 * CsvExport.of(y.members(Threshold.TRILLION_CLUB));
 * // year,city_id,city,city_zh,province,region,gdp_100m_cny,gdp_release,gdp_source,...
 * // 2025,shanghai,Shanghai,上海,Shanghai,EASTERN,56708.71,PRELIMINARY,...
 * }</pre>
 *
 * <p>Unit suffixes: {@code _100m_cny} (亿元, 10<sup>8</sup> yuan), {@code _pct} (percent; growth is
 * real unless the column says nominal), {@code _pp} (percentage points), {@code _10k_persons}
 * (万人). A figure's provenance follows its value: {@code _release}, {@code _source} (the source
 * id; {@link CityGdpJacksonModule} writes the whole source), {@code _grade}, {@code _verified}.
 * Lists of city ids are separated by {@code ;}.
 */
public final class CsvExport {
  // quotes only the cells that need it (a separator, a quote or a line break)
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private CsvExport() {}

  /**
   * A selection, one row per city in the selection's order: the city, then GDP, real growth and
   * population, each with its release, source, grade and whether it is verified.
   */
  public static String of(CitySelection selection) {
    Objects.requireNonNull(selection, "selection must not be null");
    List<String> columns = new ArrayList<>(List.of("year", "city_id", "city", "city_zh",
        "province", "region"));
    String[][] values = {{"gdp", "_100m_cny"}, {"real_growth", "_pct"},
        {"population", "_10k_persons"}};
    for (String[] v : values) {
      columns.addAll(List.of(v[0] + v[1], v[0] + "_release", v[0] + "_source", v[0] + "_grade",
          v[0] + "_verified"));
    }
    Table t = new Table(columns.toArray(new String[0]));
    for (YearlyStats s : selection.stats()) {
      List<@Nullable String> row = new ArrayList<>(cityCells(s.city()));
      row.add(0, Integer.toString(s.year()));
      row.add(4, s.city().province());
      row.add(5, s.city().region().name());
      for (Metric<?> m : List.of(Metric.GDP, Metric.REAL_GROWTH, Metric.POPULATION)) {
        Optional<? extends Figure<?>> f = s.figure(m);
        row.add(f.map(x -> Values.decimal(x.value())).orElse(null));
        row.add(f.map(x -> x.release().name()).orElse(null));
        row.add(f.map(x -> x.source().id()).orElse(null));
        row.add(f.map(x -> x.grade().name()).orElse(null));
        row.add(f.map(x -> Boolean.toString(x.verified())).orElse(null));
      }
      t.row(row.toArray(new String[0]));
    }
    return t.csv();
  }

  /**
   * A tier pyramid, one row per city, highest tier first: the tier's label and bounds (lower
   * inclusive, upper exclusive, empty for the top tier) and the city. Cities whose GDP is missing
   * come last with an empty tier.
   */
  public static String of(TierPyramid pyramid) {
    Objects.requireNonNull(pyramid, "pyramid must not be null");
    Table t = new Table("year", "tier", "tier_lower_100m_cny", "tier_upper_100m_cny", "city_id",
        "city", "city_zh");
    String year = Integer.toString(pyramid.year());
    pyramid.asMap().forEach((tier, cities) -> {
      for (City c : cities) {
        List<@Nullable String> row = new ArrayList<>(List.of(year, tier.label(),
            Values.decimal(tier.lowerInclusive())));
        row.add(tier.upper().map(Values::decimal).orElse(null));
        row.addAll(cityCells(c));
        t.row(row.toArray(new String[0]));
      }
    });
    for (City c : pyramid.missingGdp()) {
      List<@Nullable String> row = new ArrayList<>(Arrays.asList(year, null, null, null));
      row.addAll(cityCells(c));
      t.row(row.toArray(new String[0]));
    }
    return t.csv();
  }

  /**
   * A group table, one row per group: the year, how the cities are grouped, the number of cities, the sum of GDP, the GDP-weighted
   * real growth and the share of national GDP, each aggregate with the count of cities it covers
   * and the ids of those it misses.
   */
  public static String of(GroupTable table) {
    Objects.requireNonNull(table, "table must not be null");
    Table t = new Table("year", "grouping", "group", "cities", "gdp_100m_cny", "gdp_counted",
        "gdp_missing",
        "weighted_real_growth_pct", "weighted_real_growth_counted", "weighted_real_growth_missing",
        "share_of_national_gdp_pct");
    for (GroupTable.Row r : table.rows()) {
      t.row(Integer.toString(table.year()), table.grouping().toString(), r.label(),
          Integer.toString(r.count()),
          r.gdp().value().map(Values::decimal).orElse(null), Integer.toString(r.gdp().counted()),
          String.join(";", r.gdp().missing()),
          r.weightedGrowth().value().map(Values::decimal).orElse(null),
          Integer.toString(r.weightedGrowth().counted()),
          String.join(";", r.weightedGrowth().missing()),
          r.shareOfNationalGdp().value().map(Values::decimal).orElse(null));
    }
    return t.csv();
  }

  /**
   * Growth changes, one row per city in their order: the two years, both years' real growth and
   * the change.
   */
  public static String of(GrowthChanges changes) {
    Objects.requireNonNull(changes, "changes must not be null");
    Table t = new Table("earlier_year", "later_year", "city_id", "city", "city_zh",
        "earlier_real_growth_pct", "later_real_growth_pct", "change_pp");
    for (GrowthChange r : changes.rows()) {
      List<@Nullable String> row = new ArrayList<>(List.of(
          Integer.toString(changes.earlierYear()), Integer.toString(changes.laterYear())));
      row.addAll(cityCells(r.city()));
      row.add(r.earlierGrowth().map(Values::decimal).orElse(null));
      row.add(r.laterGrowth().map(Values::decimal).orElse(null));
      row.add(r.change().map(Values::decimal).orElse(null));
      t.row(row.toArray(new String[0]));
    }
    return t.csv();
  }

  /**
   * A city's history, one row per year with a GDP, real growth or population figure: each value
   * with its release, source and grade.
   */
  public static String of(CityHistory history) {
    Objects.requireNonNull(history, "history must not be null");
    Table t = new Table("city_id", "year", "gdp_100m_cny", "gdp_release", "gdp_source",
        "gdp_grade", "real_growth_pct", "real_growth_release", "real_growth_source",
        "real_growth_grade", "population_10k_persons", "population_release", "population_source",
        "population_grade");
    TreeSet<Integer> years = new TreeSet<>(history.series(Metric.GDP).keySet());
    years.addAll(history.series(Metric.REAL_GROWTH).keySet());
    years.addAll(history.series(Metric.POPULATION).keySet());
    for (int y : years) {
      YearlyStats s = history.stats(y);
      List<@Nullable String> row = new ArrayList<>(List.of(history.city().id(),
          Integer.toString(y)));
      for (Metric<?> m : List.of(Metric.GDP, Metric.REAL_GROWTH, Metric.POPULATION)) {
        Optional<? extends Figure<?>> f = s.figure(m);
        row.add(f.map(x -> Values.decimal(x.value())).orElse(null));
        row.add(f.map(x -> x.release().name()).orElse(null));
        row.add(f.map(x -> x.source().id()).orElse(null));
        row.add(f.map(x -> x.grade().name()).orElse(null));
      }
      t.row(row.toArray(new String[0]));
    }
    return t.csv();
  }

  /**
   * Any table-shaped result: a {@link CitySelection}, {@link TierPyramid}, {@link GroupTable},
   * {@link GrowthChanges} or {@link CityHistory}.
   *
   * @throws IllegalArgumentException naming the type, for any other value
   */
  public static String of(Object result) {
    Objects.requireNonNull(result, "result must not be null");
    if (result instanceof CitySelection s) {
      return of(s);
    }
    if (result instanceof TierPyramid p) {
      return of(p);
    }
    if (result instanceof GroupTable g) {
      return of(g);
    }
    if (result instanceof GrowthChanges c) {
      return of(c);
    }
    if (result instanceof CityHistory h) {
      return of(h);
    }
    throw new IllegalArgumentException("a " + result.getClass().getSimpleName() + " is not"
        + " table-shaped: CSV is written for a CitySelection, TierPyramid, GroupTable,"
        + " GrowthChanges or CityHistory; write other results as JSON (CityGdpJacksonModule)");
  }

  private static List<@Nullable String> cityCells(City c) {
    return new ArrayList<>(List.of(c.id(), c.nameEn(), c.nameZh()));
  }

  /** Columns and rows of text written through jackson-dataformat-csv, with a header row. */
  static final class Table {
    private final List<String> columns;
    private final List<@Nullable String[]> rows = new ArrayList<>();

    Table(String... columns) {
      this.columns = List.of(columns);
    }

    /** Adds a row; null is an empty cell. */
    void row(@Nullable String... cells) {
      if (cells.length != columns.size()) {
        throw new IllegalStateException("row of " + cells.length + " cells for "
            + columns.size() + " columns");
      }
      rows.add(cells);
    }

    String csv() {
      CsvSchema.Builder b = CsvSchema.builder();
      columns.forEach(b::addColumn);
      ObjectWriter w = MAPPER.writer(b.build().withHeader());
      try {
        return w.writeValueAsString(rows);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
