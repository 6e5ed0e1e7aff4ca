#!/usr/bin/env bash
# Records Captures/udp-fragments.pcap: UDP datagrams larger than the link's MTU, which the
# sending kernels fragment, echoed by socat, over IPv4 and IPv6.
#
# Run as root:   sudo scripts/record-fragment-capture.sh
#
# Two namespaces this script creates (and deletes on exit), joined by a veth pair whose MTU
# is 1280 (IPv6's minimum):
#   client 10.78.0.1/24 fd00:78::1/64  --  server 10.78.0.2/24 fd00:78::2/64
# Nothing leaves the pair. In the server namespace socat echoes UDP on 5300 (IPv4) and 5301
# (IPv6); the client sends each port two 3,000-byte datagrams, one at a time, so every
# datagram crosses as three fragments each way. tcpdump in the server namespace records the
# UDP and fragment frames whole.
#
# What the capture must show (tests check it): four UDP conversations, each with its later
# fragments counted in its frames and bytes, equal to tshark's per-datagram count; no
# fragment left outside a conversation.
#
# Idempotent: the file is rewritten from scratch.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$(dirname "$HERE")/Captures/udp-fragments.pcap"

die() { echo "record-fragment-capture: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "must run as root (network namespaces, tcpdump)"
for tool in ip tcpdump socat python3; do
    command -v "$tool" >/dev/null || die "missing tool: $tool"
done

CLIENT="wharf-frag-$$-a"
SERVER="wharf-frag-$$-b"
PIDS=()
TD_PID=""

cleanup() {
    if [ -n "$TD_PID" ]; then kill -INT "$TD_PID" 2>/dev/null || true; wait "$TD_PID" 2>/dev/null || true; fi
    local pid
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    ip netns del "$CLIENT" 2>/dev/null || true
    ip netns del "$SERVER" 2>/dev/null || true
    rm -f "$OUT.recording"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ip netns add "$CLIENT"
ip netns add "$SERVER"
ip link add wfrag0 netns "$CLIENT" type veth peer name wfrag1 netns "$SERVER"
ip -n "$CLIENT" addr add 10.78.0.1/24 dev wfrag0
ip -n "$SERVER" addr add 10.78.0.2/24 dev wfrag1
ip -n "$CLIENT" addr add fd00:78::1/64 dev wfrag0 nodad
ip -n "$SERVER" addr add fd00:78::2/64 dev wfrag1 nodad
for ns in "$CLIENT" "$SERVER"; do ip -n "$ns" link set lo up; done
ip -n "$CLIENT" link set wfrag0 mtu 1280 up
ip -n "$SERVER" link set wfrag1 mtu 1280 up

ip netns exec "$SERVER" socat UDP4-RECVFROM:5300,bind=10.78.0.2,fork EXEC:cat >/dev/null 2>&1 & PIDS+=($!)
ip netns exec "$SERVER" socat UDP6-RECVFROM:5301,bind=[fd00:78::2],fork EXEC:cat >/dev/null 2>&1 & PIDS+=($!)

rm -f "$OUT.recording"
ip netns exec "$SERVER" tcpdump -i wfrag1 -s 0 -U -w "$OUT.recording" \
    'udp or (ip[6:2] & 0x1fff != 0) or (ip6 and ip6[6] == 44)' 2>/dev/null & TD_PID=$!
sleep 1.5

# A datagram of readable text, so no payload signature mistakes it for a protocol.
datagram=$(python3 -c 'print(("wharfinger fragment test " * 120)[:2999])')
for target in UDP4:10.78.0.2:5300 UDP6:[fd00:78::2]:5301; do
    for _ in 1 2; do
        printf '%s\n' "$datagram" | ip netns exec "$CLIENT" socat -T 1 - "$target" >/dev/null
        sleep 0.3
    done
done
sleep 1
kill -INT "$TD_PID"; wait "$TD_PID" 2>/dev/null || true; TD_PID=""
mv "$OUT.recording" "$OUT"
echo "record-fragment-capture: wrote $OUT ($(stat -c %s "$OUT") bytes)"
