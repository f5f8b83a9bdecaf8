#!/usr/bin/env bash
# Sweeps one small experiment twice, on this machine and as a Slurm job array of 4 shards on a
# one-node cluster (.ci/slurm/cluster.sh) submitted with the shipped template
# (docs/slurm/sweep.sbatch, then docs/slurm/merge.sbatch), and checks that the merged runs.csv,
# points.csv, summary.csv and sweep.json are byte for byte the single machine's. Exit 0 when they
# are, 1 when not (or when anything on the way fails). .ci/run calls it after the Maven build;
# needs root.
#
#   .ci/slurm/sharded-sweep-test.sh           the sharded sweep against the single-machine one
#   .ci/slurm/sharded-sweep-test.sh --smoke   the cluster alone: a 4-task array of a trivial command
#
# The cluster is started fresh and stopped again whatever happens. The work folder is removed on
# success and kept (its path printed) on failure; POLYCENTRIC_SLURM_KEEP=1 keeps it always.
# A job that has not ended after POLYCENTRIC_SLURM_JOB_TIMEOUT seconds (default 900) fails the test:
# sbatch --wait would otherwise wait for ever on a controller that died.
#
# Neither sbatch's exit code nor its --wait is trusted alone: the files the tasks should have
# written are checked (sbatch --wait returned 0 for an array cancelled while pending). sbatch --wait
# looks after 2, 10, 42 s and then every 32 s (it sleeps 2, 8, then 32 s), so a job of 15 s is seen
# ended after 42 s.
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cluster="$root/.ci/slurm/cluster.sh"
shards=4
job_timeout="${POLYCENTRIC_SLURM_JOB_TIMEOUT:-900}"

mode=full
case "${1:-}" in
    "") ;;
    --smoke) mode=smoke ;;
    *)
        echo "usage: $0 [--smoke]" >&2
        exit 2
        ;;
esac

say() { echo "sharded-sweep: $*"; }

# Milliseconds since the epoch, for the timings printed.
now_ms() { echo $(($(date +%s%N) / 1000000)); }
seconds_since() { awk -v a="$1" -v b="$(now_ms)" 'BEGIN { printf "%.1f s", (b - a) / 1000 }'; }

# One test at a time on a machine: they would share the cluster's folder and ports.
exec 8>"${POLYCENTRIC_SLURM_DIR:-/tmp/polycentric-slurm}.lock"
if ! flock -n 8; then
    say "waiting for the other sharded-sweep test on this machine to finish ..."
    flock 8
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/polycentric-sharded-XXXXXX")"
passed=0
failed=0
finish() {
    local rc=$?
    "$cluster" stop >/dev/null 2>&1 || echo "sharded-sweep: could not stop the cluster" >&2
    if [ "$rc" = 0 ] && [ "${POLYCENTRIC_SLURM_KEEP:-}" != 1 ]; then
        rm -rf "$work"
    else
        echo "sharded-sweep: files kept in $work" >&2
    fi
    exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT TERM

# A command's output, shown only when it fails.
quietly() {
    local log="$work/last-command.log"
    "$@" >"$log" 2>&1 || {
        local rc=$?
        cat "$log" >&2
        return "$rc"
    }
}

# sbatch --wait ARGS..., bounded by job_timeout; on a failure, the tasks' output and the queue.
submit_and_wait() {
    local rc=0
    # --foreground: sbatch stays in this process group, so that Ctrl-C reaches it
    timeout --foreground "$job_timeout" sbatch --wait --quiet "$@" || rc=$?
    if [ "$rc" != 0 ]; then
        show_job_output
        if [ "$rc" = 124 ]; then
            echo "sharded-sweep: no end after ${job_timeout}s; the queue:" >&2
            timeout 5 squeue >&2 || echo "sharded-sweep: (slurmctld does not answer)" >&2
            "$cluster" status >&2 || true
        fi
    fi
    return "$rc"
}

show_job_output() {
    local f
    for f in "$work"/slurm-*.out; do
        [ -f "$f" ] || continue
        echo "---- $f" >&2
        cat "$f" >&2
    done
}

# --- the cluster -----------------------------------------------------------------------------------
t0="$(now_ms)"
"$cluster" install
quietly "$cluster" start
export SLURM_CONF="${POLYCENTRIC_SLURM_DIR:-/tmp/polycentric-slurm}/etc/slurm.conf"
say "one-node cluster started in $(seconds_since "$t0") ($(sinfo -h -o '%n, %c CPUs, %m MB'))"

smoke() {
    local t out i missing=0
    t="$(now_ms)"
    out="$work/smoke"
    mkdir -p "$out"
    # each task writes its own id into its own file; --wait returns the highest exit of the tasks
    if ! submit_and_wait --array=0-$((shards - 1)) --cpus-per-task=1 --mem=64M --time=00:05:00 \
        --job-name=polycentric-smoke --chdir="$out" --output="$work/slurm-smoke-%A_%a.out" \
        --wrap 'echo "$SLURM_ARRAY_TASK_ID" > "task-$SLURM_ARRAY_TASK_ID.txt"'; then
        say "FAILED: the smoke array did not finish cleanly"
        return 1
    fi
    for ((i = 0; i < shards; i++)); do
        if [ "$(cat "$out/task-$i.txt" 2>/dev/null)" != "$i" ]; then
            echo "sharded-sweep: task $i wrote no $out/task-$i.txt (or not its id)" >&2
            missing=1
        fi
    done
    if [ "$missing" != 0 ]; then
        show_job_output
        say "FAILED: the smoke array's tasks did not all run"
        return 1
    fi
    say "smoke: a $shards-task array ran each task once, in $(seconds_since "$t")"
}

if [ "$mode" = smoke ]; then
    if smoke; then passed=1; else failed=1; fi
    echo "sharded-sweep: $passed passed, $failed failed"
    [ "$failed" = 0 ]
    exit
fi

cd "$root"
./polycentric --version >/dev/null # builds the jar if needed, once, as docs/CLUSTER.md tells users to
commands="$(./polycentric --help)"
if ! grep -qE '^ +sweep ' <<<"$commands" || ! grep -qE '^ +merge ' <<<"$commands"; then
    say "FAILED: this build has no 'sweep' and 'merge' commands to test"
    echo "sharded-sweep: 0 passed, 1 failed"
    exit 1
fi

# --- a small experiment: experiments/peer-and-networks-lhs.json cut down to 6 points x 2 replications
# of a 500-city baseline to 2016 (12 runs, so every shard gets runs of several points) --------------
experiment="$work/slurm-sharding-test.json"
cat >"$experiment" <<EOF
{
  "name": "slurm-sharding-test",
  "description": "experiments/peer-and-networks-lhs.json made small for the sharding test: 6 points, 2 replications, 500 cities to 2016.",
  "scenario": "$root/scenarios/baseline.json",
  "overrides": ["time.endYear=2016", "world.cities=500"],
  "seed": 20240601,
  "replications": 2,
  "parameters": [
    { "path": "rules.peerInfluence.weight", "min": 0.01, "max": 0.32, "log": true },
    { "path": "rules.networkRecruitment.signalEffect", "min": 5, "max": 40 },
    { "path": "world.networks[0].yearlyIntake", "min": 2, "max": 12, "integer": true }
  ],
  "design": { "kind": "latinHypercube", "points": 6 },
  "outcomes": [
    { "name": "pledged2012", "metric": "pledged_share", "kind": "atYear", "year": 2012 },
    { "name": "yearTenthPledged", "metric": "pledged_share", "kind": "yearReaching", "level": 0.1 },
    { "name": "membersFinal", "metric": "network_member_share", "kind": "final" },
    { "name": "coveredArea", "metric": "emissions_covered_share", "kind": "areaUnderCurve", "fromYear": 2005, "toYear": 2016 },
    { "name": "southPledged2012", "metric": "pledged_share", "group": "south", "kind": "atYear", "year": 2012 }
  ]
}
EOF

t="$(now_ms)"
quietly ./polycentric sweep "$experiment" --out "$work/single" --threads 2
say "single machine: sweep of 12 runs on 2 threads in $(seconds_since "$t")"

# The template as a user submits it, settings through the environment; tasks start in --chdir.
t="$(now_ms)"
if ! submit_and_wait --array=0-$((shards - 1)) --cpus-per-task=1 --mem=1G --time=00:20:00 \
    --chdir="$root" --output="$work/slurm-sweep-%A_%a.out" \
    --export="ALL,EXPERIMENT=$experiment,OUT=$work/sharded,SHARDS=$shards" \
    "$root/docs/slurm/sweep.sbatch"; then
    say "FAILED: the array of $shards shards did not finish cleanly (the tasks' output above)"
    exit 1
fi
say "Slurm: array of $shards shards (docs/slurm/sweep.sbatch, 1 CPU each) in $(seconds_since "$t")"

t="$(now_ms)"
if ! submit_and_wait --chdir="$root" --output="$work/slurm-merge-%j.out" \
    "$root/docs/slurm/merge.sbatch" "$work/sharded" "$shards"; then
    say "FAILED: the merge job failed (its output above)"
    exit 1
fi
say "Slurm: merge (docs/slurm/merge.sbatch) in $(seconds_since "$t")"

# Each shard must hold only its share: a shard that ran every run would make the comparison moot.
compared=(runs.csv points.csv summary.csv sweep.json)
expected=("$work/single/runs.csv" "${compared[@]/#/$work/sharded/merged/}")
for ((i = 0; i < shards; i++)); do
    expected+=("$work/sharded/shard-$i/runs.csv")
done
for f in "${expected[@]}"; do
    if [ ! -f "$f" ]; then
        show_job_output
        say "FAILED: no $f (the jobs' output above)"
        exit 1
    fi
done
total=$(($(wc -l <"$work/single/runs.csv") - 1))
sum=0
for ((i = 0; i < shards; i++)); do
    rows=$(($(wc -l <"$work/sharded/shard-$i/runs.csv") - 1))
    sum=$((sum + rows))
    if [ "$rows" -le 0 ] || [ "$rows" -ge "$total" ]; then
        say "FAILED: shard $i has $rows of the $total runs; each of $shards shards should have a part"
        failed=$((failed + 1))
    fi
done
if [ "$sum" = "$total" ]; then
    say "shards: $sum runs in $shards shards, the single sweep's $total"
    passed=$((passed + 1))
else
    say "FAILED: the shards hold $sum runs, the single sweep $total"
    failed=$((failed + 1))
fi

for f in "${compared[@]}"; do
    if cmp "$work/single/$f" "$work/sharded/merged/$f"; then
        say "same bytes: $f ($(wc -l <"$work/single/$f") lines, $(wc -c <"$work/single/$f") bytes), single machine and merged shards"
        passed=$((passed + 1))
    else
        say "FAILED: merged $f differs from the single machine's"
        diff "$work/single/$f" "$work/sharded/merged/$f" | head -20 >&2 || true
        failed=$((failed + 1))
    fi
done

echo "sharded-sweep: $passed passed, $failed failed"
[ "$failed" = 0 ]
