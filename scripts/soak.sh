#!/usr/bin/env bash
# A sensor's run under load, rerunnable: `wharfinger live` for MINUTES on one end of a veth
# pair between two network namespaces, while the other end replays the generated mix.
#
#   sudo scripts/soak.sh MINUTES [--rate PPS] [--keep] [-- LIVE-OPTIONS...]
#
# - traffic: gen_pcap's mix (../shared/bench/gen_pcap.c: -n 100000 -s 1 -f 2000), its IPv4
#   addresses rewritten into 10.201.0.0/16 (tcprewrite --pnat), replayed by tcpreplay at a
#   fixed rate (default 5000 frames/s) in a loop from namespace wsoak-a;
# - the sensor in wsoak-b: live -G 60 -W 5 -w (a ring of five one-minute pcaps), --log
#   conn.log --rotate 60, --metrics scraped every second, --ipfix over TCP to a collector on
#   the namespace's loopback that is stopped at a third of the run and started again at half;
# - at the end: frames per second, kernel drops, RSS sampled every 10 s (peak, at 2 minutes,
#   final, growth after the first two minutes), files written, the records of the conn.logs
#   against what the collector received plus what the exporter could not send (counted by
#   wharfinger: ipfix_lost_records), and the metrics scrapes answered: a Markdown table on
#   stdout (docs/live.md holds a 10-minute run's).
#
# Needs root, ip, tcpreplay, tcprewrite, curl, python3, gcc and ../shared/bench, and a release
# build (.build/release/wharfinger, or WHARFINGER=path). Conversations idle out after 10 s
# (--tcp-idle-timeout/--udp-idle-timeout) and --active-timeout is a day, so each conversation
# is one record in the log and one IPFIX record. The report lists the 25 largest conversations,
# as the text report of the systemd unit does (--max-flow-records 25). --keep leaves the work
# folder; options after -- go to `live` as well.
set -euo pipefail

usage() { echo "usage: sudo scripts/soak.sh MINUTES [--rate PPS] [--keep] [-- LIVE-OPTIONS...]"; }
fail() { echo "soak.sh: $*" >&2; exit 1; }
log() { echo "soak.sh: $*" >&2; }

minutes=""
rate=5000
keep=no
while [ $# -gt 0 ]; do
    case "$1" in
        -h|--help) usage; exit 0 ;;
        --rate) rate=${2:?--rate needs a number}; shift 2 ;;
        --keep) keep=yes; shift ;;
        --) shift; break ;;
        -*) usage >&2; fail "unknown option $1" ;;
        *) [ -z "$minutes" ] || fail "one MINUTES only"; minutes=$1; shift ;;
    esac
done
[[ "$minutes" =~ ^[0-9]+$ ]] && [ "$minutes" -ge 1 ] || { usage >&2; fail "MINUTES must be a whole number >= 1"; }
[ "$(id -u)" = 0 ] || fail "needs root (network namespaces)"
for tool in ip tcpreplay tcprewrite curl python3 gcc; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done

repo=$(cd "$(dirname "$0")/.." && pwd)
bin=${WHARFINGER:-$repo/.build/release/wharfinger}
[ -x "$bin" ] || fail "no release build at $bin (swift build -c release)"
bench=$repo/../shared/bench
[ -f "$bench/gen_pcap.c" ] || fail "no $bench/gen_pcap.c"

work=$(mktemp -d /tmp/wharfinger-soak.XXXXXX)
out=$work/out
mkdir -p "$out"
A=wsoak-a B=wsoak-b
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    ip netns del $A 2>/dev/null || true
    ip netns del $B 2>/dev/null || true
    if [ "$keep" = yes ]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

log "generating the mix"
gcc -O2 -o "$work/gen_pcap" "$bench/gen_pcap.c" -lm
"$work/gen_pcap" -n 100000 -s 1 -f 2000 -o "$work/mix.pcap" >/dev/null 2>&1
tcprewrite --pnat=0.0.0.0/0:10.201.0.0/16 --fixcsum -i "$work/mix.pcap" -o "$work/soak.pcap" 2>/dev/null

log "namespaces $A and $B on a veth pair"
ip netns del $A 2>/dev/null || true
ip netns del $B 2>/dev/null || true
ip netns add $A
ip netns add $B
ip link add vsoak-a netns $A type veth peer name vsoak-b netns $B
for ns in $A $B; do
    ip -n $ns link set lo up
    ip -n $ns link set "vsoak-${ns#wsoak-}" mtu 9000 up
done

# An IPFIX collector over TCP: counts the data records of each message (templates read from
# the stream, variable-length fields included) into a file, rewritten after each message.
cat >"$work/collector.py" <<'PY'
import socket, struct, sys
port, count_file = int(sys.argv[1]), sys.argv[2]
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen(4)
records = 0
def recv_exactly(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            return None
        data += chunk
    return data
def count(message, templates):
    found, offset = 0, 16
    while offset + 4 <= len(message):
        set_id, length = struct.unpack("!HH", message[offset:offset + 4])
        body, offset = message[offset + 4:offset + length], offset + length
        if set_id == 2:
            at = 0
            while at + 4 <= len(body):
                template, fields = struct.unpack("!HH", body[at:at + 4]); at += 4
                lengths = []
                for _ in range(fields):
                    element, size = struct.unpack("!HH", body[at:at + 4]); at += 4
                    if element & 0x8000: at += 4
                    lengths.append(size)
                templates[template] = lengths
        elif set_id >= 256 and set_id in templates:
            at = 0
            while True:
                start = at
                try:
                    for size in templates[set_id]:
                        if size == 65535:
                            size = body[at]; at += 1
                            if size == 255:
                                size = struct.unpack("!H", body[at:at + 2])[0]; at += 2
                        if at + size > len(body): raise IndexError
                        at += size
                except IndexError:
                    break
                if at == start: break
                found += 1
    return found
while True:
    conn, _ = server.accept()
    templates = {}
    while True:
        header = recv_exactly(conn, 16)
        if header is None: break
        length = struct.unpack("!H", header[2:4])[0]
        rest = recv_exactly(conn, length - 16)
        if rest is None: break
        records += count(header + rest, templates)
        with open(count_file, "w") as f: f.write(f"{records}\n")
    conn.close()
PY
collector_port=4739
start_collector() {  # N: a new collector, counting into collector-N
    echo 0 >"$out/collector-$1"
    ip netns exec $B python3 "$work/collector.py" $collector_port "$out/collector-$1" &
    collector=$!
    pids+=("$collector")
    for _ in $(seq 50); do
        ip netns exec $B bash -c "exec 3<>/dev/tcp/127.0.0.1/$collector_port" 2>/dev/null && return 0
        sleep 0.1
    done
    fail "the collector did not start"
}
start_collector 1

seconds=$((minutes * 60))
log "live on vsoak-b for $minutes min, $rate frames/s replayed"
(cd "$out" && exec ip netns exec $B "$bin" live -i vsoak-b -G 60 -W 5 -w 'soak-%H%M%S.pcap' \
    --log conn.log --rotate 60 --metrics 127.0.0.1:9464 --ipfix tcp://127.0.0.1:$collector_port \
    --active-timeout 86400 --tcp-idle-timeout 10 --udp-idle-timeout 10 --format json \
    --max-flow-records 25 --duration "$seconds" "$@" >"$out/report.json" 2>"$out/stderr") &
live=$!
pids+=("$live")
for _ in $(seq 100); do grep -q "listening on" "$out/stderr" 2>/dev/null && break; sleep 0.1; done
grep -q "listening on" "$out/stderr" || fail "live did not start: $(cat "$out/stderr")"
wpid=$(pgrep -P "$live" -x wharfinger || echo "$live")

ip netns exec $A tcpreplay -q -i vsoak-a --pps="$rate" --loop=0 "$work/soak.pcap" >/dev/null 2>&1 &
pids+=("$!")

scrapes=0 answered=0 rss_samples=() collector_runs=1 next_rss=0 at2=""
start=$(date +%s)
while kill -0 "$wpid" 2>/dev/null; do
    elapsed=$(( $(date +%s) - start ))
    scrapes=$((scrapes + 1))
    code=$(ip netns exec $B curl -s -m 2 -o /dev/null -w '%{http_code}' http://127.0.0.1:9464/metrics || true)
    [ "$code" = 200 ] && answered=$((answered + 1))
    if [ "$elapsed" -ge "$next_rss" ]; then
        rss=$(awk '/^VmRSS/ {print $2}' "/proc/$wpid/status" 2>/dev/null || echo "")
        if [ -n "$rss" ]; then
            rss_samples+=("$rss")
            [ -z "$at2" ] && [ "$elapsed" -ge 120 ] && at2=$rss
        fi
        next_rss=$((next_rss + 10))
    fi
    if [ "$collector_runs" = 1 ] && [ "$elapsed" -ge $((seconds / 3)) ] && kill -0 "$collector" 2>/dev/null; then
        log "stopping the collector at ${elapsed}s"
        kill "$collector"; wait "$collector" 2>/dev/null || true
    fi
    if [ "$collector_runs" = 1 ] && [ "$elapsed" -ge $((seconds / 2)) ]; then
        log "starting the collector again at ${elapsed}s"
        start_collector 2
        collector_runs=2
    fi
    sleep 1
done
wait "$live" && status=0 || status=$?
sleep 1  # the collector reads what came with the close

read -r received dropped elapsed_s ipfix_records ipfix_lost < <(python3 - "$out/report.json" <<'PY'
import json, sys
capture = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])["capture"]
print(capture["received"], capture["dropped_by_kernel"], capture["seconds"],
      capture.get("ipfix_records", 0), capture.get("ipfix_lost_records", 0))
PY
)
log_records=$(cat "$out"/conn.*.log | grep -vc '^#' || true)
collected=$(( $(cat "$out/collector-1") + $(cat "$out/collector-2" 2>/dev/null || echo 0) ))
pcaps=$(ls "$out"/soak-*.pcap 2>/dev/null | wc -l)
logs=$(ls "$out"/conn.*.log 2>/dev/null | wc -l)
peak=0; for r in "${rss_samples[@]}"; do [ "$r" -gt "$peak" ] && peak=$r; done
[ -n "$at2" ] || at2=${rss_samples[-1]}
final=${rss_samples[-1]}
growth=$(python3 -c "print(f'{($final - $at2) * 100 / $at2:+.1f}%')")
fps=$(python3 -c "print(round($received / $elapsed_s))")

echo "| measure | value |"
echo "|---|---|"
echo "| run | $minutes min at $rate frames/s (tcpreplay --pps), exit status $status |"
echo "| frames received by libpcap | $received ($fps/s) |"
echo "| dropped by the kernel | $dropped |"
echo "| RSS (every 10 s) | peak $((peak / 1024)) MiB, at 2 min $((at2 / 1024)) MiB, final $((final / 1024)) MiB: $growth after 2 min |"
echo "| files | $pcaps pcaps kept (-G 60 -W 5), $logs conn.log archives (--rotate 60) |"
echo "| conn.log records | $log_records |"
echo "| IPFIX records | $ipfix_records exported = $collected received + $ipfix_lost lost while the collector was down |"
echo "| metrics scrapes answered | $answered of $scrapes |"
echo "| output lines on stderr | $(grep -c 'cannot write\|again' "$out/stderr" || true) |"
series=""; for r in "${rss_samples[@]}"; do series+="$((r / 1024)) "; done
echo
echo "RSS every 10 s (MiB): $series"
log "stderr of live:"; sed 's/^/  /' "$out/stderr" >&2
