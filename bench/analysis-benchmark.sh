#!/usr/bin/env bash
# Analysis engine benchmarks: plain main classes under analysis/src/test/java, outside the test suite.
# Each prints its figures against a baseline measured in the same run.
# Usage: bench/analysis-benchmark.sh [MAIN_CLASS ...]   (default: every class in BENCHMARKS below)
# Runs single-threaded: the JVM is told it has one processor (-XX:ActiveProcessorCount=1).
set -euo pipefail
cd "$(dirname "$0")/.."

# Add new benchmark classes here, one per line.
BENCHMARKS=(
  org.csphub.analysis.hotspot.HotspotBenchmark
)

if [ "$#" -gt 0 ]; then
  BENCHMARKS=("$@")
fi

./mvnw -q -B -pl analysis test-compile
./mvnw -q -B -pl analysis dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark-classpath.txt
cp="analysis/target/test-classes:analysis/target/classes:$(cat analysis/target/benchmark-classpath.txt)"

for benchmark in "${BENCHMARKS[@]}"; do
  echo "== ${benchmark}"
  java -Xmx2g -XX:ActiveProcessorCount=1 -XX:+UseSerialGC -cp "$cp" "$benchmark"
done
