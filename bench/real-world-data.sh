#!/usr/bin/env bash
# Speed of reading the real world's data files (issue #12), in one JVM: all cities
# (src/main/resources/org/polycentric/world/data/cities.csv.gz, about 135,000 rows) and all
# countries, repeated; prints the cold first repetition and the best and median of the others.
#   bench/real-world-data.sh       10 repetitions
#   bench/real-world-data.sh 30    30 repetitions
# Timings belong here, not in the tests. Reading all cities should take well under 1 s after JIT.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Debian's Maven 3.8 writes colour resets even in batch mode: keep them out of the report
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt 2>&1 \
    | sed 's/\x1b\[[0-9;]*m//g' >&2
java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
    org.polycentric.world.data.RealWorldDataBench "$@"
