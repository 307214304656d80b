#!/usr/bin/env bash
# Cold start: whole-process wall time of a fresh JVM that loads the bundled dataset and prints
# Q1 (org.citygdp.bench.ColdStart) against one that prints "hello" (ColdStart$Hello), on the
# class path a user of gdp-data has (no benchmark peers). Runs alternate; medians.
# Usage: gdp-benchmarks/cold-start.sh [runs]     (default 11; needs a compiled tree: mvn package)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${1:-11}"
cpfile="$here/target/gdp-data.classpath"
if [ ! -s "$cpfile" ]; then
  (cd "$root" && mvn -B -q -o -pl gdp-data dependency:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile="$cpfile")
fi
# the project's own classes from the tree, its dependencies from the local repository
deps=$(tr ':' '\n' < "$cpfile" | grep -v '/org/citygdp/' | paste -sd: -)
cp="$here/target/classes:$root/gdp-data/target/classes:$root/gdp-core/target/classes:$deps"
java -cp "$cp" org.citygdp.bench.ColdStart > /dev/null 2>&1   # fill the page cache once
java -cp "$cp" 'org.citygdp.bench.ColdStart$Hello' > /dev/null

# For comparison only (not how users run it): the same cold start with an AppCDS archive of the
# classes it loads (JDK 13+ dynamic archive). CDS archives classes from jars only, so the three
# modules' classes are jarred first. COLD_START_APPCDS=0 skips it.
appcds="${COLD_START_APPCDS:-1}"
if [ "$appcds" != 0 ]; then
  cds="$here/target/cold-start-cds"
  rm -rf "$cds" && mkdir -p "$cds"
  for m in gdp-benchmarks gdp-data gdp-core; do
    dir="$here/target/classes"; [ "$m" = gdp-benchmarks ] || dir="$root/$m/target/classes"
    jar cf "$cds/$m.jar" -C "$dir" .
  done
  cdscp="$cds/gdp-benchmarks.jar:$cds/gdp-data.jar:$cds/gdp-core.jar:$deps"
  java -XX:ArchiveClassesAtExit="$cds/app.jsa" -cp "$cdscp" org.citygdp.bench.ColdStart \
    > /dev/null 2>&1
  java -XX:SharedArchiveFile="$cds/app.jsa" -cp "$cdscp" org.citygdp.bench.ColdStart \
    > /dev/null 2>&1
fi

now() { date +%s%N; }
hello=(); cold=(); load=(); cdscold=()
for i in $(seq "$runs"); do
  t0=$(now); java -cp "$cp" 'org.citygdp.bench.ColdStart$Hello' > /dev/null; t1=$(now)
  java -cp "$cp" org.citygdp.bench.ColdStart > /dev/null 2> "$here/target/cold-start.err"; t2=$(now)
  hello+=($(( (t1 - t0) / 1000000 )))
  cold+=($(( (t2 - t1) / 1000000 )))
  load+=($(awk '/^load_ms/ {print $2}' "$here/target/cold-start.err"))
  if [ "$appcds" != 0 ]; then
    t0=$(now)
    java -XX:SharedArchiveFile="$cds/app.jsa" -cp "$cdscp" org.citygdp.bench.ColdStart \
      > /dev/null 2>&1
    t1=$(now)
    cdscold+=($(( (t1 - t0) / 1000000 )))
  fi
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mh=$(median "${hello[@]}"); mc=$(median "${cold[@]}"); ml=$(median "${load[@]}")
echo "java: $(java -version 2>&1 | head -1)"
echo "runs: $runs"
echo "hello_ms: ${hello[*]}"
echo "coldstart_ms: ${cold[*]}"
echo "load_ms: ${load[*]}"
echo "median_hello_ms: $mh"
echo "median_coldstart_ms: $mc"
echo "median_load_ms: $ml"
awk -v c="$mc" -v h="$mh" 'BEGIN {printf "ratio_coldstart_to_hello: %.2f\n", c / h}'
# classes loaded before the answer: all, from the JDK's shared archive, and from the class path
classes() {
  java -Xlog:class+load -cp "$cp" "$1" 2>/dev/null | awk '/\[class,load\]/ {n++}
    /shared objects file/ {s++} /source: (file|jar):/ {c++; if (/guava/) g++}
    END {printf "%d (shared archive %d, class path %d, of which Guava %d)", n, s, c, g}'
}
echo "classes_coldstart: $(classes org.citygdp.bench.ColdStart)"
echo "classes_hello: $(classes 'org.citygdp.bench.ColdStart$Hello')"
if [ "$appcds" != 0 ]; then
  mx=$(median "${cdscold[@]}")
  echo "coldstart_appcds_ms: ${cdscold[*]}"
  echo "median_coldstart_appcds_ms: $mx   (for comparison only: needs an archive made by a training run)"
  awk -v c="$mx" -v h="$mh" 'BEGIN {printf "ratio_coldstart_appcds_to_hello: %.2f\n", c / h}'
fi
