#!/usr/bin/env bash
# The Knox benchmark (issue 4): the near-repeat Knox test on Chicago's 11,701 burglaries of 2016 with the
# reference bands and 99 permutations, on one thread, against a naive all-pairs count measured in the
# same run and the published Python figure. See analysis/src/test/java/.../nearrepeat/KnoxBenchmark.java.
# Usage: bench/knox-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl analysis test-compile
./mvnw -q -B -pl analysis dependency:build-classpath -Dmdep.outputFile=target/knox-classpath.txt
cp="analysis/target/test-classes:analysis/target/classes:$(cat analysis/target/knox-classpath.txt)"
# One thread of work: -XX:ActiveProcessorCount=1 keeps the JIT and GC from counting on a second core.
exec java -XX:ActiveProcessorCount=1 -cp "$cp" org.csphub.analysis.nearrepeat.KnoxBenchmark
