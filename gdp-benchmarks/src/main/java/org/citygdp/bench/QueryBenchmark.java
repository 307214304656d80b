package org.citygdp.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.citygdp.bench.data.Datasets;
import org.citygdp.bench.impl.Queries;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The six queries (see {@link Queries}) on one peer implementation, warm: the data is loaded once
 * per fork in {@link #setUp}, and each invocation runs one query and reads its whole result (ids,
 * rows, values) into a {@link Blackhole}, as {@link CitygdpBenchmark} reads citygdp's. Each
 * subclass names one peer; {@link CitygdpBenchmark} has the same methods and parameters, so
 * results line up by method and {@code scale}.
 *
 * <p>Run one peer, one scale: {@code java -jar target/benchmarks.jar 'DuckdbBenchmark' -p
 * scale=x100}; everything: {@code ./bench.sh}. Defaults below are for a quick look; the scripts
 * set the forks and iterations of the published run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+UseParallelGC"})
public abstract class QueryBenchmark {
  /** x1: the bundled dataset (337 cities x 7 years); x100 to x15000: synthetic, 29 cities x factor. */
  @Param({"x1", "x100", "x1000", "x10000"})
  public String scale;

  /** The year of Q1, Q2 and Q4, and the later year of Q3. */
  @Param("2025")
  public int year;

  /** The earlier year of Q3; the year Q6 looks at. */
  @Param("2024")
  public int previousYear;

  /** Q6's as-of date: only the preliminary figures of {@link #previousYear} were out by then. */
  @Param("2025-03-01")
  public String asOf;

  private Queries queries;
  private LocalDate asOfDate;

  /** Loads the peer with the data of {@link #scale}. */
  protected abstract Queries load(String scale);

  @Setup(Level.Trial)
  public void setUp() {
    queries = load(scale);
    asOfDate = LocalDate.parse(asOf);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    queries.close();
  }

  /** Q1: the tier pyramid of {@link #year}. */
  @Benchmark
  public void q1Tiers(Blackhole bh) {
    ResultsReads.tiers(queries.q1(year), bh);
  }

  /** Q2: cities above the national real growth of {@link #year}, fastest first. */
  @Benchmark
  public void q2FasterThanNation(Blackhole bh) {
    ResultsReads.ids(queries.q2(year), bh);
  }

  /**
   * Q3: newcomers to the trillion-yuan club in {@link #year} over {@link #previousYear}, a city
   * without a GDP figure in {@link #previousYear} counting as below.
   */
  @Benchmark
  public void q3Newcomers(Blackhole bh) {
    ResultsReads.ids(queries.q3(year, previousYear), bh);
  }

  /** Q4: members, GDP, weighted growth and share of national GDP by cluster and by region. */
  @Benchmark
  public void q4Groups(Blackhole bh) {
    ResultsReads.groups(queries.q4(year), bh);
  }

  /** Q5: the change in real growth (pp) of every city, {@link #year} over {@link #previousYear}. */
  @Benchmark
  public void q5GrowthChanges(Blackhole bh) {
    ResultsReads.changes(queries.q5(year, previousYear), bh);
  }

  /** Q6: Q2 of {@link #previousYear} as of {@link #asOf}, and in the latest release. */
  @Benchmark
  public void q6AsOfVsLatest(Blackhole bh) {
    ResultsReads.asOfVsLatest(queries.q6(previousYear, asOfDate), bh);
  }

  /** The hand-written loop over primitive arrays, recomputing everything on each call. */
  public static class HandLoopBenchmark extends QueryBenchmark {
    @Override
    protected Queries load(String scale) {
      return new org.citygdp.bench.impl.HandLoop(Datasets.raw(scale));
    }
  }

  /**
   * The fair hand loop: the hand loop keeping, between queries, the orders and as-of views citygdp
   * keeps (see {@link org.citygdp.bench.impl.HandLoopCached}).
   */
  public static class FairHandLoopBenchmark extends QueryBenchmark {
    @Override
    protected Queries load(String scale) {
      return new org.citygdp.bench.impl.HandLoopCached(Datasets.raw(scale));
    }
  }

  /** Plain Java streams over a list of records. */
  public static class StreamsBenchmark extends QueryBenchmark {
    @Override
    protected Queries load(String scale) {
      return new org.citygdp.bench.impl.Streams(Datasets.raw(scale));
    }
  }

  /** DFLib 1.2.0 data frames. */
  public static class DflibBenchmark extends QueryBenchmark {
    @Override
    protected Queries load(String scale) {
      return new org.citygdp.bench.impl.Dflib(Datasets.raw(scale));
    }
  }

  /** Tablesaw 0.44.4 tables. */
  public static class TablesawBenchmark extends QueryBenchmark {
    @Override
    protected Queries load(String scale) {
      return new org.citygdp.bench.impl.Tablesaw(Datasets.raw(scale));
    }
  }

  /** DuckDB JDBC 1.5.6.0 in process, tables loaded, prepared statements (warm). */
  public static class DuckdbBenchmark extends QueryBenchmark {
    @Override
    protected Queries load(String scale) {
      return new org.citygdp.bench.impl.Duckdb(Datasets.raw(scale));
    }
  }
}
