package org.citygdp.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.citygdp.bench.data.Datasets;
import org.citygdp.bench.data.Raw;
import org.citygdp.bench.impl.Dflib;
import org.citygdp.bench.impl.Duckdb;
import org.citygdp.bench.impl.HandLoop;
import org.citygdp.bench.impl.Streams;
import org.citygdp.bench.impl.Tablesaw;
import org.citygdp.core.Dataset;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained heap per city-year of each implementation's loaded data, measured as the growth of the
 * used heap after full GCs, with the generator's arrays already garbage (median of several
 * repetitions); for citygdp after the six benchmark queries (their caches included), and also
 * JOL's {@code GraphLayout} of the {@code Dataset}, split into the {@code City} records with their
 * text and the rest, with the classes that take the most. DuckDB keeps its tables in native
 * memory: reported from {@code duckdb_memory()} next to its (small) heap share.
 *
 * <p>Run: {@code java -Xms16g -Xmx16g -Djdk.attach.allowAttachSelf=true -cp
 * target/benchmarks.jar org.citygdp.bench.Footprint x10000 3} (what {@code bench.sh memory} does);
 * further arguments name the only implementations to measure, e.g. {@code citygdp}.
 */
public final class Footprint {
  private Footprint() {}

  public static void main(String[] args) throws Exception {
    String scale = args.length > 0 ? args[0] : "x10000";
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Raw probe = Datasets.raw(scale);
    long cityYears = probe.cityYears();
    System.out.printf("scale %s: %d cities, %d city-years, %d city figures (%.2f per city-year)%n",
        scale, probe.cityCount(), cityYears, probe.observationCount(),
        (double) probe.observationCount() / cityYears);
    probe = null;
    Map<String, Function<Raw, Object>> impls = new java.util.LinkedHashMap<>();
    impls.put("citygdp", Footprint::citygdpAfterQueries);
    impls.put("hand loop", HandLoop::new);
    impls.put("streams", Streams::new);
    impls.put("dflib", Dflib::new);
    impls.put("tablesaw", Tablesaw::new);
    impls.put("duckdb", Duckdb::new);
    System.out.println("implementation | retained heap bytes per city-year (median; all runs)"
        + " | native bytes per city-year");
    Dataset kept = null;
    if (args.length > 2) { // only the named implementations, e.g. "citygdp"
      impls.keySet().retainAll(Arrays.asList(args).subList(2, args.length));
    }
    for (Map.Entry<String, Function<Raw, Object>> e : impls.entrySet()) {
      long[] heap = new long[reps];
      long nativeBytes = 0;
      for (int r = 0; r < reps; r++) {
        long before = usedAfterGc();
        Object loaded = e.getValue().apply(Datasets.raw(scale)); // the raw arrays become garbage
        long after = usedAfterGc();
        heap[r] = after - before;
        if (loaded instanceof Duckdb d) {
          nativeBytes = duckdbMemory(d);
        }
        if (loaded instanceof Dataset ds && r == reps - 1) {
          kept = ds;
        }
        if (loaded instanceof AutoCloseable c) {
          c.close();
        }
        java.lang.ref.Reference.reachabilityFence(loaded);
        loaded = null;
      }
      long[] sorted = heap.clone();
      Arrays.sort(sorted);
      long median = sorted[reps / 2];
      System.out.printf("%s | %.1f | %s | %s%n", e.getKey(), (double) median / cityYears,
          Arrays.toString(Arrays.stream(heap).mapToObj(h -> String.format("%.1f",
              (double) h / cityYears)).toArray()),
          nativeBytes == 0 ? "-" : String.format("%.1f", (double) nativeBytes / cityYears));
    }
    if (kept != null) {
      GraphLayout layout = GraphLayout.parseInstance(kept);
      System.out.printf("citygdp Dataset, JOL GraphLayout: %d bytes, %d objects, %.1f bytes per"
          + " city-year%n", layout.totalSize(), layout.totalCount(),
          (double) layout.totalSize() / cityYears);
      long cities = GraphLayout.parseInstance(kept.cities()).totalSize();
      System.out.printf("  of which the City records and their text (ids, names, province,"
          + " division code, clusters): %d bytes, %.1f bytes per city-year; the rest (columns,"
          + " provenance, indexes, caches): %.1f bytes per city-year%n", cities,
          (double) cities / cityYears, (double) (layout.totalSize() - cities) / cityYears);
      System.out.println(top(layout.toFootprint(), 16));
    }
  }

  /**
   * The dataset after the six benchmark queries (years 2025 and 2024, as of 2025-03-01, as in
   * {@code QueryBenchmark}) with every answer read, so that the caches they fill are measured.
   */
  private static Dataset citygdpAfterQueries(Raw raw) {
    Dataset ds = Datasets.toDataset(raw);
    org.citygdp.bench.impl.Citygdp q = new org.citygdp.bench.impl.Citygdp(ds);
    java.time.LocalDate asOf = java.time.LocalDate.parse("2025-03-01");
    long read = q.q1(2025).asMap().size() + q.q2(2025).size() + q.q3(2025, 2024).size()
        + q.q4(2025).stream().mapToInt(t -> t.rows().size()).sum();
    org.citygdp.core.GrowthChanges changes = q.q5(2025, 2024);
    for (int i = 0; i < changes.size(); i++) {
      read += changes.changeOrNull(i) == null ? 0 : 1;
    }
    read += q.q6(2024, asOf).size();
    if (read < 0) {
      throw new AssertionError();
    }
    return ds;
  }

  /** The header and the {@code lines} classes that take the most bytes, then the total. */
  private static String top(String footprint, int lines) {
    String[] all = footprint.split("\n");
    List<String> rows = new ArrayList<>();
    String header = "";
    String total = "";
    for (String l : all) {
      String t = l.trim();
      if (t.startsWith("COUNT")) {
        header = l;
      } else if (t.endsWith("(total)")) {
        total = l;
      } else if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
        rows.add(l);
      }
    }
    rows.sort(Comparator.comparingLong((String l) -> Long.parseLong(l.trim().split("\\s+")[2]))
        .reversed());
    StringBuilder out = new StringBuilder(header).append('\n');
    rows.stream().limit(lines).forEach(l -> out.append(l).append('\n'));
    return out.append("  ...\n").append(total).append('\n').toString();
  }

  private static long duckdbMemory(Duckdb d) throws Exception {
    java.lang.reflect.Field f = Duckdb.class.getDeclaredField("connection");
    f.setAccessible(true);
    Connection c = (Connection) f.get(d);
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT sum(memory_usage_bytes) FROM duckdb_memory()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 6; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
