#!/usr/bin/env bash
# Records Wharfinger's "real" test captures: real programs (curl, python3
# http.server, dig + dnsmasq, microsocks, socat, a tiny ICA stand-in) talking
# over loopback, captured with tcpdump.
#
# Run as root:   sudo scripts/record-captures.sh
#
# Every capture step runs in a network namespace this script creates for that
# step alone (ip netns add), so the captures see only the traffic the script
# makes, no port is already taken, and no TIME_WAIT from an earlier step gets in
# the way. No packet leaves the namespace: everything is 127.0.0.1 / ::1 on the
# namespace's own lo. Namespaces and background processes are removed on exit.
#
# Idempotent: each file in Captures/ is rewritten from scratch.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
OUT="$ROOT/Captures"

die() { echo "record-captures: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }

[ "$(id -u)" = 0 ] || die "must run as root (network namespaces, tcpdump)"
for tool in ip tcpdump tshark editcap capinfos curl dig dnsmasq microsocks socat python3 ss; do
    command -v "$tool" >/dev/null || die "missing tool: $tool"
done

mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/wharf-record.XXXXXX)
NS=""
BG_PIDS=()
TD_PID=""

# curl without any proxy taken from the environment: only what we ask for.
CURL=(env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u ALL_PROXY -u all_proxy
      -u no_proxy -u NO_PROXY curl -sS -o /dev/null --max-time 5)

nsx() { ip netns exec "$NS" "$@"; }

# Start a background process inside the current namespace. `ip netns exec`
# execs the program, so $! is the program's own pid (no shell function or
# subshell in between, which would leave $! pointing at a bash that ignores
# the signal while it waits).
bg() {
    ip netns exec "$NS" "$@" >>"$WORK/bg.log" 2>&1 &
    BG_PIDS+=($!)
}

end_ns() {
    if [ -n "$TD_PID" ]; then kill -INT "$TD_PID" 2>/dev/null || true; wait "$TD_PID" 2>/dev/null || true; TD_PID=""; fi
    local pid
    for pid in "${BG_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${BG_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    BG_PIDS=()
    if [ -n "$NS" ]; then ip netns del "$NS" 2>/dev/null || true; NS=""; fi
}

cleanup() {
    end_ns
    rm -rf "$WORK"
    rm -f "$OUT"/*.recording
}
trap cleanup EXIT
trap 'exit 130' INT TERM

STEP=0
new_ns() {
    end_ns
    STEP=$((STEP + 1))
    NS="wharf-rec-$$-$STEP"
    ip netns add "$NS"
    nsx ip link set lo up
    # ::1 needs a moment to leave the tentative state on some kernels.
    for _ in $(seq 50); do
        nsx ip -6 addr show dev lo 2>/dev/null | grep -q 'inet6 ::1' && break
        sleep 0.1
    done
}

# wait_listen tcp|udp PORT: wait until something in the namespace listens there.
# (Checks with ss, so the readiness test itself sends no packet.)
wait_listen() {
    local flag=-Hltn; [ "$1" = udp ] && flag=-Hlun
    for _ in $(seq 100); do
        if nsx ss $flag | awk '{print $4}' | grep -Eq "[:.]$2\$"; then return 0; fi
        sleep 0.05
    done
    die "nothing listening on $1 port $2 in $NS"
}

# start_capture IFACE FILE FILTER [extra tcpdump args...]
start_capture() {
    local iface=$1 file=$2 filter=$3; shift 3
    CAP_FINAL="$OUT/$file"
    CAP_TMP="$OUT/$file.recording"
    rm -f "$CAP_TMP"
    : >"$WORK/tcpdump.log"
    ip netns exec "$NS" tcpdump -i "$iface" -U --immediate-mode -n -Z root -s 262144 "$@" -w "$CAP_TMP" "$filter" \
        2>"$WORK/tcpdump.log" &
    TD_PID=$!
    for _ in $(seq 100); do
        grep -q 'listening on' "$WORK/tcpdump.log" && break
        kill -0 "$TD_PID" 2>/dev/null || { cat "$WORK/tcpdump.log" >&2; die "tcpdump failed"; }
        sleep 0.05
    done
    grep -q 'listening on' "$WORK/tcpdump.log" || die "tcpdump did not start"
    sleep 0.2
}

stop_capture() {
    sleep 0.5                       # let the last FIN/ACKs and replies arrive
    kill -INT "$TD_PID"
    wait "$TD_PID" || true
    TD_PID=""
    mv -f "$CAP_TMP" "$CAP_FINAL"
    local n
    n=$(capinfos -c -M "$CAP_FINAL" | awk -F': *' '/Number of packets/ {print $2}')
    log "$(basename "$CAP_FINAL"): $n packets"
    [ "$n" -gt 0 ] || die "$(basename "$CAP_FINAL") captured nothing"
}

# A tiny document root, so HTTP responses stay small.
mkdir -p "$WORK/www"
printf 'hello from wharfinger\n' >"$WORK/www/hello.txt"

http_server() {  # http_server BIND_ADDR PORT
    bg python3 -m http.server "$2" --bind "$1" --directory "$WORK/www"
    wait_listen tcp "$2"
}

dns_server() {
    bg dnsmasq --keep-in-foreground --conf-file=/dev/null --no-resolv --no-hosts --no-poll \
        --pid-file= --user=root --listen-address=127.0.0.1 --bind-interfaces --port=53 \
        --local=/test/ --address=/example.test/192.0.2.7 --address=/example.test/2001:db8::7 \
        --log-facility=-
    wait_listen udp 53
}

socks_server() {
    bg microsocks -i 127.0.0.1 -p 1080
    wait_listen tcp 1080
}

# ---------------------------------------------------------------- 1. http-ipv4
log "http-ipv4.pcap"
new_ns
http_server 127.0.0.1 8000
start_capture lo http-ipv4.pcap 'tcp port 8000'
nsx "${CURL[@]}" http://127.0.0.1:8000/hello.txt
nsx "${CURL[@]}" http://127.0.0.1:8000/hello.txt
stop_capture

# ---------------------------------------------------------------- 2. http-ipv6
log "http-ipv6.pcap"
new_ns
http_server ::1 8000
start_capture lo http-ipv6.pcap 'tcp port 8000'
nsx "${CURL[@]}" -g 'http://[::1]:8000/hello.txt'
nsx "${CURL[@]}" -g 'http://[::1]:8000/hello.txt'
stop_capture

# ---------------------------------------------------------------- 3. dns-udp
log "dns-udp.pcap"
new_ns
dns_server
start_capture lo dns-udp.pcap 'udp port 53'
DIG=(dig @127.0.0.1 -p 53 +tries=1 +time=2 +nocookie)
nsx "${DIG[@]}" example.test A    | grep -q '192.0.2.7'   || die "dnsmasq: no A answer"
nsx "${DIG[@]}" example.test AAAA | grep -q '2001:db8::7' || die "dnsmasq: no AAAA answer"
nsx "${DIG[@]}" missing.test A    | grep -q 'NXDOMAIN'    || die "dnsmasq: no NXDOMAIN"
stop_capture

# ---------------------------------------------------------------- 4. socks5
log "socks5.pcap"
new_ns
http_server 127.0.0.1 8000
socks_server
start_capture lo socks5.pcap 'tcp port 1080 or tcp port 8000'
nsx "${CURL[@]}" --socks5 127.0.0.1:1080 http://127.0.0.1:8000/hello.txt
stop_capture

# ---------------------------------------------------------------- 5. refused
log "refused.pcap"
new_ns
start_capture lo refused.pcap 'tcp port 8081'
nsx "${CURL[@]}" http://127.0.0.1:8081/ && die "port 8081 unexpectedly open" || true
nsx "${CURL[@]}" -g 'http://[::1]:8081/' && die "port 8081 unexpectedly open" || true
stop_capture

# ---------------------------------------------------------------- 6. any device
for variant in LINUX_SLL:any-device.pcap LINUX_SLL2:any-device-sll2.pcap; do
    dlt=${variant%%:*}; file=${variant#*:}
    log "$file ($dlt)"
    new_ns
    http_server 127.0.0.1 8000
    dns_server
    start_capture any "$file" 'tcp port 8000 or udp port 53' -y "$dlt"
    nsx "${CURL[@]}" http://127.0.0.1:8000/hello.txt
    nsx dig @127.0.0.1 -p 53 +tries=1 +time=2 +nocookie example.test A >/dev/null
    stop_capture
done

# ---------------------------------------------------------------- 7. udp-socat
log "udp-socat.pcap"
new_ns
# UDP echo service on port 7: the first datagram fixes the peer, PIPE echoes.
bg socat UDP4-LISTEN:7,bind=127.0.0.1,reuseaddr PIPE
wait_listen udp 7
start_capture lo udp-socat.pcap 'udp port 7'
{ printf 'ping 1\n'; sleep 0.3; printf 'ping 2\n'; sleep 0.5; } | nsx socat -t 1 - UDP4:127.0.0.1:7 >/dev/null
stop_capture

# ---------------------------------------------------------------- 8a. socks-from-1494
# Fan-in to the proxy at :1080 from ephemeral ports, and one client that sits
# on local port 1494 (registered for Citrix ICA). Only the proxy leg is captured.
log "socks-from-1494.pcap"
new_ns
http_server 127.0.0.1 8000
socks_server
start_capture lo socks-from-1494.pcap 'tcp port 1080'
SOCKS_CURL=("${CURL[@]}" --socks5 127.0.0.1:1080 http://127.0.0.1:8000/hello.txt)
nsx "${SOCKS_CURL[@]}"; sleep 0.1
nsx "${SOCKS_CURL[@]}"; sleep 0.1
nsx "${SOCKS_CURL[@]}" --local-port 1494; sleep 0.1
nsx "${SOCKS_CURL[@]}"; sleep 0.1
nsx "${SOCKS_CURL[@]}"
stop_capture

# ---------------------------------------------------------------- 8b. ica-from-1080
# Fan-in to the ICA stand-in at :1494 from ephemeral ports, and one client that
# sits on local port 1080 (registered for SOCKS).
log "ica-from-1080.pcap"
new_ns
bg python3 "$HERE/ica-server.py" 127.0.0.1 1494
wait_listen tcp 1494
start_capture lo ica-from-1080.pcap 'tcp port 1494'
nsx python3 "$HERE/ica-client.py" 127.0.0.1 1494; sleep 0.1
nsx python3 "$HERE/ica-client.py" 127.0.0.1 1494; sleep 0.1
nsx python3 "$HERE/ica-client.py" 127.0.0.1 1494 1080; sleep 0.1
nsx python3 "$HERE/ica-client.py" 127.0.0.1 1494; sleep 0.1
nsx python3 "$HERE/ica-client.py" 127.0.0.1 1494
stop_capture
end_ns

# ---------------------------------------------------------------- 8c. no-handshake copies
for base in socks-from-1494 ica-from-1080; do
    log "$base-nohandshake.pcap"
    python3 "$HERE/strip-handshake.py" "$OUT/$base.pcap" "$OUT/$base-nohandshake.pcap"
done

# ---------------------------------------------------------------- 9. servers-by-host
# Three server addresses on the namespace's lo for the servers view: http on
# 127.0.0.1:8000 (two clients), http on 127.0.0.2:9099 and an echo "backdoor" on
# 127.0.0.2:4444, a UDP echo on 127.0.0.3:7; a connection refused by
# 127.0.0.2:9, and one datagram to the multicast group 239.1.2.3 (no server).
log "servers-by-host.pcap"
new_ns
nsx ip link set lo multicast on
nsx ip route add 224.0.0.0/4 dev lo
http_server 127.0.0.1 8000
http_server 127.0.0.2 9099
bg socat TCP4-LISTEN:4444,bind=127.0.0.2,reuseaddr,fork EXEC:cat
wait_listen tcp 4444
bg socat UDP4-LISTEN:7,bind=127.0.0.3,reuseaddr PIPE
wait_listen udp 7
start_capture lo servers-by-host.pcap 'tcp or udp'
nsx "${CURL[@]}" http://127.0.0.1:8000/hello.txt
nsx "${CURL[@]}" --interface 127.0.0.5 http://127.0.0.1:8000/hello.txt
nsx "${CURL[@]}" --interface 127.0.0.5 http://127.0.0.2:9099/hello.txt
printf 'hello\n' | nsx socat -t 1 - TCP4:127.0.0.2:4444 >/dev/null
printf 'ping\n' | nsx socat -t 1 - UDP4:127.0.0.3:7 >/dev/null
nsx "${CURL[@]}" http://127.0.0.2:9/ 2>/dev/null || true
printf 'announce\n' | nsx socat -u - UDP4-DATAGRAM:239.1.2.3:9999,bind=127.0.0.1
stop_capture
end_ns

# ---------------------------------------------------------------- derived files
# craft-captures.py converts http-ipv4.pcap to pcapng and regenerates
# expected-outcomes.tsv and the README tables from the new recordings.
log "craft-captures.py (crafted files, pcapng, TSV, README tables, tshark cross-check)"
python3 "$HERE/craft-captures.py"

# ---------------------------------------------------------------- summary
log "summary"
capinfos -T -m -c -E -u "$OUT"/http-ipv4.pcap "$OUT"/http-ipv6.pcap "$OUT"/dns-udp.pcap \
    "$OUT"/socks5.pcap "$OUT"/refused.pcap "$OUT"/any-device.pcap "$OUT"/any-device-sll2.pcap \
    "$OUT"/udp-socat.pcap "$OUT"/socks-from-1494.pcap "$OUT"/ica-from-1080.pcap \
    "$OUT"/socks-from-1494-nohandshake.pcap "$OUT"/ica-from-1080-nohandshake.pcap \
    "$OUT"/servers-by-host.pcap "$OUT"/http-ipv4.pcapng
