package org.citygdp.bench;

import java.util.concurrent.TimeUnit;
import org.citygdp.bench.data.Datasets;
import org.citygdp.bench.data.Raw;
import org.citygdp.bench.impl.Citygdp;
import org.citygdp.bench.impl.Dflib;
import org.citygdp.bench.impl.Duckdb;
import org.citygdp.bench.impl.Results;
import org.citygdp.bench.impl.Tablesaw;
import org.citygdp.core.TierPyramid;
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

/**
 * Load then Q1, one shot per invocation: the cost of getting an answer from data already in
 * memory as Java arrays. DuckDB's is connect + create tables + append + prepare + query + close;
 * the frames' is building them; citygdp's is {@code Dataset.builder()...build()} from the same
 * arrays, at every scale (x1: the bundled data's GDP and growth figures, as the peers get them;
 * {@code ChinaCities.load()} itself loads once per JVM, and {@code cold-start.sh} measures it in a
 * fresh one). The JVM is warm.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar ColdBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 2, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+UseParallelGC", "-XX:+AlwaysPreTouch"})
public class ColdBenchmark {
  @Param({"x1", "x100", "x1000"})
  public String scale;

  @Param("2025")
  public int year;

  private Raw raw;
  private Datasets.SourcePlan sources;

  @Setup(Level.Trial)
  public void setUp() {
    raw = Datasets.raw(scale);
    sources = Datasets.sourcePlan(raw);
  }

  @Benchmark
  public TierPyramid citygdpLoadQ1() {
    return new Citygdp(Datasets.toDataset(raw, sources)).q1(year);
  }

  @Benchmark
  public Results.Tiers duckdbConnectLoadQ1() {
    try (Duckdb d = new Duckdb(raw)) {
      return d.q1(year);
    }
  }

  @Benchmark
  public Results.Tiers dflibLoadQ1() {
    return new Dflib(raw).q1(year);
  }

  @Benchmark
  public Results.Tiers tablesawLoadQ1() {
    return new Tablesaw(raw).q1(year);
  }
}
