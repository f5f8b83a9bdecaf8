#!/usr/bin/env bash
# Speed of drawing charts, in one JVM and without a run: a run's full chart set (seven time charts
# and a map of 5,000 cities) as PNG, SVG and PDF on one thread, repeated; prints the cold first
# repetition and the best and median of the others, in all and per format.
#   bench/chart-bench.sh       5 repetitions
#   bench/chart-bench.sh 10    10 repetitions
# Timings belong here, not in the tests. bench/run-bench.sh times the chart command as a user types it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Debian's Maven 3.8 writes colour resets even in batch mode: keep them out of the report
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt 2>&1 \
    | sed 's/\x1b\[[0-9;]*m//g' >&2
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
    org.polycentric.output.charts.ChartBench "$@"
