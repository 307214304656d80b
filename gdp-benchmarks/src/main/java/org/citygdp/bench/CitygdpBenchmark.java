package org.citygdp.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.citygdp.bench.data.Datasets;
import org.citygdp.bench.impl.Citygdp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The six queries with citygdp's fluent API (see {@link Citygdp} for the code of each), warm, on
 * a {@code Dataset} built once per fork: the bundled one at x1, one built with
 * {@code Dataset.builder()} from the generator at the synthetic scales. Same methods and
 * parameters as {@link QueryBenchmark}, whose peers it is compared with in the same run.
 *
 * <p>Every benchmark reads its answer inside the timed call the way a user reads it (see {@link
 * CitygdpReads}): the ids, every row and every value, into a {@link Blackhole}. A lazy result
 * returned unread would time almost nothing.
 *
 * <p>Q6 calls {@code dataset.asOf(date)} on every invocation; citygdp caches resolved views per
 * date, so from the second invocation on it is two Q2s on cached views.
 * {@link FirstQueryBenchmark} times the same queries as the first on a new dataset.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar CitygdpBenchmark -p scale=x1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+UseParallelGC"})
public class CitygdpBenchmark {
  /** x1: the bundled dataset (337 cities x 7 years); x100 to x15000: synthetic, 29 cities x factor. */
  @Param({"x1", "x100", "x1000", "x10000"})
  public String scale;

  @Param("2025")
  public int year;

  @Param("2024")
  public int previousYear;

  @Param("2025-03-01")
  public String asOf;

  private Citygdp citygdp;
  private LocalDate asOfDate;

  @Setup(Level.Trial)
  public void setUp() {
    citygdp = new Citygdp(Datasets.dataset(scale));
    asOfDate = LocalDate.parse(asOf);
  }

  /** Q1: {@code dataset.year(year).tiers()}, every tier's member ids and the missing ids read. */
  @Benchmark
  public void q1Tiers(Blackhole bh) {
    CitygdpReads.tiers(citygdp.q1(year), bh);
  }

  /** Q2: {@code cities().where(REAL_GROWTH.above(nationalGrowth())).orderByDescending(REAL_GROWTH).ids()}. */
  @Benchmark
  public void q2FasterThanNation(Blackhole bh) {
    CitygdpReads.ids(citygdp.q2(year), bh);
  }

  /** Q3: {@code compare(year, previousYear).newcomersIncludingUnpublished(TRILLION_CLUB).ids()}. */
  @Benchmark
  public void q3Newcomers(Blackhole bh) {
    CitygdpReads.ids(citygdp.q3(year, previousYear), bh);
  }

  /** Q4: {@code cities().groupBy(CLUSTER)} and {@code groupBy(REGION)}, every row's values read. */
  @Benchmark
  public void q4Groups(Blackhole bh) {
    CitygdpReads.groups(citygdp.q4(year), bh);
  }

  /** Q5: {@code compare(year, previousYear).growthChanges()}, every row (id, change) read. */
  @Benchmark
  public void q5GrowthChanges(Blackhole bh) {
    CitygdpReads.changes(citygdp.q5(year, previousYear), bh);
  }

  /** Q6: Q2 of {@code previousYear} on {@code asOf(date)} and on the latest release. */
  @Benchmark
  public void q6AsOfVsLatest(Blackhole bh) {
    for (java.util.List<String> ids : citygdp.q6(previousYear, asOfDate)) {
      CitygdpReads.ids(ids, bh);
    }
  }
}
