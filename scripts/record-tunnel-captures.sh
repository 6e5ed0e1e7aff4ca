#!/usr/bin/env bash
# Records Wharfinger's tunnel test captures that the kernel itself can make:
# real curl <-> python3 http.server exchanges inside real kernel tunnels between
# two network namespaces joined by a veth pair, captured by tcpdump on the
# underlay veth.
#
# Run as root:   sudo scripts/record-tunnel-captures.sh
#
# What this kernel can make (the others are crafted by craft-tunnel-captures.py
# around inner exchanges read back from these files; see Captures/README.md,
# "## Tunnels"):
#   tunnel-vxlan.pcap          VXLAN VNI 42, UDP 4789, IPv4 underlay, IPv4 inside
#   tunnel-vxlan-8472.pcap     VXLAN VNI 7, UDP 8472 (Linux's default port), IPv6
#                              underlay, IPv6 inside
#   tunnel-vxlan-tenants.pcap  VXLAN VNIs 100 and 200 on one underlay, two tenants
#                              whose inner addresses AND ports are identical,
#                              fetched at the same time
#   tunnel-4in6.pcap           IPv4 in IPv6 (IPv6 next header 4): SRv6 H.Encaps.Red
#                              with one segment, which carries no routing header
#   tunnel-6in6.pcap           IPv6 in IPv6 (next header 41), the same way
#   tunnel-vxlan-nohandshake.pcap  tunnel-vxlan.pcap without SYN, SYN-ACK and
#                              the first ACK (scripts/strip-handshake.py)
# The kernel here has no gre/gretap/ip6gre/ipip/sit/ip6tnl/geneve/erspan/l2tp
# devices (`ip link add ... type gre` answers "Unknown device type"), so those
# are crafted.
#
# Every address is one this script gives to its own namespaces (documentation
# ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32); no
# packet leaves them. Neighbours are static (no ARP/ND in the captures), client
# ports are fixed with curl --local-port, MAC addresses are fixed, and each
# capture is checked to hold nothing but the tunnelled TCP conversation.
# Namespaces and background processes are removed on exit.
#
# At the end it runs scripts/craft-tunnel-captures.py, which reads the inner
# exchanges from these files, rewrites the crafted tunnel captures and
# Captures/tunnel-expected.tsv, and checks every tunnel-*.pcap against tshark.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
OUT="$ROOT/Captures"

die() { echo "record-tunnel-captures: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }

[ "$(id -u)" = 0 ] || die "must run as root (network namespaces, tcpdump)"
for tool in ip ethtool tcpdump tshark capinfos curl python3 ss sysctl; do
    command -v "$tool" >/dev/null || die "missing tool: $tool"
done

mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/wharf-tunnel.XXXXXX)
NAMESPACES=()
BG_PIDS=()
TD_PID=""

CURL=(env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u ALL_PROXY -u all_proxy
      -u no_proxy -u NO_PROXY curl -sS -o /dev/null --max-time 5)

# bg NS CMD...: a background process inside namespace NS ($! is the program itself).
bg() {
    local ns=$1; shift
    ip netns exec "$ns" "$@" >>"$WORK/bg.log" 2>&1 &
    BG_PIDS+=($!)
}

end_step() {
    if [ -n "$TD_PID" ]; then kill -INT "$TD_PID" 2>/dev/null || true; wait "$TD_PID" 2>/dev/null || true; TD_PID=""; fi
    local pid ns
    for pid in "${BG_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${BG_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    BG_PIDS=()
    for ns in "${NAMESPACES[@]}"; do ip netns del "$ns" 2>/dev/null || true; done
    NAMESPACES=()
}

cleanup() {
    end_step
    rm -rf "$WORK"
    rm -f "$OUT"/tunnel-*.recording
}
trap cleanup EXIT
trap 'exit 130' INT TERM

STEP=0
# new_ns VAR NAME: a fresh namespace wharf-tun-PID-STEP-NAME, lo up, IPv6 quiet
# (no DAD, no router solicitations); its name goes into variable VAR.
new_ns() {
    local ns="wharf-tun-$$-$STEP-$2"
    printf -v "$1" '%s' "$ns"
    ip netns add "$ns"
    NAMESPACES+=("$ns")
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0 \
        net.ipv6.conf.all.router_solicitations=0 net.ipv6.conf.default.router_solicitations=0 \
        net.ipv6.conf.all.dad_transmits=0 net.ipv6.conf.default.dad_transmits=0 \
        net.ipv6.conf.all.forwarding=1 net.ipv4.ip_forward=1
    ip -n "$ns" link set lo up
}

# Checksums: the stack leaves TCP/UDP checksums to devices that offer offload
# (veth and vxlan do), and tcpdump on the veth would then record them unfilled.
# no_offload NS DEV turns transmit checksum offload off, so the kernel computes
# every checksum before the packet reaches the capture.
no_offload() {
    ip netns exec "$1" ethtool -K "$2" tx off >/dev/null
}

# underlay NS_A NS_B: a veth pair, "ul" in each, fixed MACs, no link-local
# addresses (addrgenmode none), no checksum offload, up.
underlay() {
    ip -n "$1" link add ul address 02:00:00:00:0a:01 type veth peer name ul address 02:00:00:00:0b:01 netns "$2"
    local ns
    for ns in "$1" "$2"; do
        ip -n "$ns" link set ul addrgenmode none
        no_offload "$ns" ul
        ip -n "$ns" link set ul up
    done
}

# wait_listen NS PORT: wait until a TCP listener is on PORT in NS (checked with ss: no packet).
wait_listen() {
    for _ in $(seq 100); do
        if ip netns exec "$1" ss -Hltn | awk '{print $4}' | grep -Eq "[:.]$2\$"; then return 0; fi
        sleep 0.05
    done
    die "nothing listening on tcp port $2 in $1"
}

mkdir -p "$WORK/www"
printf 'hello from wharfinger\n' >"$WORK/www/hello.txt"

http_server() {  # http_server NS BIND_ADDR
    bg "$1" python3 -m http.server 80 --bind "$2" --directory "$WORK/www"
    wait_listen "$1" 80
}

# start_capture NS IFACE FILE FILTER
start_capture() {
    local ns=$1 iface=$2 file=$3 filter=$4
    CAP_FINAL="$OUT/$file"
    CAP_TMP="$OUT/$file.recording"
    rm -f "$CAP_TMP"
    : >"$WORK/tcpdump.log"
    ip netns exec "$ns" tcpdump -i "$iface" -U --immediate-mode -n -Z root -s 262144 -w "$CAP_TMP" "$filter" \
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

# stop_capture [tshark decode-as args...]: stop tcpdump, then check that every
# frame carries TCP inside the tunnel and that the TCP checksums are right.
stop_capture() {
    sleep 0.5
    kill -INT "$TD_PID"
    wait "$TD_PID" || true
    TD_PID=""
    mv -f "$CAP_TMP" "$CAP_FINAL"
    local name n bad
    name=$(basename "$CAP_FINAL")
    n=$(capinfos -c -M "$CAP_FINAL" | awk -F': *' '/Number of packets/ {print $2}')
    [ "$n" -gt 0 ] || die "$name captured nothing"
    bad=$(tshark -n -r "$CAP_FINAL" "$@" -Y 'not tcp' -T fields -e frame.number | wc -l)
    [ "$bad" = 0 ] || die "$name: $bad frames without TCP inside the tunnel"
    bad=$(tshark -n -r "$CAP_FINAL" "$@" -o tcp.check_checksum:TRUE -o udp.check_checksum:TRUE \
          -o ip.check_checksum:TRUE -Y 'tcp.checksum.status == 0 or udp.checksum.status == 0 or ip.checksum.status == 0' \
          -T fields -e frame.number | wc -l)
    [ "$bad" = 0 ] || die "$name: $bad frames with a bad IP, UDP or TCP checksum"
    log "$name: $n packets"
}

# ---------------------------------------------------------------- 1. vxlan (4789, IPv4)
# Underlay 203.0.113.1 <-> 203.0.113.2; VNI 42; inside 192.0.2.1 -> 192.0.2.2:80.
log "tunnel-vxlan.pcap"
STEP=1
new_ns A a; new_ns B b
underlay "$A" "$B"
ip -n "$A" addr add 203.0.113.1/24 dev ul
ip -n "$B" addr add 203.0.113.2/24 dev ul
ip -n "$A" neigh replace 203.0.113.2 lladdr 02:00:00:00:0b:01 dev ul nud permanent
ip -n "$B" neigh replace 203.0.113.1 lladdr 02:00:00:00:0a:01 dev ul nud permanent
ip -n "$A" link add vx42 address 02:00:00:00:42:01 type vxlan id 42 dstport 4789 local 203.0.113.1 remote 203.0.113.2
ip -n "$B" link add vx42 address 02:00:00:00:42:02 type vxlan id 42 dstport 4789 local 203.0.113.2 remote 203.0.113.1
for ns in "$A" "$B"; do
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.vx42.disable_ipv6=1
    no_offload "$ns" vx42
    ip -n "$ns" link set vx42 up
done
ip -n "$A" addr add 192.0.2.1/24 dev vx42
ip -n "$B" addr add 192.0.2.2/24 dev vx42
ip -n "$A" neigh replace 192.0.2.2 lladdr 02:00:00:00:42:02 dev vx42 nud permanent
ip -n "$B" neigh replace 192.0.2.1 lladdr 02:00:00:00:42:01 dev vx42 nud permanent
http_server "$B" 192.0.2.2
start_capture "$A" ul tunnel-vxlan.pcap 'udp port 4789'
ip netns exec "$A" "${CURL[@]}" --local-port 41001 http://192.0.2.2/hello.txt
stop_capture
end_step

# ---------------------------------------------------------------- 2. vxlan (8472, IPv6)
# Underlay 2001:db8:1::1 <-> 2001:db8:1::2; VNI 7; inside [2001:db8:a::1] -> [2001:db8:a::2]:80.
log "tunnel-vxlan-8472.pcap"
STEP=2
new_ns A a; new_ns B b
underlay "$A" "$B"
ip -n "$A" addr add 2001:db8:1::1/64 dev ul nodad
ip -n "$B" addr add 2001:db8:1::2/64 dev ul nodad
ip -n "$A" neigh replace 2001:db8:1::2 lladdr 02:00:00:00:0b:01 dev ul nud permanent
ip -n "$B" neigh replace 2001:db8:1::1 lladdr 02:00:00:00:0a:01 dev ul nud permanent
ip -n "$A" link add vx7 address 02:00:00:00:07:01 type vxlan id 7 dstport 8472 local 2001:db8:1::1 remote 2001:db8:1::2
ip -n "$B" link add vx7 address 02:00:00:00:07:02 type vxlan id 7 dstport 8472 local 2001:db8:1::2 remote 2001:db8:1::1
for ns in "$A" "$B"; do
    ip -n "$ns" link set vx7 addrgenmode none
    no_offload "$ns" vx7
    ip -n "$ns" link set vx7 up
done
ip -n "$A" addr add 2001:db8:a::1/64 dev vx7 nodad
ip -n "$B" addr add 2001:db8:a::2/64 dev vx7 nodad
ip -n "$A" neigh replace 2001:db8:a::2 lladdr 02:00:00:00:07:02 dev vx7 nud permanent
ip -n "$B" neigh replace 2001:db8:a::1 lladdr 02:00:00:00:07:01 dev vx7 nud permanent
http_server "$B" 2001:db8:a::2
sleep 3   # let the MLD reports that follow "link up" pass before capturing
start_capture "$A" ul tunnel-vxlan-8472.pcap 'udp port 8472'
ip netns exec "$A" "${CURL[@]}" --local-port 41002 -g 'http://[2001:db8:a::2]/hello.txt'
stop_capture -d udp.port==8472,vxlan
end_step

# ---------------------------------------------------------------- 3. vxlan tenants
# One underlay 203.0.113.1 <-> 203.0.113.2 (namespaces a, b) carrying VNI 100
# and VNI 200. Each VNI's device is created in the underlay namespace (its UDP
# socket stays there) and then moved into its tenant's namespaces: tenant 1
# (c1 client, s1 server) on VNI 100, tenant 2 (c2, s2) on VNI 200. Both tenants
# use 192.0.2.1 -> 192.0.2.2:80 from client port 41003, with the same MACs, and
# both fetch at the same time. Every VXLAN device sends from UDP port 50000
# (srcport 50000 50001), so the outer addresses and ports are identical too: only the VNI
# tells the two conversations apart.
log "tunnel-vxlan-tenants.pcap"
STEP=3
new_ns A a; new_ns B b
new_ns C1 c1; new_ns S1 s1; new_ns C2 c2; new_ns S2 s2
underlay "$A" "$B"
ip -n "$A" addr add 203.0.113.1/24 dev ul
ip -n "$B" addr add 203.0.113.2/24 dev ul
ip -n "$A" neigh replace 203.0.113.2 lladdr 02:00:00:00:0b:01 dev ul nud permanent
ip -n "$B" neigh replace 203.0.113.1 lladdr 02:00:00:00:0a:01 dev ul nud permanent
for t in 1:100 2:200; do
    tn=${t%%:*}; vni=${t#*:}
    cns=C$tn; sns=S$tn
    ip -n "$A" link add vx$vni address 02:00:00:00:c0:01 type vxlan id "$vni" dstport 4789 srcport 50000 50001 \
        local 203.0.113.1 remote 203.0.113.2
    ip -n "$B" link add vx$vni address 02:00:00:00:c0:02 type vxlan id "$vni" dstport 4789 srcport 50000 50001 \
        local 203.0.113.2 remote 203.0.113.1
    ip -n "$A" link set vx$vni netns "${!cns}"
    ip -n "$B" link set vx$vni netns "${!sns}"
    for ns in "${!cns}" "${!sns}"; do
        ip netns exec "$ns" sysctl -qw net.ipv6.conf.vx$vni.disable_ipv6=1
        no_offload "$ns" vx$vni
        ip -n "$ns" link set vx$vni up
    done
    ip -n "${!cns}" addr add 192.0.2.1/24 dev vx$vni
    ip -n "${!sns}" addr add 192.0.2.2/24 dev vx$vni
    ip -n "${!cns}" neigh replace 192.0.2.2 lladdr 02:00:00:00:c0:02 dev vx$vni nud permanent
    ip -n "${!sns}" neigh replace 192.0.2.1 lladdr 02:00:00:00:c0:01 dev vx$vni nud permanent
    http_server "${!sns}" 192.0.2.2
done
start_capture "$A" ul tunnel-vxlan-tenants.pcap 'udp port 4789'
ip netns exec "$C1" "${CURL[@]}" --local-port 41003 http://192.0.2.2/hello.txt &
CURL1=$!
ip netns exec "$C2" "${CURL[@]}" --local-port 41003 http://192.0.2.2/hello.txt
wait "$CURL1" || die "tenant 1 curl failed"
stop_capture
end_step

# ---------------------------------------------------------------- 4./5. 4in6 and 6in6
# Four namespaces in a line: client c -- tunnel router a -- tunnel router b --
# server s. The underlay a <-> b is 2001:db8:1::1 <-> 2001:db8:1::2. Each
# router sends the inner packets with an SRv6 route in H.Encaps.Red mode and a
# single segment, the other router's SID: that is a plain outer IPv6 header
# (no routing header) addressed to 2001:db8:5::2 (a -> b) or 2001:db8:6::1
# (b -> a), next header 4 or 41. The SID's seg6local End.DX4 / End.DX6 route
# decapsulates and forwards the inner packet to the host behind it. (The hosts
# sit in their own namespaces because End.DX6 will not deliver to a local
# address: its lookup refuses routes through the loopback device.)
#   4in6: inside 192.0.2.1:41004 -> 198.51.100.2:80
#   6in6: inside [2001:db8:a::1]:41005 -> [2001:db8:b::2]:80
for kind in 4in6 6in6; do
    log "tunnel-$kind.pcap"
    STEP=$((STEP + 1))
    new_ns A a; new_ns B b; new_ns C c; new_ns S s
    underlay "$A" "$B"
    for pair in "$C:$A" "$S:$B"; do      # host -- router links, "in" on both ends
        h=${pair%%:*}; r=${pair#*:}
        ip -n "$h" link add in type veth peer name in netns "$r"
        for ns in "$h" "$r"; do
            no_offload "$ns" in
            ip -n "$ns" link set in up
        done
    done
    for ns in "$A" "$B"; do
        ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.seg6_enabled=1 net.ipv6.conf.ul.seg6_enabled=1
    done
    ip -n "$A" addr add 2001:db8:1::1/64 dev ul nodad
    ip -n "$B" addr add 2001:db8:1::2/64 dev ul nodad
    ip -n "$A" neigh replace 2001:db8:1::2 lladdr 02:00:00:00:0b:01 dev ul nud permanent
    ip -n "$B" neigh replace 2001:db8:1::1 lladdr 02:00:00:00:0a:01 dev ul nud permanent
    ip -n "$A" -6 route add 2001:db8:5::/64 via 2001:db8:1::2 dev ul
    ip -n "$B" -6 route add 2001:db8:6::/64 via 2001:db8:1::1 dev ul
    if [ "$kind" = 4in6 ]; then
        ip -n "$C" addr add 192.0.2.1/24 dev in;     ip -n "$A" addr add 192.0.2.254/24 dev in
        ip -n "$S" addr add 198.51.100.2/24 dev in;  ip -n "$B" addr add 198.51.100.254/24 dev in
        ip -n "$C" route add default via 192.0.2.254
        ip -n "$S" route add default via 198.51.100.254
        ip -n "$A" route add 198.51.100.0/24 encap seg6 mode encap.red segs 2001:db8:5::2 dev ul
        ip -n "$B" route add 192.0.2.0/24 encap seg6 mode encap.red segs 2001:db8:6::1 dev ul
        ip -n "$B" -6 route add 2001:db8:5::2/128 encap seg6local action End.DX4 nh4 198.51.100.2 dev in
        ip -n "$A" -6 route add 2001:db8:6::1/128 encap seg6local action End.DX4 nh4 192.0.2.1 dev in
        http_server "$S" 198.51.100.2
        start_capture "$A" ul tunnel-4in6.pcap 'ip6 proto 4'
        ip netns exec "$C" "${CURL[@]}" --local-port 41004 http://198.51.100.2/hello.txt
    else
        ip -n "$C" addr add 2001:db8:a::1/64 dev in nodad;  ip -n "$A" addr add 2001:db8:a::ffff/64 dev in nodad
        ip -n "$S" addr add 2001:db8:b::2/64 dev in nodad;  ip -n "$B" addr add 2001:db8:b::ffff/64 dev in nodad
        ip -n "$C" -6 route add default via 2001:db8:a::ffff
        ip -n "$S" -6 route add default via 2001:db8:b::ffff
        ip -n "$A" -6 route add 2001:db8:b::/64 encap seg6 mode encap.red segs 2001:db8:5::2 dev ul
        ip -n "$B" -6 route add 2001:db8:a::/64 encap seg6 mode encap.red segs 2001:db8:6::1 dev ul
        ip -n "$B" -6 route add 2001:db8:5::2/128 encap seg6local action End.DX6 nh6 2001:db8:b::2 dev in
        ip -n "$A" -6 route add 2001:db8:6::1/128 encap seg6local action End.DX6 nh6 2001:db8:a::1 dev in
        http_server "$S" 2001:db8:b::2
        start_capture "$A" ul tunnel-6in6.pcap 'ip6 proto 41'
        ip netns exec "$C" "${CURL[@]}" --local-port 41005 -g 'http://[2001:db8:b::2]/hello.txt'
    fi
    stop_capture
    end_step
done

# ---------------------------------------------------------------- 6. no-handshake copy
log "tunnel-vxlan-nohandshake.pcap"
python3 "$HERE/strip-handshake.py" "$OUT/tunnel-vxlan.pcap" "$OUT/tunnel-vxlan-nohandshake.pcap"

log "summary"
capinfos -T -m -c -s "$OUT"/tunnel-vxlan.pcap "$OUT"/tunnel-vxlan-8472.pcap "$OUT"/tunnel-vxlan-tenants.pcap \
    "$OUT"/tunnel-4in6.pcap "$OUT"/tunnel-6in6.pcap "$OUT"/tunnel-vxlan-nohandshake.pcap

# ---------------------------------------------------------------- crafted files
# The crafted tunnel captures wrap the inner exchanges just recorded; the script
# also rewrites Captures/tunnel-expected.tsv and checks every tunnel-*.pcap
# against tshark.
log "craft-tunnel-captures.py"
python3 "$HERE/craft-tunnel-captures.py"
