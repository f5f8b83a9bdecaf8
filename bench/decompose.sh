#!/usr/bin/env bash
# Decomposes each shipped scenario's effect against the baseline (issue #11): the paired effect on
# the measures its description names (same seeds), and the share of it removed when a mechanism or
# one of its channels is switched off in both. It is the causal-path test
# (src/test/java/org/polycentric/experiment/ScenarioCausalPathsTest.java) with more replications:
#   bench/decompose.sh [REPLICATIONS]      (default 20; about 2 minutes on 2 cores)
# It prints the table (and fails, as the test does, if a scenario's claim does not hold).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q test -Dtest=ScenarioCausalPathsTest -Dsurefire.failIfNoSpecifiedTests=false \
    -DcausalPaths.replications="${1:-20}" -Dsurefire.printSummary=false
