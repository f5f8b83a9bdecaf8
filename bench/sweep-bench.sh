#!/usr/bin/env bash
# Sweep benchmark of issue #13 (point 6): a sweep of N baseline runs (default 1,000) on all cores
# in a Java heap capped at 256 MB (memory does not grow with the runs), and the speed-up from one
# thread to two on a share of them (parallel efficiency = speed-up / threads). Wall times of whole
# commands, JVM start and the compiler's warm-up included; peak memory (RSS) of each.
#   bench/sweep-bench.sh           1,000 runs, and 400 runs on 1 and on 2 threads
#   bench/sweep-bench.sh 200 40    200 runs, and 40 on 1 and on 2 threads
# Timings belong here, not in the tests. Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-1000}
share=${2:-400}
./polycentric --version >/dev/null   # build the jar first, so no case pays for it
work=$(mktemp -d /tmp/polycentric-sweep-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# The baseline itself, R times: one point (the baseline's own end year), R replications.
experiment() { # NAME REPLICATIONS
    cat >"$work/$1.json" <<JSON
{
  "name": "$1",
  "description": "The baseline scenario, $2 replications: a sweep of one point for timing.",
  "scenario": "$PWD/scenarios/baseline.json",
  "seed": 1,
  "replications": $2,
  "parameters": [ { "path": "time.endYear", "values": [2060] } ],
  "design": { "kind": "factorial" },
  "outcomes": [
    { "name": "pledged2030", "metric": "pledged_share", "kind": "atYear", "year": 2030 },
    { "name": "yearHalf", "metric": "pledged_share", "kind": "yearReaching", "level": 0.5 },
    { "name": "pledgedFinal", "metric": "pledged_share", "kind": "final" }
  ]
}
JSON
}

sweep() { # NAME THREADS -> prints "seconds peakMB" (POLYCENTRIC_JAVA_OPTS as set by the caller)
    /usr/bin/time -f "%e %M" -o "$work/time" ./polycentric sweep "$work/$1.json" --threads "$2" -q \
        --out "$work/out-$1-$2" >"$work/log-$1-$2"
    read -r t m <"$work/time"
    echo "$t $((m / 1024))"
}

echo "Polycentric $(./polycentric --version | head -1) on $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
experiment share "$share"
read -r t1 m1 < <(sweep share 1)
read -r t2 m2 < <(sweep share 2)
cmp -s "$work/out-share-1/runs.csv" "$work/out-share-2/runs.csv" || { echo "runs.csv differs between 1 and 2 threads"; exit 1; }
awk -v t1="$t1" -v t2="$t2" -v n="$share" -v m1="$m1" -v m2="$m2" 'BEGIN {
    printf "%d baseline runs: 1 thread %.1f s (%d MB), 2 threads %.1f s (%d MB): speed-up %.2f, parallel efficiency %.0f%%\n",
        n, t1, m1, t2, m2, t1 / t2, 100 * t1 / (2 * t2) }'
experiment all "$runs"
read -r t m < <(POLYCENTRIC_JAVA_OPTS=-Xmx256m sweep all "$(nproc)")
grep "threads busy" "$work/log-all-$(nproc)" || true
awk -v t="$t" -v n="$runs" -v m="$m" -v c="$(nproc)" 'BEGIN {
    printf "%d baseline runs on %d threads, Java heap at most 256 MB: %.1f s (%.1f min, %.2f s per run), peak RSS %d MB\n", n, c, t, t / 60, t / n, m }'
