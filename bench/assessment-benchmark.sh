#!/usr/bin/env bash
# The strategic assessment benchmark (issue 5): every section computed for the demo district (Charnwood,
# ~35,000 incidents) and for the whole Leicestershire force (241,803 rows, all 611 LSOAs as the borough),
# with the time of each step (reading the data, each section, then the HTML report, the PDF/UA and the
# XLSX) and the total.
# Usage: bench/assessment-benchmark.sh [DATA_FOLDER] [h2|postgres|JDBC_URL] [RUNS] [PREVIEW_FOLDER]
#   DATA_FOLDER defaults to /work/shared/data/leicestershire (police_uk/, boundaries/ and reference/ inside).
#   h2 (the default) uses in-memory databases; postgres two scratch databases on 127.0.0.1:5432,
#   csphub_assessment_bench_district and _force, created here; or a JDBC URL to which _district and
#   _force are appended (those databases must exist; user postgres, no password).
#   RUNS: timed runs after one warm-up (default 5). PREVIEW_FOLDER: write each assessment as HTML there.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-/work/shared/data/leicestershire}"
db="${2:-h2}"
runs="${3:-5}"
preview="${4:-}"
if [ "$db" = "postgres" ]; then
  for name in district force; do
    psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS csphub_assessment_bench_$name" \
      -c "CREATE DATABASE csphub_assessment_bench_$name"
  done
  db="jdbc:postgresql://127.0.0.1:5432/csphub_assessment_bench"
fi
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
cp="app/target/test-classes:app/target/classes:analysis/target/classes:$(cat app/target/classpath.txt)"
# The work runs on one thread; -XX:ActiveProcessorCount=1 keeps the JIT and GC to one core as well.
exec java -Xmx2g -XX:ActiveProcessorCount=1 -cp "$cp" org.csphub.assessment.internal.AssessmentBenchmark \
  "$data" "$db" "$runs" $preview
