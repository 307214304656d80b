package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.Percent;
import org.citygdp.units.Population;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;

/**
 * Fuzz target for {@link Dataset#builder()} (issue #10): small datasets of fuzzed shape (cities,
 * sources with grades and dates, clusters with plans, figures of every kind of metric with values
 * at the edges of their types, years in and out of range, unknown ids, duplicates). The parts are
 * made by their own factories, which may reject a value with an {@link IllegalArgumentException};
 * {@link Dataset.Builder#build()} either builds or throws an {@link InvalidDataException}, with a
 * bounded message. A built dataset answers the basic questions consistently in several views:
 * every city with a GDP of at least 1 trillion yuan is in exactly one tier of the default pyramid
 * and in the trillion-yuan club, sums are exact, orderings are ordered. See FUZZING.md.
 */
class DatasetBuilderFuzzTest {

  static final int MAX_MESSAGE = 2_000;
  static final long TRILLION = 1_000_000_000_000L;

  static final String[] CITY_IDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta"};
  static final String[] SOURCE_IDS = {"s0", "s1", "s2"};
  static final List<Metric<?>> METRICS = List.of(Metric.GDP, Metric.REAL_GROWTH,
      Metric.POPULATION, Metric.valueAdded(Sector.TERTIARY), Metric.realGrowth(Sector.TERTIARY),
      Metric.nominalGrowth(Sector.EXPORTS), Metric.growthContribution(Sector.TERTIARY),
      Metric.GDP_PER_CAPITA);
  static final int[] YEARS = {2023, 2024, 2025, Dataset.MIN_YEAR, Dataset.MAX_YEAR,
      Dataset.MIN_YEAR - 1, Dataset.MAX_YEAR + 1};
  static final long[] EDGES = {0, 1, -1, TRILLION - 1, TRILLION, 5 * TRILLION, Long.MAX_VALUE,
      Long.MAX_VALUE - 1, Long.MIN_VALUE, Long.MAX_VALUE / 2, Long.MAX_VALUE / 2 + 1};

  @FuzzTest
  void build(FuzzedDataProvider data) {
    Dataset.Builder b = Dataset.builder();
    int figures = 0;
    try {
      figures = fill(b, data);
    } catch (IllegalArgumentException e) {
      // a part's own factory rejected a value: allowed, with a short message
      assertThat(e.getMessage()).isNotBlank();
      assertThat(e.getMessage().length()).as("message '%s'", e.getMessage())
          .isLessThanOrEqualTo(MAX_MESSAGE);
      return;
    }
    Dataset ds;
    try {
      ds = b.build();
    } catch (InvalidDataException e) {
      assertThat(e.getMessage().length()).as("message '%s'", e.getMessage())
          .isLessThanOrEqualTo(MAX_MESSAGE);
      assertThat(e.field()).isNotBlank();
      assertThat(e.rule()).isNotBlank();
      return;
    }
    assertThat(ds.figureCount()).isEqualTo(figures);
    assertThat(ds.toString()).isNotBlank();
    checkView(ds);
    checkView(ds.asOf(LocalDate.of(2025, 6, 30)));
    checkView(ds.atLeast(SourceGrade.OFFICIAL_MEDIA).verifiedOnly());
  }

  /** Adds a fuzzed shape to {@code b}; returns how many figures it added. */
  private static int fill(Dataset.Builder b, FuzzedDataProvider data) {
    int nSources = data.consumeInt(1, 3);
    List<String> sourceIds = new ArrayList<>();
    for (int i = 0; i < nSources; i++) {
      String id = SOURCE_IDS[data.consumeInt(0, SOURCE_IDS.length - 1)];
      sourceIds.add(id);
      Source.Builder s = Source.builder(id).publisher("Bureau").title("Communiqué " + i)
          .url("https://example.org/" + id).grade(data.pickValue(SourceGrade.values()))
          .sourceType(SourceType.STATISTICAL_COMMUNIQUE);
      s.published(date(data));
      b.source(s.build());
    }
    Cluster plain = Cluster.of("DELTA", "Delta", "三角洲");
    Cluster planned = data.consumeBoolean() ? plain.withPlan(data.pickValue(SOURCE_IDS)) : plain;
    int nCities = data.consumeInt(0, 5);
    for (int i = 0; i < nCities; i++) {
      String id = CITY_IDS[data.consumeInt(0, CITY_IDS.length - 1)];
      int cluster = data.consumeInt(0, 2);
      b.city(City.builder(id).names("City " + id, "城" + i).province("P" + (i % 2))
          .region(data.pickValue(Region.values())).rank(AdminRank.PREFECTURE)
          .divisionCode("1000" + i + "0")
          .clusters(cluster == 0 ? new Cluster[0] : cluster == 1 ? new Cluster[] {plain}
              : new Cluster[] {planned})
          .build());
    }
    int nFigures = data.consumeInt(0, 14);
    for (int i = 0; i < nFigures; i++) {
      int who = data.consumeInt(-1, CITY_IDS.length);
      String city = who < 0 ? null : who == CITY_IDS.length ? "unknown" : CITY_IDS[who];
      int year = data.consumeBoolean() ? YEARS[data.consumeInt(0, 2)]
          : data.pickValue(YEARS);
      Metric<?> metric = data.consumeInt(0, 9) < 5 ? Metric.GDP : data.pickValue(METRICS);
      long raw = data.consumeBoolean() ? data.pickValue(EDGES) : data.consumeLong();
      String source = data.consumeInt(0, 7) == 0 ? "nowhere" : data.pickValue(SOURCE_IDS);
      Observation<?> o = observation(city, year, metric, raw,
          data.pickValue(Release.values()), source);
      if (!data.consumeBoolean()) {
        o = o.unverified("fuzzed");
      }
      if (data.consumeInt(0, 3) == 0) {
        o = o.withPublished(date(data));
      }
      b.figure(o);
    }
    return nFigures;
  }

  private static PublicationDate date(FuzzedDataProvider data) {
    switch (data.consumeInt(0, 3)) {
      case 0:
        return null;
      case 1:
        return PublicationDate.ofYear(data.consumeInt(2023, 2026));
      case 2:
        return PublicationDate.ofMonth(data.consumeInt(2023, 2026), data.consumeInt(1, 12));
      default:
        return PublicationDate.of(LocalDate.of(data.consumeInt(2023, 2026),
            data.consumeInt(1, 12), data.consumeInt(1, 28)));
    }
  }

  /** A figure of {@code metric} whose value is made from {@code raw} by the value's factory. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Observation<?> observation(String city, int year, Metric<?> metric, long raw,
      Release release, String source) {
    Comparable value;
    if (metric.publishedUnit().equals("亿元")) {
      value = Yuan.ofYuan(raw);
    } else if (metric == Metric.POPULATION) {
      value = Population.ofPersons(raw);
    } else if (metric.id().startsWith("nominal_growth")) {
      value = NominalGrowth.of(Percent.ofUnscaled(raw));
    } else if (metric.id().startsWith("real_growth")) {
      value = RealGrowth.of(Percent.ofUnscaled(raw));
    } else {
      value = Percent.ofUnscaled(raw);
    }
    Metric m = metric;
    return city == null ? Observation.national(year, m, value, release, source)
        : Observation.of(city, year, m, value, release, source);
  }

  /** The basic questions, answered consistently, in every year of a view. */
  private static void checkView(Dataset ds) {
    if (ds.years().isEmpty()) {
      try {
        ds.latestYear();
        throw new AssertionError("latestYear() of a view without city figures");
      } catch (MissingFigureException expected) {
        return;
      }
    }
    assertThat(ds.latestYear()).isEqualTo(ds.years().last());
    for (int year : ds.years()) {
      YearView y = ds.year(year);
      Map<String, Long> gdp = new HashMap<>();
      BigInteger total = BigInteger.ZERO;
      for (City c : ds.cities()) {
        Optional<Yuan> g = y.stats(c.id()).gdp();
        if (g.isPresent()) {
          gdp.put(c.id(), g.get().toYuan());
          total = total.add(BigInteger.valueOf(g.get().toYuan()));
        }
      }
      CitySelection all = y.cities();
      Aggregate<Yuan> sum = all.sum(Metric.GDP);
      assertThat(sum.counted()).isEqualTo(gdp.size());
      if (!gdp.isEmpty()) {
        assertThat(BigInteger.valueOf(sum.valueOrNull().toYuan())).as("sum of %s", gdp)
            .isEqualTo(total);
      }
      long members = gdp.values().stream().filter(v -> v >= TRILLION).count();
      assertThat(y.members(Threshold.TRILLION_CLUB).count()).as("club of %s", gdp)
          .isEqualTo((int) members);
      TierPyramid p = y.tiers();
      assertThat(p.total()).as("cities in the tiers of %s, %s", gdp, p).isEqualTo((int) members);
      assertThat(p.missingGdp()).hasSize(ds.cities().size() - gdp.size());
      p.asMap().forEach((tier, cities) -> {
        for (City c : cities) {
          assertThat(tier.contains(Yuan.ofYuan(gdp.get(c.id())))).as("%s in %s", c, tier).isTrue();
        }
      });
      for (String id : gdp.keySet()) {
        Optional<Tier> t = y.tierOf(id);
        assertThat(t.isPresent()).as("tier of %s with %s", id, gdp.get(id))
            .isEqualTo(gdp.get(id) >= TRILLION);
      }
      List<String> ordered = all.orderByDescending(Metric.GDP).ids();
      for (int i = 1; i < ordered.size(); i++) {
        Long a = gdp.get(ordered.get(i - 1));
        Long c = gdp.get(ordered.get(i));
        assertThat(a == null ? c == null : c == null || a >= c).as("order %s of %s", ordered, gdp)
            .isTrue();
      }
      assertThat(y.toString()).isNotBlank();
      assertThat(p.toString()).isNotBlank();
    }
  }
}
