#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, for testing sharded sweeps (docs/CLUSTER.md).
#
#   .ci/slurm/cluster.sh install   apt-installs slurm-wlm and munge (Debian) when missing
#   .ci/slurm/cluster.sh start     starts munged, slurmctld and slurmd; waits until the node is idle
#   .ci/slurm/cluster.sh stop      cancels its jobs and stops the daemons it started
#   .ci/slurm/cluster.sh status    says what runs; exit 0 when the node is up, 3 when not
#
# Runs as root without systemd (a container or CI machine). Everything lives in a private folder,
# POLYCENTRIC_SLURM_DIR (default /tmp/polycentric-slurm): its own munge key and socket, slurm.conf,
# state, spool, logs and pid files. Nothing under /etc is written and a system munged or Slurm, if
# any, is left alone; the daemons listen on POLYCENTRIC_SLURM_PORT and the port after it (default
# 6817 and 6818, Slurm's own). Clients find this cluster through SLURM_CONF, which `start` prints:
#
#   export SLURM_CONF=/tmp/polycentric-slurm/etc/slurm.conf
#
# No cgroups: processes are tracked by /proc (proctrack/linuxproc) and tasks are not bound
# (task/none), so neither memory nor CPU limits are enforced; enough for a test, not for users.
set -euo pipefail

dir="${POLYCENTRIC_SLURM_DIR:-/tmp/polycentric-slurm}"
port="${POLYCENTRIC_SLURM_PORT:-6817}"
wait_seconds="${POLYCENTRIC_SLURM_WAIT:-60}"
conf="$dir/etc/slurm.conf"
run="$dir/run"
export SLURM_CONF="$conf"
export PATH="$PATH:/usr/sbin:/sbin"   # the daemons are in sbin, not always on a CI's PATH

say() { echo "slurm: $*"; }
fail() {
    echo "slurm: $*" >&2
    exit 1
}

need_root() {
    [ "$(id -u)" = 0 ] || fail "$1 needs root (the daemons run as root, SlurmUser=root)"
}

installed() {
    local c
    for c in munged mungekey munge unmunge slurmctld slurmd sbatch sinfo squeue scancel; do
        command -v "$c" >/dev/null 2>&1 || return 1
    done
}

cmd_install() {
    if installed; then
        return 0
    fi
    need_root install
    say "installing slurm-wlm and munge (Debian packages) ..."
    export DEBIAN_FRONTEND=noninteractive
    # The packages' scripts would start system-wide daemons with Debian's configuration; a
    # temporary policy-rc.d forbids that (an image's own policy-rc.d is kept as it is).
    local policy=/usr/sbin/policy-rc.d added=""
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy"
        chmod 755 "$policy"
        added=1
    fi
    local rc=0
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends slurm-wlm munge; } \
        >"${TMPDIR:-/tmp}/polycentric-slurm-install.log" 2>&1 || rc=$?
    [ -z "$added" ] || rm -f "$policy"
    if [ "$rc" != 0 ]; then
        cat "${TMPDIR:-/tmp}/polycentric-slurm-install.log" >&2
        fail "apt-get install slurm-wlm munge failed (exit $rc; its output above)"
    fi
    installed || fail "slurm-wlm and munge installed, but their commands are not on PATH"
}

# The pid in FILE when that process is alive and is the daemon NAME (not a reused pid).
live_pid() {
    local file="$1" name="$2" pid
    [ -s "$file" ] || return 1
    pid="$(tr -dc '0-9' <"$file")"
    [ -n "$pid" ] && [ -r "/proc/$pid/comm" ] || return 1
    [ "$(cat "/proc/$pid/comm")" = "$name" ] || return 1
    echo "$pid"
}

stop_daemon() {
    local file="$1" name="$2" pid i
    if pid="$(live_pid "$file" "$name")"; then
        kill -TERM "$pid" 2>/dev/null || true
        for i in $(seq 1 100); do
            [ -d "/proc/$pid" ] || break
            sleep 0.1
        done
        if [ -d "/proc/$pid" ]; then
            kill -KILL "$pid" 2>/dev/null || true
            sleep 0.2
        fi
        say "stopped $name (pid $pid)"
    fi
    rm -f "$file"
}

cmd_stop() {
    # Jobs first, while slurmctld still answers: with proctrack/linuxproc a job's processes
    # would otherwise outlive slurmd.
    if live_pid "$run/slurmctld.pid" slurmctld >/dev/null && [ -f "$conf" ]; then
        local jobs i
        jobs="$(timeout 5 squeue -h -o %A 2>/dev/null | sort -u | tr '\n' ' ' || true)"
        if [ -n "${jobs// /}" ]; then
            # shellcheck disable=SC2086  # a list of job ids
            timeout 5 scancel $jobs 2>/dev/null || true
            for i in $(seq 1 50); do
                [ -z "$(timeout 5 squeue -h -o %A 2>/dev/null || true)" ] && break
                sleep 0.2
            done
        fi
    fi
    stop_daemon "$run/slurmd.pid" slurmd
    stop_daemon "$run/slurmctld.pid" slurmctld
    stop_daemon "$run/munged.pid" munged
    # The state goes with the cluster, so that the next start is a fresh one; the key, the
    # configuration and the logs stay for a look after a failure.
    rm -rf "$dir/spool" "$run"
}

print_logs() {
    local f
    for f in "$dir/log/munged.log" "$dir/log/slurmctld.log" "$dir/log/slurmd.log"; do
        if [ -f "$f" ]; then
            echo "---- $f (last 40 lines)" >&2
            tail -n 40 "$f" >&2
        fi
    done
}

port_taken() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

write_conf() {
    local host cpus mem_total mem node
    host="$(hostname -s)"
    cpus="$(nproc)"
    mem_total="$(free -m | awk '/^Mem:/ { print $2 }')"
    # a margin for the daemons and the system: a tenth, at least 512 MB
    mem=$((mem_total - (mem_total / 10 > 512 ? mem_total / 10 : 512)))
    [ "$mem" -ge 256 ] || mem=256
    # slurmd -C knows the sockets and cores; without them Slurm takes every CPU for a socket
    node="$(slurmd -C 2>/dev/null | head -1 | grep -oE 'CPUs=[0-9]+ Boards=[0-9]+ SocketsPerBoard=[0-9]+ CoresPerSocket=[0-9]+ ThreadsPerCore=[0-9]+' || true)"
    [ "${node%% *}" = "CPUs=$cpus" ] || node="CPUs=$cpus"
    cat >"$conf" <<EOF
# Written by .ci/slurm/cluster.sh: a one-node test cluster without systemd or cgroups.
ClusterName=polycentric
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$run/munge.socket
StateSaveLocation=$dir/spool/slurmctld
SlurmdSpoolDir=$dir/spool/slurmd
SlurmctldPidFile=$run/slurmctld.pid
SlurmdPidFile=$run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MailProg=/bin/true
NodeName=$host NodeAddr=127.0.0.1 $node RealMemory=$mem State=UNKNOWN
PartitionName=main Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
}

node_state() {
    timeout 5 sinfo -h -n "$(hostname -s)" -o %t 2>/dev/null | head -1 || true
}

cmd_start() {
    need_root start
    installed || fail "slurm-wlm and munge are not installed; run '$0 install' first"
    local began=$SECONDS
    cmd_stop >/dev/null
    local p
    for p in "$port" $((port + 1)); do
        ! port_taken "$p" \
            || fail "port $p is taken (another Slurm?); stop it or set POLYCENTRIC_SLURM_PORT to a free pair of ports"
    done
    # munged insists: key private to its owner, the socket's folder open to all
    mkdir -p "$dir/etc" "$dir/log" "$dir/spool/slurmctld" "$dir/spool/slurmd" "$run" "$dir/munge"
    chmod 755 "$dir" "$run"
    chmod 700 "$dir/munge"
    rm -f "$dir"/log/*.log
    if [ ! -s "$dir/munge/munge.key" ]; then
        mungekey --create --bits=1024 --keyfile="$dir/munge/munge.key"
    fi
    chown root:root "$dir/munge/munge.key"
    chmod 600 "$dir/munge/munge.key"

    munged --socket="$run/munge.socket" --key-file="$dir/munge/munge.key" \
        --pid-file="$run/munged.pid" --log-file="$dir/log/munged.log" \
        --seed-file="$dir/munge/munged.seed" \
        || { print_logs; fail "munged did not start (its log above)"; }
    munge --socket="$run/munge.socket" -n | unmunge --socket="$run/munge.socket" >/dev/null \
        || { print_logs; cmd_stop >/dev/null; fail "munge does not answer on $run/munge.socket"; }

    write_conf
    slurmctld -f "$conf" || { print_logs; cmd_stop >/dev/null; fail "slurmctld did not start (logs above)"; }
    slurmd -f "$conf" || { print_logs; cmd_stop >/dev/null; fail "slurmd did not start (logs above)"; }

    local state=""
    while [ $((SECONDS - began)) -lt "$wait_seconds" ]; do
        state="$(node_state)"
        case "$state" in
            idle) break ;;
            down* | drain* | fail*) timeout 5 scontrol update nodename="$(hostname -s)" state=resume >/dev/null 2>&1 || true ;;
        esac
        sleep 0.5
    done
    if [ "$state" != idle ]; then
        print_logs
        cmd_stop >/dev/null
        fail "node $(hostname -s) not idle after ${wait_seconds}s (state '${state:-no answer}'); logs above"
    fi
    say "one-node cluster up in $((SECONDS - began)) s: node $(hostname -s), $(nproc) CPUs; clients need"
    echo "export SLURM_CONF=$conf"
}

cmd_status() {
    local name up=0
    for name in munged slurmctld slurmd; do
        if pid="$(live_pid "$run/$name.pid" "$name")"; then
            say "$name running (pid $pid)"
        else
            say "$name not running"
            up=3
        fi
    done
    if [ "$up" = 0 ]; then
        timeout 5 sinfo || up=3
    fi
    return "$up"
}

case "${1:-}" in
    install) cmd_install ;;
    start) cmd_start ;;
    stop) need_root stop; cmd_stop ;;
    status) cmd_status ;;
    *)
        echo "usage: $0 {install|start|stop|status}" >&2
        exit 2
        ;;
esac
