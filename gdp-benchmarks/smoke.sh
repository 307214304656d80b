#!/usr/bin/env bash
# Smoke mode for CI: every benchmark once, briefly, at x1 and x100, so none of them rots.
# Not a measurement. Builds the uber-jar if it is missing (`mvn verify` builds it too).
# Usage: gdp-benchmarks/smoke.sh            (from anywhere; about a minute)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
  (cd "$here/.." && mvn -B -q -pl gdp-benchmarks -am package -Dmaven.test.skip=true)
fi
out="$(mktemp -d)"
# -f 0: in this JVM; one 100 ms iteration, no warm-up; -foe: fail on the first error.
if ! java -Xmx4g -jar "$jar" 'org.citygdp.bench.*' -f 0 -wi 0 -i 1 -r 100ms -foe true \
    -p scale=x1,x100 -rf json -rff "$out/smoke.json" > "$out/smoke.log" 2>&1; then
  tail -40 "$out/smoke.log" >&2
  echo "smoke: a benchmark failed" >&2
  exit 1
fi
sed -n '/^Benchmark /,$p' "$out/smoke.log"
# the JSON has one entry per benchmark and scale: 7 x 6 warm (citygdp, the hand loop, the fair hand
# loop and four peers) + 4 cold + 12 first-query, at 2 scales
count=$(grep -c '"benchmark"' "$out/smoke.json")
echo "smoke: $count benchmark runs"
[ "$count" -ge 116 ] || { echo "smoke: expected at least 116 benchmark runs, got $count" >&2; exit 1; }
rm -rf "$out"
