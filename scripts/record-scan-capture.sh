#!/usr/bin/env bash
# Records Captures/connect-scan.pcap: nmap's TCP connect scan of ports 1-1100 from
# one network namespace to another, where four real services listen.
#
# Run as root:   sudo scripts/record-scan-capture.sh
#
# Two namespaces this script creates (and deletes on exit), joined by a veth pair:
#   scanner 10.77.0.1/24  --  target 10.77.0.2/24
# Nothing leaves the pair. In the target: python3 http.server on 80, socat
# listeners on 22 (sends an SSH-style banner), 631 and 1080, and one on 8080,
# outside the scanned range. tcpdump in the target namespace keeps 96 bytes of
# each frame (headers only), TCP between the two addresses only.
#
# What the capture must show (tests check it): one scan from 10.77.0.1 of
# 1,100 ports whose open ports are exactly 22, 80, 631 and 1080.
#
# Idempotent: the file is rewritten from scratch.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$(dirname "$HERE")/Captures/connect-scan.pcap"

die() { echo "record-scan-capture: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "must run as root (network namespaces, tcpdump)"
for tool in ip tcpdump nmap socat python3 ss capinfos; do
    command -v "$tool" >/dev/null || die "missing tool: $tool"
done

SCANNER="wharf-scan-$$-a"
TARGET="wharf-scan-$$-b"
WORK=$(mktemp -d /tmp/wharf-scan.XXXXXX)
PIDS=()
TD_PID=""

cleanup() {
    if [ -n "$TD_PID" ]; then kill -INT "$TD_PID" 2>/dev/null || true; wait "$TD_PID" 2>/dev/null || true; fi
    local pid
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    ip netns del "$SCANNER" 2>/dev/null || true
    ip netns del "$TARGET" 2>/dev/null || true
    rm -rf "$WORK" "$OUT.recording"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ip netns add "$SCANNER"
ip netns add "$TARGET"
ip link add wscan0 netns "$SCANNER" type veth peer name wscan1 netns "$TARGET"
ip -n "$SCANNER" addr add 10.77.0.1/24 dev wscan0
ip -n "$TARGET" addr add 10.77.0.2/24 dev wscan1
for ns in "$SCANNER" "$TARGET"; do ip -n "$ns" link set lo up; done
ip -n "$SCANNER" link set wscan0 up
ip -n "$TARGET" link set wscan1 up

# A background program in the target namespace (`ip netns exec` execs it: $! is its pid).
serve() { ip netns exec "$TARGET" "$@" >>"$WORK/servers.log" 2>&1 & PIDS+=($!); }
mkdir -p "$WORK/www"
serve python3 -m http.server 80 --bind 10.77.0.2 --directory "$WORK/www"
serve socat TCP-LISTEN:22,bind=10.77.0.2,fork,reuseaddr SYSTEM:'echo SSH-2.0-wharfinger-test'
serve socat TCP-LISTEN:631,bind=10.77.0.2,fork,reuseaddr EXEC:cat
serve socat TCP-LISTEN:1080,bind=10.77.0.2,fork,reuseaddr EXEC:cat
serve socat TCP-LISTEN:8080,bind=10.77.0.2,fork,reuseaddr EXEC:cat
for port in 22 80 631 1080 8080; do
    for _ in $(seq 100); do
        ip netns exec "$TARGET" ss -Hltn | awk '{print $4}' | grep -q ":$port\$" && continue 2
        sleep 0.05
    done
    die "nothing listening on $port"
done

ip netns exec "$TARGET" tcpdump -i wscan1 -U --immediate-mode -n -Z root -s 96 -w "$OUT.recording" \
    'tcp and host 10.77.0.1 and host 10.77.0.2' 2>"$WORK/tcpdump.log" &
TD_PID=$!
for _ in $(seq 100); do grep -q 'listening on' "$WORK/tcpdump.log" && break; sleep 0.05; done
grep -q 'listening on' "$WORK/tcpdump.log" || die "tcpdump did not start: $(cat "$WORK/tcpdump.log")"
sleep 0.2

# -Pn: no host discovery; -n: no DNS; one try per port, so each port is one connection.
ip netns exec "$SCANNER" nmap -sT -Pn -n -p 1-1100 --max-retries 0 10.77.0.2 | tee "$WORK/nmap.txt" >&2

sleep 1   # the last resets and closes
kill -INT "$TD_PID"; wait "$TD_PID" || true; TD_PID=""
mv -f "$OUT.recording" "$OUT"
echo "$(basename "$OUT"): $(capinfos -c -M "$OUT" | awk -F': *' '/Number of packets/ {print $2}') packets," \
    "$(stat -c %s "$OUT") bytes" >&2
