#!/usr/bin/env bash
# The full benchmark run of issues 3 and 11: JMH (warm queries at x1, x100, x1000, x10000; the
# first query on a new dataset; load+Q1 single shots up to x15000), the memory footprint at
# x15000 (3.05M city-years), the cold start, then the results table.
# About 50 minutes on 2 cores. Run it in the background, it outlives a 10-minute shell:
#   nohup gdp-benchmarks/bench.sh > gdp-benchmarks/target/bench.log 2>&1 &
# Phases can be run alone: bench.sh [build] [jmh | jmh-small jmh-large jmh-first jmh-cold]
# [profile] [memory] [coldstart] [report]. The profile phase (-prof gc, -prof stack) is not in
# the default run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/results"
run="$here/target/run"   # a private copy of the jar: rebuilding target/ cannot break a run
phases="${*:-build jmh memory coldstart report}"
mkdir -p "$out" "$run"

has() { [[ " $phases " == *" $1 "* ]]; }
if has jmh; then phases="$phases jmh-small jmh-large jmh-first jmh-cold"; fi

if has build || [ ! -f "$run/benchmarks.jar" ]; then
  (cd "$root" && mvn -B -q -pl gdp-benchmarks -am package -Dmaven.test.skip=true)
  cp "$here/target/benchmarks.jar" "$run/benchmarks.jar"
  # which sources the jar was built from (the core may change between runs)
  { date -u +"built %FT%TZ"
    for m in gdp-core gdp-data; do
      printf '%s main sources sha256 %s\n' "$m" \
        "$(find "$root/$m/src/main" -type f | sort | xargs cat | sha256sum | cut -c1-16)"
    done; } > "$run/sources.txt"
fi
cp "$run/sources.txt" "$out/sources.txt" 2>/dev/null || true
jar="$run/benchmarks.jar"
jmh() { java -jar "$jar" "$@"; }  # forks: -Xms8g -Xmx8g -XX:+UseParallelGC (@Fork)
# Heap committed and touched when a fork starts: without it, the first pass of allocation through
# a fresh eden pays a page fault per 4 KB page, and an allocating query (Q2 at x1000, 65 KB per
# call) ran 3x slower until the first GC, which came late in the measured iterations.
small_heap='-Xms2g -Xmx2g -XX:+UseParallelGC -XX:+AlwaysPreTouch'
big_heap='-Xms8g -Xmx8g -XX:+UseParallelGC -XX:+AlwaysPreTouch'

# Warm queries: the fair hand loop, the recomputing hand loop, citygdp, streams and DFLib (the
# goals of issue 11 name these); Tablesaw and DuckDB at x100 and x1000 only (they are far behind
# and slow to set up at the large scales).
warm='QueryBenchmark\.(FairHandLoop|HandLoop|Streams|Dflib)Benchmark|CitygdpBenchmark'
if has jmh-small; then
  echo "$(date -u +%FT%TZ) (load average $(cut -d' ' -f1-3 /proc/loadavg))" > "$out/started.txt"
  # x1, x100, x1000: 2 forks x 5 measured iterations of 1 s (0.5 s left half the scores with
  # an error of 10 % or more), after 3 warm-up iterations of 0.5 s
  jmh "$warm" -p scale=x1,x100,x1000 -f 2 -wi 3 -w 500ms -i 5 -r 1s -jvmArgsAppend "$small_heap" \
    -rf json -rff "$out/jmh-small.json" | tee "$out/jmh-small.txt"
  jmh 'QueryBenchmark\.(Tablesaw|Duckdb)Benchmark' -p scale=x100,x1000 -f 1 -wi 3 -w 500ms \
    -i 5 -r 500ms -jvmArgsAppend "$small_heap" -rf json -rff "$out/jmh-peers.json" | tee "$out/jmh-peers.txt"
fi
if has jmh-large; then
  # x10000 (2.03M city-years): 1 fork (setup takes up to 30 s) x 6 iterations of 1 s after 3 of
  # 2 s (a 40 ms hand loop is compiled late: 2 x 1 s of warm-up measured its interpreter)
  jmh "$warm" -p scale=x10000 -f 1 -wi 3 -w 2s -i 6 -r 1s -jvmArgsAppend "$big_heap" \
    -rf json -rff "$out/jmh-large.json" | tee "$out/jmh-large.txt"
fi
if has jmh-first; then
  # the first query on a new dataset (a new Dataset and a new fair hand loop before every
  # invocation, untimed): 2 forks x 15 single shots after 5 at x1..x1000, 1 fork x 8 after 3 at
  # x10000 (each invocation's setup builds 290,000 cities)
  jmh 'FirstQueryBenchmark' -p scale=x1,x100,x1000 -f 2 -wi 5 -i 15 -jvmArgsAppend "$big_heap" \
    -rf json -rff "$out/jmh-first.json" | tee "$out/jmh-first.txt"
  jmh 'FirstQueryBenchmark' -p scale=x10000 -f 1 -wi 3 -i 8 -jvmArgsAppend "$big_heap" \
    -rf json -rff "$out/jmh-first-large.json" | tee "$out/jmh-first-large.txt"
fi
if has jmh-cold; then
  # load + Q1, single shots, every peer at x1..x1000; citygdp and DFLib at x15000 (3.05M
  # city-years: the loading goal of issue 11)
  jmh 'ColdBenchmark' -p scale=x1,x100,x1000 -f 2 -wi 3 -i 10 -rf json -rff "$out/jmh-cold.json" \
    | tee "$out/jmh-cold.txt"
  jmh 'ColdBenchmark\.(citygdp|dflib)LoadQ1' -p scale=x15000 -f 1 -wi 2 -i 5 \
    -rf json -rff "$out/jmh-cold-large.json" | tee "$out/jmh-cold-large.txt"
fi

if has profile; then
  # evidence for the core: bytes allocated per operation (gc) at x1 and x100, hottest frames
  # (stack) at x100
  jmh 'CitygdpBenchmark|HandLoopBenchmark' -p scale=x1,x100 -f 1 -wi 3 -w 500ms -i 3 -r 500ms \
    -prof gc > "$out/profile-gc.txt"
  jmh 'CitygdpBenchmark.q(1|3|4|5)' -p scale=x100 -f 1 -wi 3 -w 500ms -i 3 -r 1s \
    -prof 'stack:lines=6;top=12;detailLine=true' > "$out/profile-stack.txt"
fi

if has memory; then
  java -Xms16g -Xmx16g -Djdk.attach.allowAttachSelf=true -Djol.magicFieldOffset=true \
    -cp "$jar" org.citygdp.bench.Footprint x15000 3 | tee "$out/memory.txt"
fi

if has coldstart; then
  "$here/cold-start.sh" 11 | tee "$out/cold-start.txt"
fi

if has report; then
  java -cp "$jar" org.citygdp.bench.Report "$out" > "$out/RESULTS.md"
  echo "wrote $out/RESULTS.md"
fi
