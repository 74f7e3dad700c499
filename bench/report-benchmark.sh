#!/usr/bin/env bash
# Report rendering benchmark: a plain main class under app/src/test/java, outside the test suite.
# Times the HTML fragment, the PDF (with a no-figures PDF as the baseline), the XLSX and the CSV zip of a
# large synthetic report (15 sections, 40 tables, 20 figures including a grid map of 5,000 squares).
# Usage: bench/report-benchmark.sh      (one thread: the JVM is told it has one processor)
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -pl app -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark-classpath.txt
cp="app/target/test-classes:app/target/classes:analysis/target/classes:$(cat app/target/benchmark-classpath.txt)"

java -Xmx2g -XX:ActiveProcessorCount=1 -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$cp" org.csphub.reporting.ReportBenchmark
