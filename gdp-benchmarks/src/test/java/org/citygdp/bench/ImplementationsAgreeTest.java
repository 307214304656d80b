package org.citygdp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.citygdp.bench.data.Datasets;
import org.citygdp.bench.data.Raw;
import org.citygdp.bench.data.Synthetic;
import org.citygdp.bench.impl.Canon;
import org.citygdp.bench.impl.Citygdp;
import org.citygdp.bench.impl.Dflib;
import org.citygdp.bench.impl.Duckdb;
import org.citygdp.bench.impl.HandLoop;
import org.citygdp.bench.impl.HandLoopCached;
import org.citygdp.bench.impl.Queries;
import org.citygdp.bench.impl.Results;
import org.citygdp.bench.impl.Streams;
import org.citygdp.bench.impl.Tablesaw;
import org.citygdp.core.Dataset;
import org.citygdp.data.ChinaCities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every implementation gives the same answers as citygdp on the bundled data and on a synthetic
 * dataset, so the benchmarks compare like with like.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImplementationsAgreeTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);

  record Case(String name, Citygdp citygdp, Raw raw, List<Queries> peers) {
    @Override
    public String toString() {
      return name;
    }
  }

  List<Case> cases;

  @BeforeAll
  void load() {
    Dataset bundled = ChinaCities.load();
    Raw small = Synthetic.generate(3);
    cases = List.of(of("bundled", bundled, Datasets.fromDataset(bundled)),
        of("synthetic x3", Datasets.toDataset(small), small));
  }

  private static Case of(String name, Dataset ds, Raw raw) {
    return new Case(name, new Citygdp(ds), raw, List.of(new HandLoop(raw), new HandLoopCached(raw),
        new Streams(raw),
        new Dflib(raw), new Tablesaw(raw), new Duckdb(raw)));
  }

  @AfterAll
  void close() {
    for (Case c : cases) {
      for (Queries q : c.peers()) {
        q.close();
      }
    }
  }

  Stream<Arguments> peers() {
    return cases.stream().flatMap(c -> c.peers().stream()
        .map(p -> Arguments.of(c, p.getClass().getSimpleName(), p)));
  }

  @ParameterizedTest(name = "{0}: {1}", autoCloseArguments = false)
  @MethodSource("peers")
  void should_give_citygdps_tier_pyramid(Case c, String name, Queries peer) {
    for (int year = 2019; year <= 2025; year++) {
      assertThat(peer.q1(year)).as("%s %d", name, year).isEqualTo(Canon.tiers(c.citygdp().q1(year)));
    }
  }

  @ParameterizedTest(name = "{0}: {1}", autoCloseArguments = false)
  @MethodSource("peers")
  void should_rank_the_same_cities_above_the_national_growth(Case c, String name, Queries peer) {
    for (int year = 2019; year <= 2025; year++) {
      assertThat(peer.q2(year)).as("%s %d", name, year).isEqualTo(c.citygdp().q2(year));
    }
  }

  @ParameterizedTest(name = "{0}: {1}", autoCloseArguments = false)
  @MethodSource("peers")
  void should_find_the_same_newcomers(Case c, String name, Queries peer) {
    for (int year = 2020; year <= 2025; year++) {
      assertThat(peer.q3(year, year - 1)).as("%s %d", name, year)
          .isEqualTo(c.citygdp().q3(year, year - 1));
    }
  }

  @ParameterizedTest(name = "{0}: {1}", autoCloseArguments = false)
  @MethodSource("peers")
  void should_group_the_same_way(Case c, String name, Queries peer) {
    for (int year = 2019; year <= 2025; year++) {
      Results.Groups expected = Canon.groups(c.citygdp().q4(year));
      Results.Groups actual = peer.q4(year);
      assertRows(actual.byCluster(), expected.byCluster(), name + " clusters " + year);
      assertRows(actual.byRegion(), expected.byRegion(), name + " regions " + year);
    }
  }

  private static void assertRows(List<Results.GroupRow> actual, List<Results.GroupRow> expected,
      String what) {
    assertThat(actual).as(what).hasSameSizeAs(expected);
    for (int i = 0; i < actual.size(); i++) {
      Results.GroupRow a = actual.get(i);
      Results.GroupRow e = expected.get(i);
      assertThat(a.label()).as(what).isEqualTo(e.label());
      assertThat(a.count()).as(what + " " + a.label()).isEqualTo(e.count());
      assertThat(a.gdp()).as(what + " " + a.label()).isEqualTo(e.gdp());
      assertThat(a.weightedGrowth()).as(what + " " + a.label())
          .isCloseTo(e.weightedGrowth(), org.assertj.core.data.Offset.offset(1e-4));
      assertThat(a.share()).as(what + " " + a.label())
          .isCloseTo(e.share(), org.assertj.core.data.Offset.offset(1e-4));
    }
  }

  @ParameterizedTest(name = "{0}: {1}", autoCloseArguments = false)
  @MethodSource("peers")
  void should_compute_the_same_growth_changes(Case c, String name, Queries peer) {
    for (int year = 2020; year <= 2025; year++) {
      Results.Changes actual = peer.q5(year, year - 1);
      Results.Changes expected = Canon.changes(c.citygdp().q5(year, year - 1), actual.cityIds());
      assertThat(actual.cityIds()).isEqualTo(List.of(c.raw().cityId));
      assertThat(actual.change()).as("%s %d", name, year).isEqualTo(expected.change());
    }
  }

  @ParameterizedTest(name = "{0}: {1}", autoCloseArguments = false)
  @MethodSource("peers")
  void should_resolve_the_same_as_of_view(Case c, String name, Queries peer) {
    int checked = 0;
    for (int year = 2019; year <= 2024; year++) {
      for (LocalDate asOf : List.of(AS_OF.withYear(year + 1), AS_OF.withYear(year + 2))) {
        Dataset then = c.citygdp().dataset().asOf(asOf);
        if (!then.years().contains(year) || then.national(year).isEmpty()
            || then.national(year).get().realGrowth().isEmpty()) {
          continue; // citygdp has no such year view; nothing to compare
        }
        List<? extends List<String>> expected = c.citygdp().q6(year, asOf);
        Results.AsOfVsLatest actual = peer.q6(year, asOf);
        assertThat(actual.asOf()).as("%s %d as of %s", name, year, asOf).isEqualTo(expected.get(0));
        assertThat(actual.latest()).as("%s latest %d", name, year).isEqualTo(expected.get(1));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(3);
  }
}
