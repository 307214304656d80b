package org.citygdp.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.citygdp.bench.data.Datasets;
import org.citygdp.bench.data.Raw;
import org.citygdp.bench.impl.Citygdp;
import org.citygdp.bench.impl.HandLoopCached;
import org.citygdp.data.ChinaCities;
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
 * The first query on a new dataset, beside the warm figures of {@link CitygdpBenchmark} and
 * {@link QueryBenchmark.FairHandLoopBenchmark}: before each invocation (untimed) a new citygdp
 * {@code Dataset} is built (loaded from the bundled JSON at x1, with {@code Dataset.builder()} from
 * the generator's arrays at x100 and x10000), and a new fair hand loop from the same arrays; the timed call is one query on it, its answer read whole.
 * So citygdp pays here for what it computes on first use and keeps (orders, group indexes, as-of
 * views), and the fair hand loop for what it keeps likewise. The JVM itself is warm.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar FirstQueryBenchmark -p scale=x100}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 20)
@Fork(value = 2, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+UseParallelGC"})
public class FirstQueryBenchmark {
  @Param({"x1", "x100", "x1000", "x10000"})
  public String scale;

  @Param("2025")
  public int year;

  @Param("2024")
  public int previousYear;

  @Param("2025-03-01")
  public String asOf;

  private Raw raw;
  private LocalDate asOfDate;
  private Citygdp citygdp;
  private HandLoopCached hand;

  @Setup(Level.Trial)
  public void load() {
    raw = Datasets.raw(scale);
    asOfDate = LocalDate.parse(asOf);
  }

  /** A new dataset and a new fair hand loop, untimed, before every invocation. */
  @Setup(Level.Invocation)
  public void fresh() {
    citygdp = new Citygdp(scale.equals("x1") ? ChinaCities.loader().load()
        : Datasets.toDataset(raw));
    hand = new HandLoopCached(raw);
  }

  @Benchmark
  public void citygdpQ1Tiers(Blackhole bh) {
    CitygdpReads.tiers(citygdp.q1(year), bh);
  }

  @Benchmark
  public void citygdpQ2FasterThanNation(Blackhole bh) {
    CitygdpReads.ids(citygdp.q2(year), bh);
  }

  @Benchmark
  public void citygdpQ3Newcomers(Blackhole bh) {
    CitygdpReads.ids(citygdp.q3(year, previousYear), bh);
  }

  @Benchmark
  public void citygdpQ4Groups(Blackhole bh) {
    CitygdpReads.groups(citygdp.q4(year), bh);
  }

  @Benchmark
  public void citygdpQ5GrowthChanges(Blackhole bh) {
    CitygdpReads.changes(citygdp.q5(year, previousYear), bh);
  }

  @Benchmark
  public void citygdpQ6AsOfVsLatest(Blackhole bh) {
    for (List<String> ids : citygdp.q6(previousYear, asOfDate)) {
      CitygdpReads.ids(ids, bh);
    }
  }

  @Benchmark
  public void handQ1Tiers(Blackhole bh) {
    ResultsReads.tiers(hand.q1(year), bh);
  }

  @Benchmark
  public void handQ2FasterThanNation(Blackhole bh) {
    ResultsReads.ids(hand.q2(year), bh);
  }

  @Benchmark
  public void handQ3Newcomers(Blackhole bh) {
    ResultsReads.ids(hand.q3(year, previousYear), bh);
  }

  @Benchmark
  public void handQ4Groups(Blackhole bh) {
    ResultsReads.groups(hand.q4(year), bh);
  }

  @Benchmark
  public void handQ5GrowthChanges(Blackhole bh) {
    ResultsReads.changes(hand.q5(year, previousYear), bh);
  }

  @Benchmark
  public void handQ6AsOfVsLatest(Blackhole bh) {
    ResultsReads.asOfVsLatest(hand.q6(previousYear, asOfDate), bh);
  }
}
