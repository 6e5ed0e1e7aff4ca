#!/usr/bin/env python3
"""Crafts Wharfinger's tunnel test captures that no program on the recording
machine makes (its kernel has no GRE, Geneve, ERSPAN, IP-in-IPv4, GTP-U or L2TP
devices, and no Teredo, PPTP, PBB or FabricPath implementation), writes
Captures/tunnel-expected.tsv for every tunnel-*.pcap, and checks every one
against tshark.

    python3 scripts/craft-tunnel-captures.py          # after record-tunnel-captures.sh

The INNER conversations are real: every crafted file wraps, byte for byte, the
frames of a curl <-> python3 http.server exchange that record-tunnel-captures.sh
recorded inside a real kernel VXLAN tunnel:
  * IPv4 inside: the inner Ethernet frames of Captures/tunnel-vxlan.pcap
    (192.0.2.1:41001 -> 192.0.2.2:80, 12 frames), or their IPv4 packets;
  * IPv6 inside: those of Captures/tunnel-vxlan-8472.pcap
    ([2001:db8:a::1]:41002 -> [2001:db8:a::2]:80), or their IPv6 packets;
  * tunnel-nested.pcap wraps the whole recorded outer IPv4/UDP/VXLAN packets of
    tunnel-vxlan.pcap, so its VXLAN layer is real too.
Only the outer headers are built here, by hand with struct, with correct IPv4
header, UDP and GRE checksums. Timestamps are the recording's offsets from its
first frame added to a fixed base per file, so a given recording always gives
the same bytes. Files are written THROUGH LIBPCAP ITSELF (ctypes:
pcap_open_dead_with_tstamp_precision, pcap_dump_open, pcap_dump,
pcap_dump_close), as scripts/craft-captures.py does.

Outer endpoints: 203.0.113.1 (the client's side) <-> 203.0.113.2 (the server's
side), or 2001:db8:1::1 <-> 2001:db8:1::2; in the chained files each level has
its own pair (see LEVELS). Direction: a frame whose inner TCP destination port
is 80 goes client -> server.
"""
import collections
import ipaddress
import os
import struct
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "Captures")

# ----------------------------------------------------------------- libpcap
sys.path.insert(0, HERE)
import pcapfile  # noqa: E402
from pcapfile import csum  # noqa: E402

DLT_EN10MB = 1
BASE_TS = 1795219200  # 2026-11-21T00:00:00Z, as craft-captures.py


def write_pcap(path, frames):
    """frames: list of (sec, usec, bytes), written whole."""
    pcapfile.write_pcap(path, DLT_EN10MB, [(sec, usec, data, len(data)) for sec, usec, data in frames])


def read_pcap(path):
    """A recorded Ethernet capture, whole frames: [(sec, usec, bytes)]."""
    linktype, frames = pcapfile.read_pcap(path)
    if linktype != DLT_EN10MB:
        sys.exit(f"{path}: link type {linktype}, expected Ethernet")
    if any(len(data) != length for _, _, data, length in frames):
        sys.exit(f"{path}: frame cut by the snap length")
    return [(sec, usec, data) for sec, usec, data, _ in frames]


# ----------------------------------------------------------------- builders
def a4(a):
    return ipaddress.IPv4Address(a).packed


def a6(a):
    return ipaddress.IPv6Address(a).packed


def mac(s):
    return bytes.fromhex(s.replace(":", ""))


MAC_A, MAC_B = mac("02:00:00:00:0a:01"), mac("02:00:00:00:0b:01")   # as in the recordings' underlay

ETH_IPV4, ETH_IPV6, ETH_TEB, ETH_8021Q, ETH_8021AD = 0x0800, 0x86DD, 0x6558, 0x8100, 0x88A8
ETH_ERSPAN, ETH_ERSPAN3, ETH_PPP, ETH_PBB, ETH_FABRICPATH = 0x88BE, 0x22EB, 0x880B, 0x88E7, 0x8903
IPPROTO_IPIP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_IPV6, IPPROTO_GRE = 4, 6, 17, 41, 47


def eth(ethertype, payload, src=MAC_A, dst=MAC_B):
    return dst + src + struct.pack("!H", ethertype) + payload


class IPv4:
    """An outer IPv4 header maker with its own identification counter."""

    def __init__(self):
        self.ident = 0x1000

    def __call__(self, proto, payload, src, dst, ttl=64):
        self.ident += 1
        hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), self.ident, 0x4000, ttl, proto,
                          0, a4(src), a4(dst))
        hdr = hdr[:10] + struct.pack("!H", csum(hdr)) + hdr[12:]
        return hdr + payload


def ipv6(next_header, payload, src, dst, hop_limit=64, flow=0):
    return struct.pack("!IHBB16s16s", (6 << 28) | flow, len(payload), next_header, hop_limit,
                       a6(src), a6(dst)) + payload


def udp(sport, dport, payload, src, dst, checksum=True):
    """UDP over IPv4 or IPv6 (by the address form); checksum=False leaves 0 (IPv4 only)."""
    dg = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload
    if checksum or ":" in src:
        if ":" in src:
            pseudo = a6(src) + a6(dst) + struct.pack("!IxxxB", len(dg), IPPROTO_UDP)
        else:
            pseudo = a4(src) + a4(dst) + struct.pack("!BBH", 0, IPPROTO_UDP, len(dg))
        c = csum(pseudo + dg) or 0xFFFF
        dg = dg[:6] + struct.pack("!H", c) + dg[8:]
    return dg


def gre(proto, payload, checksum=False, key=None, seq=None):
    """RFC 2784/2890 GRE, version 0: C (checksum + reserved1), K (key), S (sequence)."""
    flags = (0x8000 if checksum else 0) | (0x2000 if key is not None else 0) | (0x1000 if seq is not None else 0)
    hdr = struct.pack("!HH", flags, proto)
    opt = b""
    if checksum:
        opt += b"\0\0\0\0"
    if key is not None:
        opt += struct.pack("!I", key)
    if seq is not None:
        opt += struct.pack("!I", seq)
    pkt = hdr + opt + payload
    if checksum:
        pkt = pkt[:4] + struct.pack("!H", csum(pkt)) + pkt[6:]
    return pkt


def vxlan(vni, payload):
    return struct.pack("!II", 0x08000000, vni << 8) + payload


def geneve(vni, payload, options=b"", proto=ETH_TEB):
    assert len(options) % 4 == 0 and len(options) <= 252
    return struct.pack("!BBHI", len(options) // 4, 0, proto, vni << 8) + options + payload


def geneve_option(opt_class, opt_type, data):
    assert len(data) % 4 == 0
    return struct.pack("!HBB", opt_class, opt_type, len(data) // 4) + data


# ----------------------------------------------------------------- sources
class Frame:
    """One recorded frame: its time and the layers this script reuses."""

    def __init__(self, sec, usec, outer_ip, inner_eth):
        self.sec, self.usec = sec, usec
        self.outer_ip = outer_ip          # the recorded outer IP packet (header to end)
        self.inner_eth = inner_eth        # the inner Ethernet frame carried by VXLAN
        self.inner_ip = inner_eth[14:]
        et = struct.unpack("!H", inner_eth[12:14])[0]
        if et == ETH_IPV4:
            ihl = (self.inner_ip[0] & 0x0F) * 4
            self.proto = self.inner_ip[9]
            tcp = self.inner_ip[ihl:]
        elif et == ETH_IPV6:
            self.proto = self.inner_ip[6]
            tcp = self.inner_ip[40:]
        else:
            sys.exit(f"inner EtherType {et:#x}")
        if self.proto != IPPROTO_TCP:
            sys.exit("inner packet is not TCP")
        self.sport, self.dport = struct.unpack("!HH", tcp[:4])
        self.flags = tcp[13]
        self.payload_len = len(tcp) - (tcp[12] >> 4) * 4
        self.c2s = self.dport == 80
        self.request = False     # the client's first frame with payload (set by vxlan_source)


def vxlan_source(name):
    """The frames of a recorded VXLAN capture (any UDP port), outer IPv4 or IPv6."""
    frames = []
    for sec, usec, data in read_pcap(os.path.join(OUT, name)):
        et = struct.unpack("!H", data[12:14])[0]
        ip = data[14:]
        if et == ETH_IPV4:
            l4 = ip[(ip[0] & 0x0F) * 4:]
        elif et == ETH_IPV6:
            l4 = ip[40:]
        else:
            sys.exit(f"{name}: outer EtherType {et:#x}")
        frames.append(Frame(sec, usec, ip, l4[16:]))
    next(f for f in frames if f.c2s and f.payload_len).request = True
    return frames


# ----------------------------------------------------------------- captures
CLIENT_SIDE4, SERVER_SIDE4 = "203.0.113.1", "203.0.113.2"
CLIENT_SIDE6, SERVER_SIDE6 = "2001:db8:1::1", "2001:db8:1::2"
CAPTURES = collections.OrderedDict()   # name -> (frames, description)


def timed(source, index, build):
    """Frames for file number `index`: build(frame, i) per source frame, timestamps
    at BASE_TS + 100 * index plus the recording's offset from its first frame."""
    t0 = source[0].sec * 1_000_000 + source[0].usec
    out = []
    for i, f in enumerate(source):
        t = (f.sec * 1_000_000 + f.usec) - t0 + (BASE_TS + 100 * index) * 1_000_000
        out.append((t // 1_000_000, t % 1_000_000, build(f, i)))
    return out


def ends(f, v6=False):
    """(src, dst, src MAC, dst MAC) of the outer header for frame f."""
    c, s = (CLIENT_SIDE6, SERVER_SIDE6) if v6 else (CLIENT_SIDE4, SERVER_SIDE4)
    return (c, s, MAC_A, MAC_B) if f.c2s else (s, c, MAC_B, MAC_A)


def build_all(v4, v6):
    n = 0

    def add(name, source, build):
        nonlocal n
        n += 1
        CAPTURES[name] = timed(source, n, build)

    # tunnel-gre.pcap: GRE version 0 over IPv4 carrying IPv4 (0x0800). Client ->
    # server with checksum, key 7 and sequence numbers (C, K, S); server -> client
    # with the key alone, as when only one end is configured with ocsum/oseq.
    ip4 = IPv4()
    seq = collections.Counter()

    def b(f, i):
        src, dst, ms, md = ends(f)
        if f.c2s:
            seq["c"] += 1
            g = gre(ETH_IPV4, f.inner_ip, checksum=True, key=7, seq=seq["c"])
        else:
            g = gre(ETH_IPV4, f.inner_ip, key=7)
        return eth(ETH_IPV4, ip4(IPPROTO_GRE, g, src, dst), ms, md)
    add("tunnel-gre.pcap", v4, b)

    # tunnel-gretap.pcap: GRE over IPv6 (next header 47), key 9, carrying whole
    # Ethernet frames (0x6558, transparent Ethernet bridging), as ip6gretap sends.
    def b(f, i):
        src, dst, ms, md = ends(f, v6=True)
        return eth(ETH_IPV6, ipv6(IPPROTO_GRE, gre(ETH_TEB, f.inner_eth, key=9), src, dst), ms, md)
    add("tunnel-gretap.pcap", v4, b)

    # tunnel-pptp.pcap: PPTP data, enhanced GRE (RFC 2637: version 1, protocol
    # 0x880b, K and S always, A when acknowledging), carrying PPP (address ff,
    # control 03, protocol 0x0021) with the IPv4 packets. Key = payload length
    # and the receiver's call ID: 0x4001 at the server (PAC), 0x8002 at the client.
    ip4 = IPv4()
    state = {"c": 0, "s": 0, "last_c": None, "last_s": None}

    def b(f, i):
        src, dst, ms, md = ends(f)
        me, peer = ("c", "s") if f.c2s else ("s", "c")
        ppp = b"\xff\x03\x00\x21" + f.inner_ip
        seqno = state[me]
        state[me] += 1
        ack = state["last_" + peer]
        flags = 0x3001 | (0x0080 if ack is not None else 0)         # K, S, [A], version 1
        hdr = struct.pack("!HHHHI", flags, ETH_PPP, len(ppp), 0x4001 if f.c2s else 0x8002, seqno)
        if ack is not None:
            hdr += struct.pack("!I", ack)
        state["last_" + me] = seqno
        return eth(ETH_IPV4, ip4(IPPROTO_GRE, hdr + ppp, src, dst), ms, md)
    add("tunnel-pptp.pcap", v4, b)

    # ERSPAN: a switch (203.0.113.1) mirrors both directions of the conversation
    # to a collector (203.0.113.2): every outer packet goes the same way.
    # Type I: GRE without sequence number, protocol 0x88be, the mirrored frame
    # straight after the 4-byte GRE header.
    ip4 = IPv4()

    def b(f, i):
        return eth(ETH_IPV4, ip4(IPPROTO_GRE, gre(ETH_ERSPAN, f.inner_eth), CLIENT_SIDE4, SERVER_SIDE4))
    add("tunnel-erspan1.pcap", v4, b)

    # Type II: GRE with sequence number (S), protocol 0x88be, 8-byte ERSPAN header:
    # version 1, VLAN 0, COS 0, En 0 (frame was untagged), T 0, session 100, index 5.
    ip4 = IPv4()

    def b(f, i):
        hdr = struct.pack("!II", (1 << 28) | (0 << 16) | (0 << 13) | (0 << 11) | (0 << 10) | 100, 5)
        return eth(ETH_IPV4, ip4(IPPROTO_GRE, gre(ETH_ERSPAN, hdr + f.inner_eth, seq=i), CLIENT_SIDE4,
                                 SERVER_SIDE4))
    add("tunnel-erspan2.pcap", v4, b)

    # Type III: GRE with sequence number, protocol 0x22eb, 12-byte ERSPAN header:
    # version 2, VLAN 0, COS 0, BSO 0, T 0, session 200, a 32-bit timestamp
    # (100 microsecond granularity, Gra 0), SGT 0, P 0, FT 0 (Ethernet), HW ID 1,
    # D = 0 (ingress) for client -> server frames and 1 for server -> client; O
    # set on the server -> client frames, which then carry the 8-byte optional
    # platform-specific subheader (platform ID 3: port ID 0x0102, upper
    # timestamp word 0).
    ip4 = IPv4()

    def b(f, i):
        o = 0 if f.c2s else 1
        d = 0 if f.c2s else 1
        ts = 1000 + 10 * i
        hdr = struct.pack("!III", (2 << 28) | 200, ts, (0 << 16) | (0 << 15) | (0 << 10) | (1 << 4) | (d << 3) | o)
        if o:
            hdr += struct.pack("!II", (3 << 26) | 0x0102, 0)
        return eth(ETH_IPV4, ip4(IPPROTO_GRE, gre(ETH_ERSPAN3, hdr + f.inner_eth, seq=i), CLIENT_SIDE4,
                                 SERVER_SIDE4))
    add("tunnel-erspan3.pcap", v4, b)

    # tunnel-geneve.pcap: Geneve (UDP 6081) VNI 0x00abcd, protocol 0x6558.
    # Client -> server frames carry two options (20 bytes, Opt Len 5): class
    # 0x0102 type 0x01 with 4 bytes, class 0x0103 type 0x02 with 8 bytes;
    # server -> client frames carry none. Outer UDP source ports 49500 / 49501.
    ip4 = IPv4()
    opts = geneve_option(0x0102, 0x01, b"\x00\x00\x00\x2a") + geneve_option(0x0103, 0x02, bytes(range(1, 9)))

    def b(f, i):
        src, dst, ms, md = ends(f)
        g = geneve(0xABCD, f.inner_eth, opts if f.c2s else b"")
        return eth(ETH_IPV4, ip4(IPPROTO_UDP, udp(49500 if f.c2s else 49501, 6081, g, src, dst), src, dst), ms, md)
    add("tunnel-geneve.pcap", v4, b)

    # tunnel-gtpu.pcap: GTPv1-U G-PDUs (message type 0xff) on UDP 2152 <-> 2152.
    # Uplink (client side = gNB 203.0.113.1 -> UPF 203.0.113.2) TEID 0x00001234,
    # with E set: sequence 0, N-PDU 0, next extension type 0x85, one PDU Session
    # Container (UL PDU, QFI 9). Downlink TEID 0x00005678 with S set: sequence
    # number counting from 1, no extension header.
    ip4 = IPv4()
    dl = [0]

    def b(f, i):
        src, dst, ms, md = ends(f)
        if f.c2s:
            opt = struct.pack("!HBB", 0, 0, 0x85) + struct.pack("!BBBB", 1, 0x10, 9, 0)
            hdr = struct.pack("!BBHI", 0x34, 0xFF, len(opt) + len(f.inner_ip), 0x1234) + opt
        else:
            dl[0] += 1
            opt = struct.pack("!HBB", dl[0], 0, 0)
            hdr = struct.pack("!BBHI", 0x32, 0xFF, len(opt) + len(f.inner_ip), 0x5678) + opt
        return eth(ETH_IPV4, ip4(IPPROTO_UDP, udp(2152, 2152, hdr + f.inner_ip, src, dst), src, dst), ms, md)
    add("tunnel-gtpu.pcap", v4, b)

    # tunnel-teredo.pcap: Teredo (RFC 4380), IPv6 in UDP between a client at
    # 203.0.113.1:51000 and a relay at 203.0.113.2:3544. The client's SYN carries
    # an authentication indicator (ID-len 0, AU-len 0, nonce, confirmation 0); its
    # GET carries an authentication indicator followed by an origin indication;
    # every server -> client frame carries an origin indication (port 3544 and
    # address 203.0.113.2, obfuscated); the rest are bare IPv6.
    ip4 = IPv4()
    auth = struct.pack("!HBB", 0x0001, 0, 0) + bytes.fromhex("0102030405060708") + b"\x00"
    origin = struct.pack("!HH4s", 0x0000, 3544 ^ 0xFFFF, bytes(x ^ 0xFF for x in a4(SERVER_SIDE4)))

    def b(f, i):
        src, dst, ms, md = ends(f)
        pkt = f.inner_ip
        if f.c2s:
            if f.flags == 0x02:                                      # SYN
                pkt = auth + pkt
            elif f.request:                                          # the GET
                pkt = auth + origin + pkt
        else:
            pkt = origin + pkt
        sp, dp = (51000, 3544) if f.c2s else (3544, 51000)
        return eth(ETH_IPV4, ip4(IPPROTO_UDP, udp(sp, dp, pkt, src, dst), src, dst), ms, md)
    add("tunnel-teredo.pcap", v6, b)

    # tunnel-4in4.pcap / tunnel-6in4.pcap: IPv4 protocol 4 (IP in IP, RFC 2003)
    # and protocol 41 (6in4/SIT, RFC 4213).
    ip4 = IPv4()

    def b(f, i):
        src, dst, ms, md = ends(f)
        return eth(ETH_IPV4, ip4(IPPROTO_IPIP, f.inner_ip, src, dst), ms, md)
    add("tunnel-4in4.pcap", v4, b)
    ip4b = IPv4()

    def b(f, i):
        src, dst, ms, md = ends(f)
        return eth(ETH_IPV4, ip4b(IPPROTO_IPV6, f.inner_ip, src, dst), ms, md)
    add("tunnel-6in4.pcap", v6, b)

    # tunnel-l2tp.pcap: L2TPv2 data messages (RFC 2661) on UDP 1701 <-> 1701
    # carrying PPP (ff 03 00 21) with the IPv4 packets. Tunnel/session IDs are the
    # receiver's: 12/22 at the LNS (server side), 11/21 at the LAC (client side).
    # Client -> server: L set (length field); its GET also has O set, offset size
    # 4 and 4 bytes of padding. Server -> client: S set, Ns counting from 0, Nr 0.
    ip4 = IPv4()
    ns = [0]

    def b(f, i):
        src, dst, ms, md = ends(f)
        ppp = b"\xff\x03\x00\x21" + f.inner_ip
        if f.c2s:
            if f.request:
                body = struct.pack("!HHH", 12, 22, 4) + b"\0\0\0\0" + ppp
                hdr = struct.pack("!HH", 0x4202, 4 + len(body))
            else:
                body = struct.pack("!HH", 12, 22) + ppp
                hdr = struct.pack("!HH", 0x4002, 4 + len(body))
            l2 = hdr + body
        else:
            l2 = struct.pack("!HHHHH", 0x0802, 11, 21, ns[0], 0) + ppp
            ns[0] += 1
        return eth(ETH_IPV4, ip4(IPPROTO_UDP, udp(1701, 1701, l2, src, dst), src, dst), ms, md)
    add("tunnel-l2tp.pcap", v4, b)

    # tunnel-pbb.pcap: IEEE 802.1ah provider backbone bridging. Backbone MACs
    # 02:00:00:00:bb:01 (client side) / :bb:02. Client -> server: B-TAG 0x88a8
    # VID 100, then the I-TAG 0x88e7 (PCP 0, DEI 0, UCA 0, I-SID 5000), then the
    # customer frame (C-DA, C-SA, EtherType, payload). Server -> client: the I-TAG
    # right after the backbone addresses, no B-TAG.
    bb1, bb2 = mac("02:00:00:00:bb:01"), mac("02:00:00:00:bb:02")

    def b(f, i):
        itag = struct.pack("!I", 5000) + f.inner_eth
        if f.c2s:
            return eth(ETH_8021AD, struct.pack("!HH", 100, ETH_PBB) + itag, bb1, bb2)
        return eth(ETH_PBB, itag, bb2, bb1)
    add("tunnel-pbb.pcap", v4, b)

    # tunnel-fabricpath.pcap: Cisco FabricPath: outer DA and SA are hierarchical
    # MACs (switch ID 12 / 11, sub-switch 0, LID 0x0011 / 0x0021; U/L, I/G, OOO 0),
    # then the FP tag: EtherType 0x8903, FTag 1, TTL 32; then the classical
    # Ethernet frame; then the FabricPath FCS (CRC-32 over the whole frame from
    # the outer DA, least significant byte first, as Ethernet sends it), which
    # replaces the classical frame's FCS. The FCS is kept because tshark 4.0
    # always takes a FabricPath frame's last 4 bytes for it; a decoder must see
    # the 4 bytes as trailer after the inner IPv4 packet (its total length ends
    # before them).
    def hmac(swid, lid):
        # 24 bits: end node ID (high 6), U/L, I/G, end node ID (low 2), reserved,
        # OOO/DL, switch ID (12); then the sub-switch ID (8) and the LID (16).
        return struct.pack("!BHBH", 0, swid & 0x0FFF, 0, lid)

    def b(f, i):
        a, z = (hmac(11, 0x21), hmac(12, 0x11)) if f.c2s else (hmac(12, 0x11), hmac(11, 0x21))
        frame = z + a + struct.pack("!HH", ETH_FABRICPATH, (1 << 6) | 32) + f.inner_eth
        return frame + struct.pack("<I", zlib.crc32(frame))
    add("tunnel-fabricpath.pcap", v4, b)

    # tunnel-nested.pcap: VXLAN in GRE in VLAN. Ethernet, 802.1Q VID 100, IPv4
    # 198.51.100.1 <-> 198.51.100.2 protocol 47, GRE key 7 protocol 0x0800, then
    # the recorded outer IPv4 packet of tunnel-vxlan.pcap unchanged (203.0.113.1
    # <-> 203.0.113.2, UDP 4789, VNI 42) with its inner Ethernet/IPv4/TCP.
    ip4 = IPv4()

    def b(f, i):
        src, dst = ("198.51.100.1", "198.51.100.2") if f.c2s else ("198.51.100.2", "198.51.100.1")
        ms, md = (MAC_A, MAC_B) if f.c2s else (MAC_B, MAC_A)
        return eth(ETH_8021Q, struct.pack("!HH", 100, ETH_IPV4)
                   + ip4(IPPROTO_GRE, gre(ETH_IPV4, f.outer_ip, key=7), src, dst), ms, md)
    add("tunnel-nested.pcap", v4, b)

    # tunnel-depth4.pcap: four tunnels, the depth limit. From the outside:
    #   GRE key 1        over IPv4 203.0.113.11 <-> .12, carrying IPv4 (0x0800)
    #   VXLAN VNI 2      over IPv4 203.0.113.21 <-> .22 (UDP 4789), Ethernet inside
    #   Geneve VNI 3     over IPv4 203.0.113.31 <-> .32 (UDP 6081, no options), Ethernet inside
    #   IP in IP         over IPv4 203.0.113.41 <-> .42 (protocol 4)
    # then the recorded IPv4 packet 192.0.2.1:41001 <-> 192.0.2.2:80.
    # tunnel-depth5.pcap: the same frames inside one more VXLAN, VNI 5, over IPv4
    # 203.0.113.51 <-> .52 (UDP 4789): five tunnels, one past the limit.
    ipx = {lvl: IPv4() for lvl in (1, 2, 3, 4, 5)}

    def pair(f, lvl):
        c, s = f"203.0.113.{lvl}1", f"203.0.113.{lvl}2"
        return (c, s) if f.c2s else (s, c)

    def lmac(f, lvl):
        c, s = mac(f"02:00:00:00:{lvl}1:01"), mac(f"02:00:00:00:{lvl}2:02")
        return (c, s) if f.c2s else (s, c)

    def depth4(f):
        s4, d4 = pair(f, 4)
        p = ipx[4](IPPROTO_IPIP, f.inner_ip, s4, d4)
        ms, md = lmac(f, 3)
        s3, d3 = pair(f, 3)
        p = ipx[3](IPPROTO_UDP, udp(49503 if f.c2s else 49513, 6081, geneve(3, eth(ETH_IPV4, p, ms, md)), s3, d3),
                   s3, d3)
        ms, md = lmac(f, 2)
        s2, d2 = pair(f, 2)
        p = ipx[2](IPPROTO_UDP, udp(49502 if f.c2s else 49512, 4789, vxlan(2, eth(ETH_IPV4, p, ms, md)), s2, d2,
                                    checksum=False), s2, d2)
        s1, d1 = pair(f, 1)
        p = ipx[1](IPPROTO_GRE, gre(ETH_IPV4, p, key=1), s1, d1)
        ms, md = lmac(f, 1)
        return eth(ETH_IPV4, p, ms, md)
    add("tunnel-depth4.pcap", v4, lambda f, i: depth4(f))

    def b(f, i):
        s5, d5 = pair(f, 5)
        p = ipx[5](IPPROTO_UDP, udp(49505 if f.c2s else 49515, 4789, vxlan(5, depth4(f)), s5, d5,
                                    checksum=False), s5, d5)
        ms, md = lmac(f, 5)
        return eth(ETH_IPV4, p, ms, md)
    for x in ipx.values():
        x.ident = 0x1000
    add("tunnel-depth5.pcap", v4, b)


# ----------------------------------------------------------------- expectations
# For every tunnel-*.pcap: its outer chain (outermost first) and the tshark
# protocol chain every frame must show. tshark needs decode-as for UDP 8472.
V4_INNER = "eth:ethertype:ip:tcp"
V6_INNER = "eth:ethertype:ipv6:tcp"
FILES = collections.OrderedDict([
    # recorded
    ("tunnel-vxlan.pcap", ("vxlan vni 42", "eth:ethertype:ip:udp:vxlan:" + V4_INNER, [])),
    ("tunnel-vxlan-nohandshake.pcap", ("vxlan vni 42", "eth:ethertype:ip:udp:vxlan:" + V4_INNER, [])),
    ("tunnel-vxlan-8472.pcap", ("vxlan vni 7 (udp 8472, ipv6)", "eth:ethertype:ipv6:udp:vxlan:" + V6_INNER,
                                ["-d", "udp.port==8472,vxlan"])),
    ("tunnel-vxlan-tenants.pcap", ("vxlan vni {vni}", "eth:ethertype:ip:udp:vxlan:" + V4_INNER, [])),
    ("tunnel-4in6.pcap", ("4in6", "eth:ethertype:ipv6:ip:tcp", [])),
    ("tunnel-6in6.pcap", ("6in6", "eth:ethertype:ipv6:ipv6:tcp", [])),
    # crafted
    ("tunnel-gre.pcap", ("gre key 7", "eth:ethertype:ip:gre:ip:tcp", [])),
    ("tunnel-gretap.pcap", ("gre key 9 teb (ipv6)", "eth:ethertype:ipv6:gre:" + V4_INNER, [])),
    ("tunnel-pptp.pcap", ("pptp gre > ppp", "eth:ethertype:ip:gre:ppp:ip:tcp", [])),
    ("tunnel-erspan1.pcap", ("erspan type 1", "eth:ethertype:ip:gre:erspan:" + V4_INNER, [])),
    ("tunnel-erspan2.pcap", ("erspan type 2 session 100", "eth:ethertype:ip:gre:erspan:" + V4_INNER, [])),
    ("tunnel-erspan3.pcap", ("erspan type 3 session 200", "eth:ethertype:ip:gre:erspan:" + V4_INNER, [])),
    ("tunnel-geneve.pcap", ("geneve vni 43981", "eth:ethertype:ip:udp:geneve:" + V4_INNER, [])),
    ("tunnel-gtpu.pcap", ("gtp-u teid 0x1234/0x5678", "eth:ethertype:ip:udp:gtp:ip:tcp", [])),
    ("tunnel-teredo.pcap", ("teredo", "eth:ethertype:ip:udp:teredo:ipv6:tcp", [])),
    ("tunnel-4in4.pcap", ("4in4", "eth:ethertype:ip:ip:tcp", [])),
    ("tunnel-6in4.pcap", ("6in4", "eth:ethertype:ip:ipv6:tcp", [])),
    ("tunnel-l2tp.pcap", ("l2tpv2 tunnel 12/11 session 22/21 > ppp", "eth:ethertype:ip:udp:l2tp:ppp:ip:tcp", [])),
    ("tunnel-pbb.pcap", ("pbb i-sid 5000", None, [])),
    ("tunnel-fabricpath.pcap", ("fabricpath", "eth:cfp:" + V4_INNER, [])),
    ("tunnel-nested.pcap", ("vlan 100 > gre key 7 > vxlan vni 42",
                            "eth:ethertype:vlan:ethertype:ip:gre:ip:udp:vxlan:" + V4_INNER, [])),
    ("tunnel-depth4.pcap", ("gre key 1 > vxlan vni 2 > geneve vni 3 > 4in4",
                            "eth:ethertype:ip:gre:ip:udp:vxlan:eth:ethertype:ip:udp:geneve:eth:ethertype:ip:ip:tcp",
                            [])),
    ("tunnel-depth5.pcap", ("vxlan vni 5 > gre key 1 > vxlan vni 2 > geneve vni 3 > 4in4",
                            "eth:ethertype:ip:udp:vxlan:eth:ethertype:ip:gre:ip:udp:vxlan:eth:ethertype:ip:udp:"
                            "geneve:eth:ethertype:ip:ip:tcp", [])),
])
# PBB: B-TAG on client -> server frames only.
# (tshark's 802.1ad dissector takes the I-TAG after a B-TAG itself, and neither
# it nor the 802.1ah one names the customer Ethernet header as a layer.)
PBB_CHAINS = {"eth:ethertype:ieee8021ad:ethertype:ip:tcp", "eth:ethertype:ieee8021ah:ethertype:ip:tcp"}
# tshark adds http / data-text-lines after tcp on the frames with HTTP in them.
TAILS = ("", ":http", ":http:data-text-lines")


def tshark(path, extra, fields):
    # Checksums are verified at every layer (a bad one is an expert error).
    cmd = ["tshark", "-n", "-r", path, "-o", "ip.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE",
           "-o", "tcp.check_checksum:TRUE", "-o", "cfp.check_fcs:TRUE", "-T", "fields", "-E", "separator=\t",
           "-E", "occurrence=a", "-E", "aggregator=|"] + extra
    for f in fields:
        cmd += ["-e", f]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return [line.split("\t") for line in out.splitlines()]


def ranges(nums):
    out, start, prev = [], None, None
    for x in nums:
        if start is None:
            start = prev = x
        elif x == prev + 1:
            prev = x
        else:
            out.append(f"{start}-{prev}" if prev != start else str(start))
            start = prev = x
    if start is not None:
        out.append(f"{start}-{prev}" if prev != start else str(start))
    return ",".join(out)


def check_and_tabulate():
    problems, rows = [], []
    on_disk = sorted(n for n in os.listdir(OUT) if n.startswith("tunnel-") and n.endswith(".pcap"))
    for missing in sorted(set(on_disk) - set(FILES)):
        problems.append(f"{missing}: not described in FILES")
    for name, (chain, protocols, extra) in FILES.items():
        path = os.path.join(OUT, name)
        if not os.path.exists(path):
            problems.append(f"{name}: missing (run record-tunnel-captures.sh first?)")
            continue
        got = tshark(path, extra, ["frame.number", "frame.protocols", "tcp.srcport", "tcp.dstport", "tcp.flags",
                                   "ip.src", "ip.dst", "ipv6.src", "ipv6.dst", "vxlan.vni", "_ws.malformed",
                                   "_ws.expert.severity", "frame.len"])
        convs = collections.OrderedDict()
        for num, protos, sport, dport, flags, s4, d4, s6, d6, vni, malformed, sev, flen in got:
            where = f"{name} frame {num}"
            want = PBB_CHAINS if protocols is None else {protocols}
            if not any(protos == w + t for w in want for t in TAILS):
                problems.append(f"{where}: tshark {protos}")
            if malformed or any(int(s) >= 0x800000 for s in sev.split("|") if s):
                problems.append(f"{where}: tshark flags an error")
            if int(flen) > 1514 + 200:
                problems.append(f"{where}: {flen} bytes")
            # The innermost IP layer is the last one tshark lists.
            last_ip = protos.rsplit(":tcp", 1)[0].split(":")[-1]
            if last_ip == "ip":
                src, dst = s4.split("|")[-1], d4.split("|")[-1]
            else:
                src, dst = f"[{s6.split('|')[-1]}]", f"[{d6.split('|')[-1]}]"
            sport, dport = int(sport.split("|")[-1]), int(dport.split("|")[-1])
            key = vni.split("|")[-1] if name == "tunnel-vxlan-tenants.pcap" else ""
            c = convs.setdefault(key, {"frames": [], "client": None, "ends": set()})
            c["frames"].append(int(num))
            c["ends"].add(((src, sport), (dst, dport)))
            fl = int(flags.split("|")[-1], 16)
            if fl & 0x02 and not fl & 0x10:
                c["client"] = (src, sport)
        for key, c in convs.items():
            endpoints = {e for pair in c["ends"] for e in pair}
            if len(endpoints) != 2:
                problems.append(f"{name}: {len(endpoints)} inner endpoints {sorted(endpoints)}")
                continue
            client = c["client"] or next(e for e in endpoints if e[1] != 80)   # no handshake: port 80 serves
            server = next(e for e in endpoints if e != client)
            if server[1] != 80:
                problems.append(f"{name}: server {server}")
            rows.append((name, chain.format(vni=key), f"{client[0]}:{client[1]}", f"{server[0]}:{server[1]}",
                         "tcp", ranges(c["frames"])))
    with open(os.path.join(OUT, "tunnel-expected.tsv"), "w") as f:
        f.write("file\touter_chain\tclient\tserver\ttransport\tframes_of_inner_conversation\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    update_readme(rows)
    for p in problems:
        print("MISMATCH", p)
    print(f"craft-tunnel-captures: {len(FILES)} files, {len(rows)} conversations, {len(problems)} mismatches")
    return not problems


def update_readme(rows):
    """The generated table between <!-- tunnels:begin --> and <!-- tunnels:end -->
    in Captures/README.md."""
    path = os.path.join(OUT, "README.md")
    text = open(path).read()
    begin, end = "<!-- tunnels:begin -->", "<!-- tunnels:end -->"
    i, j = text.find(begin), text.find(end)
    if i < 0 or j < 0:
        print(f"craft-tunnel-captures: README.md lacks {begin} / {end}; table not written", file=sys.stderr)
        return

    def count(frames):
        total = 0
        for part in frames.split(","):
            first, _, last = part.partition("-")
            total += int(last or first) - int(first) + 1
        return total

    lines = ["| file | outer chain | tshark protocols (every frame; `:http...` may follow) | client | server | "
             "service | inner frames | verdict basis |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, chain, client, server, transport, frames in rows:
        protocols = " or ".join(f"`{p}`" for p in ([FILES[name][1]] if FILES[name][1] else sorted(PBB_CHAINS)))
        extra = " ".join(FILES[name][2])
        if extra:
            protocols += f" (with `{extra}`)"
        basis = "no handshake: server is :80" if "nohandshake" in name else "handshake: SYN from client"
        if name == "tunnel-depth5.pcap":
            basis += "; beyond the depth limit of 4: must NOT be reported as decoded"
        lines.append(f"| `{name}` | {chain} | {protocols} | `{client}` | `{server}` | http | "
                     f"{frames} ({count(frames)}) | {basis} |")
    text = text[:i + len(begin)] + "\n" + "\n".join(lines) + "\n" + text[j:]
    open(path, "w").write(text)


def main():
    v4 = vxlan_source("tunnel-vxlan.pcap")
    v6 = vxlan_source("tunnel-vxlan-8472.pcap")
    build_all(v4, v6)
    for name, frames in CAPTURES.items():
        write_pcap(os.path.join(OUT, name), frames)
    sys.exit(0 if check_and_tabulate() else 1)


if __name__ == "__main__":
    main()
