#!/usr/bin/env bash
# Speed benchmark of issue #3: wall time of whole commands, JVM start included, as a user sees it.
#   bench/run-bench.sh            all cases
#   bench/run-bench.sh quick      baseline cases only
# Prints one line per case: the best and median of several repetitions, and peak memory (RSS).
# Timings belong here, not in the tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./polycentric --version >/dev/null   # build the jar first, so no case pays for it
work=$(mktemp -d /tmp/polycentric-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# case NAME REPEATS ARGS...: runs ./polycentric ARGS with a fresh --out each time (and --quiet for run)
case_() {
    local name=$1 repeats=$2
    shift 2
    local times=() rss=0
    for ((k = 0; k < repeats; k++)); do
        local out="$work/$name-$k"
        local quiet=()
        [[ "$1" == run ]] && quiet=(--quiet)
        /usr/bin/time -f "%e %M" -o "$work/time" ./polycentric "$@" "${quiet[@]}" --out "$out" >/dev/null
        read -r t m <"$work/time"
        times+=("$t")
        ((m > rss)) && rss=$m
        rm -rf "$out"
    done
    local sorted
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    printf '%-34s best %6.2f s   median %6.2f s   peak RSS %6d MB   (%d runs)\n' "$name" \
        "$(head -1 <<<"$sorted")" "$(sed -n "$(((repeats + 1) / 2))p" <<<"$sorted")" $((rss / 1024)) "$repeats"
}

echo "Polycentric $(./polycentric --version | head -1) on $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
case_ "baseline, 1 replication, no charts" 5 run scenarios/baseline.json --replications 1 --no-charts
case_ "baseline, 1 replication" 5 run scenarios/baseline.json --replications 1
case_ "baseline, 10 replications" 3 run scenarios/baseline.json --replications 10
./polycentric run scenarios/baseline.json --quiet --no-charts --out "$work/charted" >/dev/null
case_ "charts of a baseline run (chart)" 5 chart "$work/charted"
if [[ "${1:-}" != quick ]]; then
    case_ "250,000 cities, 1 replication" 1 run bench/million-cities.json \
        --set world.cities=250000 --set world.firms.count=125000
    case_ "500,000 cities, 1 replication" 1 run bench/million-cities.json \
        --set world.cities=500000 --set world.firms.count=250000
    case_ "1,000,000 cities, 1 replication" 1 run bench/million-cities.json
fi
