package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * Sixteen threads run mixed queries on one shared, freshly built dataset and on query steps made
 * before the threads start (whose results are computed lazily, on first use, by whichever thread
 * gets there first), and every answer equals the answer a single thread got from an identical
 * dataset (issue #10: the 16-thread equality test stays in the suite). More as-of dates are asked
 * for than the view cache keeps, so views are also evicted and rebuilt under contention. Bounded:
 * 16 threads × 12 rounds of every query.
 */
class ConcurrencyTest {
  private static final int THREADS = 16;
  private static final int ROUNDS = 12;

  /** A dataset and query steps made from it, not yet evaluated. */
  private static final class Context {
    final Dataset ds;
    final List<Integer> years;
    final List<YearView> views = new ArrayList<>();
    final List<GrowthChanges> changes = new ArrayList<>();
    final List<GroupTable> groups = new ArrayList<>();
    final List<CitySelection> selections = new ArrayList<>();

    Context(Dataset ds) {
      this.ds = ds;
      this.years = new ArrayList<>(ds.years());
      for (int y : years) {
        YearView v = ds.year(y);
        views.add(v);
        groups.add(v.cities().groupBy(Grouping.REGION));
        selections.add(v.cities().where(Metric.GDP.atLeast(Yuan.ofYi("5000"))));
      }
      for (int i = 1; i < years.size(); i++) {
        changes.add(ds.compare(years.get(i), years.get(i - 1)).growthChanges());
      }
    }
  }

  private static GeneratedDatasetsTest.Shape shape() {
    Random r = new Random(11);
    while (true) {
      GeneratedDatasetsTest.Shape s = GeneratedDatasetsTest.generate(r);
      if (s.cities() >= 60 && s.figures().size() >= 400 && years(s) >= 2) {
        return s;
      }
    }
  }

  private static int years(GeneratedDatasetsTest.Shape s) {
    java.util.Set<Integer> ys = new java.util.HashSet<>();
    for (GeneratedDatasetsTest.Fig f : s.figures()) {
      if (f.city() >= 0) {
        ys.add(f.year());
      }
    }
    return ys.size();
  }

  /** The queries, each answering with text (or the exception it threw). */
  private static List<Function<Context, String>> queries(GeneratedDatasetsTest.Shape shape) {
    List<Function<Context, String>> q = new ArrayList<>();
    int yearCount = years(shape);
    for (int i = 0; i < yearCount; i++) {
      int k = i;
      q.add(c -> c.views.get(k).members(Threshold.TRILLION_CLUB).ids().toString());
      q.add(c -> c.views.get(k).tiers().toString());
      q.add(c -> c.views.get(k).cities().where(Metric.REAL_GROWTH.above(RealGrowth.of("3"))
          .or(Metric.GDP.isMissing())).orderByDescending(Metric.REAL_GROWTH).ids().toString());
      q.add(c -> c.groups.get(k).toString());
      q.add(c -> c.groups.get(k).rows().get(0).gdp().missing().toString());
      q.add(c -> c.selections.get(k).weightedGrowth().toString());
      q.add(c -> c.selections.get(k).orderBy(Metric.GDP).table().toString());
      q.add(c -> c.ds.year(c.years.get(k)).cities().groupBy(Grouping.tier(TierScheme.TRILLIONS))
          .toString());
      q.add(c -> c.ds.atLeast(SourceGrade.SECONDARY).verifiedOnly().leftOut(c.years.get(k))
          .toString());
      q.add(c -> c.ds.year(c.years.get(k)).stats("c000").figures(Metric.GDP).toString());
    }
    for (int i = 0; i + 1 < yearCount; i++) {
      int k = i;
      q.add(c -> c.changes.get(k).toString());
      q.add(c -> c.changes.get(k).keptOrRaised().ids().toString());
      q.add(c -> c.ds.compare(c.years.get(k + 1), c.years.get(k))
          .newcomers(Threshold.TRILLION_CLUB).ids().toString());
    }
    // more as-of dates than the view cache keeps (32)
    for (int i = 0; i < 40; i++) {
      LocalDate date = LocalDate.of(2018, 1, 1).plusDays(73L * i);
      q.add(c -> {
        Dataset d = c.ds.asOf(date);
        return d + " " + d.years() + " " + d.leftOut() + " " + d.provenance();
      });
    }
    for (SourceGrade g : SourceGrade.values()) {
      q.add(c -> c.ds.atLeast(g).provenance().toString() + c.ds.atLeast(g).years());
    }
    q.add(c -> c.ds.conflicts().toString());
    q.add(c -> c.ds.city("c001").toString() + c.ds.city("c001").milestones());
    return q;
  }

  private static String answer(Function<Context, String> query, Context c) {
    try {
      return query.apply(c);
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  @Test
  void should_give_sixteen_threads_the_answers_one_thread_gets() throws Exception {
    GeneratedDatasetsTest.Shape shape = shape();
    List<Function<Context, String>> queries = queries(shape);
    Context alone = new Context(GeneratedDatasetsTest.build(shape));
    List<String> expected = new ArrayList<>();
    for (Function<Context, String> q : queries) {
      expected.add(answer(q, alone));
    }
    Context shared = new Context(GeneratedDatasetsTest.build(shape));
    Queue<String> mismatches = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        done.add(pool.submit(() -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < queries.size(); i++) {
            order.add(i);
          }
          Random r = new Random(seed);
          start.await();
          int answered = 0;
          for (int round = 0; round < ROUNDS; round++) {
            Collections.shuffle(order, r);
            for (int i : order) {
              String got = answer(queries.get(i), shared);
              if (!got.equals(expected.get(i))) {
                mismatches.add("query " + i + ": expected " + expected.get(i) + " but got " + got);
              }
              answered++;
            }
          }
          return answered;
        }));
      }
      start.countDown();
      int answered = 0;
      for (Future<Integer> f : done) {
        answered += f.get(5, TimeUnit.MINUTES); // a guard against a hang, not a speed test
      }
      assertThat(answered).isEqualTo(THREADS * ROUNDS * queries.size());
    } finally {
      pool.shutdownNow();
    }
    assertThat(mismatches).isEmpty();
    assertThat(queries).hasSizeGreaterThan(60);
    assertThat(expected).filteredOn(a -> a.contains("Exception")).hasSizeLessThan(10);
  }
}
