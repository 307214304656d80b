package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.engine.Corpus;
import org.citygdp.core.engine.Store;
import org.citygdp.core.internal.Checks;
import org.citygdp.units.Yuan;
import org.jspecify.annotations.Nullable;

/**
 * Cities, sources and every published figure with its provenance, and the entry point of the
 * query API. Immutable and thread-safe.
 *
 * <h2>Which figure a view shows</h2>
 * The same figure may be published several times and by several sources. A view shows one value
 * per city, year and metric, picked by this rule:
 * <ol>
 *   <li>only figures visible in the view: published on or before {@link #asOf(LocalDate)}'s date
 *       (a date known only to the month or year counts from its last day; figures with no known
 *       publication date are in no as-of view, whatever the date), from sources at or above
 *       {@link #atLeast(SourceGrade)}'s grade, and verified ones only in a {@link
 *       #verifiedOnly()} view;
 *   <li>the latest {@link Release} (census revision, then final, then preliminary, then an
 *       estimate);
 *   <li>within a release: the stronger {@link SourceGrade}; at equal grade, the more precise
 *       figure (a growth of "7.5" before "8", a level of "10002.1" before "10002"); then the
 *       newer publication (undated last); then verified before unverified; then the order in
 *       which the sources were added. Never the source id.
 * </ol>
 * Sources that disagree within a release are kept; {@link #conflicts()} lists them. A view that
 * shows less than expected says why: {@link #leftOut()}.
 *
 * <pre>{@code
 * Dataset ds = Dataset.builder()
 *     .source(Source.builder("nbs").publisher("NBS").title("Communiqué")
 *         .url("https://www.stats.gov.cn/sj/zxfb/202602/t20260228_1962662.html")
 *         .publishedOn(LocalDate.of(2026, 2, 28)).grade(SourceGrade.PRIMARY)
 *         .sourceType(SourceType.STATISTICAL_COMMUNIQUE).build())
 *     .city(City.builder("xian").names("Xi'an", "西安").province("Shaanxi")
 *         .region(Region.WESTERN).rank(AdminRank.SUB_PROVINCIAL).divisionCode("610100").build())
 *     .figure("xian", 2025, Metric.GDP, Yuan.ofYi("13902.67"), Release.PRELIMINARY, "nbs")
 *     .build();
 * ds.year(2025).stats("xian").gdp();   // Optional[CNY 1390.267bn]
 * }</pre>
 */
public final class Dataset {
  /** The first year a figure may be for. */
  public static final int MIN_YEAR = 1949;
  /** The last year a figure may be for. */
  public static final int MAX_YEAR = 2100;
  /**
   * The cells a dataset may always store. A dataset stores a cell for every city in every year
   * that has city figures, for every metric that has city figures (years without figures cost
   * nothing); {@link Builder#build()} rejects a dataset of more than this many cells, or of more
   * than {@link #CELLS_PER_FIGURE} per figure when that is more, before allocating them.
   */
  public static final int MIN_CELL_LIMIT = 1 << 20;
  /** The cells a dataset may store per figure, when that is more than {@link #MIN_CELL_LIMIT}. */
  public static final int CELLS_PER_FIGURE = 64;

  final Catalog catalog;
  final Store store;
  // the covered years as a set, made on first use (Guava's sorted sets load many classes, which a
  // fresh JVM printing one year does not need)
  private volatile @Nullable ImmutableSortedSet<Integer> coveredYears;
  private final @Nullable LocalDate asOf;
  private final boolean verifiedOnly;
  private final SourceGrade minGrade;
  private volatile @Nullable LeftOut leftOut;
  // year views are immutable: made once per year on first use
  private final java.util.concurrent.atomic.AtomicReferenceArray<YearView> years;

  /** Made by {@link Catalog#dataset}, which caches the views. */
  Dataset(Catalog catalog, @Nullable LocalDate asOf, boolean verifiedOnly, SourceGrade minGrade,
      Store store) {
    this.catalog = catalog;
    this.asOf = asOf;
    this.verifiedOnly = verifiedOnly;
    this.minGrade = minGrade;
    this.store = store;
    this.years = new java.util.concurrent.atomic.AtomicReferenceArray<>(catalog.corpus.cityYears.length);
  }

  public static Builder builder() {
    return new Builder();
  }

  // ---- views ----

  /**
   * Only what had surely been published on or before {@code date}, keeping this view's other
   * filters: {@code asOf(LocalDate.of(2026, 2, 6)).year(2025)}. Undated figures are in no as-of
   * view; {@link #leftOut()} counts what was left out and why.
   */
  public Dataset asOf(LocalDate date) {
    return catalog.dataset(Checks.notNull("date", date), verifiedOnly, minGrade);
  }

  /** The latest release of everything, keeping this view's verified and grade filters. */
  public Dataset latest() {
    return catalog.dataset(null, verifiedOnly, minGrade);
  }

  /**
   * Only figures verified against their source: read, digit for digit, in a {@link
   * SourceGrade#PRIMARY} or {@link SourceGrade#OFFICIAL_MEDIA} document that states them.
   */
  public Dataset verifiedOnly() {
    return catalog.dataset(asOf, true, minGrade);
  }

  /**
   * Only figures from sources of {@code grade} or stronger, keeping this view's other filters:
   * {@code atLeast(SourceGrade.SECONDARY)} drops compilations. The selection rule then picks
   * among what is left, so a cell whose only figures are weaker is empty in this view.
   */
  public Dataset atLeast(SourceGrade grade) {
    return catalog.dataset(asOf, verifiedOnly, Checks.notNull("grade", grade));
  }

  /** The weakest grade this view shows ({@link SourceGrade#COMPILATION}: every grade). */
  public SourceGrade minimumGrade() {
    return minGrade;
  }

  /**
   * What this view leaves out of the dataset, and why: figures published after its as-of date,
   * undated figures, figures below its minimum grade, unverified figures. For the latest view,
   * nothing.
   *
   * <pre>{@code
   * china.asOf(LocalDate.of(2026, 2, 6)).leftOut();
   * // LeftOut[as of 2026-02-06: 310 figures published later, 0 undated]
   * }</pre>
   */
  public LeftOut leftOut() {
    LeftOut l = leftOut;
    if (l == null) {
      l = LeftOut.of(asOf, verifiedOnly, minGrade, catalog.leftOut(viewKey()), -1, catalog.years);
      leftOut = l;
    }
    return l;
  }

  /**
   * What this view leaves out of one year's figures, and why.
   *
   * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}–{@value #MAX_YEAR}
   */
  public LeftOut leftOut(int year) {
    Checks.year(year);
    return LeftOut.of(asOf, verifiedOnly, minGrade, catalog.leftOut(viewKey()), year,
        catalog.years);
  }

  /**
   * How many of the figures this view shows (one per city, year and metric, national included)
   * come from each grade and release: {@code [grade.ordinal()][release.ordinal()]}.
   */
  public ProvenanceSummary provenance() {
    return new ProvenanceSummary(catalog.pickedByGradeAndRelease(viewKey()));
  }

  /** The as-of date of this view, or empty for the latest release. */
  public Optional<LocalDate> asOfDate() {
    return Optional.ofNullable(asOf);
  }

  Corpus.ViewKey viewKey() {
    return Catalog.viewKey(asOf, verifiedOnly, minGrade);
  }

  public boolean isVerifiedOnly() {
    return verifiedOnly;
  }

  // ---- contents ----

  /** The cities, ordered by id. */
  public ImmutableList<City> cities() {
    return catalog.publicCities();
  }

  /** The clusters the cities belong to, ordered by id. */
  public ImmutableList<Cluster> clusters() {
    return catalog.clusters();
  }

  /**
   * The source cited as the plan of this dataset's cluster with {@code cluster}'s id: the plan
   * that names its members. Empty if the dataset has no such cluster or it cites no plan.
   *
   * <pre>{@code
   * china.plan(Cluster.GREATER_BAY_AREA).map(Source::citation);
   * // Optional[CPC Central Committee; State Council, "粤港澳大湾区发展规划纲要", 2019-02-18, …]
   * }</pre>
   */
  public Optional<Source> plan(Cluster cluster) {
    Checks.notNull("cluster", cluster);
    for (Cluster k : catalog.clusters()) {
      if (k.equals(cluster) && k.plan() != null) {
        return Optional.of(catalog.sources.get(catalog.sourceIndex(k.plan())));
      }
    }
    return Optional.empty();
  }

  /** The sources, in the order they were added. */
  public ImmutableList<Source> sources() {
    return catalog.publicSources();
  }

  /** @throws CityGdpException if there is no source with this id, naming the nearest known ids */
  public Source source(String id) {
    int i = catalog.sourceIndex(Checks.notNull("id", id));
    if (i < 0) {
      List<String> ids = new ArrayList<>();
      for (Source s : catalog.sources) {
        ids.add(s.id());
      }
      List<String> near = Catalog.nearest(id, ids);
      throw new CityGdpException("Unknown source id '" + Catalog.shorten(id) + "'"
          + (near.isEmpty() ? "" : "; nearest known ids: " + String.join(", ", near)));
    }
    return catalog.sources.get(i);
  }

  /** The years this view has city figures for. */
  public ImmutableSortedSet<Integer> years() {
    ImmutableSortedSet<Integer> set = coveredYears;
    if (set == null) { // racy single-check of an immutable set
      ImmutableSortedSet.Builder<Integer> b = ImmutableSortedSet.naturalOrder();
      for (int y : store.coveredYears()) {
        b.add(y);
      }
      set = b.build();
      coveredYears = set;
    }
    return set;
  }

  /**
   * The latest year this view has city figures for.
   *
   * @throws MissingFigureException if this view has no city figures at all (an empty dataset, or
   *     a view that leaves every figure out: the message says what it left out)
   */
  public int latestYear() {
    int latest = store.latestYear();
    if (latest < 0) {
      LeftOut why = leftOut();
      throw new MissingFigureException("No city figures in " + this + ", so it has no latest year"
          + (why.isEmpty() ? "" : " (left out: " + why + ")"));
    }
    return latest;
  }

  /** Every figure in the dataset, whichever view this is. */
  public int figureCount() {
    return catalog.observationCount();
  }

  /**
   * Figures that sources disagree on within one release, with every source's value. Values that
   * agree once the finer is rounded to the precision of the coarser ("12.15" and "12.2",
   * "10002.1" and "10002") are the same figure printed to two precisions, not a conflict; the
   * selection rule shows the more precise one, and {@link YearlyStats#figures(Metric)} lists both.
   */
  public ImmutableList<Conflict> conflicts() {
    return catalog.conflicts();
  }

  /**
   * One year of this view.
   *
   * @throws YearNotCoveredException listing the covered years, if there are no figures for it
   */
  public YearView year(int year) {
    if (!store.covers(year)) {
      throw new YearNotCoveredException(year, years(),
          catalog.yearIndex(year) >= 0 ? leftOut(year) : null);
    }
    int i = catalog.cityYearIndex(year);
    YearView view = years.get(i);
    if (view == null) {
      view = new YearView(this, year);
      if (!years.compareAndSet(i, null, view)) {
        view = years.get(i);
      }
    }
    return view;
  }

  /** The latest year of this view, as a year view. */
  public YearView latestYearView() {
    return year(latestYear());
  }

  /**
   * One city's history in this view. The city is named by its id, or by its division code,
   * Chinese name, pinyin or English name; every method that takes a city id takes these too.
   *
   * <pre>{@code
   * china.city("taizhou_js");   // by id
   * china.city("泰州");          // by Chinese name: the same city
   * china.city("321200");       // by division code: the same city
   * china.city("Xi'an");        // by pinyin or English name, case, spaces and apostrophes ignored
   * china.city("Taizhou");      // AmbiguousCityException: 泰州 taizhou_js (Jiangsu, 321200),
   *                             //   台州 taizhou_zj (Zhejiang, 331000)
   * china.city("泰洲");          // UnknownCityException: ...; nearest known: 泰州 taizhou_js, ...
   * }</pre>
   *
   * The rule: the exact id first (ids are case-sensitive: {@code "suzhou"} is 苏州, whose id it
   * is, while {@code "Suzhou"} is also the pinyin of 宿州 {@code suzhou_ah}); else the cities with
   * this division code; else with this Chinese name (exactly, as {@link City#nameZh()}); else with
   * this pinyin or English name, ignoring case, spaces, apostrophes and hyphens, ü typed as ü, v or
   * u. The first of these that matches decides.
   *
   * @throws UnknownCityException if no city answers to the key, naming the nearest known cities
   * @throws AmbiguousCityException if several do, listing every candidate
   */
  public CityHistory city(String key) {
    return new CityHistory(this, cityIndex(key));
  }

  /**
   * The city {@code key} names, by the rule of {@link #city(String)}.
   *
   * @throws UnknownCityException if no city answers to the key, naming the nearest known cities
   * @throws AmbiguousCityException if several do, listing every candidate
   */
  public City findCity(String key) {
    return catalog.cities.get(cityIndex(key));
  }

  /**
   * Every city {@code key} names, by the rule of {@link #city(String)}, in id order, without
   * failing: one city, the candidates of an ambiguous name, or none.
   *
   * <pre>{@code
   * china.citiesMatching("Suzhou");   // [suzhou, suzhou_ah]: 苏州 and 宿州
   * china.citiesMatching("suzhou");   // [suzhou]: the id comes first
   * }</pre>
   */
  public ImmutableList<City> citiesMatching(String key) {
    return catalog.matching(Checks.notNull("key", key));
  }

  /**
   * Compares two years of this view: growth changes, newcomers, tier moves, rank changes. The
   * later year comes first: {@code compare(2025, 2024)}.
   *
   * @throws IllegalArgumentException if {@code later} is not after {@code earlier}
   * @throws YearNotCoveredException if either year has no city figures in this view
   */
  public Comparison compare(int later, int earlier) {
    if (later <= earlier) {
      throw new IllegalArgumentException("later year '" + later + "' must be after earlier year '"
          + earlier + "': compare(later, earlier), e.g. compare(" + Math.max(later, earlier)
          + ", " + Math.min(later, earlier) + ")");
    }
    return new Comparison(year(later), year(earlier));
  }

  /**
   * The national benchmark of a year, if this view has one.
   *
   * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}–{@value #MAX_YEAR}
   */
  public Optional<NationalStats> national(int year) {
    if (catalog.yearIndex(Checks.year(year)) < 0) {
      return Optional.empty();
    }
    NationalStats n = new NationalStats(this, year);
    return n.isEmpty() ? Optional.empty() : Optional.of(n);
  }

  /**
   * The breaks in the series of levels this dataset declares, oldest first: levels on either side
   * of one are on different bases, and growth is never computed across one (see {@link
   * SeriesBreak}). The bundled data declares {@link SeriesBreak#CENSUS_2023}.
   */
  public ImmutableList<SeriesBreak> seriesBreaks() {
    return catalog.publicBreaks();
  }

  /**
   * The series a level of {@code year} in {@code release} belongs to, 0 before every break: one
   * more for each break whose year is before it, and one more for a census revision when a break
   * at or after its year revised it.
   */
  int seriesOf(int year, Release release) {
    int series = 0;
    boolean revisedLater = false;
    for (SeriesBreak b : catalog.seriesBreaks) {
      if (year > b.year()) {
        series++;
      } else {
        revisedLater = true;
      }
    }
    return series + (release == Release.CENSUS_REVISION && revisedLater ? 1 : 0);
  }

  /**
   * The share of national GDP held, each year of this view, by the cities that satisfy {@code
   * condition} that year: a province ({@code Condition.inProvince("Jiangsu")}), a cluster, a
   * region, any condition. A year without a national GDP figure has no share.
   *
   * <pre>{@code
   * china.shareOfNationalGdp(Condition.inCluster(Cluster.YANGTZE_RIVER_DELTA)).change(2025, 2019);
   * }</pre>
   */
  public NationalShares shareOfNationalGdp(Condition condition) {
    Checks.notNull("condition", condition);
    return NationalShares.of(this, condition.toString(), y -> y.cities().where(condition));
  }

  /**
   * The share of national GDP held, each year of this view, by that year's members of {@code
   * threshold} (the club as it was that year). A year without a national GDP figure has no share.
   *
   * <pre>{@code
   * china.shareOfNationalGdp(Threshold.TRILLION_CLUB);   // a table, one row per year
   * }</pre>
   */
  public NationalShares shareOfNationalGdp(Threshold threshold) {
    Checks.notNull("threshold", threshold);
    return NationalShares.of(this, threshold.label(), y -> y.members(threshold));
  }

  /**
   * The concentration of output, each year of this view: the share of national GDP held by that
   * year's {@code n} cities with the largest GDP (see {@link YearView#concentration(int)}).
   *
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public NationalShares concentration(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n '" + n + "' must be at least 1");
    }
    return NationalShares.of(this, "top " + n + " by GDP",
        y -> y.cities().where(Metric.GDP.isPresent()).orderByDescending(Metric.GDP).top(n));
  }

  /**
   * The index of the city a key names (see {@link #city(String)}).
   *
   * @throws NullPointerException if {@code key} is null
   * @throws UnknownCityException if no city answers to it
   * @throws AmbiguousCityException if several do
   */
  int cityIndex(String key) {
    return catalog.resolve(Checks.notNull("key", key));
  }

  @Override
  public String toString() {
    ImmutableSortedSet<Integer> ys = years();
    return "Dataset[" + catalog.cities.size() + " cities, "
        + (ys.isEmpty() ? "no years" : ys.first() + "–" + ys.last()) + ", "
        + figureCount() + " figures from " + catalog.sources.size() + " sources, "
        + describeFilters(false) + "]";
  }

  /** The view's filters in words: {@code "latest release, any grade"}. */
  String describeFilters(boolean sayAnyGrade) {
    return (asOf == null ? "latest release" : "as of " + asOf)
        + (verifiedOnly ? ", verified only" : "")
        + (minGrade != SourceGrade.COMPILATION ? ", grade " + minGrade + " or stronger"
            : sayAnyGrade ? ", any grade" : "");
  }

  /**
   * Builds a {@link Dataset}, validating everything: nothing is built when any input breaks a rule.
   * The rules: city and source ids are unique; every figure names a known city (or is national)
   * and a known source; years are within {@value #MIN_YEAR}–{@value #MAX_YEAR}; GDP and value
   * added are not negative; derived metrics are not supplied; one source gives a figure (city,
   * year, metric) at most once per release; the amounts of one metric and year add up to at most
   * {@link Long#MAX_VALUE} yuan (so that every sum over cities is exact); and the dataset is not
   * far larger than its figures: it stores a cell for every city in every year with city figures,
   * for every metric with city figures, and may store at most {@value #MIN_CELL_LIMIT} cells, or
   * {@value #CELLS_PER_FIGURE} per figure when that is more (checked before anything is
   * allocated). Years without figures cost nothing. The same figure from two sources in one release is
   * kept: as corroboration when they agree, as a {@link Conflict} when they do not.
   * A builder is not thread-safe; the dataset it builds is.
   */
  public static final class Builder {
    private final List<City> cities = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    // the figures as columns, appended as they come (issue #11): the two figure(...) shortcuts
    // make no Observation; one added as an Observation is kept in `given` (for its note, date,
    // place and verified flag), else that slot is null
    private int n;
    private @Nullable String[] cityOf = new String[16];
    private int[] yearOf = new int[16];
    private Metric<?>[] metricOf = new Metric<?>[16];
    private long[] rawOf = new long[16];
    private byte[] releaseOf = new byte[16];
    private String[] sourceOf = new String[16];
    private Observation<?> @Nullable [] given;
    private final List<SeriesBreak> seriesBreaks = new ArrayList<>();

    private Builder() {}

    // a class, not Comparator.comparing(City::id): no lambda to link on a fresh JVM (issue #3)
    private static final Comparator<City> BY_ID = new Comparator<City>() {
      @Override
      public int compare(City a, City b) {
        return a.id().compareTo(b.id());
      }
    };

    public Builder city(City city) {
      cities.add(Checks.notNull("city", city));
      return this;
    }

    /** @throws NullPointerException naming a null element; then no city is added */
    public Builder cities(Iterable<City> all) {
      cities.addAll(Checks.notNullElements("all", all));
      return this;
    }

    public Builder source(Source source) {
      sources.add(Checks.notNull("source", source));
      return this;
    }

    /** @throws NullPointerException naming a null element; then no source is added */
    public Builder sources(Iterable<Source> all) {
      sources.addAll(Checks.notNullElements("all", all));
      return this;
    }

    public Builder figure(Observation<?> observation) {
      Checks.notNull("observation", observation);
      add(observation.cityId(), observation.year(), observation.metric(),
          encode(observation), observation.release(), observation.sourceId());
      if (given == null) {
        given = new Observation<?>[cityOf.length];
      }
      given[n - 1] = observation;
      return this;
    }

    /** @throws NullPointerException naming a null element; then no figure is added */
    public Builder figures(Iterable<? extends Observation<?>> all) {
      for (Observation<?> o : Checks.notNullElements("all", all)) {
        figure(o);
      }
      return this;
    }

    /** Appends a checked figure to the columns. */
    private void add(@Nullable String cityId, int year, Metric<?> metric, long raw,
        Release release, String sourceId) {
      if (n == yearOf.length) {
        // doubling: each figure is copied about once
        int size = n < (1 << 29) ? 2 * n + 16 : Integer.MAX_VALUE - 8;
        cityOf = Arrays.copyOf(cityOf, size);
        yearOf = Arrays.copyOf(yearOf, size);
        metricOf = Arrays.copyOf(metricOf, size);
        rawOf = Arrays.copyOf(rawOf, size);
        releaseOf = Arrays.copyOf(releaseOf, size);
        sourceOf = Arrays.copyOf(sourceOf, size);
        if (given != null) {
          given = Arrays.copyOf(given, size);
        }
      }
      cityOf[n] = cityId;
      yearOf[n] = year;
      metricOf[n] = metric;
      rawOf[n] = raw;
      releaseOf[n] = (byte) release.ordinal();
      sourceOf[n] = sourceId;
      n++;
    }

    /** The figure at {@code i} with its checks' inputs: the one given, or a plain verified one. */
    private @Nullable Observation<?> given(int i) {
      return given == null ? null : given[i];
    }

    /** Where figure {@code i} comes from, for a message; the words of {@link Observation}. */
    private String describePlace(int i) {
      Observation<?> o = given(i);
      return o != null ? o.describePlace() : Observation.describePlace(cityOf[i], yearOf[i],
          metricOf[i], RELEASES[releaseOf[i]], sourceOf[i]);
    }

    /** The value of figure {@code i}, as given. */
    private Object value(int i) {
      return metricOf[i].decode(rawOf[i]);
    }

    private static final Release[] RELEASES = Release.values();

    /**
     * Declares a break in the series of levels, such as {@link SeriesBreak#CENSUS_2023}: growth is
     * never computed across it. At most one break per year.
     */
    public Builder seriesBreak(SeriesBreak seriesBreak) {
      seriesBreaks.add(Checks.notNull("seriesBreak", seriesBreak));
      return this;
    }

    /**
     * A verified city figure. Its source must be graded {@link SourceGrade#PRIMARY} or {@link
     * SourceGrade#OFFICIAL_MEDIA}; add a figure from a weaker source with {@code
     * figure(Observation.of(...).unverified(why))}.
     */
    public <V extends Comparable<? super V>> Builder figure(
        String cityId, int year, Metric<V> metric, V value, Release release, String sourceId) {
      Checks.notNull("cityId", cityId); // never a national figure: see national(...)
      return plain(cityId, year, metric, value, release, sourceId);
    }

    /** What {@link Observation}'s constructor checks, then straight into the columns. */
    private <V extends Comparable<? super V>> Builder plain(@Nullable String cityId, int year,
        Metric<V> metric, V value, Release release, String sourceId) {
      Observation.check(metric, value, release, sourceId);
      add(cityId, year, metric, metric.encode(value), release, sourceId);
      return this;
    }

    /** A verified national figure; the same rule on its source's grade applies. */
    public <V extends Comparable<? super V>> Builder national(
        int year, Metric<V> metric, V value, Release release, String sourceId) {
      return plain(null, year, metric, value, release, sourceId);
    }

    /**
     * Validates and builds.
     *
     * @throws InvalidDataException naming the field, value, place and rule of the first problem
     */
    public Dataset build() {
      List<City> sortedCities = new ArrayList<>(cities);
      sortedCities.sort(BY_ID);
      for (int i = 1; i < sortedCities.size(); i++) {
        if (sortedCities.get(i).id().equals(sortedCities.get(i - 1).id())) {
          throw new InvalidDataException("city id", sortedCities.get(i).id(), "cities",
              "must be unique, but is defined twice");
        }
      }
      Map<String, Integer> sourceIndex = new HashMap<>();
      for (int i = 0; i < sources.size(); i++) {
        if (sourceIndex.put(sources.get(i).id(), i) != null) {
          throw new InvalidDataException("source id", sources.get(i).id(), "sources",
              "must be unique, but is defined twice");
        }
      }
      Map<String, Integer> cityIndex = new HashMap<>();
      for (int i = 0; i < sortedCities.size(); i++) {
        cityIndex.put(sortedCities.get(i).id(), i);
      }
      checkClusters(sortedCities, sourceIndex);

      int n = this.n;
      int[] subject = new int[n];
      int[] source = new int[n];
      String lastCity = null; // figures mostly come city by city and source by source
      int lastCityIndex = -1;
      String lastSource = null;
      int lastSourceIndex = -1;
      for (int i = 0; i < n; i++) {
        String cityId = cityOf[i];
        int ci;
        if (cityId == null) {
          ci = -1;
        } else if (cityId == lastCity) {
          ci = lastCityIndex;
        } else {
          Integer c = cityIndex.get(cityId);
          ci = c == null ? -2 : c;
          lastCity = cityId;
          lastCityIndex = ci;
        }
        subject[i] = ci < 0 ? -1 : ci;
        int si;
        if (sourceOf[i] == lastSource) {
          si = lastSourceIndex;
        } else {
          Integer k = sourceIndex.get(sourceOf[i]);
          si = k == null ? -1 : k;
          lastSource = sourceOf[i];
          lastSourceIndex = si;
        }
        source[i] = si;
        validate(i, ci == -2, si < 0 ? null : sources.get(si));
      }
      // indices and values into columns; duplicates are found by the engine while it sorts
      // the figures by cell, with no table of their own (issue #11)
      Map<String, Integer> metricIndex = new HashMap<>();
      List<Metric<?>> metrics = new ArrayList<>();
      int[] year = Arrays.copyOf(yearOf, n);
      int[] metric = new int[n];
      long[] raw = Arrays.copyOf(rawOf, n);
      byte[] release = Arrays.copyOf(releaseOf, n);
      BitSet verified = new BitSet(n);
      verified.set(0, n); // figures are verified unless given otherwise
      // a figure's own date and note, where given one (else its source's date, no note)
      @Nullable PublicationDate[] ownDate = given == null ? null : new PublicationDate[n];
      @Nullable String[] note = given == null ? null : new String[n];
      // per amount metric (index) and year: the sum of its city figures, which must fit a long
      List<long @Nullable []> totals = new ArrayList<>();
      Metric<?> lastMetric = null;
      int lastIndex = -1;
      for (int i = 0; i < n; i++) {
        Metric<?> m = metricOf[i];
        Integer mi;
        if (m == lastMetric) {
          mi = lastIndex;
        } else {
          mi = null; // metrics are few: a look along them, by identity first, before hashing
          for (int k = 0; k < metrics.size() && k < 8; k++) {
            if (metrics.get(k) == m) {
              mi = k;
              break;
            }
          }
          if (mi == null) {
            mi = metricIndex.get(m.id());
          }
        }
        metric[i] = mi == null ? metrics.size() : mi;
        if (mi == null && metrics.size() == Short.MAX_VALUE) {
          throw new InvalidDataException("metric", m.id(), describePlace(i),
              "is one metric too many: a dataset holds at most " + Short.MAX_VALUE);
        }
        if (mi == null) {
          mi = metrics.size();
          metricIndex.put(m.id(), mi);
          metrics.add(m);
          totals.add(null);
        }
        lastMetric = m;
        lastIndex = mi;
        if (cityOf[i] != null && m.holdsYuan()) {
          addToTotal(totals, mi, i, raw[i]);
        }
        Observation<?> o = given(i);
        if (o != null && ownDate != null && note != null) { // the arrays exist when o can
          verified.set(i, o.verified());
          ownDate[i] = o.publishedOn();
          note[i] = o.note();
        }
      }
      Catalog catalog = new Catalog(shareRepeats(sortedCities), List.copyOf(sources),
          List.copyOf(metrics), subject, year, metric, raw, release, source, verified,
          ownDate, note, sortedBreaks(), new Corpus.Duplicates() {
            @Override
            public void found(int figure, int first) {
              throw new InvalidDataException("figure", (cityOf[figure] == null ? "*national*"
                  : cityOf[figure]) + " " + yearOf[figure] + " " + metricOf[figure].id() + " "
                  + RELEASES[releaseOf[figure]] + " " + sourceOf[figure], describePlace(figure),
                  "duplicates a figure from the same source and release at "
                      + describePlace(first));
            }
          });
      return catalog.dataset(null, false, SourceGrade.COMPILATION);
    }

    /** The declared series breaks, oldest first, one per year. */
    private List<SeriesBreak> sortedBreaks() {
      java.util.TreeMap<Integer, SeriesBreak> byYear = new java.util.TreeMap<>();
      for (SeriesBreak b : seriesBreaks) {
        SeriesBreak first = byYear.putIfAbsent(b.year(), b);
        if (first != null) {
          throw new InvalidDataException("series break", b.name(), "series breaks",
              "must be the only break of " + b.year() + ", but '" + first.name()
                  + "' is declared for it too");
        }
      }
      return List.copyOf(byYear.values());
    }

    /**
     * The clusters the cities name: one definition per id (names and plan), and a plan names a
     * source of the dataset.
     */
    private static void checkClusters(List<City> cities, Map<String, Integer> sourceIndex) {
      Map<String, Cluster> seen = new HashMap<>();
      for (City c : cities) {
        for (Cluster k : c.clusters()) {
          Cluster first = seen.putIfAbsent(k.id(), k);
          if (first != null && !first.isSameDefinition(k)) {
            throw new InvalidDataException("cluster", k.id(), "city " + c.id(),
                "must have one definition, but is named with names or plans that differ ("
                    + first.nameEn() + ", plan " + first.plan() + " and " + k.nameEn()
                    + ", plan " + k.plan() + ")");
          }
          if (first == null && k.plan() != null && !sourceIndex.containsKey(k.plan())) {
            throw new InvalidDataException("cluster plan", k.plan(), "cluster " + k.id(),
                "must name a source defined in the dataset");
          }
        }
      }
    }

    /**
     * The cities, with equal provinces and cluster sets shared by one instance each: a loader
     * gives every city its own copy, and a dataset of many cities would keep them all.
     */
    private static List<City> shareRepeats(List<City> cities) {
      Map<String, String> provinces = new HashMap<>();
      // a set of one cluster (the usual) is found by that cluster's id, with no set hashed
      Map<String, Set<Cluster>> singles = new HashMap<>();
      Map<Set<Cluster>, Set<Cluster>> clusterSets = new HashMap<>();
      City[] out = new City[cities.size()];
      int n = 0;
      for (City c : cities) {
        String province = provinces.putIfAbsent(c.province(), c.province());
        Set<Cluster> given = c.clusters();
        Set<Cluster> clusters = given.isEmpty() ? null : given.size() == 1
            ? singles.putIfAbsent(given.iterator().next().id(), given)
            : clusterSets.putIfAbsent(given, given);
        if ((province == null || province == c.province())
            && (clusters == null || clusters == c.clusters())) {
          out[n++] = c;
        } else {
          out[n++] = new City(c.id(), c.nameEn(), c.nameZh(), c.pinyin(),
              province == null ? c.province() : province, c.region(), c.rank(), c.divisionCode(),
              clusters == null ? c.clusters() : clusters);
        }
      }
      return List.of(out);
    }

    /**
     * Adds an amount to its metric's total for the year: every sum over cities (of any view) is at
     * most that total, so a dataset whose totals fit a long never overflows a sum.
     */
    private void addToTotal(List<long @Nullable []> totals, int metric, int i, long yuan) {
      long[] byYear = totals.get(metric);
      if (byYear == null) {
        byYear = new long[MAX_YEAR - MIN_YEAR + 1];
        totals.set(metric, byYear);
      }
      int y = yearOf[i] - MIN_YEAR;
      if (yuan > Long.MAX_VALUE - byYear[y]) {
        throw new InvalidDataException(metricOf[i].id(), value(i), describePlace(i),
            "makes the " + metricOf[i].id() + " figures of " + yearOf[i] + " add up to more than "
                + Yuan.ofYuan(Long.MAX_VALUE) + ", the most a sum over cities can hold");
      }
      byYear[y] += yuan;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static long encode(Observation<?> o) {
      return ((Metric) o.metric()).encode(o.value());
    }

    /**
     * Checks figure {@code i}; {@code unknownCity} if it names a city the dataset lacks, {@code
     * source} null if it names an unknown source. Its place is described only for a message.
     */
    private void validate(int i, boolean unknownCity, @Nullable Source source) {
      if (unknownCity) {
        throw new InvalidDataException("city", cityOf[i], describePlace(i),
            "must name a city defined in the dataset");
      }
      if (source == null) {
        throw new InvalidDataException("source", sourceOf[i], describePlace(i),
            "must name a source defined in the dataset");
      }
      Observation<?> o = given(i);
      if ((o == null || o.verified()) && !source.grade().isOfficial()) {
        throw new InvalidDataException("verified", true, describePlace(i),
            "means read in a PRIMARY or OFFICIAL_MEDIA document, but source '" + sourceOf[i]
                + "' is graded " + source.grade() + "; mark the figure unverified");
      }
      int year = yearOf[i];
      if (year < MIN_YEAR || year > MAX_YEAR) {
        throw new InvalidDataException("year", year, describePlace(i),
            "must be within " + MIN_YEAR + "–" + MAX_YEAR);
      }
      Metric<?> metric = metricOf[i];
      if (metric.isDerived()) {
        throw new InvalidDataException("metric", metric.id(), describePlace(i),
            "is derived from other figures and cannot be supplied");
      }
      if (metric.holdsYuan() && rawOf[i] < 0 && (metric.equals(Metric.GDP)
          || (metric.publishedUnit().equals("亿元") && metric.sector().isPresent()))) {
        throw new InvalidDataException(metric.id(), value(i), describePlace(i),
            "must not be negative");
      }
    }
  }
}
