#!/usr/bin/env bash
# Time to build the real-data world (issue #12), in one JVM, repeated: scenarios/world-2005.json as
# shipped (every city of at least 100,000 people) and with the floor at 1,000 people (about 107,000
# cities). The first build also reads the data files (bench/real-world-data.sh times that alone).
#   bench/real-world-build.sh      5 repetitions
#   bench/real-world-build.sh 10   10 repetitions
# Targets: under 1 s and under 10 s. Timings belong here, not in the tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt 2>&1 \
    | sed 's/\x1b\[[0-9;]*m//g' >&2
java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
    org.polycentric.world.RealWorldBuildBench "$@"
