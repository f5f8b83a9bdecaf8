#!/usr/bin/env bash
# Decomposes each shipped scenario's effect against the baseline: the paired effect on its headline
# metric (same seeds), and how much of it goes when one mechanism is changed (issue #11's evidence).
#   bench/decompose.sh [REPLICATIONS]      (default 10; about 2-4 minutes on 2 cores)
# An analysis, not a test: it prints a table and asserts nothing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
    org.polycentric.experiment.ScenarioDecomposition "${1:-10}"
