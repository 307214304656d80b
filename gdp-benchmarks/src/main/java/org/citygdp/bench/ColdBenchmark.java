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

/**
 * Load then Q1, one shot per invocation: the cost of getting an answer from data already in
 * memory as Java arrays. DuckDB's is connect + create tables + append + prepare + query + close;
 * the frames' is building them; citygdp's is {@code Dataset.builder()...build()} from the same
 * arrays (x100), or {@code ChinaCities.loader().load()} from the bundled JSON (x1, so it includes
 * parsing). The JVM is warm; a fresh JVM is measured by {@code cold-start.sh}.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar ColdBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 2, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+UseParallelGC"})
public class ColdBenchmark {
  @Param({"x1", "x100", "x1000"})
  public String scale;

  @Param("2025")
  public int year;

  private Raw raw;

  @Setup(Level.Trial)
  public void setUp() {
    raw = Datasets.raw(scale);
  }

  @Benchmark
  public TierPyramid citygdpLoadQ1() {
    Citygdp c = new Citygdp(scale.equals("x1") ? ChinaCities.loader().load()
        : Datasets.toDataset(raw));
    return c.q1(year);
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
