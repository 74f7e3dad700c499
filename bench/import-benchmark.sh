#!/usr/bin/env bash
# The import benchmark (issue 3): parse + assign alone, end to end into H2 and PostgreSQL, the raw
# PostgreSQL COPY baseline, and peak heap importing ~6 million rows with the heap capped at 1 GiB.
# Usage: bench/import-benchmark.sh [DATA_FOLDER] [POSTGRES_JDBC_URL] [COPIES]
#   DATA_FOLDER defaults to ../shared/data/leicestershire (police_uk/ and boundaries/ inside it).
#   POSTGRES_JDBC_URL defaults to a scratch database csphub_bench on 127.0.0.1:5432 (created here).
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/leicestershire}"
url="${2:-jdbc:postgresql://127.0.0.1:5432/csphub_bench}"
copies="${3:-25}"
if [ "$url" = "jdbc:postgresql://127.0.0.1:5432/csphub_bench" ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -q -c 'DROP DATABASE IF EXISTS csphub_bench' -c 'CREATE DATABASE csphub_bench'
fi
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
cp="app/target/test-classes:app/target/classes:analysis/target/classes:$(cat app/target/classpath.txt)"
# One core for the parse + assign figure is the JIT's and GC's too: -XX:ActiveProcessorCount=1 keeps
# the JVM from counting on the second core. The heap is capped at 1 GiB for the 6-million-row run.
exec java -Xmx1g -XX:ActiveProcessorCount=1 -cp "$cp" org.csphub.incidents.internal.ImportBenchmark "$data" "$url" "$copies"
