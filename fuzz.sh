#!/usr/bin/env bash
# Fuzzes the Jazzer targets (the *FuzzTest classes) for a set time or number of runs, one target
# at a time, at the lowest CPU priority. See FUZZING.md.
#
#   ./fuzz.sh [-r RUNS] [SECONDS] [TARGET...]
#
#   SECONDS  how long to fuzz each target (default 60; 0 = no time limit, e.g. with -r)
#   -r RUNS  stop each target after RUNS executions (libFuzzer's -runs)
#   TARGET   Class#method, a class or a method name, e.g. UnitsFuzzTest#numberText, LoaderFuzzTest,
#            build; default: every target
#
#   ./fuzz.sh 600 LoaderFuzzTest         # each loader target for ten minutes
#   ./fuzz.sh -r 1000000 0 numberText    # one target, a million executions
#
# Each target's output goes to target/fuzz/<Class>-<method>.log; the last line printed per target
# is its execution count and rate. A finding fails the run: Jazzer writes the input as
# crash-<sha1> into the target's <Class>Inputs/<method>/ folder under src/test/resources, where
# `mvn test` replays it from then on (fix the bug, keep the file). The corpus grows in
# <module>/.cifuzz-corpus/ (git-ignored); delete it to start over.
set -euo pipefail
cd "$(dirname "$0")"

runs=""
if [[ "${1:-}" == "-r" ]]; then
  runs="${2:?-r needs a number of runs}"
  shift 2
fi
seconds="${1:-60}"
if [[ "$seconds" =~ ^[0-9]+$ ]]; then
  shift || true
else
  seconds=60
fi

# module, class and method of every target
all_targets=(
  gdp-core:UnitsFuzzTest#numberText
  gdp-core:UnitsFuzzTest#canonicalText
  gdp-core:UnitsFuzzTest#decimal
  gdp-core:ValuesFuzzTest#publicationDate
  gdp-core:ValuesFuzzTest#published
  gdp-core:ValuesFuzzTest#metricId
  gdp-core:DatasetBuilderFuzzTest#build
  gdp-data:LoaderFuzzTest#jsonDocument
  gdp-data:LoaderFuzzTest#datasetFiles
  gdp-data:LoaderFuzzTest#fields
)

selected=()
if [[ $# -eq 0 ]]; then
  selected=("${all_targets[@]}")
else
  for want in "$@"; do
    found=0
    for t in "${all_targets[@]}"; do
      name="${t#*:}"
      if [[ "$name" == "$want" || "${name%#*}" == "$want" || "${name#*#}" == "$want" ]]; then
        selected+=("$t")
        found=1
      fi
    done
    [[ $found == 1 ]] || { echo "unknown target '$want'; targets: ${all_targets[*]#*:}" >&2; exit 2; }
  done
fi

# Jazzer 0.24.0 writes broken bytecode for records with annotated components (@Nullable) when it
# instruments them for coverage (NoSuchFieldError in the constructor; fixed upstream after 0.24.0,
# jazzer PR #1009): those records are left uninstrumented. They hold no branching logic to speak of.
records="core.Observation core.Tier core.Figure core.Conflict core.LeftOut core.GrowthChange
  core.TierMove core.domain.Cluster core.domain.Source"
excludes=""
for r in $records; do excludes="${excludes:+$excludes:}org.citygdp.$r"; done

mkdir -p target/fuzz
status=0
for t in "${selected[@]}"; do
  module="${t%%:*}"
  test="${t#*:}"
  log="target/fuzz/${test/\#/-}.log"
  args=(-Djazzer.internal.arg.0=fuzz "-Djazzer.internal.arg.1=-max_total_time=$seconds"
    -Djazzer.internal.arg.2=-print_final_stats=1 "-Djazzer.instrumentation_excludes=$excludes")
  if [[ -n "$runs" ]]; then
    args+=("-Djazzer.internal.arg.3=-runs=$runs")
  fi
  # a finding is written into the target's inputs folder when it exists: make sure it does
  cls="${test%#*}"
  src=$(find "$module/src/test/java" -name "$cls.java" | head -1)
  pkg=$(dirname "${src#"$module/src/test/java/"}")
  mkdir -p "$module/src/test/resources/$pkg/${cls}Inputs/${test#*#}"
  echo "fuzzing $test (${runs:+$runs runs, }${seconds}s limit): $log"
  # -am builds gdp-core for gdp-data; -Dtest picks the one target; JAZZER_FUZZ switches from
  # replaying the inputs to fuzzing; the heap is capped for a shared machine
  if JAZZER_FUZZ=1 nice -n 19 mvn -B -o -q test -pl "$module" -am -Dtest="$test" \
      -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx1g "${args[@]}" >"$log" 2>&1; then
    result="ok"
  else
    result="FAILED (a finding, or a build error: see the log)"
    status=1
  fi
  executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  echo "  $test: ${executed:-?} executions, ${rate:-?}/s: $result"
  grep -a -h -o "crash-[0-9a-f]*" "$log" | sort -u | sed 's/^/  finding: /' || true
done
exit $status
