#!/usr/bin/env bash
# Records Captures/refused-retry.pcap: curl retrying a refused port from the same local
# port, so the same four-tuple carries three refused connections in a row.
#
# Run as root:   sudo scripts/record-refused-retry.sh
#
# One network namespace this script creates (and deletes on exit); everything is
# 127.0.0.1 on its own lo, where nothing listens on 8081. curl binds 127.0.0.1:40000 for
# every attempt (--local-port) and tries again a second later each time (--retry 3
# --retry-connrefused --retry-delay 1); it gave up after three attempts here; each is a new socket with its own
# initial sequence number, each refused with an RST. Zeek gives three REJ records.
#
# Idempotent: the file is rewritten from scratch.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$(dirname "$HERE")/Captures/refused-retry.pcap"

die() { echo "record-refused-retry: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "must run as root (network namespaces, tcpdump)"
for tool in ip tcpdump curl capinfos; do
    command -v "$tool" >/dev/null || die "missing tool: $tool"
done

NS="wharf-retry-$$"
TD_PID=""
cleanup() {
    if [ -n "$TD_PID" ]; then kill -INT "$TD_PID" 2>/dev/null || true; wait "$TD_PID" 2>/dev/null || true; fi
    ip netns del "$NS" 2>/dev/null || true
    rm -f "$OUT.recording"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ip netns add "$NS"
ip -n "$NS" link set lo up
ip netns exec "$NS" tcpdump -i lo -U -w "$OUT.recording" tcp port 8081 2>/dev/null &
TD_PID=$!
# tcpdump is ready when its file has its header.
for _ in $(seq 100); do [ -s "$OUT.recording" ] && break; sleep 0.05; done
ip netns exec "$NS" env -u http_proxy -u HTTP_PROXY -u ALL_PROXY -u all_proxy \
    curl -sS -o /dev/null --max-time 10 --local-port 40000 --retry 3 --retry-connrefused --retry-delay 1 \
    http://127.0.0.1:8081/ 2>/dev/null || true
sleep 0.3
kill -INT "$TD_PID"; wait "$TD_PID" 2>/dev/null || true; TD_PID=""
mv "$OUT.recording" "$OUT"
capinfos -c "$OUT" >&2
