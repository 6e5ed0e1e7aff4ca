#!/usr/bin/env python3
"""Crafts Wharfinger's synthetic test captures: the frames no real program sends
on loopback (VLAN/MPLS/PPPoE encapsulations, IPv6 extension headers,
fragments, truncated and malformed headers, other link types).

    python3 scripts/craft-captures.py

Frame bytes are built by hand with struct. The files are written THROUGH
LIBPCAP ITSELF, loaded with ctypes: pcap_open_dead_with_tstamp_precision,
pcap_dump_open, pcap_dump, pcap_dump_close. So every .pcap here is libpcap's
own output (header, byte order, link type mapping), except raw-12.pcap whose
link-type field is patched afterwards (see below) and cut-short.pcap which is
chopped on purpose.

Every frame is valid except for its one intended defect; IPv4 header, TCP,
UDP and ICMP checksums are correct (computed over the full frame before any
truncation). Timestamps are fixed, so the output is byte-for-byte reproducible.

It also writes Captures/expected-outcomes.tsv: one row per frame of every
capture in Captures/ (crafted rows from the construction below, rows of the
recorded captures from tshark, where every frame is TCP or UDP by the BPF
filter it was recorded with), then runs scripts/check-expected.py.
"""
import collections
import os
import shutil
import struct
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "Captures")

# ----------------------------------------------------------------- libpcap
sys.path.insert(0, HERE)
from pcapfile import PRECISION_MICRO, PRECISION_NANO, write_pcap, csum  # noqa: E402

DLT_NULL, DLT_EN10MB, DLT_RAW, DLT_IEEE802_11, DLT_LOOP = 0, 1, 12, 105, 108
DLT_LINUX_SLL, DLT_IPV4, DLT_IPV6, DLT_LINUX_SLL2 = 113, 228, 229, 276
DLT_C_HDLC, DLT_PFLOG, DLT_IEEE802_11_RADIO, DLT_BLUETOOTH_HCI_H4, DLT_NFLOG = 104, 117, 127, 187, 239

BASE_TS = 1795219200  # 2026-11-21T00:00:00Z


# ----------------------------------------------------------------- builders
def ip4(a):
    return bytes(int(x) for x in a.split("."))


def ip6(a):
    import ipaddress
    return ipaddress.IPv6Address(a).packed


MAC_C = bytes.fromhex("020000000001")
MAC_S = bytes.fromhex("020000000002")
C4, S4 = "192.0.2.1", "198.51.100.2"
C6, S6 = "2001:db8::1", "2001:db8::2"


def eth(ethertype, payload, dst=MAC_S, src=MAC_C):
    return dst + src + struct.pack("!H", ethertype) + payload


def vlan_tag(vid, inner_type, pcp=0):
    return struct.pack("!HH", (pcp << 13) | vid, inner_type)


def mpls_label(label, bottom, ttl=64, tc=0):
    return struct.pack("!I", (label << 12) | (tc << 9) | (int(bottom) << 8) | ttl)


def ipv4(proto, payload, src=C4, dst=S4, ihl=5, options=b"", ident=0x1234, flags=0x2, frag_off=0,
         total_len=None, version=4, ttl=64):
    """flags: 3 bits (0x2 = DF, 0x1 = MF); frag_off in 8-byte units."""
    options = options + b"\0" * ((ihl - 5) * 4 - len(options)) if ihl > 5 else options
    if total_len is None:
        total_len = ihl * 4 + len(payload)
    hdr = struct.pack("!BBHHHBBH4s4s", (version << 4) | (ihl & 0xF), 0, total_len, ident,
                      (flags << 13) | frag_off, ttl, proto, 0, ip4(src), ip4(dst)) + options
    hdr = hdr[:10] + struct.pack("!H", csum(hdr)) + hdr[12:]
    return hdr + payload


def ipv6(next_header, payload, src=C6, dst=S6, payload_len=None, version=6, hop_limit=64):
    if payload_len is None:
        payload_len = len(payload)
    return struct.pack("!IHBB16s16s", version << 28, payload_len, next_header, hop_limit,
                       ip6(src), ip6(dst)) + payload


def pseudo4(src, dst, proto, length):
    return ip4(src) + ip4(dst) + struct.pack("!BBH", 0, proto, length)


def pseudo6(src, dst, proto, length):
    return ip6(src) + ip6(dst) + struct.pack("!IxxxB", length, proto)


TCP_FLAGS = {"F": 0x01, "S": 0x02, "R": 0x04, "P": 0x08, "A": 0x10}


def tcp(sport, dport, flags="S", payload=b"", seq=1000, ack=0, doff=None, options=b"",
        pseudo=None, window=65535):
    f = 0
    for ch in flags:
        f |= TCP_FLAGS[ch]
    while len(options) % 4:
        options += b"\x01"
    if doff is None:
        doff = 5 + len(options) // 4
    seg = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, doff << 4, f, window, 0, 0) + options + payload
    if pseudo:
        c = csum(pseudo(len(seg)) + seg)
        seg = seg[:16] + struct.pack("!H", c) + seg[18:]
    return seg


def udp(sport, dport, payload=b"", length=None, pseudo=None, checksum_len=None):
    if length is None:
        length = 8 + len(payload)
    dg = struct.pack("!HHHH", sport, dport, length, 0) + payload
    if pseudo:
        c = csum(pseudo(len(dg)) + dg) or 0xFFFF
        dg = dg[:6] + struct.pack("!H", c) + dg[8:]
    return dg


def p4(src=C4, dst=S4, proto=6):
    return lambda n: pseudo4(src, dst, proto, n)


def p6(src=C6, dst=S6, proto=6):
    return lambda n: pseudo6(src, dst, proto, n)


MSS = b"\x02\x04\x05\xb4"
DNS_QUERY = (struct.pack("!HHHHHH", 0x4a57, 0x0100, 1, 0, 0, 0)
             + b"\x07example\x04test\x00" + struct.pack("!HH", 1, 1))
HTTP_GET = b"GET / HTTP/1.1\r\nHost: example.test\r\n\r\n"


def tcp4(sport, dport, flags="S", payload=b"", src=C4, dst=S4, **kw):
    opts = MSS if flags == "S" else b""
    return ipv4(6, tcp(sport, dport, flags, payload, options=opts, pseudo=p4(src, dst, 6), **kw),
                src=src, dst=dst)


def udp4(sport, dport, payload=DNS_QUERY, src=C4, dst=S4):
    return ipv4(17, udp(sport, dport, payload, pseudo=p4(src, dst, 17)), src=src, dst=dst)


def tcp6_seg(sport, dport, flags="S", payload=b""):
    opts = MSS if flags == "S" else b""
    return tcp(sport, dport, flags, payload, options=opts, pseudo=p6(proto=6))


def tcp6(sport, dport, flags="S", payload=b""):
    return ipv6(6, tcp6_seg(sport, dport, flags, payload))


def udp6_dg(sport, dport, payload=DNS_QUERY):
    return udp(sport, dport, payload, pseudo=p6(proto=17))


def udp6(sport, dport, payload=DNS_QUERY):
    return ipv6(17, udp6_dg(sport, dport, payload))


def ext_opts(next_header, padn_len=4):
    """Hop-by-hop or destination options header of 8 bytes holding one PadN."""
    return struct.pack("!BBBB", next_header, 0, 1, padn_len) + b"\0" * padn_len


def ext_routing_type2(next_header, home=C6):
    return struct.pack("!BBBB4x", next_header, 2, 2, 1) + ip6(home)


def ext_ah(next_header):
    return struct.pack("!BBHII", next_header, 4, 0, 0x1000, 1) + bytes(range(12))


def ext_frag(next_header, offset_units, more, ident=0xCAFE):
    return struct.pack("!BBHI", next_header, 0, (offset_units << 3) | int(more), ident)


ARP_REQ = struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 1, MAC_C, ip4(C4), b"\0" * 6, ip4(S4))
BROADCAST = b"\xff" * 6


# ----------------------------------------------------------------- captures
ROWS = []        # (file, frame, outcome, layer, proto, sport, dport)
NOTES = {}       # (file, frame) -> note, for the README
META = {}        # file -> (link type, precision), for the README
LINK_NAMES = {0: "NULL", 1: "EN10MB", 12: "RAW (written as LINKTYPE_RAW 101)", 104: "C_HDLC",
              105: "IEEE802_11", 108: "LOOP", 113: "LINUX_SLL", 117: "PFLOG", 127: "IEEE802_11_RADIO",
              187: "BLUETOOTH_HCI_H4", 228: "IPV4", 229: "IPV6", 239: "NFLOG", 276: "LINUX_SLL2"}


class Capture:
    def __init__(self, name, linktype, precision=PRECISION_MICRO):
        self.name, self.linktype, self.precision = name, linktype, precision
        self.frames = []
        META[name] = (linktype, precision)

    def add(self, data, outcome, layer="-", proto="-", sport="-", dport="-", caplen=None, note="",
            ts=None):
        n = len(self.frames) + 1
        if ts is None:
            ts = (BASE_TS + n, n * 1000 if self.precision == PRECISION_MICRO else n * 1000000)
        captured = data if caplen is None else data[:caplen]
        self.frames.append((ts[0], ts[1], captured, len(data)))
        ROWS.append((self.name, str(n), outcome, layer, proto, str(sport), str(dport)))
        if note:
            NOTES[(self.name, n)] = note
        return self

    def tcp(self, data, sport, dport, **kw):
        return self.add(data, "tcp", proto="tcp", sport=sport, dport=dport, **kw)

    def udp(self, data, sport, dport, **kw):
        return self.add(data, "udp", proto="udp", sport=sport, dport=dport, **kw)

    def write(self):
        write_pcap(os.path.join(OUT, self.name), self.linktype, self.frames, self.precision)


def build():
    caps = []

    # vlan-stack.pcap ------------------------------------------------------
    c = Capture("vlan-stack.pcap", DLT_EN10MB)
    c.tcp(eth(0x8100, vlan_tag(10, 0x0800) + tcp4(40001, 80)), 40001, 80,
          note="802.1Q VID 10 -> IPv4 TCP SYN")
    c.udp(eth(0x88A8, vlan_tag(100, 0x8100) + vlan_tag(20, 0x0800) + udp4(40002, 53)), 40002, 53,
          note="802.1ad S-tag VID 100 + 802.1Q C-tag VID 20 (QinQ) -> IPv4 UDP DNS query")
    c.tcp(eth(0x88A8, vlan_tag(100, 0x8100) + vlan_tag(20, 0x8100) + vlan_tag(30, 0x86DD)
              + tcp6(40003, 443)), 40003, 443,
          note="three tags 0x88a8/0x8100/0x8100 (VID 100/20/30) -> IPv6 TCP SYN")
    c.add(eth(0x8100, vlan_tag(10, 0x0806) + ARP_REQ, dst=BROADCAST), "not-ip",
          note="802.1Q VID 10 -> ARP request")
    caps.append(c)

    # mpls.pcap ------------------------------------------------------------
    c = Capture("mpls.pcap", DLT_EN10MB)
    c.tcp(eth(0x8847, mpls_label(100, False) + mpls_label(200, True) + tcp4(40011, 80)), 40011, 80,
          note="MPLS unicast, labels 100, 200(S) -> IPv4 TCP SYN")
    c.udp(eth(0x8847, mpls_label(100, False) + mpls_label(200, True) + udp6(40012, 53)), 40012, 53,
          note="MPLS unicast, labels 100, 200(S) -> IPv6 UDP DNS query")
    c.udp(eth(0x8847, mpls_label(300, True) + udp4(40013, 123, b"\x23" + b"\0" * 47)), 40013, 123,
          note="MPLS unicast, one label 300(S) -> IPv4 UDP (NTP client packet)")
    caps.append(c)

    # pppoe.pcap -----------------------------------------------------------
    def pppoe_session(ppp_proto, payload, session=0x1234):
        return struct.pack("!BBHHH", 0x11, 0x00, session, len(payload) + 2, ppp_proto) + payload

    c = Capture("pppoe.pcap", DLT_EN10MB)
    c.tcp(eth(0x8864, pppoe_session(0x0021, tcp4(40021, 80))), 40021, 80,
          note="PPPoE session, PPP 0x0021 -> IPv4 TCP SYN")
    c.udp(eth(0x8864, pppoe_session(0x0057, udp6(40022, 53))), 40022, 53,
          note="PPPoE session, PPP 0x0057 -> IPv6 UDP DNS query")
    padi_tags = struct.pack("!HH", 0x0101, 0) + struct.pack("!HH", 0x0103, 4) + b"\xde\xad\xbe\xef"
    c.add(eth(0x8863, struct.pack("!BBHH", 0x11, 0x09, 0, len(padi_tags)) + padi_tags, dst=BROADCAST),
          "not-ip", note="PPPoE discovery PADI (0x8863)")
    lcp_echo = struct.pack("!BBHI", 9, 1, 8, 0x01020304)
    c.add(eth(0x8864, pppoe_session(0xC021, lcp_echo)), "not-ip",
          note="PPPoE session, PPP 0xc021 LCP echo request (not IP)")

    def pppoe_session_pfc(ppp_proto, payload, session=0x1234):
        # Protocol field compression (RFC 1661): the one-byte form of an odd protocol.
        return struct.pack("!BBHHB", 0x11, 0x00, session, len(payload) + 1, ppp_proto) + payload

    c.udp(eth(0x8864, pppoe_session_pfc(0x21, udp4(40025, 53))), 40025, 53,
          note="PPPoE session, compressed one-byte PPP protocol 0x21 -> IPv4 UDP DNS query")
    c.tcp(eth(0x8864, pppoe_session_pfc(0x57, tcp6(40026, 443))), 40026, 443,
          note="PPPoE session, compressed one-byte PPP protocol 0x57 -> IPv6 TCP SYN")
    caps.append(c)

    # ipv6-ext.pcap --------------------------------------------------------
    c = Capture("ipv6-ext.pcap", DLT_EN10MB)
    c.tcp(eth(0x86DD, ipv6(0, ext_opts(6) + tcp6_seg(40031, 80))), 40031, 80,
          note="hop-by-hop -> TCP")
    c.udp(eth(0x86DD, ipv6(60, ext_opts(17) + udp6_dg(40032, 53))), 40032, 53,
          note="destination options -> UDP")
    c.tcp(eth(0x86DD, ipv6(43, ext_routing_type2(6) + tcp6_seg(40033, 443))), 40033, 443,
          note="routing header type 2 (24 bytes) -> TCP")
    c.tcp(eth(0x86DD, ipv6(51, ext_ah(6) + tcp6_seg(40034, 22))), 40034, 22,
          note="AH (24 bytes, payload-len field 4) -> TCP")
    esp = struct.pack("!II", 0x2000, 1) + bytes(range(32))
    c.add(eth(0x86DD, ipv6(50, esp)), "other-transport",
          note="ESP: encrypted, the header walk ends here")
    full = udp6_dg(40036, 53, DNS_QUERY + b"\0" * (120 - len(DNS_QUERY)))   # 128-byte UDP datagram
    c.udp(eth(0x86DD, ipv6(44, ext_frag(17, 0, True) + full[:64])), 40036, 53,
          note="fragment header offset 0 M=1 (first fragment): UDP header present; UDP length "
               "field 128 exceeds the 64 bytes this fragment carries, as in any real first "
               "fragment, and must not make it malformed")
    c.add(eth(0x86DD, ipv6(44, ext_frag(17, 8, False) + full[64:]), src=MAC_C), "fragment",
          note="fragment header offset 8 (64 bytes) M=0: later fragment, no transport header")
    c.tcp(eth(0x86DD, ipv6(0, ext_opts(43) + ext_routing_type2(60) + ext_opts(6)
                           + tcp6_seg(40038, 80))), 40038, 80,
          note="chain hop-by-hop -> routing -> destination options -> TCP")
    c.tcp(eth(0x86DD, ipv6(44, ext_frag(6, 0, False) + tcp6_seg(40039, 80))), 40039, 80,
          note="atomic fragment (fragment header, offset 0, M=0) -> TCP")
    caps.append(c)

    # ipv4-frag.pcap -------------------------------------------------------
    c = Capture("ipv4-frag.pcap", DLT_EN10MB)
    full = udp(40041, 53, DNS_QUERY + b"\0" * (184 - len(DNS_QUERY)), pseudo=p4(proto=17))  # 192 bytes
    c.udp(eth(0x0800, ipv4(17, full[:64], ident=0x4242, flags=0x1, frag_off=0)), 40041, 53,
          note="first fragment MF=1 offset 0 with the UDP header; UDP length 192 exceeds the "
               "64 bytes carried, as in any first fragment, and must not make it malformed")
    c.add(eth(0x0800, ipv4(17, full[64:128], ident=0x4242, flags=0x1, frag_off=8)), "fragment",
          note="middle fragment MF=1 offset 8 (64 bytes)")
    c.add(eth(0x0800, ipv4(17, full[128:], ident=0x4242, flags=0x0, frag_off=16)), "fragment",
          note="last fragment MF=0 offset 16 (128 bytes)")
    c.tcp(eth(0x0800, ipv4(6, tcp(40044, 80, "S", options=MSS, pseudo=p4()), ihl=6,
                           options=b"\x94\x04\x00\x00")), 40044, 80,
          note="IHL 6: router-alert option, then TCP SYN")
    c.tcp(eth(0x0800, ipv4(6, tcp(40045, 443, "S", options=MSS, pseudo=p4()), ihl=7,
                           options=b"\x01\x01\x01\x01\x01\x01\x01\x00")), 40045, 443,
          note="IHL 7: seven NOPs and EOL, then TCP SYN")
    c.udp(eth(0x0800, ipv4(17, udp(40046, 53, DNS_QUERY, pseudo=p4(proto=17)), ihl=15,
                           options=b"\x01" * 39 + b"\x00")), 40046, 53,
          note="IHL 15 (40 bytes of options, the maximum), then UDP")
    caps.append(c)

    # truncated.pcap -------------------------------------------------------
    c = Capture("truncated.pcap", DLT_EN10MB)
    f_tcp4 = eth(0x0800, tcp4(40101, 80, "S"))                                   # 14+20+24
    f_udp4 = eth(0x0800, udp4(40104, 53))
    c.add(f_tcp4, "truncated", "link", caplen=10, note="10 of 14 Ethernet header bytes")
    c.add(eth(0x0800, tcp4(40102, 80)), "truncated", "ipv4", caplen=22,
          note="8 of 20 IPv4 header bytes")
    c.add(eth(0x0800, tcp4(40103, 80)), "truncated", "tcp", caplen=44, note="10 of 24 TCP header bytes")
    c.add(f_udp4, "truncated", "udp", caplen=38, note="4 of 8 UDP header bytes")
    c.add(eth(0x86DD, ipv6(0, ext_opts(6) + tcp6_seg(40105, 80))), "truncated", "ipv6-ext",
          caplen=58, note="4 of 8 hop-by-hop header bytes")
    c.add(eth(0x8100, vlan_tag(10, 0x0800) + tcp4(40106, 80)), "truncated", "vlan", caplen=16,
          note="2 of 4 802.1Q tag bytes")
    c.add(eth(0x86DD, udp6(40107, 53)), "truncated", "ipv6", caplen=34, note="20 of 40 IPv6 header bytes")
    c.add(eth(0x8847, mpls_label(100, False) + mpls_label(200, True) + tcp4(40108, 80)),
          "truncated", "mpls", caplen=16, note="2 of 4 bytes of the first MPLS label")
    c.add(eth(0x8864, struct.pack("!BBHHH", 0x11, 0, 0x1234, 2 + len(udp4(40109, 53)), 0x0021)
              + udp4(40109, 53)),
          "truncated", "pppoe", caplen=18, note="4 of the 6-byte PPPoE header (+2 PPP protocol)")
    c.add(eth(0x0800, ipv4(6, tcp(40110, 80, "S", options=MSS, pseudo=p4()), ihl=6,
                           options=b"\x94\x04\x00\x00")), "truncated", "ipv4", caplen=36,
          note="IHL 6: 22 of 24 IPv4 header bytes (cut in the options)")
    full = udp6_dg(40111, 53, DNS_QUERY + b"\0" * (120 - len(DNS_QUERY)))
    c.add(eth(0x86DD, ipv6(44, ext_frag(17, 0, True) + full[:64])), "truncated", "udp", caplen=66,
          note="IPv6 first fragment: 4 of 8 UDP header bytes")
    caps.append(c)

    # malformed.pcap -------------------------------------------------------
    c = Capture("malformed.pcap", DLT_EN10MB)
    seg = tcp(40201, 80, "S", options=MSS, pseudo=p4())
    c.add(eth(0x0800, ipv4(6, seg, ihl=3, total_len=20 + len(seg))), "malformed", "ipv4", note="IPv4 IHL 3 (below 5)")
    seg = tcp(40202, 80, "S", options=MSS, pseudo=p4())
    c.add(eth(0x0800, ipv4(6, seg, total_len=16)), "malformed", "ipv4",
          note="IPv4 total length 16, below IHL*4 = 20")
    c.add(eth(0x0800, ipv4(6, tcp(40203, 80, "S", options=MSS, doff=2, pseudo=p4()))),
          "malformed", "tcp", note="TCP data offset 2 (8 bytes, below 5)")
    seg = tcp(40204, 80, "PA", b"data", doff=15, pseudo=p4())                   # 24-byte segment
    c.add(eth(0x0800, ipv4(6, seg) + b"\0" * 40), "malformed", "tcp",
          note="TCP data offset 15 (60 bytes) but the IP payload is 24 bytes; 40 trailer bytes "
               "after the IP datagram keep the capture long enough that only the lengths "
               "contradict each other")
    c.add(eth(0x0800, ipv4(17, udp(40205, 53, DNS_QUERY, length=4, pseudo=p4(proto=17)))),
          "malformed", "udp", note="UDP length 4 (below 8)")
    c.add(eth(0x0800, ipv4(17, udp(40206, 53, b"12345678", length=200, pseudo=p4(proto=17)))),
          "malformed", "udp", note="UDP length 200 in an unfragmented 16-byte IP payload")
    c.add(eth(0x0800, ipv4(6, tcp(40207, 80, "S", options=MSS, pseudo=p4()), version=5)),
          "malformed", "ipv4", note="version nibble 5 under EtherType 0x0800")
    c.add(eth(0x86DD, tcp4(40208, 80)), "malformed", "ipv6",
          note="an IPv4 packet (version nibble 4) under EtherType 0x86dd")
    hbh16 = struct.pack("!BBBB", 6, 1, 1, 12) + b"\0" * 12                  # 16-byte hop-by-hop
    c.add(eth(0x86DD, ipv6(0, hbh16 + tcp6_seg(40209, 80), payload_len=8)), "malformed", "ipv6-ext",
          note="IPv6 payload length 8 but the hop-by-hop header is 16 bytes (all bytes captured)")
    seg = tcp(40210, 80, "S", pseudo=p4())                                       # 20 bytes
    c.add(eth(0x0800, ipv4(6, seg[:8], total_len=28) + seg[8:]), "malformed", "tcp",
          note="IPv4 total length 28: only 8 bytes of IP payload for a TCP header (the other "
               "12 bytes follow as trailer)")
    caps.append(c)

    # non-ip.pcap ----------------------------------------------------------
    c = Capture("non-ip.pcap", DLT_EN10MB)
    c.add(eth(0x0806, ARP_REQ, dst=BROADCAST), "not-ip", note="ARP request")
    lldp = (struct.pack("!HB", (1 << 9) | 7, 4) + MAC_C
            + struct.pack("!HB", (2 << 9) | 5, 5) + b"eth0"
            + struct.pack("!HH", (3 << 9) | 2, 120) + b"\0\0")
    c.add(eth(0x88CC, lldp, dst=bytes.fromhex("0180c200000e")), "not-ip", note="LLDP (0x88cc)")
    bpdu = b"\x42\x42\x03" + bytes(35)
    c.add(bytes.fromhex("0180c2000000") + MAC_C + struct.pack("!H", len(bpdu)) + bpdu, "not-ip",
          note="IEEE 802.3 length frame (type/length field 38), LLC 42 42 03: STP BPDU")
    c.add(eth(0x88B5, b"wharfinger local experimental ethertype"), "not-ip",
          note="EtherType 0x88b5 (local experimental)")
    caps.append(c)

    # other-transport.pcap -------------------------------------------------
    c = Capture("other-transport.pcap", DLT_EN10MB)
    icmp = struct.pack("!BBHHH", 8, 0, 0, 0x77, 1) + b"ping"
    icmp = icmp[:2] + struct.pack("!H", csum(icmp)) + icmp[4:]
    c.add(eth(0x0800, ipv4(1, icmp)), "other-transport", note="IPv4 ICMP echo request")
    icmp6 = struct.pack("!BBHHH", 128, 0, 0, 0x77, 1) + b"ping"
    icmp6 = icmp6[:2] + struct.pack("!H", csum(pseudo6(C6, S6, 58, len(icmp6)) + icmp6)) + icmp6[4:]
    c.add(eth(0x86DD, ipv6(58, icmp6)), "other-transport", note="IPv6 ICMPv6 echo request")
    c.add(eth(0x0800, ipv4(47, struct.pack("!HH", 0, 0x88B5) + b"experiment")),
          "other-transport", note="IPv4 GRE with protocol type 0x88b5 (local experimental): no tunnel to follow")
    sctp = struct.pack("!HHII", 40302, 80, 0, 0)
    c.add(eth(0x0800, ipv4(132, sctp)), "other-transport", note="IPv4 SCTP common header")
    c.add(eth(0x86DD, ipv6(0, ext_opts(58) + icmp6)), "other-transport",
          note="IPv6 hop-by-hop -> ICMPv6")
    c.add(eth(0x86DD, ipv6(59, b"")), "other-transport", note="IPv6 next header 59 (no next header)")
    caps.append(c)

    # DLT_NULL / DLT_LOOP --------------------------------------------------
    def af_frames(cap, fmt, base):
        order = "little-endian" if fmt[0] == "<" else "big-endian"
        cap.tcp(struct.pack(fmt, 2) + tcp4(base + 1, 80), base + 1, 80, note=f"4-byte {order} AF_INET 2 -> IPv4 TCP")
        cap.tcp(struct.pack(fmt, 24) + tcp6(base + 2, 443), base + 2, 443,
                note=f"4-byte {order} AF_INET6 24 (NetBSD/OpenBSD) -> IPv6 TCP")
        cap.udp(struct.pack(fmt, 28) + udp6(base + 3, 53), base + 3, 53,
                note=f"4-byte {order} AF_INET6 28 (FreeBSD) -> IPv6 UDP")
        cap.tcp(struct.pack(fmt, 30) + tcp6(base + 4, 22), base + 4, 22,
                note=f"4-byte {order} AF_INET6 30 (Darwin) -> IPv6 TCP")
        cap.udp(struct.pack(fmt, 2) + udp4(base + 5, 53), base + 5, 53, note=f"4-byte {order} AF_INET 2 -> IPv4 UDP")

    c = Capture("null-le.pcap", DLT_NULL); af_frames(c, "<I", 40400); caps.append(c)
    c = Capture("null-be.pcap", DLT_NULL); af_frames(c, ">I", 40410); caps.append(c)
    c = Capture("loop.pcap", DLT_LOOP); af_frames(c, ">I", 40420); caps.append(c)

    # raw IP link types ----------------------------------------------------
    for name, dlt, base in (("raw.pcap", DLT_RAW, 40500), ("ipv4-linktype.pcap", DLT_IPV4, 40510),
                            ("ipv6-linktype.pcap", DLT_IPV6, 40520)):
        c = Capture(name, dlt)
        if dlt != DLT_IPV6:
            c.tcp(tcp4(base + 1, 80), base + 1, 80, note="IPv4 TCP SYN")
            c.udp(udp4(base + 2, 53), base + 2, 53, note="IPv4 UDP DNS query")
        if dlt != DLT_IPV4:
            c.tcp(tcp6(base + 3, 443), base + 3, 443, note="IPv6 TCP SYN")
            c.udp(udp6(base + 4, 53), base + 4, 53, note="IPv6 UDP DNS query")
        caps.append(c)

    # Linux cooked --------------------------------------------------------
    def sll(pkttype, proto, payload, hatype=1):
        return struct.pack("!HHH8sH", pkttype, hatype, 6, MAC_C + b"\0\0", proto) + payload

    def sll2(pkttype, proto, payload, hatype=1, ifindex=2):
        return struct.pack("!HHIHBB8s", proto, 0, ifindex, hatype, pkttype, 6, MAC_C + b"\0\0") + payload

    for name, dlt, fn, base in (("sll.pcap", DLT_LINUX_SLL, sll, 40600),
                                ("sll2.pcap", DLT_LINUX_SLL2, sll2, 40610)):
        c = Capture(name, dlt)
        c.tcp(fn(0, 0x0800, tcp4(base + 1, 80)), base + 1, 80, note="to us, protocol 0x0800 -> IPv4 TCP")
        c.add(fn(1, 0x0806, ARP_REQ), "not-ip", note="broadcast, protocol 0x0806 -> ARP")
        c.udp(fn(4, 0x86DD, udp6(base + 3, 53)), base + 3, 53, note="outgoing, protocol 0x86dd -> IPv6 UDP")
        caps.append(c)

    # nanosecond.pcap ------------------------------------------------------
    c = Capture("nanosecond.pcap", DLT_EN10MB, PRECISION_NANO)
    c.udp(eth(0x0800, udp4(40701, 53)), 40701, 53, ts=(1795219200, 123456789),
          note="timestamp 1795219200.123456789")
    c.udp(eth(0x0800, udp4(40702, 53)), 40702, 53, ts=(1795219201, 987654321),
          note="timestamp 1795219201.987654321")
    c.tcp(eth(0x0800, tcp4(40703, 80)), 40703, 80, ts=(1795219202, 1),
          note="timestamp 1795219202.000000001")
    caps.append(c)

    caps += wireless_and_log_captures()

    # unsupported-link.pcap: Bluetooth HCI H4 (187) ---------------------------
    c = Capture("unsupported-link.pcap", DLT_BLUETOOTH_HCI_H4)
    hci_reset = b"\x01" + struct.pack("<HB", 0x0C03, 0)  # command packet: HCI_Reset
    c.frames.append((BASE_TS + 1, 1000, hci_reset, len(hci_reset)))  # no row: the file must be refused
    caps.append(c)
    return caps


# 802.11 ----------------------------------------------------------------
def snap(ethertype, payload):
    """LLC/SNAP (RFC 1042): AA AA 03, OUI 00-00-00, EtherType."""
    return b"\xaa\xaa\x03\x00\x00\x00" + struct.pack("!H", ethertype) + payload


def dot11_data(body, ds=0x01, qos=None, htc=False, protected=False, subtype=None, frag=0):
    """A data frame: frame control (type 2), duration, 3 or 4 addresses (ds 0x03 = WDS),
    sequence control, then QoS control and HT control when asked."""
    if subtype is None:
        subtype = 8 if qos is not None else 0
    flags = ds | (0x40 if protected else 0) | (0x80 if htc else 0)
    hdr = struct.pack("<BBH", (subtype << 4) | (2 << 2), flags, 0x2C) + MAC_S + MAC_C + MAC_S
    hdr += struct.pack("<H", (0x10 << 4) | frag)
    if ds == 0x03:
        hdr += MAC_C
    if qos is not None:
        hdr += struct.pack("<H", qos)
    if htc:
        hdr += b"\x00\x00\x00\x00"
    return hdr + body


def fcs(frame):
    return frame + struct.pack("<I", zlib.crc32(frame))


def radiotap(frame, flags=None, tsft=True, extended=False):
    """Radiotap (all little-endian): version 0, pad, length, present bitmaps, then TSFT
    (8 bytes, aligned to 8 from the header's start) and the flags byte."""
    present = (1 if tsft else 0) | (2 if flags is not None else 0)
    words = [present | (1 << 31), 0] if extended else [present]
    hdr = struct.pack("<BBH", 0, 0, 0) + b"".join(struct.pack("<I", w) for w in words)
    if tsft:
        hdr += b"\0" * (-len(hdr) % 8) + struct.pack("<Q", 0x0102030405060708)
    if flags is not None:
        hdr += bytes([flags])
    hdr += b"\0" * (-len(hdr) % 4)
    return hdr[:2] + struct.pack("<H", len(hdr)) + hdr[4:] + frame


def wireless_and_log_captures():
    caps = []
    FCS, DATAPAD = 0x10, 0x20

    # ieee80211.pcap --------------------------------------------------------
    c = Capture("ieee80211.pcap", DLT_IEEE802_11)
    c.udp(dot11_data(snap(0x0800, udp4(40801, 53))), 40801, 53,
          note="data, ToDS, 24-byte header, LLC/SNAP 0x0800 -> IPv4 UDP DNS query")
    c.tcp(dot11_data(snap(0x86DD, tcp6(40802, 443)), ds=0x02, qos=0x0000), 40802, 443,
          note="QoS data, FromDS, 26-byte header, LLC/SNAP 0x86dd -> IPv6 TCP SYN")
    c.add(dot11_data(b"", subtype=4), "not-ip", note="null function (data type, no body)")
    c.add(struct.pack("<BBH", 0xD4, 0, 0) + MAC_C, "not-ip", note="control frame: ACK")
    c.add(dot11_data(b"\x42\x42\x03" + bytes(35)), "not-ip", note="data, plain LLC 42 42 03 (STP), no SNAP")
    c.add(dot11_data(snap(0x0800, udp4(40806, 53))), "truncated", "802.11", caplen=20,
          note="20 of the 24-byte 802.11 data header")
    caps.append(c)

    # wifi-radiotap.pcap ----------------------------------------------------
    c = Capture("wifi-radiotap.pcap", DLT_IEEE802_11_RADIO)
    c.udp(radiotap(fcs(dot11_data(snap(0x0800, udp4(40811, 53)))), flags=FCS), 40811, 53,
          note="radiotap TSFT + flags (FCS at end); data ToDS, LLC/SNAP -> IPv4 UDP; 4-byte FCS trailer")
    c.tcp(radiotap(dot11_data(snap(0x86DD, tcp6(40812, 443)), ds=0x02, qos=0x0000), flags=0, tsft=False),
          40812, 443, note="radiotap flags only (no FCS); QoS data FromDS -> IPv6 TCP SYN")
    padded = dot11_data(b"\0\0" + snap(0x0800, tcp4(40813, 80)), qos=0x0000)  # 26-byte header + 2 pad
    c.tcp(radiotap(fcs(padded), flags=FCS | DATAPAD, extended=True), 40813, 80,
          note="radiotap with two present words, TSFT aligned to 8, flags FCS + data pad; QoS data "
               "header padded from 26 to 28 bytes -> IPv4 TCP SYN; FCS trailer")
    c.udp(radiotap(dot11_data(snap(0x0800, udp4(40814, 53)), ds=0x03, qos=0x0000, htc=True), flags=0),
          40814, 53, note="WDS (ToDS+FromDS, 4 addresses), QoS + HT control (order bit): 36-byte header "
                          "-> IPv4 UDP")
    subframe = snap(0x0800, udp4(40815, 53))
    amsdu = MAC_S + MAC_C + struct.pack("!H", len(subframe)) + subframe
    c.udp(radiotap(dot11_data(amsdu, qos=0x0080), flags=0), 40815, 53,
          note="QoS data with A-MSDU present: one subframe (14-byte header) -> LLC/SNAP IPv4 UDP")
    beacon = (struct.pack("<BBH", 0x80, 0, 0) + BROADCAST + MAC_S + MAC_S + struct.pack("<H", 0x20)
              + struct.pack("<QHH", 0, 100, 0x0401) + b"\x00\x0awharfinger")
    c.add(radiotap(fcs(beacon), flags=FCS), "not-ip", note="management frame: beacon (SSID wharfinger); FCS")
    c.add(radiotap(dot11_data(bytes.fromhex("0102030400200000") + bytes(48), protected=True), flags=0),
          "encrypted", note="data, protected bit set (CCMP header and ciphertext): encrypted")
    c.add(radiotap(dot11_data(snap(0x0806, ARP_REQ)), flags=0), "not-ip", note="data, LLC/SNAP 0x0806 -> ARP")
    c.add(radiotap(dot11_data(snap(0x0800, udp4(40819, 53))), flags=0), "truncated", "802.11",
          caplen=16 + 10, note="radiotap complete, 10 of the 24-byte 802.11 data header")
    caps.append(c)

    # cisco-hdlc.pcap -------------------------------------------------------
    c = Capture("cisco-hdlc.pcap", DLT_C_HDLC)
    c.tcp(struct.pack("!BBH", 0x0F, 0, 0x0800) + tcp4(40821, 80), 40821, 80,
          note="address 0x0f (unicast), control 0, protocol 0x0800 -> IPv4 TCP SYN")
    c.udp(struct.pack("!BBH", 0x0F, 0, 0x86DD) + udp6(40822, 53), 40822, 53,
          note="protocol 0x86dd -> IPv6 UDP DNS query")
    slarp = struct.pack("!I4s4sH", 0, ip4("192.0.2.1"), ip4("255.255.255.252"), 0)
    c.add(struct.pack("!BBH", 0x8F, 0, 0x8035) + slarp, "not-ip",
          note="address 0x8f (broadcast), protocol 0x8035: SLARP address request")
    c.add(struct.pack("!BBH", 0x0F, 0, 0x0800) + tcp4(40824, 80), "truncated", "ipv4", caplen=4 + 12,
          note="12 of 20 IPv4 header bytes")
    caps.append(c)

    # nflog.pcap ------------------------------------------------------------
    def tlv(kind, value):
        """Length (counting the 4-byte header, not the padding) and type in the writing
        machine's byte order, little-endian here as on x86 and most ARM."""
        return struct.pack("<HH", 4 + len(value), kind) + value + b"\0" * (-len(value) % 4)

    def nflog(family, packet=None, hw_protocol=0x0800, tlvs=None):
        body = tlv(1, struct.pack("!HBx", hw_protocol, 3)) + tlv(10, b"wharfinger\0")
        body += tlvs if tlvs is not None else tlv(9, packet)
        return struct.pack("!BBH", family, 0, 0) + body

    c = Capture("nflog.pcap", DLT_NFLOG)
    c.udp(nflog(2, udp4(40831, 53)), 40831, 53,
          note="AF_INET; TLVs packet header, prefix \"wharfinger\" (15 bytes, padded to 16), payload -> IPv4 UDP")
    c.tcp(nflog(10, tcp6(40832, 443), hw_protocol=0x86DD), 40832, 443,
          note="AF_INET6 (10) -> payload TLV with IPv6 TCP SYN")
    c.add(nflog(2, tlvs=b""), "not-ip", note="AF_INET, no payload TLV: the message logs no packet")
    c.add(nflog(2, udp4(40834, 53)), "truncated", "nflog", caplen=4 + 2,
          note="2 of the first TLV's 4 header bytes")
    caps.append(c)

    # pflog.pcap ------------------------------------------------------------
    def pflog(family, packet, length=61):
        """The 61-byte header (NetBSD, DragonFly, macOS), padded to 64: length, af, action,
        reason, ifname, ruleset, rule and subrule numbers, uid, pid, rule uid and pid, dir."""
        hdr = struct.pack("!BBBB16s16sIIIIIIB", length, family, 0, 0, b"em0", b"", 1,
                          0xFFFFFFFF, 0, 0, 0, 0, 1)
        return hdr + b"\0" * 3 + packet

    c = Capture("pflog.pcap", DLT_PFLOG)
    c.tcp(pflog(2, tcp4(40841, 80)), 40841, 80, note="header length 61 (padded to 64), AF_INET 2 -> IPv4 TCP SYN")
    c.udp(pflog(24, udp6(40842, 53)), 40842, 53, note="AF_INET6 24 (OpenBSD) -> IPv6 UDP DNS query")
    c.tcp(pflog(30, tcp6(40843, 443)), 40843, 443, note="AF_INET6 30 (macOS) -> IPv6 TCP SYN")
    caps.append(c)
    return caps


def main():
    os.makedirs(OUT, exist_ok=True)
    caps = build()
    for cap in caps:
        cap.write()

    # raw-12.pcap: libpcap writes DLT_RAW as LINKTYPE_RAW 101; this copy has the
    # file header's link-type field (bytes 20..23, host order) set to 12, as
    # old writers did. Only that field differs from raw.pcap.
    data = bytearray(open(os.path.join(OUT, "raw.pcap"), "rb").read())
    assert struct.unpack_from("=I", data, 20)[0] == 101, "libpcap did not write LINKTYPE_RAW 101"
    struct.pack_into("=I", data, 20, 12)
    open(os.path.join(OUT, "raw-12.pcap"), "wb").write(bytes(data))
    ROWS.extend(("raw-12.pcap",) + r[1:] for r in [r for r in ROWS if r[0] == "raw.pcap"])

    # cut-short.pcap: vlan-stack.pcap with its last 10 bytes chopped off, so the
    # fourth record is cut mid-record (header complete, data short).
    with open(os.path.join(OUT, "cut-short.pcap"), "wb") as f:
        size = os.path.getsize(os.path.join(OUT, "vlan-stack.pcap"))
        subprocess.run(["head", "-c", str(size - 10), os.path.join(OUT, "vlan-stack.pcap")],
                       stdout=f, check=True)
    ROWS.extend(("cut-short.pcap",) + r[1:] for r in ROWS if r[0] == "vlan-stack.pcap" and r[1] != "4")
    ROWS.append(("cut-short.pcap", "-", "error", "-", "-", "-", "-"))

    with open(os.path.join(OUT, "not-a-capture.txt"), "w") as f:
        f.write("This is not a packet capture.\nWharfinger must refuse it with a one-line error.\n")
    ROWS.append(("not-a-capture.txt", "-", "error", "-", "-", "-", "-"))
    ROWS.append(("unsupported-link.pcap", "-", "error", "-", "-", "-", "-"))

    # http-ipv4.pcapng: the recorded HTTP capture converted by editcap.
    src = os.path.join(OUT, "http-ipv4.pcap")
    if os.path.exists(src):
        subprocess.run(["editcap", "-F", "pcapng", src, os.path.join(OUT, "http-ipv4.pcapng")], check=True)
    else:
        print("craft-captures: http-ipv4.pcap missing (run record-captures.sh first); no pcapng",
              file=sys.stderr)

    write_tsv()
    update_readme()
    subprocess.run([sys.executable, os.path.join(HERE, "check-expected.py")], check=True)


RECORDED = ["http-ipv4.pcap", "http-ipv4.pcapng", "http-ipv6.pcap", "dns-udp.pcap", "socks5.pcap",
            "refused.pcap", "any-device.pcap", "any-device-sll2.pcap", "udp-socat.pcap",
            "socks-from-1494.pcap", "ica-from-1080.pcap", "socks-from-1494-nohandshake.pcap",
            "ica-from-1080-nohandshake.pcap", "servers-by-host.pcap"]


def tshark_fields(path, fields):
    cmd = ["tshark", "-n", "-r", path, "-T", "fields", "-E", "separator=\t"]
    for f in fields:
        cmd += ["-e", f]
    res = subprocess.run(cmd, capture_output=True, text=True)
    return [l.split("\t") for l in res.stdout.splitlines()]


def recorded_rows(name):
    rows = []
    for num, tsp, tdp, usp, udp_ in tshark_fields(os.path.join(OUT, name),
                                                  ["frame.number", "tcp.srcport", "tcp.dstport",
                                                   "udp.srcport", "udp.dstport"]):
        if tsp:
            rows.append((name, num, "tcp", "-", "tcp", tsp, tdp))
        elif usp:
            rows.append((name, num, "udp", "-", "udp", usp, udp_))
        else:
            sys.exit(f"{name} frame {num}: neither TCP nor UDP")
    return rows


def write_tsv():
    rows = []
    for name in RECORDED:
        if os.path.exists(os.path.join(OUT, name)):
            rows += recorded_rows(name)
    rows += ROWS
    with open(os.path.join(OUT, "expected-outcomes.tsv"), "w") as f:
        f.write("file\tframe\toutcome\tlayer\tproto\tsport\tdport\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


# ----------------------------------------------------------------- README tables
# Captures/README.md holds two generated tables between marker comments; they
# are rewritten from the files on every run, so they always match the captures.
SERVICE = {8000: "http", 53: "domain", 1080: "socks", 1494: "ica", 7: "echo", 8081: "(none: refused)",
           9099: "http", 4444: "krb524", 9: "(none: refused)", 9999: "(none: multicast)"}
# For the handshake-less copies the server cannot be read from a SYN: it is the
# port the original recording had as server (and the one side all clients share).
FANIN_SERVER = {"socks-from-1494-nohandshake.pcap": 1080, "ica-from-1080-nohandshake.pcap": 1494}


def conversations(name):
    rows = tshark_fields(os.path.join(OUT, name), [
        "frame.number", "ip.src", "ipv6.src", "ip.dst", "ipv6.dst", "tcp.srcport", "tcp.dstport",
        "udp.srcport", "udp.dstport", "tcp.flags", "tcp.payload", "udp.payload"])
    convs = collections.OrderedDict()
    for num, s4, s6, d4, d6, tsp, tdp, usp, udp_, flags, tpay, upay in rows:
        proto = "tcp" if tsp else "udp"
        src = (s4 or s6, int(tsp or usp))
        dst = (d4 or d6, int(tdp or udp_))
        key = (proto,) + tuple(sorted([src, dst]))
        c = convs.setdefault(key, {"proto": proto, "frames": [], "client": None, "first": None,
                                   "syn": False, "rst": False})
        c["frames"].append(int(num))
        fl = int(flags, 16) if flags else 0
        if proto == "tcp" and fl & 0x02 and not fl & 0x10:
            c["client"], c["syn"] = src, True
        if proto == "tcp" and fl & 0x04:
            c["rst"] = True
        pay = tpay or upay
        if proto == "udp" and c["client"] is None:
            c["client"] = src
        if pay and c["first"] is None:
            c["first"] = (src, bytes.fromhex(pay.replace(":", "")))
    out = []
    for key, c in convs.items():
        a, b = key[1], key[2]
        if name in FANIN_SERVER:
            server = a if a[1] == FANIN_SERVER[name] else b
            client = b if server == a else a
            basis = f"no handshake: server is :{FANIN_SERVER[name]}"
        else:
            client = c["client"]
            server = b if client == a else a
            if c["proto"] == "udp":
                basis = "client sends first (request/response)"
            elif c["rst"] and len(c["frames"]) == 2:
                basis = "handshake: SYN from client, RST-ACK from server"
            else:
                basis = "handshake: SYN from client"
        first = "-"
        if c["first"]:
            who = "client" if c["first"][0] == client else "server"
            first = f"{who}: {c['first'][1][:8].hex(' ')}"
        fmt = lambda ep: f"[{ep[0]}]:{ep[1]}" if ":" in ep[0] else f"{ep[0]}:{ep[1]}"
        out.append((name, c["proto"], fmt(client), fmt(server), SERVICE.get(server[1], "?"),
                    str(len(c["frames"])), str(c["frames"][0]), first, basis))
    return out


def replace_between(text, tag, body):
    begin, end = f"<!-- {tag}:begin -->", f"<!-- {tag}:end -->"
    i, j = text.find(begin), text.find(end)
    if i < 0 or j < 0:
        print(f"craft-captures: README.md lacks {begin} / {end}; table not written", file=sys.stderr)
        return text
    return text[:i + len(begin)] + "\n" + body + text[j:]


def update_readme():
    path = os.path.join(OUT, "README.md")
    if not os.path.exists(path):
        print("craft-captures: no Captures/README.md; tables not written", file=sys.stderr)
        return
    text = open(path).read()

    lines = ["| file | link type | frames | tcp conversations | udp conversations |",
             "| --- | --- | --- | --- | --- |"]
    for name in RECORDED:
        if not os.path.exists(os.path.join(OUT, name)):
            continue
        enc = subprocess.run(["capinfos", "-T", "-r", "-E", "-c", os.path.join(OUT, name)],
                             capture_output=True, text=True).stdout.split("\t")
        convs = conversations(name)
        lines.append(f"| `{name}` | {enc[1].strip()} | {enc[2].strip()} | "
                     f"{sum(1 for c in convs if c[1] == 'tcp')} | {sum(1 for c in convs if c[1] == 'udp')} |")
    text = replace_between(text, "recorded", "\n".join(lines) + "\n")

    lines = ["| file | proto | client | server | service | frames | first frame | first payload (sender: bytes) | basis |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name in RECORDED:
        if name.endswith(".pcapng") or not os.path.exists(os.path.join(OUT, name)):
            continue
        for r in conversations(name):
            lines.append("| " + " | ".join(f"`{x}`" if i in (0, 2, 3) else x for i, x in enumerate(r)) + " |")
    text = replace_between(text, "conversations", "\n".join(lines) + "\n")

    lines = []
    current = None
    for name, frame, outcome, layer, proto, sport, dport in ROWS:
        if frame == "-":
            continue
        if name != current:
            if name in ("raw-12.pcap", "cut-short.pcap"):
                continue
            current = name
            lt, prec = META[name]
            count = sum(1 for r in ROWS if r[0] == name and r[1] != "-")
            lines += ["", f"#### {name}: link type {lt} ({LINK_NAMES[lt]}), {count} frames"
                      + (", nanosecond timestamps" if prec == PRECISION_NANO else ""), "", "| frame | outcome | layer | proto | sport | dport | construction |",
                      "| --- | --- | --- | --- | --- | --- | --- |"]
        lines.append(f"| {frame} | {outcome} | {layer} | {proto} | {sport} | {dport} | "
                     f"{NOTES.get((name, int(frame)), '')} |")
    text = replace_between(text, "crafted", "\n".join(lines).lstrip("\n") + "\n")
    open(path, "w").write(text)


if __name__ == "__main__":
    main()
