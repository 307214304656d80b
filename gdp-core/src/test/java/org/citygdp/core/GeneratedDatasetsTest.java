package org.citygdp.core;

import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.citygdp.units.Percent;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.Population;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Seeded random datasets checked against a naive reference implementation of the queries (issue
 * #10). The generator varies the shape: the number of cities (often at and around multiples of 64,
 * where the presence bits fill whole words), the years (contiguous, or sparse across 1949–2100),
 * the metrics, how sparse the figures are, releases, several sources per figure with grades,
 * publication dates (day, month, year, undated) and verification, sources that disagree or print
 * one figure to two precisions, and national figures. The reference is written plainly with lists
 * and maps from the README's rules ("Which figure a view shows"), using no citygdp internals; it
 * answers for several views of each dataset (latest, as of dates, at least a grade, verified only,
 * combined): which figure each cell shows, every figure of a cell in order, members and tiers,
 * where conditions, orderings, sums, weighted growth, shares, groupBy, newcomers and leavers,
 * growth changes, conflicts, what a view leaves out and the provenance counts.
 *
 * <p>A failing shape is shrunk (figures, cities, sources, dates, flags removed while the failure
 * of the same kind stays) and the assertion message prints the minimal shape.
 *
 * <p>More shapes or another seed: {@code mvn -pl gdp-core test -Dtest=GeneratedDatasetsTest
 * -Dcitygdp.shapes=100000 -Dcitygdp.seed=42}.
 */
class GeneratedDatasetsTest {
  private static final long SEED = Long.getLong("citygdp.seed", 20_261_210L);
  private static final int SHAPES = Integer.getInteger("citygdp.shapes", 3000);

  // ---- the metrics a shape may use; index 5 is derived and never generated ----

  static final Metric<?>[] METRICS = {Metric.GDP, Metric.REAL_GROWTH, Metric.POPULATION,
      Metric.realGrowth(Sector.TERTIARY), Metric.valueAdded(Sector.SECONDARY),
      Metric.GDP_PER_CAPITA};
  static final int GDP = 0;
  static final int GROWTH = 1;
  static final int POP = 2;
  static final int TERTIARY = 3;
  static final int VA = 4;
  static final int PER_CAPITA = 5;
  static final int GENERATED = 5;
  /** Decimal zeros of a raw value in one published unit (亿元, percent, 万人). */
  static final int[] UNIT_ZEROS = {8, 4, 4, 4, 8, 0};
  static final String[] PROVINCES = {"Anhui", "Hebei", "Jiangsu"};
  static final long TRILLION = 1_000_000_000_000L;

  /** A source: its grade and publication date (null: undated). */
  record Src(SourceGrade grade, PublicationDate date) {}

  /**
   * One figure: a city index (-1: national), year, metric index, raw value (yuan, persons or
   * ten-thousandths of a percent), release, source index, verified, and its own date (or null).
   */
  record Fig(int city, int year, int metric, long raw, Release release, int source,
      boolean verified, PublicationDate own) {}

  /**
   * A dataset shape: per city its region and province index, the sources, the figures in the
   * order they are added, and a seed for the checks' own choices (kept while shrinking).
   */
  record Shape(int[] region, int[] province, List<Src> sources, List<Fig> figures, long seed) {
    int cities() {
      return region.length;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      sb.append(cities()).append(" cities (c000..c").append(String.format("%03d", cities() - 1))
          .append("), regions ");
      for (int c = 0; c < cities(); c++) {
        sb.append(Region.values()[region[c]].name().charAt(0));
      }
      sb.append(", provinces ");
      for (int c = 0; c < cities(); c++) {
        sb.append(province[c]);
      }
      sb.append('\n').append(sources.size()).append(" sources:");
      for (int i = 0; i < sources.size(); i++) {
        sb.append(" s").append(i).append(' ').append(sources.get(i).grade()).append(' ')
            .append(sources.get(i).date() == null ? "undated" : sources.get(i).date());
        sb.append(i + 1 < sources.size() ? ";" : "");
      }
      sb.append('\n').append(figures.size()).append(" figures, in the order added:\n");
      for (Fig f : figures) {
        sb.append("  ").append(f.city() < 0 ? "national" : id(f.city())).append(' ')
            .append(f.year()).append(' ').append(METRICS[f.metric()].id()).append(" = ")
            .append(published(f.metric(), f.raw())).append(' ').append(f.release()).append(" s")
            .append(f.source()).append(f.verified() ? " verified" : " unverified")
            .append(f.own() == null ? "" : " first published " + f.own()).append('\n');
      }
      return sb.toString();
    }
  }

  private static final String[] IDS = new String[1000];

  static {
    for (int c = 0; c < IDS.length; c++) {
      IDS[c] = String.format("c%03d", c);
    }
  }

  static String id(int city) {
    return IDS[city];
  }

  static String published(int metric, long raw) {
    return BigDecimal.valueOf(raw).movePointLeft(UNIT_ZEROS[metric]).stripTrailingZeros()
        .toPlainString() + (metric == GDP || metric == VA ? " 亿元"
        : metric == POP ? " 万人" : "%");
  }

  // ---- the test ----

  @Test
  void should_answer_every_query_like_the_naive_reference_on_generated_datasets() {
    int[] kinds = new int[4]; // shapes with a multiple of 64 city-years, sparse years, conflicts
    for (int i = 0; i < SHAPES; i++) {
      long seed = SEED * 1_000_003L + i;
      Shape shape = generate(new Random(seed));
      count(shape, kinds);
      Failure failure = check(shape);
      if (failure != null) {
        Shape minimal = shrink(shape, failure.kind());
        Failure minimalFailure = check(minimal);
        fail("generated dataset #" + i + " (seed " + seed + ") fails: " + failure.message()
            + "\n\nshrunk to a minimal dataset that fails the same way:\n" + minimal
            + "which fails: " + (minimalFailure == null ? "?" : minimalFailure.message()));
      }
    }
    // the generator reaches the shapes it is meant to
    org.assertj.core.api.Assertions.assertThat(kinds[0]).as("shapes with whole words of city-years")
        .isGreaterThan(SHAPES / 50);
    org.assertj.core.api.Assertions.assertThat(kinds[1]).as("shapes with sparse years")
        .isGreaterThan(SHAPES / 10);
    org.assertj.core.api.Assertions.assertThat(kinds[2]).as("shapes with conflicts")
        .isGreaterThan(SHAPES / 10);
    org.assertj.core.api.Assertions.assertThat(kinds[3]).as("shapes with month or year dates")
        .isGreaterThan(SHAPES / 10);
  }

  /** Shrinking finds the minimal dataset of finding 1, from a large one that fails with it. */
  @Test
  void should_shrink_a_failure_to_a_minimal_dataset() {
    // a stand-in failure: "the last city has a GDP figure in the last year and some city one in
    // the year before"; the shrinker must keep it and drop everything else
    Shape big = generate(new Random(5));
    while (!lastCityLastYear(big)) {
      big = generate(new Random(big.seed() + 1));
    }
    Shape minimal = shrink(big, "stand-in", GeneratedDatasetsTest::lastCityLastYearFailure);
    org.assertj.core.api.Assertions.assertThat(big.figures()).hasSizeGreaterThan(2);
    org.assertj.core.api.Assertions.assertThat(minimal.figures()).hasSizeLessThanOrEqualTo(2);
    org.assertj.core.api.Assertions.assertThat(minimal.cities()).isLessThanOrEqualTo(2);
    org.assertj.core.api.Assertions.assertThat(minimal.sources()).hasSizeLessThanOrEqualTo(2);
  }

  private static boolean lastCityLastYear(Shape s) {
    return lastCityLastYearFailure(s) != null;
  }

  private static Failure lastCityLastYearFailure(Shape s) {
    int last = -1;
    for (Fig f : s.figures()) {
      last = Math.max(last, f.year());
    }
    boolean lastCity = false;
    boolean before = false;
    for (Fig f : s.figures()) {
      lastCity |= f.city() == s.cities() - 1 && f.year() == last && f.metric() == GDP;
      before |= f.city() >= 0 && f.year() < last && f.metric() == GDP;
    }
    return lastCity && before ? new Failure("stand-in", "stand-in") : null;
  }

  private static void count(Shape s, int[] kinds) {
    SortedSet<Integer> years = new TreeSet<>();
    boolean monthOrYear = false;
    for (Fig f : s.figures()) {
      if (f.city() >= 0) {
        years.add(f.year());
      }
    }
    for (Src src : s.sources()) {
      monthOrYear |= src.date() != null && src.date().precision() != PublicationDate.Precision.DAY;
    }
    kinds[0] += !years.isEmpty() && years.size() * s.cities() % 64 == 0 ? 1 : 0;
    kinds[1] += !years.isEmpty() && years.last() - years.first() + 1 > years.size() ? 1 : 0;
    kinds[2] += new Checker(s).referenceConflicts().isEmpty() ? 0 : 1;
    kinds[3] += monthOrYear ? 1 : 0;
  }

  // ---- generating shapes ----

  static Shape generate(Random r) {
    int cities = r.nextInt(3) == 0
        ? new int[] {8, 16, 31, 32, 33, 63, 64, 65, 128}[r.nextInt(9)] : 1 + r.nextInt(10);
    int[] years = years(r);
    List<Integer> metrics = new ArrayList<>();
    for (int m = 0; m < GENERATED; m++) {
      double p = m == GDP ? 0.9 : m == GROWTH ? 0.75 : 0.3;
      if (r.nextDouble() < p) {
        metrics.add(m);
      }
    }
    if (metrics.isEmpty()) {
      metrics.add(GDP);
    }
    while (cities * years.length * metrics.size() > 1200 && metrics.size() > 1) {
      metrics.remove(metrics.size() - 1);
    }
    List<Src> sources = new ArrayList<>();
    int nSources = 1 + r.nextInt(4);
    for (int i = 0; i < nSources; i++) {
      SourceGrade g = SourceGrade.values()[r.nextInt(3) == 0 ? 0 : r.nextInt(4)];
      sources.add(new Src(g, date(r, years)));
    }
    int[] region = new int[cities];
    int[] province = new int[cities];
    for (int c = 0; c < cities; c++) {
      region[c] = r.nextInt(4);
      province[c] = r.nextInt(PROVINCES.length);
    }
    double density = new double[] {0.15, 0.5, 0.85, 1.0}[r.nextInt(4)];
    List<Fig> figures = new ArrayList<>();
    for (int c = 0; c < cities; c++) {
      for (int y : years) {
        for (int m : metrics) {
          if (r.nextDouble() < density) {
            cell(r, c, y, m, sources, figures);
          }
        }
      }
    }
    // national figures, also in years without city figures
    for (int y : years(r, years)) {
      for (int m : new int[] {GDP, GROWTH}) {
        if (r.nextDouble() < 0.4) {
          cell(r, -1, y, m, sources, figures);
        }
      }
    }
    if (r.nextBoolean()) {
      Collections.shuffle(figures, r);
    }
    return new Shape(region, province, sources, figures, r.nextLong());
  }

  private static int[] years(Random r) {
    switch (r.nextInt(6)) {
      case 0:
        return new int[] {2019 + r.nextInt(7)};
      case 1:
      case 2: {
        int n = 2 + r.nextInt(3);
        int first = 2019 + r.nextInt(4);
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
          ys[i] = first + i;
        }
        return ys;
      }
      case 3:
        return r.nextBoolean() ? new int[] {1949, 2100} : new int[] {1949, 2024, 2025, 2100};
      case 4: {
        TreeSet<Integer> ys = new TreeSet<>();
        int n = 2 + r.nextInt(3);
        while (ys.size() < n) {
          ys.add(1949 + r.nextInt(152));
        }
        return ys.stream().mapToInt(Integer::intValue).toArray();
      }
      default:
        return r.nextBoolean() ? new int[] {2099, 2100} : new int[] {1949, 1950};
    }
  }

  /** The years of national figures: the city years, sometimes with one more before or after. */
  private static int[] years(Random r, int[] cityYears) {
    int first = cityYears[0];
    int last = cityYears[cityYears.length - 1];
    int k = r.nextInt(6);
    if (k < 2 && (k == 0 ? first > 1949 : last < 2100)) {
      int[] out = Arrays.copyOf(cityYears, cityYears.length + 1);
      out[cityYears.length] = k == 0 ? first - 1 - r.nextInt(first - 1949)
          : last + 1 + r.nextInt(2100 - last);
      return out;
    }
    return cityYears;
  }

  private static PublicationDate date(Random r, int[] years) {
    int k = r.nextInt(20);
    if (k < 3) {
      return null;
    }
    int year = Math.min(2100, years[r.nextInt(years.length)] + r.nextInt(3));
    if (k < 6) {
      return PublicationDate.ofMonth(year, 1 + r.nextInt(12));
    }
    if (k < 8) {
      return PublicationDate.ofYear(year);
    }
    return PublicationDate.of(LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28)));
  }

  /** One to four figures of a cell, from distinct (source, release) pairs. */
  private static void cell(Random r, int c, int y, int m, List<Src> sources, List<Fig> out) {
    int k = r.nextDouble() < 0.6 ? 1 : 2 + r.nextInt(3);
    long base = baseValue(r, m);
    List<Integer> pairs = new ArrayList<>();
    for (int i = 0; i < sources.size() * 4; i++) {
      pairs.add(i);
    }
    Collections.shuffle(pairs, r);
    for (int i = 0; i < Math.min(k, pairs.size()); i++) {
      int source = pairs.get(i) / 4;
      Release release = Release.values()[pairs.get(i) % 4];
      boolean verified = sources.get(source).grade().isOfficial() && r.nextDouble() < 0.8;
      PublicationDate own = r.nextInt(10) == 0
          ? PublicationDate.of(LocalDate.of(Math.min(2100, y + 1), 1 + r.nextInt(12), 1)) : null;
      out.add(new Fig(c, y, m, variant(r, m, base), release, source, verified, own));
    }
  }

  private static long baseValue(Random r, int m) {
    switch (m) {
      case GDP:
      case VA: {
        int k = r.nextInt(20);
        if (k == 0) {
          return 0;
        }
        if (k == 1) {
          return TRILLION + 1 + r.nextInt(1000); // to the yuan: a column of longs
        }
        if (m == GDP && k < 6) {
          return new long[] {TRILLION, 999_999_000_000L, 1_000_001_000_000L, 5 * TRILLION}[k - 2];
        }
        long hundredths = 300_000 + r.nextInt(m == GDP ? 6_000_000 : 2_000_000);
        return round(hundredths, r.nextInt(3)) * 1_000_000L;
      }
      case POP:
        return r.nextInt(30) == 0 ? 0 : round(10_000 + r.nextInt(290_000), r.nextInt(3)) * 100L;
      default:
        if (r.nextInt(20) == 0) {
          return -50_000 + r.nextInt(170_000); // to the ten-thousandth of a percent
        }
        return round(-500 + r.nextInt(1700), r.nextInt(3)) * 100L;
    }
  }

  /** {@code hundredths} with only {@code decimals} of its two decimals kept. */
  private static long round(long hundredths, int decimals) {
    long unit = decimals == 2 ? 1 : decimals == 1 ? 10 : 100;
    return hundredths / unit * unit;
  }

  /** The same value, the value printed to one decimal fewer, or another value. */
  private static long variant(Random r, int m, long v) {
    double u = r.nextDouble();
    if (u < 0.55) {
      return v;
    }
    if (u < 0.75) {
      BigDecimal p = BigDecimal.valueOf(v).movePointLeft(UNIT_ZEROS[m]).stripTrailingZeros();
      if (p.scale() <= 0) {
        return v;
      }
      return p.setScale(p.scale() - 1, RoundingMode.HALF_UP).movePointRight(UNIT_ZEROS[m])
          .longValueExact();
    }
    long step = BigInteger.TEN.pow(UNIT_ZEROS[m] - 2).longValueExact() * (1 + r.nextInt(50));
    long w = r.nextBoolean() ? v + step : v - step;
    return m == GROWTH || m == TERTIARY ? Math.max(w, -200_000) : Math.max(w, 0);
  }

  // ---- building the dataset through the public API ----

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Dataset build(Shape s) {
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < s.sources().size(); i++) {
      Src src = s.sources().get(i);
      b.source(Source.builder("s" + i).publisher("Publisher " + i).title("Document " + i)
          .url("https://example.org/s" + i).published(src.date()).grade(src.grade())
          .sourceType(SourceType.STATISTICAL_COMMUNIQUE).build());
    }
    for (int c = 0; c < s.cities(); c++) {
      b.city(City.builder(id(c)).names("City " + c, "城" + c)
          .province(PROVINCES[s.province()[c]]).region(Region.values()[s.region()[c]])
          .rank(AdminRank.PREFECTURE).divisionCode("100000").build());
    }
    for (Fig f : s.figures()) {
      b.figure(new Observation(f.city() < 0 ? null : id(f.city()), f.year(),
          METRICS[f.metric()], (Comparable) value(f.metric(), f.raw()), f.release(),
          "s" + f.source(), f.verified(), f.verified() ? null : "not verified", f.own(), null));
    }
    return b.build();
  }

  static Object value(int m, long raw) {
    switch (m) {
      case GDP:
      case VA:
      case PER_CAPITA:
        return Yuan.ofYuan(raw);
      case POP:
        return Population.ofPersons(raw);
      default:
        return RealGrowth.of(Percent.ofUnscaled(raw));
    }
  }

  static long raw(Object v) {
    if (v instanceof Yuan y) {
      return y.toYuan();
    }
    if (v instanceof Population p) {
      return p.toPersons();
    }
    if (v instanceof RealGrowth g) {
      return g.rate().unscaledValue();
    }
    if (v instanceof Percent p) {
      return p.unscaledValue();
    }
    if (v instanceof PercentagePoints pp) {
      return pp.unscaledValue();
    }
    throw new IllegalArgumentException("no raw value for " + v);
  }

  // ---- checking ----

  /** A failure: its kind (kept while shrinking) and the message. */
  record Failure(String kind, String message) {}

  /** A query whose answer differs from the reference's. */
  static final class Mismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String kind;

    Mismatch(String kind, String message) {
      super(message);
      this.kind = kind;
    }
  }

  static Failure check(Shape s) {
    try {
      new Checker(s).run();
      return null;
    } catch (Mismatch m) {
      return new Failure(m.kind, m.getMessage());
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      String where = "";
      for (StackTraceElement el : e.getStackTrace()) {
        if (el.getClassName().startsWith("org.citygdp")) {
          where = el.getClassName().substring(el.getClassName().lastIndexOf('.') + 1) + "."
              + el.getMethodName();
          break;
        }
      }
      // the kind is the exception's type alone: a JVM that has thrown one often enough throws it
      // without a stack trace or message (OmitStackTraceInFastThrow), mid-shrink
      String kind = e.getClass().getSimpleName();
      return new Failure(kind, kind + (where.isEmpty() ? "" : " in " + where) + ": "
          + e.getMessage());
    }
  }

  /** A view: as of a date (or null), a minimum grade, verified only. */
  record View(LocalDate asOf, SourceGrade minGrade, boolean verifiedOnly) {
    Dataset of(Dataset ds) {
      Dataset d = asOf == null ? ds : ds.asOf(asOf);
      d = minGrade == SourceGrade.COMPILATION ? d : d.atLeast(minGrade);
      return verifiedOnly ? d.verifiedOnly() : d;
    }

    @Override
    public String toString() {
      return (asOf == null ? "latest" : "asOf(" + asOf + ")")
          + (minGrade == SourceGrade.COMPILATION ? "" : ".atLeast(" + minGrade + ")")
          + (verifiedOnly ? ".verifiedOnly()" : "");
    }
  }

  /** Runs the queries on one shape and compares them with the reference. */
  static final class Checker {
    final Shape s;
    final Random rnd;
    final Map<Integer, Integer> metricOrder = new HashMap<>(); // first appearance among figures

    final int[] yearList; // the shape's years, ascending
    final int[] yearIndex = new int[Dataset.MAX_YEAR - Dataset.MIN_YEAR + 1];

    Checker(Shape s) {
      this.s = s;
      this.rnd = new Random(s.seed());
      TreeSet<Integer> ys = new TreeSet<>();
      for (Fig f : s.figures()) {
        metricOrder.putIfAbsent(f.metric(), metricOrder.size());
        ys.add(f.year());
      }
      this.yearList = ys.stream().mapToInt(Integer::intValue).toArray();
      for (int i = 0; i < yearList.length; i++) {
        yearIndex[yearList[i] - Dataset.MIN_YEAR] = i;
      }
    }

    static void eq(String kind, String what, Object expected, Object actual) {
      if (!expected.equals(actual)) {
        throw new Mismatch(kind, what + ": expected " + expected + " but was " + actual);
      }
    }

    PublicationDate dateOf(Fig f) {
      return f.own() != null ? f.own() : s.sources().get(f.source()).date();
    }

    SourceGrade grade(Fig f) {
      return s.sources().get(f.source()).grade();
    }

    /** Decimals printed in the published unit; an integer (or zero) counts as printed to it. */
    static int decimals(Fig f) {
      return Math.max(0, BigDecimal.valueOf(f.raw()).movePointLeft(UNIT_ZEROS[f.metric()])
          .stripTrailingZeros().scale());
    }

    /** The README's selection rule. */
    final Comparator<Fig> rule = (a, b) -> {
      int c = Integer.compare(b.release().ordinal(), a.release().ordinal());
      if (c == 0) {
        c = Integer.compare(grade(a).ordinal(), grade(b).ordinal());
      }
      if (c == 0) {
        c = Integer.compare(decimals(b), decimals(a));
      }
      if (c == 0) {
        PublicationDate da = dateOf(a);
        PublicationDate db = dateOf(b);
        c = da == null && db == null ? 0 : da == null ? 1 : db == null ? -1
            : db.latest().compareTo(da.latest());
      }
      if (c == 0) {
        c = Boolean.compare(b.verified(), a.verified());
      }
      return c != 0 ? c : Integer.compare(a.source(), b.source());
    };

    boolean visible(Fig f, View v) {
      PublicationDate d = dateOf(f);
      return (v.asOf() == null || (d != null && !d.latest().isAfter(v.asOf())))
          && grade(f).ordinal() <= v.minGrade().ordinal()
          && (!v.verifiedOnly() || f.verified());
    }

    /** The reference's answers for one view. */
    final class Ref {
      final View v;
      // per (subject + 1, year of the shape, metric): the visible figures in selection order,
      // and the value shown (derived per capita included)
      final List<Fig>[] cells;
      final Long[] values;
      final SortedSet<Integer> years = new TreeSet<>();

      @SuppressWarnings("unchecked")
      Ref(View v) {
        this.v = v;
        this.cells = new List[(s.cities() + 1) * yearList.length * (PER_CAPITA + 1)];
        this.values = new Long[cells.length];
        for (Fig f : s.figures()) {
          if (visible(f, v)) {
            int i = slot(f.city(), f.year(), f.metric());
            if (cells[i] == null) {
              cells[i] = new ArrayList<>();
            }
            cells[i].add(f);
            if (f.city() >= 0) {
              years.add(f.year());
            }
          }
        }
        for (int i = 0; i < cells.length; i++) {
          if (cells[i] != null) {
            cells[i].sort(rule);
            values[i] = cells[i].get(0).raw();
          }
        }
        for (int c = 0; c < s.cities(); c++) {
          for (int y : yearList) {
            Long g = values[slot(c, y, GDP)];
            Long p = values[slot(c, y, POP)];
            values[slot(c, y, PER_CAPITA)] = g == null || p == null || p == 0 ? null
                : BigDecimal.valueOf(g).divide(BigDecimal.valueOf(p), 0, RoundingMode.HALF_EVEN)
                    .longValueExact();
          }
        }
      }

      int slot(int city, int year, int m) {
        return ((city + 1) * yearList.length + yearIndex[year - Dataset.MIN_YEAR]) * (PER_CAPITA + 1)
            + m;
      }

      List<Fig> cell(int city, int year, int m) {
        List<Fig> l = cells[slot(city, year, m)];
        return l == null ? List.of() : l;
      }

      /** The value a view shows, or null; per capita is derived half-even from GDP/population. */
      Long val(int city, int year, int m) {
        return values[slot(city, year, m)];
      }
    }

    void run() {
      Dataset ds = build(s);
      eq("figureCount", "figureCount()", s.figures().size(), ds.figureCount());
      eq("conflicts", "conflicts()", referenceConflicts(), conflicts(ds.conflicts()));
      List<View> views = new ArrayList<>();
      views.add(new View(null, SourceGrade.COMPILATION, false));
      List<LocalDate> dates = new ArrayList<>();
      for (Fig f : s.figures()) {
        PublicationDate d = dateOf(f);
        if (d != null) {
          dates.add(d.latest());
          dates.add(d.latest().minusDays(1));
        }
      }
      dates.add(LocalDate.of(1948, 12, 31));
      dates.add(LocalDate.of(2200, 1, 1));
      views.add(new View(dates.get(rnd.nextInt(dates.size())), SourceGrade.COMPILATION, false));
      views.add(new View(null, SourceGrade.values()[rnd.nextInt(3)], false));
      views.add(new View(null, SourceGrade.COMPILATION, true));
      views.add(new View(dates.get(rnd.nextInt(dates.size())),
          SourceGrade.values()[rnd.nextInt(4)], rnd.nextBoolean()));
      for (View v : views) {
        checkView(ds, v);
      }
    }

    void checkView(Dataset ds, View v) {
      Dataset d = v.of(ds);
      Ref r = new Ref(v);
      String at = v + ": ";
      eq("years", at + "years()", r.years, new TreeSet<>(d.years()));
      if (r.years.isEmpty()) {
        try {
          d.latestYear();
          throw new Mismatch("latestYear", at + "latestYear() of a view without city figures"
              + " must fail");
        } catch (MissingFigureException expected) {
          if (expected.getMessage().contains("year " + Dataset.MAX_YEAR)) {
            throw new Mismatch("latestYear", at + "latestYear() names " + Dataset.MAX_YEAR
                + ": " + expected.getMessage());
          }
        }
      } else {
        eq("latestYear", at + "latestYear()", r.years.last(), d.latestYear());
      }
      SortedSet<Integer> allYears = new TreeSet<>();
      for (Fig f : s.figures()) {
        allYears.add(f.year());
      }
      eq("leftOut", at + "leftOut()", leftOut(v, null), leftOut(d.leftOut()));
      for (int y : allYears) {
        eq("leftOut", at + "leftOut(" + y + ")", leftOut(v, y), leftOut(d.leftOut(y)));
      }
      checkProvenance(d, r, at);
      for (int y : allYears) {
        checkNational(d, r, y, at);
        if (!r.years.contains(y)) {
          try {
            d.year(y);
            throw new Mismatch("year", at + "year(" + y + ") has no city figures and must fail");
          } catch (YearNotCoveredException expected) {
            eq("year", at + "year(" + y + ") covered", r.years,
                new TreeSet<>(expected.covered()));
          }
        }
      }
      for (int y : r.years) {
        checkYear(d.year(y), r, at + y + ": ");
      }
      List<Integer> ys = new ArrayList<>(r.years);
      for (int i = 0; i + 1 < ys.size() && i < 3; i++) {
        checkComparison(d, r, ys.get(i + 1), ys.get(i), at);
      }
      if (!ys.isEmpty()) {
        int c = rnd.nextInt(s.cities());
        CityHistory h = d.city(id(c));
        for (int m = 0; m <= PER_CAPITA; m++) {
          Map<Integer, Long> expected = new LinkedHashMap<>();
          for (int y : r.years) {
            Long val = r.val(c, y, m);
            if (val != null) {
              expected.put(y, val);
            }
          }
          Map<Integer, Long> actual = new LinkedHashMap<>();
          h.series(METRICS[m]).forEach((y, val) -> actual.put(y, raw(val)));
          eq("series", at + id(c) + " series(" + METRICS[m] + ")", expected, actual);
        }
      }
    }

    // -- conflicts, left out, provenance --

    List<String> referenceConflicts() {
      Map<List<Integer>, List<Fig>> cells = new HashMap<>();
      for (Fig f : s.figures()) {
        cells.computeIfAbsent(List.of(f.city(), f.year(), f.metric()), k -> new ArrayList<>())
            .add(f);
      }
      List<List<Integer>> keys = new ArrayList<>(cells.keySet());
      keys.sort(Comparator.<List<Integer>>comparingInt(k -> k.get(0))
          .thenComparingInt(k -> metricOrder.get(k.get(2))).thenComparingInt(k -> k.get(1)));
      List<String> out = new ArrayList<>();
      for (List<Integer> k : keys) {
        List<Fig> l = cells.get(k);
        l.sort(rule);
        for (int i = 0; i < l.size(); ) {
          int j = i;
          while (j < l.size() && l.get(j).release() == l.get(i).release()) {
            j++;
          }
          boolean differ = false;
          for (int a = i; a < j; a++) {
            for (int b = a + 1; b < j; b++) {
              differ |= !sameFigure(l.get(a), l.get(b));
            }
          }
          if (differ) {
            StringBuilder sb = new StringBuilder(
                (k.get(0) < 0 ? "national" : id(k.get(0))) + " " + k.get(1) + " "
                    + METRICS[k.get(2)].id() + " " + l.get(i).release() + ":");
            for (int a = i; a < j; a++) {
              sb.append(" s").append(l.get(a).source()).append('=').append(l.get(a).raw());
            }
            out.add(sb.toString());
          }
          i = j;
        }
      }
      return out;
    }

    /** One figure printed to two precisions: the finer rounds (half up or down) to the coarser. */
    static boolean sameFigure(Fig a, Fig b) {
      if (a.raw() == b.raw()) {
        return true;
      }
      BigDecimal x = BigDecimal.valueOf(a.raw()).movePointLeft(UNIT_ZEROS[a.metric()]);
      BigDecimal y = BigDecimal.valueOf(b.raw()).movePointLeft(UNIT_ZEROS[a.metric()]);
      // a zero counts as printed to the finest precision; any other value at least to the unit
      int sx = x.signum() == 0 ? Integer.MAX_VALUE : decimals(a);
      int sy = y.signum() == 0 ? Integer.MAX_VALUE : decimals(b);
      int coarse = Math.min(sx, sy);
      if (coarse == Integer.MAX_VALUE) {
        return true;
      }
      BigDecimal half = BigDecimal.ONE.movePointLeft(coarse).divide(BigDecimal.valueOf(2));
      return x.subtract(y).abs().compareTo(half) <= 0;
    }

    static List<String> conflicts(List<Conflict> conflicts) {
      List<String> out = new ArrayList<>();
      for (Conflict c : conflicts) {
        StringBuilder sb = new StringBuilder((c.city() == null ? "national" : c.city().id()) + " "
            + c.year() + " " + c.metric().id() + " " + c.release() + ":");
        for (Figure<?> f : c.figures()) {
          sb.append(' ').append(f.source().id()).append('=').append(raw(f.value()));
        }
        out.add(sb.toString());
      }
      return out;
    }

    List<Integer> leftOut(View v, Integer year) {
      int later = 0;
      int undated = 0;
      int below = 0;
      int unverified = 0;
      for (Fig f : s.figures()) {
        if (year != null && f.year() != year) {
          continue;
        }
        PublicationDate d = dateOf(f);
        if (v.asOf() != null && d == null) {
          undated++;
        } else if (v.asOf() != null && d.latest().isAfter(v.asOf())) {
          later++;
        }
        below += grade(f).ordinal() > v.minGrade().ordinal() ? 1 : 0;
        unverified += v.verifiedOnly() && !f.verified() ? 1 : 0;
      }
      return List.of(later, undated, below, unverified);
    }

    static List<Integer> leftOut(LeftOut l) {
      return List.of(l.publishedLater(), l.undated(), l.belowGrade(), l.unverified());
    }

    void checkProvenance(Dataset d, Ref r, String at) {
      int[][] expected = new int[SourceGrade.values().length][Release.values().length];
      for (List<Fig> l : r.cells) {
        if (l != null) {
          expected[grade(l.get(0)).ordinal()][l.get(0).release().ordinal()]++;
        }
      }
      ProvenanceSummary p = d.provenance();
      for (SourceGrade g : SourceGrade.values()) {
        for (Release rel : Release.values()) {
          eq("provenance", at + "provenance().count(" + g + ", " + rel + ")",
              expected[g.ordinal()][rel.ordinal()], p.count(g, rel));
        }
      }
    }

    // -- one year --

    String figures(List<Fig> l) {
      StringBuilder sb = new StringBuilder("[");
      for (Fig f : l) {
        sb.append(sb.length() > 1 ? ", " : "").append('s').append(f.source()).append(' ')
            .append(f.release()).append(' ').append(f.raw()).append(f.verified() ? " v" : "")
            .append(' ').append(dateOf(f));
      }
      return sb.append(']').toString();
    }

    /** Whether the API's figures are the reference's: source, release, value, verified, date. */
    boolean same(List<Fig> expected, List<? extends Figure<?>> actual) {
      if (expected.size() != actual.size()) {
        return false;
      }
      for (int i = 0; i < expected.size(); i++) {
        Fig e = expected.get(i);
        Figure<?> a = actual.get(i);
        if (!a.source().id().equals("s" + e.source()) || a.release() != e.release()
            || raw(a.value()) != e.raw() || a.verified() != e.verified()
            || !Objects.equals(a.publishedOn(), dateOf(e))) {
          return false;
        }
      }
      return true;
    }

    static String apiFigures(List<? extends Figure<?>> l) {
      StringBuilder sb = new StringBuilder("[");
      for (Figure<?> f : l) {
        sb.append(sb.length() > 1 ? ", " : "").append(f.source().id()).append(' ')
            .append(f.release()).append(' ').append(raw(f.value()))
            .append(f.verified() ? " v" : "").append(' ').append(f.publishedOn());
      }
      return sb.append(']').toString();
    }

    void checkNational(Dataset d, Ref r, int y, String at) {
      Optional<NationalStats> n = d.national(y);
      boolean expected = r.val(-1, y, GDP) != null || r.val(-1, y, GROWTH) != null;
      eq("national", at + "national(" + y + ") present", expected, n.isPresent());
      if (n.isPresent()) {
        for (int m : new int[] {GDP, GROWTH}) {
          eq("national", at + "national(" + y + ").figures(" + METRICS[m] + ")",
              figures(r.cell(-1, y, m)), apiFigures(n.get().figures(METRICS[m])));
          eq("national", at + "national(" + y + ").figure(" + METRICS[m] + ")",
              figures(r.cell(-1, y, m).isEmpty() ? List.of() : r.cell(-1, y, m).subList(0, 1)),
              apiFigures(n.get().figure(METRICS[m]).map(List::of).orElse(List.of())));
        }
      }
    }

    void checkYear(YearView yv, Ref r, String at) {
      int y = yv.year();
      int n = s.cities();
      for (int c = 0; c < n; c++) {
        YearlyStats st = yv.stats(id(c));
        // every figure list of small shapes; of large ones, the first and last cities and some
        boolean lists = n <= 16 || c < 4 || c >= n - 4 || rnd.nextInt(n) < 8;
        for (int m = 0; m <= PER_CAPITA; m++) {
          Long expected = r.val(c, y, m);
          Optional<?> actual = st.get(METRICS[m]);
          if (!Objects.equals(expected, actual.isPresent() ? raw(actual.get()) : null)) {
            throw new Mismatch("value", at + id(c) + " get(" + METRICS[m] + "): expected "
                + expected + " but was " + actual);
          }
          if (m != PER_CAPITA && lists) {
            List<Fig> expectedFigures = r.cell(c, y, m);
            List<? extends Figure<?>> actualFigures = st.figures(METRICS[m]);
            if (!same(expectedFigures, actualFigures)) {
              throw new Mismatch("figures", at + id(c) + " figures(" + METRICS[m] + "): expected "
                  + figures(expectedFigures) + " but was " + apiFigures(actualFigures));
            }
            Optional<? extends Figure<?>> first = st.figure(METRICS[m]);
            if (!same(expectedFigures.isEmpty() ? List.of() : expectedFigures.subList(0, 1),
                first.isPresent() ? List.of(first.get()) : List.of())) {
              throw new Mismatch("figure", at + id(c) + " figure(" + METRICS[m] + "): expected "
                  + figures(expectedFigures) + " but was " + first);
            }
          }
        }
      }
      List<Integer> all = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        all.add(c);
      }
      // members and tiers
      long[] amounts = {TRILLION, 0, 999_999_000_000L, 1_000_000_000_001L, 3 * TRILLION,
          someValue(r, y, GDP, TRILLION)};
      for (long amount : amounts) {
        Threshold t = amount == TRILLION ? Threshold.TRILLION_CLUB
            : Threshold.atLeast(Yuan.ofYuan(amount));
        eq("members", at + "members(" + t + ")", ids(members(r, y, amount)),
            yv.members(t).ids());
      }
      checkTiers(yv, r, at);
      // conditions, orders, aggregates on every city and on the club
      CitySelection club = yv.members(Threshold.TRILLION_CLUB);
      List<Integer> clubRef = members(r, y, TRILLION);
      for (int k = 0; k < 3; k++) {
        Cond cond = condition(r, y, 2);
        eq("where", at + "cities().where(" + cond.desc + ")", ids(filter(all, cond, r, y)),
            yv.cities().where(cond.api).ids());
        eq("where", at + "members().where(" + cond.desc + ")", ids(filter(clubRef, cond, r, y)),
            club.where(cond.api).ids());
        if (k == 0) {
          checkSelection(yv.cities().where(cond.api), filter(all, cond, r, y), r, y,
              at + "where(" + cond.desc + ")");
        }
      }
      checkSelection(yv.cities(), all, r, y, at + "cities()");
      checkSelection(club, clubRef, r, y, at + "members()");
      int top = rnd.nextInt(n + 2);
      eq("top", at + "orderByDescending(gdp).top(" + top + ")",
          ids(order(all, r, y, GDP, true).subList(0, Math.min(top, n))),
          yv.cities().orderByDescending(Metric.GDP).top(top).ids());
    }

    void checkTiers(YearView yv, Ref r, String at) {
      int y = yv.year();
      TierPyramid p = yv.tiers();
      Map<String, List<String>> expected = new LinkedHashMap<>();
      for (int k = 5; k >= 1; k--) {
        List<Integer> in = new ArrayList<>();
        for (int c : order(all(), r, y, GDP, true)) {
          Long g = r.val(c, y, GDP);
          if (g != null && tier(g) == k) {
            in.add(c);
          }
        }
        expected.put(k + "T", ids(in));
      }
      Map<String, List<String>> actual = new LinkedHashMap<>();
      for (String label : p.counts().keySet()) {
        actual.put(label, p.memberIds(label));
        eq("tiers", at + "tiers().count(" + label + ")", p.memberIds(label).size(),
            p.count(label));
      }
      eq("tiers", at + "tiers()", expected, actual);
      List<Integer> missing = new ArrayList<>();
      for (int c = 0; c < s.cities(); c++) {
        if (r.val(c, y, GDP) == null) {
          missing.add(c);
        }
      }
      List<String> missingActual = new ArrayList<>();
      p.missingGdp().forEach(c -> missingActual.add(c.id()));
      eq("tiers", at + "tiers().missingGdp()", ids(missing), missingActual);
    }

    /** The tier of TRILLIONS: the floor of trillions, 5 and above in 5T, 0 below 1T. */
    static int tier(long gdp) {
      return (int) Math.min(5, gdp / TRILLION);
    }

    List<Integer> all() {
      List<Integer> all = new ArrayList<>();
      for (int c = 0; c < s.cities(); c++) {
        all.add(c);
      }
      return all;
    }

    /** Orders, sums, weighted growth, shares and groups of a selection. */
    void checkSelection(CitySelection sel, List<Integer> ref, Ref r, int y, String at) {
      for (int m : new int[] {GDP, 1 + rnd.nextInt(PER_CAPITA)}) {
        eq("order", at + ".orderBy(" + METRICS[m] + ")", ids(order(ref, r, y, m, false)),
            sel.orderBy(METRICS[m]).ids());
        eq("order", at + ".orderByDescending(" + METRICS[m] + ")",
            ids(order(ref, r, y, m, true)), sel.orderByDescending(METRICS[m]).ids());
        Map<String, Long> values = new LinkedHashMap<>();
        for (int c : ref) {
          Long v = r.val(c, y, m);
          if (v != null) {
            values.put(id(c), v);
          }
        }
        Map<String, Long> actual = new LinkedHashMap<>();
        sel.values(METRICS[m]).forEach((k, v) -> actual.put(k, raw(v)));
        eq("values", at + ".values(" + METRICS[m] + ")", values, actual);
      }
      eq("count", at + ".count()", ref.size(), sel.count());
      eq("sum", at + ".sum(gdp)", gdpSum(ref, r, y), aggregate(sel.sum(Metric.GDP)));
      eq("weightedGrowth", at + ".weightedGrowth()", weighted(ref, r, y),
          aggregate(sel.weightedGrowth()));
      eq("share", at + ".shareOfNationalGdp()", share(ref, r, y),
          aggregate(sel.shareOfNationalGdp()));
      Grouping g = new Grouping[] {Grouping.REGION, Grouping.PROVINCE,
          Grouping.tier(TierScheme.TRILLIONS)}[rnd.nextInt(3)];
      eq("groupBy", at + ".groupBy(" + g + ")", groups(ref, r, y, g), groups(sel.groupBy(g)));
    }

    String aggregate(Aggregate<?> a) {
      return (a.valueOrNull() == null ? "none" : Long.toString(raw(a.valueOrNull()))) + " over "
          + a.counted() + ", missing " + a.missing();
    }

    String gdpSum(List<Integer> ref, Ref r, int y) {
      long sum = 0;
      int counted = 0;
      List<String> missing = new ArrayList<>();
      for (int c : ref) {
        Long g = r.val(c, y, GDP);
        if (g == null) {
          missing.add(id(c));
        } else {
          sum += g;
          counted++;
        }
      }
      return (counted == 0 ? "none" : Long.toString(sum)) + " over " + counted + ", missing "
          + missing;
    }

    String weighted(List<Integer> ref, Ref r, int y) {
      BigInteger products = BigInteger.ZERO;
      BigInteger weights = BigInteger.ZERO;
      int counted = 0;
      List<String> missing = new ArrayList<>();
      for (int c : ref) {
        Long g = r.val(c, y, GDP);
        Long w = r.val(c, y, GROWTH);
        if (g == null || w == null) {
          missing.add(id(c));
        } else {
          products = products.add(BigInteger.valueOf(g).multiply(BigInteger.valueOf(w)));
          weights = weights.add(BigInteger.valueOf(g));
          counted++;
        }
      }
      String value = counted == 0 || weights.signum() == 0 ? "none"
          : new BigDecimal(products).divide(new BigDecimal(weights), 0, RoundingMode.HALF_EVEN)
              .toPlainString();
      return value + " over " + counted + ", missing " + missing;
    }

    String share(List<Integer> ref, Ref r, int y) {
      String sum = gdpSum(ref, r, y);
      Long national = r.val(-1, y, GDP);
      String value = sum.startsWith("none") || national == null || national == 0 ? "none"
          : BigDecimal.valueOf(Long.parseLong(sum.substring(0, sum.indexOf(' '))))
              .movePointRight(2 + Percent.SCALE)
              .divide(BigDecimal.valueOf(national), 0, RoundingMode.HALF_EVEN).toPlainString();
      return value + sum.substring(sum.indexOf(' '));
    }

    List<String> groups(List<Integer> ref, Ref r, int y, Grouping g) {
      // group keys in the grouping's order, members in the selection's order
      Map<String, List<Integer>> groups = new LinkedHashMap<>();
      List<String> labels = new ArrayList<>();
      if (g == Grouping.REGION) {
        for (Region region : Region.values()) {
          labels.add(region.nameEn());
        }
      } else if (g == Grouping.PROVINCE) {
        labels.addAll(Arrays.asList(PROVINCES));
      } else {
        for (int k = 5; k >= 1; k--) {
          labels.add(k + "T");
        }
      }
      for (String l : labels) {
        groups.put(l, new ArrayList<>());
      }
      for (int c : ref) {
        String label;
        if (g == Grouping.REGION) {
          label = Region.values()[s.region()[c]].nameEn();
        } else if (g == Grouping.PROVINCE) {
          label = PROVINCES[s.province()[c]];
        } else {
          Long gdp = r.val(c, y, GDP);
          label = gdp == null || tier(gdp) == 0 ? null : tier(gdp) + "T";
        }
        if (label != null) {
          groups.get(label).add(c);
        }
      }
      List<String> out = new ArrayList<>();
      for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
        if (!e.getValue().isEmpty()) {
          out.add(e.getKey() + " " + ids(e.getValue()) + ": gdp " + gdpSum(e.getValue(), r, y)
              + "; growth " + weighted(e.getValue(), r, y) + "; share "
              + share(e.getValue(), r, y));
        }
      }
      return out;
    }

    List<String> groups(GroupTable t) {
      List<String> out = new ArrayList<>();
      for (GroupTable.Row row : t.rows()) {
        out.add(row.label() + " " + row.members().ids() + ": gdp " + aggregate(row.gdp())
            + "; growth " + aggregate(row.weightedGrowth()) + "; share "
            + aggregate(row.shareOfNationalGdp()));
        eq("groupBy", "counts() of " + row.label(), row.count(), t.counts().get(row.label()));
      }
      eq("groupBy", "counts() size", out.size(), t.counts().size());
      return out;
    }

    /** Cities with GDP at or above {@code amount}, largest first, ties by id. */
    List<Integer> members(Ref r, int y, long amount) {
      List<Integer> out = new ArrayList<>();
      for (int c : order(all(), r, y, GDP, true)) {
        Long g = r.val(c, y, GDP);
        if (g != null && g >= amount) {
          out.add(c);
        }
      }
      return out;
    }

    /** Ordered by a metric, missing last, ties by id (= index). */
    List<Integer> order(List<Integer> in, Ref r, int y, int m, boolean descending) {
      List<Integer> out = new ArrayList<>(in);
      out.sort((a, b) -> {
        Long va = r.val(a, y, m);
        Long vb = r.val(b, y, m);
        if ((va == null) != (vb == null)) {
          return va == null ? 1 : -1;
        }
        int c = va == null ? 0 : descending ? vb.compareTo(va) : va.compareTo(vb);
        return c != 0 ? c : Integer.compare(a, b);
      });
      return out;
    }

    static List<String> ids(List<Integer> cities) {
      List<String> out = new ArrayList<>();
      for (int c : cities) {
        out.add(id(c));
      }
      return out;
    }

    long someValue(Ref r, int y, int m, long otherwise) {
      List<Long> values = new ArrayList<>();
      for (int c = 0; c < s.cities(); c++) {
        Long v = r.val(c, y, m);
        if (v != null) {
          values.add(v);
        }
      }
      return values.isEmpty() ? otherwise : values.get(rnd.nextInt(values.size()));
    }

    // -- conditions: the API's and the reference's side by side --

    interface Pred {
      boolean test(Ref r, int y, int c);
    }

    record Cond(Condition api, Pred ref, String desc) {}

    List<Integer> filter(List<Integer> in, Cond cond, Ref r, int y) {
      List<Integer> out = new ArrayList<>();
      for (int c : in) {
        if (cond.ref.test(r, y, c)) {
          out.add(c);
        }
      }
      return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Cond condition(Ref r, int y, int depth) {
      switch (rnd.nextInt(depth > 0 ? 9 : 6)) {
        case 0:
        case 1: {
          int m = new int[] {GDP, GDP, GROWTH, POP, TERTIARY, VA, PER_CAPITA}[rnd.nextInt(7)];
          long[] candidates = m == GDP || m == VA
              ? new long[] {0, 999_999_000_000L, TRILLION, TRILLION + 1, 2 * TRILLION}
              : m == POP ? new long[] {0, 10_000_000, 20_000_000}
              : m == PER_CAPITA ? new long[] {0, 50_000, 100_000, 150_000}
              : new long[] {-10_000, 0, 50_000, 50_500, 120_000};
          long t = rnd.nextInt(3) == 0 ? someValue(r, y, m, 0)
              : candidates[rnd.nextInt(candidates.length)];
          Metric metric = METRICS[m];
          Comparable v = (Comparable) value(m, t);
          switch (rnd.nextInt(4)) {
            case 0:
              return new Cond(metric.above(v), (rr, yy, c) -> has(rr, yy, c, m) && val(rr, yy, c, m) > t,
                  metric + " > " + t);
            case 1:
              return new Cond(metric.atLeast(v), (rr, yy, c) -> has(rr, yy, c, m) && val(rr, yy, c, m) >= t,
                  metric + " >= " + t);
            case 2:
              return new Cond(metric.below(v), (rr, yy, c) -> has(rr, yy, c, m) && val(rr, yy, c, m) < t,
                  metric + " < " + t);
            default:
              return new Cond(metric.atMost(v), (rr, yy, c) -> has(rr, yy, c, m) && val(rr, yy, c, m) <= t,
                  metric + " <= " + t);
          }
        }
        case 2: {
          boolean growth = rnd.nextBoolean();
          int a = growth ? TERTIARY : VA;
          int b = growth ? GROWTH : GDP;
          Metric ma = METRICS[a];
          Metric mb = METRICS[b];
          switch (rnd.nextInt(3)) {
            case 0:
              return new Cond(ma.above(mb), (rr, yy, c) -> both(rr, yy, c, a, b) > 0,
                  ma + " > " + mb);
            case 1:
              return new Cond(ma.atLeast(mb), (rr, yy, c) -> both(rr, yy, c, a, b) >= 0
                  && both(rr, yy, c, a, b) != Integer.MIN_VALUE, ma + " >= " + mb);
            default:
              return new Cond(ma.below(mb), (rr, yy, c) -> both(rr, yy, c, a, b) < 0
                  && both(rr, yy, c, a, b) != Integer.MIN_VALUE, ma + " < " + mb);
          }
        }
        case 3: {
          int m = rnd.nextInt(PER_CAPITA + 1);
          boolean present = rnd.nextBoolean();
          return new Cond(present ? METRICS[m].isPresent() : METRICS[m].isMissing(),
              (rr, yy, c) -> (rr.val(c, yy, m) != null) == present,
              METRICS[m] + (present ? " present" : " missing"));
        }
        case 4: {
          Region region = Region.values()[rnd.nextInt(4)];
          if (rnd.nextBoolean()) {
            String province = PROVINCES[rnd.nextInt(PROVINCES.length)];
            return new Cond(Condition.inProvince(province),
                (rr, yy, c) -> PROVINCES[s.province()[c]].equals(province), "in " + province);
          }
          return new Cond(Condition.inRegion(region),
              (rr, yy, c) -> s.region()[c] == region.ordinal(), "in " + region);
        }
        case 5: {
          List<String> ids = new ArrayList<>();
          for (int c = 0; c < s.cities(); c++) {
            if (rnd.nextInt(3) == 0) {
              ids.add(id(c));
            }
          }
          return new Cond(Condition.idIn(ids.toArray(new String[0])),
              (rr, yy, c) -> ids.contains(id(c)), "id in " + ids);
        }
        case 6: {
          Cond a = condition(r, y, depth - 1);
          Cond b = condition(r, y, depth - 1);
          return new Cond(a.api.and(b.api),
              (rr, yy, c) -> a.ref.test(rr, yy, c) && b.ref.test(rr, yy, c),
              "(" + a.desc + " and " + b.desc + ")");
        }
        case 7: {
          Cond a = condition(r, y, depth - 1);
          Cond b = condition(r, y, depth - 1);
          return new Cond(a.api.or(b.api),
              (rr, yy, c) -> a.ref.test(rr, yy, c) || b.ref.test(rr, yy, c),
              "(" + a.desc + " or " + b.desc + ")");
        }
        default: {
          Cond a = condition(r, y, depth - 1);
          return new Cond(a.api.negate(), (rr, yy, c) -> !a.ref.test(rr, yy, c),
              "not " + a.desc);
        }
      }
    }

    static boolean has(Ref r, int y, int c, int m) {
      return r.val(c, y, m) != null;
    }

    static long val(Ref r, int y, int c, int m) {
      return r.val(c, y, m);
    }

    static int both(Ref r, int y, int c, int a, int b) {
      Long va = r.val(c, y, a);
      Long vb = r.val(c, y, b);
      return va == null || vb == null ? Integer.MIN_VALUE : Long.compare(va, vb);
    }

    // -- two years --

    void checkComparison(Dataset d, Ref r, int later, int earlier, String at) {
      Comparison cmp = d.compare(later, earlier);
      String here = at + "compare(" + later + ", " + earlier + ")";
      for (long amount : new long[] {TRILLION, 2 * TRILLION, someValue(r, later, GDP, 0)}) {
        Threshold t = Threshold.atLeast(Yuan.ofYuan(amount));
        List<Integer> newcomers = new ArrayList<>();
        for (int c : members(r, later, amount)) {
          Long e = r.val(c, earlier, GDP);
          if (e != null && e < amount) {
            newcomers.add(c);
          }
        }
        List<Integer> leavers = new ArrayList<>();
        for (int c : members(r, earlier, amount)) {
          Long l = r.val(c, later, GDP);
          if (l != null && l < amount) {
            leavers.add(c);
          }
        }
        eq("newcomers", here + ".newcomers(" + amount + ")", ids(newcomers),
            cmp.newcomers(t).ids());
        eq("leavers", here + ".leavers(" + amount + ")", ids(leavers), cmp.leavers(t).ids());
      }
      checkGrowthChanges(cmp, all(), r, later, earlier, here + ".growthChanges()",
          cmp.growthChanges());
      CitySelection club = d.year(later).members(Threshold.TRILLION_CLUB);
      checkGrowthChanges(cmp, members(r, later, TRILLION), r, later, earlier,
          here + ".growthChanges(members)", cmp.growthChanges(club));
      for (int c = 0; c < s.cities(); c++) {
        Long l = r.val(c, later, GROWTH);
        Long e = r.val(c, earlier, GROWTH);
        eq("growthChange", here + ".growthChange(" + id(c) + ")",
            Optional.ofNullable(l == null || e == null ? null : l - e),
            cmp.growthChange(id(c)).map(GeneratedDatasetsTest::raw));
      }
    }

    void checkGrowthChanges(Comparison cmp, List<Integer> among, Ref r, int later, int earlier,
        String here, GrowthChanges actual) {
      List<Integer> known = new ArrayList<>();
      List<Integer> unknown = new ArrayList<>();
      for (int c : among) {
        (r.val(c, later, GROWTH) != null && r.val(c, earlier, GROWTH) != null ? known : unknown)
            .add(c);
      }
      known.sort((a, b) -> {
        long da = r.val(a, later, GROWTH) - r.val(a, earlier, GROWTH);
        long db = r.val(b, later, GROWTH) - r.val(b, earlier, GROWTH);
        return da != db ? Long.compare(db, da) : Integer.compare(a, b);
      });
      unknown.sort(Comparator.naturalOrder());
      List<Integer> rows = new ArrayList<>(known);
      rows.addAll(unknown);
      eq("growthChanges", here + ".ids()", ids(rows), actual.ids());
      List<Integer> kept = new ArrayList<>();
      List<Integer> raised = new ArrayList<>();
      List<Integer> slowed = new ArrayList<>();
      for (int c : known) {
        long delta = r.val(c, later, GROWTH) - r.val(c, earlier, GROWTH);
        (delta >= 0 ? kept : slowed).add(c);
        if (delta > 0) {
          raised.add(c);
        }
      }
      eq("growthChanges", here + ".keptOrRaised()", ids(kept), actual.keptOrRaised().ids());
      eq("growthChanges", here + ".raised()", ids(raised), actual.raised().ids());
      eq("growthChanges", here + ".slowed()", ids(slowed), actual.slowed().ids());
      eq("growthChanges", here + ".unknown()", ids(unknown), actual.unknown().ids());
      List<String> expectedRows = new ArrayList<>();
      for (int c : rows) {
        expectedRows.add(id(c) + " " + r.val(c, earlier, GROWTH) + " " + r.val(c, later, GROWTH));
      }
      List<String> actualRows = new ArrayList<>();
      for (GrowthChange g : actual.rows()) {
        actualRows.add(g.city().id() + " "
            + g.earlierGrowth().map(GeneratedDatasetsTest::raw).orElse(null) + " "
            + g.laterGrowth().map(GeneratedDatasetsTest::raw).orElse(null));
      }
      eq("growthChanges", here + ".rows()", expectedRows, actualRows);
      eq("growthChanges", here + ".size()", rows.size(), actual.size());
    }
  }

  // ---- shrinking ----

  interface Check {
    Failure check(Shape s);
  }

  static Shape shrink(Shape s, String kind) {
    return shrink(s, kind, GeneratedDatasetsTest::check);
  }

  /**
   * The smallest shape found that still fails with the same kind of failure: drops chunks of
   * figures (halves, quarters, … single figures), then cities, then sources, then simplifies
   * dates and flags; repeats until nothing more can go. At most a few thousand checks.
   */
  static Shape shrink(Shape s, String kind, Check check) {
    int[] budget = {3000};
    boolean changed = true;
    while (changed && budget[0] > 0) {
      changed = false;
      // chunks of figures
      for (int size = Math.max(1, s.figures().size() / 2); size >= 1; size /= 2) {
        for (int from = 0; from < s.figures().size() && budget[0] > 0; ) {
          List<Fig> figures = new ArrayList<>(s.figures());
          figures.subList(from, Math.min(from + size, figures.size())).clear();
          Shape t = new Shape(s.region(), s.province(), s.sources(), figures, s.seed());
          if (fails(t, kind, check, budget)) {
            s = t;
            changed = true;
          } else {
            from += size;
          }
        }
        if (size == 1) {
          break;
        }
      }
      // cities, last first
      for (int c = s.cities() - 1; c >= 0 && s.cities() > 1 && budget[0] > 0; c--) {
        Shape t = withoutCity(s, c);
        if (fails(t, kind, check, budget)) {
          s = t;
          changed = true;
        }
      }
      // sources, with their figures
      for (int i = s.sources().size() - 1; i >= 0 && s.sources().size() > 1 && budget[0] > 0;
          i--) {
        Shape t = withoutSource(s, i);
        if (fails(t, kind, check, budget)) {
          s = t;
          changed = true;
        }
      }
      // simpler figures: no own date, preliminary, verified only where that matters
      for (int i = 0; i < s.figures().size() && budget[0] > 0; i++) {
        for (int k = 0; k < 3; k++) {
          Fig f = s.figures().get(i);
          Fig g = new Fig(f.city(), f.year(), f.metric(), f.raw(),
              k == 1 ? Release.PRELIMINARY : f.release(), f.source(), k != 2 && f.verified(),
              k == 0 ? null : f.own());
          if (g.equals(f) || duplicates(s, i, g)) {
            continue;
          }
          List<Fig> figures = new ArrayList<>(s.figures());
          figures.set(i, g);
          Shape t = new Shape(s.region(), s.province(), s.sources(), figures, s.seed());
          if (fails(t, kind, check, budget)) {
            s = t;
            changed = true;
          }
        }
      }
    }
    return s;
  }

  private static boolean duplicates(Shape s, int i, Fig g) {
    for (int j = 0; j < s.figures().size(); j++) {
      Fig o = s.figures().get(j);
      if (j != i && o.city() == g.city() && o.year() == g.year() && o.metric() == g.metric()
          && o.release() == g.release() && o.source() == g.source()) {
        return true;
      }
    }
    return false;
  }

  private static boolean fails(Shape t, String kind, Check check, int[] budget) {
    budget[0]--;
    Failure f = check.check(t);
    return f != null && f.kind().equals(kind);
  }

  private static Shape withoutCity(Shape s, int city) {
    int[] region = new int[s.cities() - 1];
    int[] province = new int[s.cities() - 1];
    for (int c = 0, k = 0; c < s.cities(); c++) {
      if (c != city) {
        region[k] = s.region()[c];
        province[k++] = s.province()[c];
      }
    }
    List<Fig> figures = new ArrayList<>();
    for (Fig f : s.figures()) {
      if (f.city() != city) {
        figures.add(f.city() < city ? f : new Fig(f.city() - 1, f.year(), f.metric(), f.raw(),
            f.release(), f.source(), f.verified(), f.own()));
      }
    }
    return new Shape(region, province, s.sources(), figures, s.seed());
  }

  private static Shape withoutSource(Shape s, int source) {
    List<Src> sources = new ArrayList<>(s.sources());
    sources.remove(source);
    List<Fig> figures = new ArrayList<>();
    for (Fig f : s.figures()) {
      if (f.source() != source) {
        figures.add(f.source() < source ? f : new Fig(f.city(), f.year(), f.metric(), f.raw(),
            f.release(), f.source() - 1, f.verified(), f.own()));
      }
    }
    return new Shape(s.region(), s.province(), sources, figures, s.seed());
  }
}
