#!/usr/bin/env python3
"""Crafts one small capture per Zeek conn_state (Captures/connstate-*.pcap) and the
conn.log values each must give (Captures/connstate-expected.tsv),
Captures/refused-same-isn.pcap (a refused SYN sent again with its sequence number) and
Captures/one-sided-attempt.pcap (a client's side only, outliving Zeek's attempt timer) and
Captures/closed-then-late-ack.pcap (an ACK 6 s after the close).

    python3 scripts/craft-conn-state-captures.py

Each scenario is a short exchange between a client (192.0.2.10:40000) and an HTTP
server (192.0.2.20:80), Ethernet/IPv4/TCP with correct checksums, written through
libpcap (scripts/pcapfile.py). The expected conn_state, history and byte counts are
worked out here by hand from Zeek's documentation of conn.log (base/protocols/conn/
main.zeek: the conn_state list and the history letters) and its TCP analyzer's rules,
scenario by scenario, NOT by running Wharfinger:

  history: one letter per event kind per side (originator upper case, responder lower
  case): s SYN, h SYN-ACK, a pure ACK, d payload, f FIN, r RST, g content gap,
  t retransmitted payload, w zero window; `^` first when the responder sent first.
  orig_bytes/resp_bytes: payload bytes spanned by sequence numbers (gaps included),
  set only when the connection lasted (duration > 0). missed_bytes: bytes acknowledged
  that were never seen. orig_ip_bytes: the IP total lengths the side sent.
"""
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "Captures")
sys.path.insert(0, HERE)
from pcapfile import write_pcap, csum  # noqa: E402

DLT_EN10MB = 1
BASE_TS = 1795564800  # 2026-11-24T00:00:00Z
CLIENT, SERVER = ("192.0.2.10", 40000), ("192.0.2.20", 80)
C_ISN, S_ISN = 1000, 5000
REQUEST = b"GET / HTTP/1.1\r\nHost: example\r\n\r\n"
RESPONSE = b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
FLAGS = {"F": 0x01, "S": 0x02, "R": 0x04, "P": 0x08, "A": 0x10}


def addr(a):
    return bytes(int(x) for x in a.split("."))


def frame(src, dst, flags, seq, ack, payload=b"", window=64240):
    bits = sum(FLAGS[f] for f in flags)
    header = struct.pack("!HHIIBBHHH", src[1], dst[1], seq & 0xFFFFFFFF, ack & 0xFFFFFFFF, 5 << 4, bits, window, 0, 0)
    pseudo = addr(src[0]) + addr(dst[0]) + struct.pack("!BBH", 0, 6, len(header) + len(payload))
    segment = header[:16] + struct.pack("!H", csum(pseudo + header + payload)) + header[18:] + payload
    total = 20 + len(segment)
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, total, 0x1234, 0x4000, 64, 6, 0, addr(src[0]), addr(dst[0]))
    ip = ip[:10] + struct.pack("!H", csum(ip)) + ip[12:]
    eth = bytes.fromhex("020000000002") + bytes.fromhex("020000000001") + struct.pack("!H", 0x0800)
    return eth + ip + segment


class Scenario:
    """Packets with their direction; tallies what the expected row needs."""

    def __init__(self):
        self.packets = []  # (is_client, frame bytes, ip length, seconds offset)
        self.t = 0.0

    def c(self, flags, seq, ack, payload=b"", window=64240, gap=0.01):
        self._add(True, flags, seq, ack, payload, window, gap)

    def s(self, flags, seq, ack, payload=b"", window=64240, gap=0.01):
        self._add(False, flags, seq, ack, payload, window, gap)

    def _add(self, is_client, flags, seq, ack, payload, window, gap):
        src, dst = (CLIENT, SERVER) if is_client else (SERVER, CLIENT)
        self.packets.append((is_client, frame(src, dst, flags, seq, ack, payload, window), 40 + len(payload), self.t))
        self.t += gap

    def write(self, name):
        frames = []
        for _, data, _, offset in self.packets:
            micro = round(offset * 1_000_000)
            frames.append((BASE_TS + micro // 1_000_000, micro % 1_000_000, data, len(data)))
        write_pcap(os.path.join(OUT, name), DLT_EN10MB, frames)

    def counts(self):
        c = [p for p in self.packets if p[0]]
        s = [p for p in self.packets if not p[0]]
        return len(c), sum(p[2] for p in c), len(s), sum(p[2] for p in s)


Q, R = len(REQUEST), len(RESPONSE)
C1, S1 = C_ISN + 1, S_ISN + 1  # first data sequence numbers


def established(sc):
    """Handshake, request, server ACK, response, client ACK: history ShADad."""
    sc.c("S", C_ISN, 0)
    sc.s("SA", S_ISN, C1)
    sc.c("A", C1, S1)
    sc.c("PA", C1, S1, REQUEST)
    sc.s("A", S1, C1 + Q)
    sc.s("PA", S1, C1 + Q, RESPONSE)
    sc.c("A", C1 + Q, S1 + R)


def scenarios():
    """(file, scenario, conn_state, history, orig_bytes, resp_bytes, missed_bytes)."""
    out = []

    sc = Scenario()  # a SYN and its retransmission (same sequence number: one 's')
    sc.c("S", C_ISN, 0, gap=1.0)
    sc.c("S", C_ISN, 0)
    out.append(("connstate-S0.pcap", sc, "S0", "S", 0, 0, 0))

    sc = Scenario()
    established(sc)
    out.append(("connstate-S1.pcap", sc, "S1", "ShADad", Q, R, 0))

    sc = Scenario()
    established(sc)
    sc.c("FA", C1 + Q, S1 + R)
    sc.s("FA", S1 + R, C1 + Q + 1)
    sc.c("A", C1 + Q + 1, S1 + R + 1)
    out.append(("connstate-SF.pcap", sc, "SF", "ShADadFf", Q, R, 0))

    sc = Scenario()  # refused: RST-ACK to the SYN
    sc.c("S", C_ISN, 0)
    sc.s("RA", 0, C1)
    out.append(("connstate-REJ.pcap", sc, "REJ", "Sr", 0, 0, 0))

    sc = Scenario()  # the client closes, the server never answers the FIN
    established(sc)
    sc.c("FA", C1 + Q, S1 + R)
    out.append(("connstate-S2.pcap", sc, "S2", "ShADadF", Q, R, 0))

    sc = Scenario()  # the server closes, the client never answers
    established(sc)
    sc.s("FA", S1 + R, C1 + Q)
    out.append(("connstate-S3.pcap", sc, "S3", "ShADadf", Q, R, 0))

    sc = Scenario()  # the client aborts
    established(sc)
    sc.c("RA", C1 + Q, S1 + R)
    out.append(("connstate-RSTO.pcap", sc, "RSTO", "ShADadR", Q, R, 0))

    sc = Scenario()  # the server aborts
    established(sc)
    sc.s("RA", S1 + R, C1 + Q)
    out.append(("connstate-RSTR.pcap", sc, "RSTR", "ShADadr", Q, R, 0))

    sc = Scenario()  # SYN, then the client's own RST; no SYN-ACK
    sc.c("S", C_ISN, 0)
    sc.c("R", C1, 0)
    out.append(("connstate-RSTOS0.pcap", sc, "RSTOS0", "SR", 0, 0, 0))

    sc = Scenario()  # only the server's SYN-ACK and RST were captured
    sc.s("SA", S_ISN, C1)
    sc.s("R", S1, 0)
    out.append(("connstate-RSTRH.pcap", sc, "RSTRH", "^hr", 0, 0, 0))

    sc = Scenario()  # SYN, then the client's FIN; no SYN-ACK
    sc.c("S", C_ISN, 0)
    sc.c("F", C1, 0)
    out.append(("connstate-SH.pcap", sc, "SH", "SF", 0, 0, 0))

    sc = Scenario()  # only the server's SYN-ACK and FIN were captured
    sc.s("SA", S_ISN, C1)
    sc.s("FA", S1, C1)
    out.append(("connstate-SHR.pcap", sc, "SHR", "^hf", 0, 0, 0))

    sc = Scenario()  # mid-stream: no SYN on either side
    sc.c("PA", C1, S1, REQUEST)
    sc.s("PA", S1, C1 + Q, RESPONSE)
    sc.c("A", C1 + Q, S1 + R)
    out.append(("connstate-OTH.pcap", sc, "OTH", "DdA", Q, R, 0))

    # Loss: the first segment sent twice (t), the second never captured, the third seen;
    # the server acknowledges all three with a zero window (a, w): one segment missed (g).
    sc = Scenario()
    sc.c("S", C_ISN, 0)
    sc.s("SA", S_ISN, C1)
    sc.c("A", C1, S1)
    sc.c("PA", C1, S1, REQUEST)
    sc.c("PA", C1, S1, REQUEST)
    sc.c("PA", C1 + 2 * Q, S1, REQUEST)
    sc.s("A", S1, C1 + 3 * Q, window=0)
    sc.c("FA", C1 + 3 * Q, S1)
    sc.s("FA", S1, C1 + 3 * Q + 1)
    sc.c("A", C1 + 3 * Q + 1, S1 + 1)
    out.append(("connstate-SF-loss.pcap", sc, "SF", "ShADTawGFf", 3 * Q, 0, Q))
    return out


def retried_refusal():
    """Captures/refused-same-isn.pcap: a SYN refused with an RST-ACK, sent again with the
    same sequence number half a second later, twice (as Windows retries a refused connect
    on the same socket). Zeek starts a new connection on every SYN once the old one was
    reset, whatever its sequence number (TCPSessionAdapter::IsReuse): three REJ records,
    history Sr each."""
    sc = Scenario()
    for _ in range(3):
        sc.c("S", C_ISN, 0, gap=0.0001)
        sc.s("RA", 0, C1, gap=0.5)
    sc.write("refused-same-isn.pcap")


def one_sided_attempt():
    """Captures/one-sided-attempt.pcap: only the client's packets of a connection, as on a
    link that carries one direction. Its SYN at 0 s and again at 1 s (same sequence number),
    the ACK of a SYN-ACK not captured at 1.2 s, the request at 1.21 s, then at 6 s the ACK of
    a response not captured and at 6.01 s its FIN. Zeek's attempt timer ends the connection
    5 s after the SYN while the responder has sent nothing (TCPSessionAdapter::AttemptTimer):
    a first record S0, history SAD, 4 packets, orig_bytes 33 (the request), duration 1.21;
    the ACK and FIN at 6 s are a new partial connection whose originator closed: SH, history
    AF, 2 packets, no bytes, duration 0.01."""
    sc = Scenario()
    sc.c("S", C_ISN, 0, gap=1.0)
    sc.c("S", C_ISN, 0, gap=0.2)
    sc.c("A", C1, S1)
    sc.c("PA", C1, S1, REQUEST, gap=4.79)
    sc.c("A", C1 + Q, S1 + R)
    sc.c("FA", C1 + Q, S1 + R)
    sc.write("one-sided-attempt.pcap")


def late_ack_after_close():
    """Captures/closed-then-late-ack.pcap: connstate-SF.pcap's exchange (FINs at 0.07 and
    0.08 s, the last ACK at 0.09), then that ACK sent again at 6.09 s. Zeek removes a closed
    connection 5 s after its close completed (tcp_close_delay, ConnDeleteTimer: at 5.08 s),
    so the late ACK is a connection of its own: SF (ShADadFf, duration 0.08) then OTH, history
    A, one packet, no duration."""
    sc = Scenario()
    established(sc)
    sc.c("FA", C1 + Q, S1 + R)
    sc.s("FA", S1 + R, C1 + Q + 1)
    sc.c("A", C1 + Q + 1, S1 + R + 1, gap=6.0)
    sc.c("A", C1 + Q + 1, S1 + R + 1)
    sc.write("closed-then-late-ack.pcap")


def main():
    rows = ["file\tconn_state\thistory\torig_bytes\tresp_bytes\tmissed_bytes\torig_pkts\torig_ip_bytes\tresp_pkts\tresp_ip_bytes"]
    for name, sc, state, history, ob, rb, missed in scenarios():
        sc.write(name)
        cp, cb, sp, sb = sc.counts()
        rows.append("\t".join(str(v) for v in (name, state, history, ob, rb, missed, cp, cb, sp, sb)))
    with open(os.path.join(OUT, "connstate-expected.tsv"), "w") as f:
        f.write("\n".join(rows) + "\n")
    retried_refusal()
    one_sided_attempt()
    late_ack_after_close()
    print(f"wrote {len(rows) - 1} captures, connstate-expected.tsv, refused-same-isn.pcap, one-sided-attempt.pcap"
          " and closed-then-late-ack.pcap")


if __name__ == "__main__":
    main()
