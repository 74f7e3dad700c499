#!/usr/bin/env bash
# The aggregation benchmark (issue 4): police.uk street-level crime counted by LSOA × month × crime type
# with the engine's CountCube (CSV reading and parsing included) against DuckDB's read_csv + GROUP BY on
# one thread, in the same run. Prints both medians and the ratio.
# Usage: bench/aggregation-benchmark.sh [POLICE_UK_FOLDER] [RUNS]
#   POLICE_UK_FOLDER defaults to /work/shared/data/leicestershire/police_uk (29 monthly *-street.csv files).
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-/work/shared/data/leicestershire/police_uk}"
runs="${2:-7}"
./mvnw -q -B -pl analysis test-compile
./mvnw -q -B -Pbench -pl analysis dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/aggregation-classpath.txt
cp="analysis/target/test-classes:analysis/target/classes:$(cat analysis/target/aggregation-classpath.txt)"
exec java -Xmx2g -cp "$cp" org.csphub.analysis.aggregate.AggregationBenchmark "$data" "$runs"
