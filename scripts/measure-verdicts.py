#!/usr/bin/env python3
"""How often Wharfinger names the right TCP server when the handshake is missing
(with --udp: the UDP server where the protocol states the roles), side by side with
peer tools, on real captures recorded by others.

What it measures
  For every capture in --captures DIR (default ../shared/corpus/ndpi/files, the
  nDPI regression captures) it learns the truth from the TCP handshakes, deletes
  the handshakes, and asks each method which endpoint of each connection is the
  server on the stripped copy:

  1. Label. tshark lists the TCP frames (relative sequence numbers). Frames with
     more than one IP layer (tunnels, ICMP errors quoting a TCP header) are
     skipped: Wharfinger does not decode tunnels yet. A connection is an
     unordered pair of {ip, port} endpoints. A SYN without ACK labels it, its
     sender being the client; four-tuples with more than one SYN sender
     (simultaneous opens, conflicts) are dropped. At most --per-capture (40)
     connections per capture, the first by SYN frame order, so no scan dominates.
  2. Strip. For every TCP connection (labelled or not) every frame with SYN set
     (SYN, SYN-ACK, retransmissions) and the client's first pure ACK after a
     SYN-ACK (flags exactly ACK, no payload, relative seq 1 and ack 1) are
     deleted with editcap by frame number, so every other frame stays byte for
     byte (-F pcap when editcap can, otherwise the original format).
  3. Score the labelled connections with at least one frame left. For each
     method the verdict is the endpoint it names server; a method without a
     verdict for a connection counts as wrong ("no verdict"). Methods:
       wharfinger    `wharfinger read STRIPPED --format json`, flows by four-tuple
       argus         `argus -r` then `racluster -M correct`: source = client
       ndpiReader    `ndpiReader -v 2`: the flow line's first endpoint = client
       first sender  the sender of the connection's first frame left is the client
       lower port    the lower port is the server (equal: first sender is client)
       port rule     Zeek-like likely-server ports, then ephemeral ranges, then
                     first sender
  Also "whole captures (handshake kept)": Wharfinger on the original captures
  must name every labelled connection's server right.

  --one-sided client|server measures what a tap that sees one direction would:
  step 2 also deletes every frame the server (client) of a labelled connection
  sent, so of each labelled connection only the client's (server's) frames are
  left, without their handshake; unlabelled connections and other traffic stay as
  they were. Cached apart (<work>/cache-SIDE-only); files SIDE-only-misses.tsv and
  SIDE-only-dataset.jsonl. The first sender is then right on every client-only
  connection and wrong on every server-only one, by construction.

  Every run also counts the scored connections of which only one endpoint's frames
  are left, and the verdicts Wharfinger marks `one_sided` naming that endpoint seen.

  --generated-mix measures one capture made by ../shared/bench/gen_pcap.c
  (200,000 packets, seed 7, 500 concurrent flows) instead, without the
  per-capture connection cap.

UDP (--udp)
  UDP has no handshake to strip, so --udp labels and scores the ORIGINAL captures
  instead of the TCP measurement, where a protocol states its roles. tshark
  dissects the UDP frames (one IP layer only, as for TCP; frames tshark marks
  malformed give no evidence: random bytes on a known port, fuzzed captures); a
  conversation is the unordered pair of {ip, port} endpoints, and a frame names
  its sender client or server by:
    dns, mdns, llmnr  dns.flags.response 0 / 1       nbns  nbns.flags.response 0 / 1
    ntp   ntp.flags.mode 3 / 4 (symmetric, broadcast: none)
    dhcp  dhcp.type (the BOOTP op) 1 / 2             sip   sip.Method / sip.Status-Code
    quic  the conversation's first long-header Initial (quic.long.packet_type 0): client
    snmp  snmp.data get, get-next, set, get-bulk / response (traps, informs: none)
    tftp  RRQ, WRQ: client                          ssdp  M-SEARCH / an HTTP status line
    radius  Access-, Accounting-Request, Status-Server / Accept, Reject, Response, Challenge
    stun  the message class: request / success or error response (indications: none)
    kerberos  AS-REQ, TGS-REQ / AS-REP, TGS-REP, KRB-ERROR
    dtls  ClientHello / ServerHello, HelloVerifyRequest
  A conversation whose frames all name the same client is labelled, with the
  protocol of its first evidence; conflicting ones are dropped and counted. At
  most --per-capture (40) per capture, by first evidence. Methods, all on the
  original capture: wharfinger (proto udp flows; a four-tuple split into several
  flows by the idle timeout keeps its first), argus and ndpiReader (as above but
  UDP), first sender, lower port, and the port rule with UDP's likely-server
  ports added (1194, 1701, 1812, 1813, 1900, 3478, 4500, 5060, 5061, 5353, 5355).
  Printed: the method table (with the accuracy on the unicast conversations, as a
  multicast or broadcast address, x.x.x.255 included, never sends and so settles
  a conversation alone), a table by protocol for wharfinger and the best other
  method with the bases wharfinger's verdicts rest on, wharfinger's misses by
  protocol and first evidence line, and the reliability table; files
  udp-misses.tsv and udp-dataset.jsonl (as dataset.jsonl plus "proto" and "label",
  the tshark field that labelled it) in the work dir, labels cached in
  <work>/cache-udp. --min-accuracy applies to the UDP accuracy.

Cache
  Everything but the Wharfinger runs (labels, stripped copies, argus and
  ndpiReader verdicts) is kept in --work DIR (default
  /tmp/wharfinger-measure-<name of the captures dir>), keyed by capture path,
  size and mtime, so a second run only reruns Wharfinger.

Output
  stdout: the accuracy table, the whole-capture check, Wharfinger's misses by
  true server port and by the evidence that decided, a reliability table with
  the expected calibration error, and a line `wharfinger: X.XX% (N/M)`.
  Files in the work dir: misses.tsv (one line per Wharfinger miss) and
  dataset.jsonl, one line per scored connection:
    {"capture": relpath, "truth": {"client": [ip, port], "server": [ip, port]},
     "wharfinger": {"server": [ip, port] | null, "confidence": float | null,
                    "basis": str | null, "evidence": [str], "facts": [...],
                    "one_sided": "client" | "server"},
     "peers": {"argus": [ip, port] | null, "ndpi": ..., "first_sender": ...,
               "lower_port": ..., "port_rule": ...}}
  "facts" is there only when Wharfinger printed facts for the flow, "one_sided" only
  when it marked the conversation one-sided (the role it names seen); "argus" and
  "ndpi" are left out with --no-peers. Lines are in capture-name order, then SYN
  order. Addresses are in Python's ipaddress compressed form.

Exit status: 0, or 1 when --min-accuracy R is given and Wharfinger's accuracy
is below R (a fraction) or it misses a labelled connection of the whole captures
(TCP), or when nothing could be scored.

Needs tshark, editcap, capinfos; argus, racluster, ndpiReader unless --no-peers;
gcc for --generated-mix. Standard library only.
"""
import argparse
import concurrent.futures
import hashlib
import ipaddress
import json
import os
import re
import subprocess
import sys
import time

CACHE_VERSION = 6
SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(SCRIPT_DIR)
DEFAULT_CAPTURES = os.path.join(REPO, "..", "shared", "corpus", "ndpi", "files")
BENCH = os.path.join(REPO, "..", "shared", "bench")
CAPTURE_SUFFIXES = (".pcap", ".pcapng", ".cap", ".pcap.gz", ".pcapng.gz")
TIMEOUT = 600  # seconds for one tool on one capture

# Likely-server ports as Zeek's "likely_server_ports" idea, then ephemeral ranges.
SERVER_PORTS = set(range(1, 1024)) | {1080, 1194, 1723, 3128, 3306, 3389, 5432, 5900, 6379,
                                      6666, 6667, 6668, 6669, 8000, 8080, 8443}


def ephemeral(port):
    return 32768 <= port <= 60999 or 49152 <= port <= 65535


class ToolError(Exception):
    pass


def run(cmd, ok=(0,), timeout=TIMEOUT):
    """Runs cmd; returns (returncode, stdout, stderr); raises ToolError with one line."""
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=timeout)
    except FileNotFoundError:
        raise ToolError(f"{cmd[0]} not found")
    except subprocess.TimeoutExpired:
        raise ToolError(f"{os.path.basename(cmd[0])} timed out after {timeout}s")
    if p.returncode not in ok:
        raise ToolError(f"{os.path.basename(cmd[0])} exited {p.returncode}: {last_line(p.stderr)}")
    return p.returncode, p.stdout, p.stderr


def last_line(text):
    lines = [l.strip() for l in text.splitlines()
             if l.strip() and "Running as user" not in l]
    return lines[-1][:200] if lines else "(no message)"


def norm_ip(text):
    text = text.strip().strip("[]")
    try:
        return ipaddress.ip_address(text).compressed
    except ValueError:
        return text


def conn_key(a, b):
    """The unordered pair of endpoints, endpoints as (ip, port)."""
    return (a, b) if a <= b else (b, a)


def other(key, endpoint):
    return key[1] if key[0] == endpoint else key[0]


# ---------------------------------------------------------------- labelling and stripping

TSHARK_FIELDS = ["frame.number", "frame.protocols", "ip.src", "ip.dst", "ipv6.src", "ipv6.dst",
                 "tcp.srcport", "tcp.dstport", "tcp.flags", "tcp.seq", "tcp.ack", "tcp.len"]


def tshark_tcp_frames(path):
    """TCP frames with one IP layer: list of dicts; and the number skipped as tunnelled."""
    cmd = ["tshark", "-n", "-r", path, "-Y", "tcp", "-o", "tcp.relative_sequence_numbers:TRUE",
           "-T", "fields", "-E", "separator=/t", "-E", "occurrence=a"]
    for f in TSHARK_FIELDS:
        cmd += ["-e", f]
    # tshark exits 2 on a capture cut short mid-record after printing what it read:
    # that part is still a fine capture, so keep it (wharfinger does the same, status 5).
    code, out, err = run(cmd, ok=(0, 2))
    if code != 0 and "cut short" not in err:
        raise ToolError(f"tshark exited {code}: {last_line(err)}")
    frames, tunnelled = [], 0
    for line in out.splitlines():
        cols = line.split("\t")
        if len(cols) < len(TSHARK_FIELDS):
            continue
        num, protos, ip4s, ip4d, ip6s, ip6d, sport, dport, flags, seq, ack, tlen = cols[:12]
        layers = [p for p in protos.split(":") if p in ("ip", "ipv6")]
        if len(layers) != 1:
            tunnelled += 1
            continue
        src, dst = (ip4s, ip4d) if layers[0] == "ip" else (ip6s, ip6d)
        if not (src and dst and sport.isdigit() and dport.isdigit() and flags):
            continue
        try:
            flag_bits = int(flags, 16)
        except ValueError:
            continue
        frames.append({"n": int(num), "src": (norm_ip(src), int(sport)),
                       "dst": (norm_ip(dst), int(dport)), "flags": flag_bits,
                       "seq": seq, "ack": ack, "len": tlen})
    return frames, tunnelled, (code != 0)


def label_and_plan(frames, cap, one_sided=None):
    """Returns (labelled connections in SYN order [(key, client)], frame numbers to delete,
    first sender per four-tuple among the frames kept, frames kept per four-tuple, the
    endpoints that sent those frames per four-tuple).
    one_sided "client" or "server" also deletes every frame the other side of a labelled
    connection sent, handshake or not."""
    syn_senders, first_syn = {}, {}
    pending_ack = {}  # four-tuple -> endpoint that owes the handshake's pure ACK
    drop = set()
    for f in frames:
        key = conn_key(f["src"], f["dst"])
        syn, ackf = f["flags"] & 0x02, f["flags"] & 0x10
        if syn:
            drop.add(f["n"])
            if not ackf:
                syn_senders.setdefault(key, set()).add(f["src"])
                first_syn.setdefault(key, f["n"])
            else:
                pending_ack[key] = f["dst"]
            continue
        if (pending_ack.get(key) == f["src"] and f["flags"] == 0x010 and f["len"] == "0"
                and f["seq"] == "1" and f["ack"] == "1"):
            drop.add(f["n"])
            del pending_ack[key]
    # a SYN from an endpoint to itself (fuzzed captures) names no server: not labelled
    labelled = [(key, next(iter(s))) for key, s in syn_senders.items()
                if len(s) == 1 and key[0] != key[1]]
    labelled.sort(key=lambda kc: first_syn[kc[0]])
    if cap:
        labelled = labelled[:cap]
    if one_sided:
        # the endpoint whose packets go: the server's for a client-only copy, and back
        unseen = {key: (other(key, client) if one_sided == "client" else client) for key, client in labelled}
        drop.update(f["n"] for f in frames if unseen.get(conn_key(f["src"], f["dst"])) == f["src"])
    first_sender, left, senders = {}, {}, {}
    for f in frames:
        if f["n"] in drop:
            continue
        key = conn_key(f["src"], f["dst"])
        first_sender.setdefault(key, f["src"])
        left[key] = left.get(key, 0) + 1
        senders.setdefault(key, set()).add(f["src"])
    return labelled, sorted(drop), first_sender, left, senders


def ranges(numbers):
    out = []
    for n in numbers:
        if out and out[-1][1] == n - 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return [f"{a}-{b}" if a != b else str(a) for a, b in out]


def frame_count(path):
    _, out, _ = run(["capinfos", "-c", "-M", "-T", "-r", path], ok=(0, 1, 2))
    for line in out.splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and cols[-1].strip().isdigit():
            return int(cols[-1])
    raise ToolError(f"capinfos could not count {path}")


def strip(src, dst_base, drop):
    """Deletes frames `drop` (1-based) with editcap; returns the stripped file's path.
    editcap silently ignores selections past its 512th, so deletions go in chunks of
    ranges, last frames first (so earlier frame numbers stay valid)."""
    sels = ranges(drop)
    chunks = [sels[i:i + 400] for i in range(0, len(sels), 400)] or [[]]
    for fmt_args, ext in ((["-F", "pcap"], ".pcap"), ([], ".pcapng" if src.endswith("ng") else
                                                       os.path.splitext(src)[1] or ".pcap")):
        out = dst_base + ext
        current, ok, err = src, True, ""
        for i, chunk in enumerate(reversed(chunks)):
            target = out if i == len(chunks) - 1 else f"{out}.tmp{i}"
            p = subprocess.run(["editcap"] + fmt_args + [current, target] + chunk,
                               capture_output=True, text=True, errors="replace", timeout=TIMEOUT)
            if current != src:
                os.unlink(current)
            if p.returncode != 0 or "Out of room" in p.stderr:
                ok, err = False, last_line(p.stderr)
                break
            current = target
        if ok:
            return out
        for leftover in (out, *(f"{out}.tmp{i}" for i in range(len(chunks)))):
            if os.path.exists(leftover):
                os.unlink(leftover)
    raise ToolError(f"editcap failed: {err}")


# ---------------------------------------------------------------- peers

def argus_verdicts(stripped, work_base, proto="tcp"):
    """{four-tuple: server endpoint} from argus + racluster -M correct (source = client).
    racluster -c , prints full addresses (IPv6 not abbreviated with '*') and decimal
    ports with -n; Dir may be ->, <->, <?> (direction uncertain) etc.: the source
    after correction is taken as the client in every case."""
    a = work_base + ".argus"
    try:
        run(["argus", "-r", stripped, "-w", a])
        _, out, _ = run(["racluster", "-M", "correct", "-r", a, "-n", "-c", ",",
                         "-s", "saddr", "sport", "dir", "daddr", "dport", "proto"])
    finally:
        if os.path.exists(a):
            os.unlink(a)
    verdicts = {}
    for line in out.splitlines():
        cols = [c.strip() for c in line.split(",")]
        if len(cols) < 6 or cols[5] != proto or not cols[1].isdigit() or not cols[4].isdigit():
            continue
        client, server = (norm_ip(cols[0]), int(cols[1])), (norm_ip(cols[3]), int(cols[4]))
        verdicts.setdefault(skey(conn_key(client, server)), [server[0], server[1]])
    return verdicts


NDPI_LINE = re.compile(r"^\s+\d+\s+(TCP|UDP)\s+(\[[^\]]+\]|[^\s:]+):(\d+)\s+(<->|->|<-)\s+"
                       r"(\[[^\]]+\]|[^\s:]+):(\d+)\s")


def ndpi_verdicts(stripped, proto="tcp"):
    """{four-tuple: server endpoint} from ndpiReader -v 2 flow lines.

    Empirically (nDPI 4.2, Debian libndpi-bin), on the ORIGINAL corpus captures with
    handshakes the first endpoint printed is the sender of the flow's first packet
    seen, i.e. the SYN's sender, so the client (see the note in the report); on a
    stripped copy it is just the first sender. "<->" means packets were seen both
    ways, "->" only from the first endpoint: it is no direction verdict, so the first
    endpoint is taken as the client either way. IPv6 addresses come in brackets."""
    _, out, _ = run(["ndpiReader", "-q", "-i", stripped, "-v", "2"])
    verdicts = {}
    for line in out.splitlines():
        m = NDPI_LINE.match(line)
        if not m or m.group(1) != proto.upper():
            continue
        for ip_a in ndpi_addresses(m.group(2)):
            for ip_b in ndpi_addresses(m.group(5)):
                a, b = (ip_a, int(m.group(3))), (ip_b, int(m.group(6)))
                client, server = (b, a) if m.group(4) == "<-" else (a, b)
                verdicts.setdefault(skey(conn_key(client, server)), [server[0], server[1]])
    return verdicts


def ndpi_addresses(text):
    """The address ndpiReader printed, normalized. nDPI 4.2 compresses more than one run
    of zero groups in IPv6 ("2600:1901::7a0b::" for 2600:1901:0:7a0b::), which is no
    valid address: every reading that parses is returned (only the right one can match
    a labelled connection's four-tuple)."""
    text = text.strip("[]")
    try:
        return [ipaddress.ip_address(text).compressed]
    except ValueError:
        pass
    parts = text.split("::")
    if len(parts) < 3:
        return [text]
    readings = set()

    def expand(i, done):
        if i == len(parts) - 1:
            candidate = done + parts[i]
            try:
                readings.add(ipaddress.ip_address(candidate).compressed)
            except ValueError:
                pass
            return
        for zeros in range(0, 8):
            joint = "::" if zeros == 0 else ":" + ":".join(["0"] * zeros) + ":"
            expand(i + 1, done + parts[i] + joint)

    expand(0, "")
    return sorted(readings) or [text]


def skey(key):
    """A four-tuple as a JSON-friendly string key."""
    return "|".join(map(str, sum(key, ())))


# ---------------------------------------------------------------- per capture, cached

def cache_slot(path, rel, work, folder, **extra):
    """A capture's cache entry: its identity (path, size, mtime and `extra`), the base path of
    its files, and the entry saved there if it is for this identity (else None)."""
    st = os.stat(path)
    ident = {"path": os.path.abspath(path), "size": st.st_size, "mtime": st.st_mtime_ns, **extra}
    digest = hashlib.sha1(json.dumps(ident, sort_keys=True).encode()).hexdigest()[:16]
    base = os.path.join(work, folder, re.sub(r"[^A-Za-z0-9_.-]", "_", rel) + "-" + digest)
    try:
        with open(base + ".json") as fh:
            entry = json.load(fh)
        if entry.get("ident") != ident:
            entry = None
    except (OSError, ValueError):
        entry = None
    return ident, base, entry


def forget_stale(base):
    """Removes the cache files of earlier versions of the capture `base` is for."""
    stale = re.compile(re.escape(os.path.basename(base)[:-16]) + r"[0-9a-f]{16}(-stripped\.\w+|\.json)$")
    for name in os.listdir(os.path.dirname(base)):
        if stale.match(name) and not name.startswith(os.path.basename(base)):
            os.unlink(os.path.join(os.path.dirname(base), name))


def finish_entry(entry, base, changed, peer_runs, anything_to_score):
    """Runs the peers an entry lacks (each `(name, fn)`; none when nothing is to be scored)
    and saves the entry when anything changed."""
    for name, fn in peer_runs:
        if name in entry["peers"] or name in entry["peer_errors"]:
            continue
        if not anything_to_score:
            entry["peers"][name] = {}
        else:
            try:
                entry["peers"][name] = fn()
            except ToolError as e:
                entry["peer_errors"][name] = str(e)
        changed = True
    if changed:
        tmp = base + ".json.tmp"
        with open(tmp, "w") as fh:
            json.dump(entry, fh)
        os.replace(tmp, base + ".json")
    return entry


def prepare(path, rel, work, cap, peers, one_sided=None):
    """Labels, strips (one_sided: and keeps one side of each labelled connection) and runs the
    peers on one capture, cached. Returns a dict or raises."""
    folder = f"cache-{one_sided}-only" if one_sided else "cache"
    ident, base, entry = cache_slot(path, rel, work, folder, cap=cap, version=CACHE_VERSION)
    if entry is not None and not os.path.exists(entry.get("stripped", "")):
        entry = None
    changed = False
    if entry is None:
        frames, tunnelled, cut_short = tshark_tcp_frames(path)
        labelled, drop, first_sender, left, senders = label_and_plan(frames, cap, one_sided)
        if not labelled or not drop:
            stripped = os.path.abspath(path)  # nothing to score, or nothing to delete
        else:
            stripped = strip(path, base + "-stripped", drop)
            total, kept = frame_count(path), frame_count(stripped)
            if kept != total - len(drop):
                raise ToolError(f"stripped copy has {kept} frames, expected {total} - {len(drop)}")
        forget_stale(base)
        entry = {"ident": ident, "stripped": stripped, "tunnelled": tunnelled,
                 "cut_short": cut_short, "deleted": len(drop),
                 "labelled": [{"client": list(client), "server": list(other(key, client)),
                               "left": left.get(key, 0),
                               "only_sender": (list(next(iter(senders[key])))
                                               if len(senders.get(key, ())) == 1 else None),
                               "first_sender": list(first_sender[key]) if key in first_sender else None}
                              for key, client in labelled],
                 "peers": {}, "peer_errors": {}}
        changed = True
    runs = (("argus", lambda: argus_verdicts(entry["stripped"], base)),
            ("ndpi", lambda: ndpi_verdicts(entry["stripped"]))) if peers else ()
    return finish_entry(entry, base, changed, runs, any(c["left"] for c in entry["labelled"]))


def normalized_fact(fact):
    """A fact as printed, with its server's address in the same form as the truth's."""
    if isinstance(fact, dict) and isinstance(fact.get("server"), dict) and "ip" in fact["server"]:
        fact = dict(fact, server=dict(fact["server"], ip=norm_ip(str(fact["server"]["ip"]))))
    return fact


def start_time(flow):
    """A flow's `first` (epoch seconds) as a number; 0 when it has none."""
    try:
        return float(flow.get("first"))
    except (TypeError, ValueError):
        return 0.0


def wharfinger_flows(binary, path, proto="tcp"):
    """{four-tuple string: flow} for the `proto` flows of `wharfinger read path`; a
    four-tuple split into several flows (idle timeout, new SYN) keeps its first (by start
    time: the report lists flows as their verdicts settle)."""
    code, out, err = run([binary, "read", path, "--format", "json", "--no-progress"], ok=(0, 5))
    try:
        report = json.loads(out)
    except ValueError:
        raise ToolError(f"wharfinger exited {code} without a JSON report: {last_line(err)}")
    flows = {}
    for f in report.get("flows", []):
        if f.get("proto") != proto:
            continue
        try:
            c = (norm_ip(f["client"]["ip"]), int(f["client"]["port"]))
            s = (norm_ip(f["server"]["ip"]), int(f["server"]["port"]))
        except (KeyError, TypeError, ValueError):
            continue
        entry = flows.setdefault(skey(conn_key(c, s)), {"flow": f, "server": s, "count": 0})
        if start_time(f) < start_time(entry["flow"]):
            entry.update(flow=f, server=s)
        entry["count"] += 1
    return flows


# ---------------------------------------------------------------- simple rules

def lower_port_server(key, first):
    a, b = key
    if a[1] != b[1]:
        return a if a[1] < b[1] else b
    return other(key, first)


def port_rule_server(key, first):
    a, b = key
    sa, sb = a[1] in SERVER_PORTS, b[1] in SERVER_PORTS
    if sa != sb:
        return a if sa else b
    ea, eb = ephemeral(a[1]), ephemeral(b[1])
    if ea != eb:
        return b if ea else a
    return other(key, first)


# ---------------------------------------------------------------- reporting

PLACEHOLDERS = [
    (re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b"), "<ip>"),
    (re.compile(r"(?<![\w:])(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}(?![\w:])"), "<ip>"),
    (re.compile(r"\b\d+(?:\.\d+)?\b"), "<n>"),
]


def evidence_shape(text):
    for pattern, repl in PLACEHOLDERS:
        text = pattern.sub(repl, text)
    return text


def pct(n, d):
    return 100.0 * n / d if d else 0.0


BINS = [(0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 0.99), (0.99, 1.0)]


def reliability(points):
    """points: [(confidence, right)] -> rows and ECE."""
    rows, ece, total = [], 0.0, len(points)
    for i, (lo, hi) in enumerate(BINS):
        last = i == len(BINS) - 1
        inside = [(c, r) for c, r in points
                  if (lo <= c <= hi if last else lo <= c < hi) or (i == 0 and c < lo)]
        if not inside:
            rows.append((lo, hi, last, 0, None, None))
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        acc = sum(1 for _, r in inside if r) / len(inside)
        ece += len(inside) / total * abs(mean - acc)
        rows.append((lo, hi, last, len(inside), mean, acc))
    return rows, ece


def tsv(value):
    return str(value).replace("\t", " ").replace("\n", " ")


def endpoint_text(e):
    if e is None:
        return "-"
    ip, port = e
    return f"[{ip}]:{port}" if ":" in ip else f"{ip}:{port}"


# ---------------------------------------------------------------- UDP (--udp)

# Ports a UDP server listens on: the TCP list plus the usual UDP services (VPNs, RADIUS,
# SSDP, STUN, IPsec NAT-T, SIP, mDNS, LLMNR).
UDP_SERVER_PORTS = SERVER_PORTS | {1194, 1701, 1812, 1813, 1900, 3478, 4500, 5060, 5061, 5353, 5355}

UDP_FIELDS = ["frame.number", "frame.protocols", "ip.src", "ip.dst", "ipv6.src", "ipv6.dst",
              "udp.srcport", "udp.dstport", "dns.flags.response", "nbns.flags.response",
              "ntp.flags.mode", "dhcp.type", "sip.Method", "sip.Status-Code",
              "quic.long.packet_type", "snmp.data", "tftp.opcode", "http.request.method",
              "http.response.code", "radius.code", "stun.type", "kerberos.msg_type",
              "dtls.handshake.type", "_ws.malformed"]
UDP_CACHE_VERSION = 1


def first_value(text):
    return text.split(",")[0].strip()


def as_int(text):
    try:
        return int(first_value(text), 0)
    except ValueError:
        return None


def udp_role(protos, v):
    """(protocol label, "client" | "server", why) for the sender of one UDP frame, or None.
    v maps a UDP_FIELDS name to tshark's text for it."""
    layers = protos.split(":")

    def flag(name):
        x = first_value(v[name]).lower()
        return {"1": True, "true": True, "0": False, "false": False}.get(x)

    r = flag("dns.flags.response")
    if r is not None:
        label = "mdns" if "mdns" in layers else "llmnr" if "llmnr" in layers else "dns"
        return label, "server" if r else "client", f"dns.flags.response={int(r)}"
    r = flag("nbns.flags.response")
    if r is not None:
        return "nbns", "server" if r else "client", f"nbns.flags.response={int(r)}"
    mode = as_int(v["ntp.flags.mode"])
    if mode in (3, 4):
        return "ntp", "client" if mode == 3 else "server", f"ntp.flags.mode={mode}"
    op = as_int(v["dhcp.type"])
    if op in (1, 2):
        return "dhcp", "client" if op == 1 else "server", f"dhcp.type={op}"
    if first_value(v["sip.Method"]):
        return "sip", "client", f"sip.Method={first_value(v['sip.Method'])}"
    if first_value(v["sip.Status-Code"]):
        return "sip", "server", f"sip.Status-Code={first_value(v['sip.Status-Code'])}"
    if "quic" in layers and as_int(v["quic.long.packet_type"]) == 0:
        return "quic", "client", "quic.long.packet_type=0 (first Initial)"
    pdu = as_int(v["snmp.data"])
    if pdu in (0, 1, 2, 3, 5):
        return "snmp", "server" if pdu == 2 else "client", f"snmp.data={pdu}"
    op = as_int(v["tftp.opcode"])
    if op in (1, 2):
        return "tftp", "client", f"tftp.opcode={op}"
    if "ssdp" in layers:
        if first_value(v["http.request.method"]) == "M-SEARCH":
            return "ssdp", "client", "M-SEARCH"
        if first_value(v["http.response.code"]):
            return "ssdp", "server", f"http.response.code={first_value(v['http.response.code'])}"
    code = as_int(v["radius.code"])
    if code in (1, 4, 12):
        return "radius", "client", f"radius.code={code}"
    if code in (2, 3, 5, 11):
        return "radius", "server", f"radius.code={code}"
    t = as_int(v["stun.type"])
    if t is not None and "stun" in layers:
        cls = ((t >> 4) & 1) | ((t >> 7) & 2)  # 0 request, 1 indication, 2 success, 3 error
        if cls != 1:
            return "stun", "client" if cls == 0 else "server", f"stun.type=0x{t:04x}"
    kt = as_int(v["kerberos.msg_type"])
    if kt in (10, 12):
        return "kerberos", "client", f"kerberos.msg_type={kt}"
    if kt in (11, 13, 30):
        return "kerberos", "server", f"kerberos.msg_type={kt}"
    hs = as_int(v["dtls.handshake.type"])
    if hs == 1:
        return "dtls", "client", "dtls.handshake.type=1"
    if hs in (2, 3):
        return "dtls", "server", f"dtls.handshake.type={hs}"
    return None


def label_udp(path, cap):
    """Labels the UDP conversations of one original capture from tshark's dissection.
    Returns (labelled [{client, server, proto, why, first_sender}] in first-evidence order,
    {proto: conversations dropped for conflicting evidence}, frames skipped as tunnelled,
    cut short)."""
    cmd = ["tshark", "-n", "-r", path, "-Y", "udp", "-T", "fields", "-E", "separator=/t",
           "-E", "occurrence=a"]
    for f in UDP_FIELDS:
        cmd += ["-e", f]
    code, out, err = run(cmd, ok=(0, 2))
    if code != 0 and "cut short" not in err:
        raise ToolError(f"tshark exited {code}: {last_line(err)}")
    first_sender, clients, first_evidence, why, quic_seen = {}, {}, {}, {}, set()
    tunnelled = 0
    for line in out.splitlines():
        cols = line.split("\t")
        if len(cols) < len(UDP_FIELDS):
            continue
        v = dict(zip(UDP_FIELDS, cols))
        protos = v["frame.protocols"]
        layers = [p for p in protos.split(":") if p in ("ip", "ipv6")]
        if len(layers) != 1:
            tunnelled += 1
            continue
        src, dst = ((v["ip.src"], v["ip.dst"]) if layers[0] == "ip" else (v["ipv6.src"], v["ipv6.dst"]))
        sport, dport = v["udp.srcport"], v["udp.dstport"]
        if not (src and dst and sport.isdigit() and dport.isdigit()):
            continue
        s, d = (norm_ip(src), int(sport)), (norm_ip(dst), int(dport))
        key = conn_key(s, d)
        if s == d:
            continue
        first_sender.setdefault(key, s)
        if v["_ws.malformed"]:  # random bytes on a known port (dnscrypt on 5353, fuzzing)
            continue
        role = udp_role(protos, v)
        if role is None:
            continue
        label, side, reason = role
        if label == "quic":  # only a conversation's first Initial names the client
            if key in quic_seen:
                continue
            quic_seen.add(key)
        clients.setdefault(key, set()).add(s if side == "client" else d)
        if key not in first_evidence:
            first_evidence[key] = int(v["frame.number"]) if v["frame.number"].isdigit() else 0
            why[key] = (label, f"{reason} from the {side}")
    labelled, conflicts = [], {}
    for key in sorted(clients, key=lambda k: first_evidence[k]):
        if len(clients[key]) != 1:
            conflicts[why[key][0]] = conflicts.get(why[key][0], 0) + 1
            continue
        client = next(iter(clients[key]))
        labelled.append({"client": list(client), "server": list(other(key, client)),
                         "proto": why[key][0], "why": why[key][1],
                         "first_sender": list(first_sender[key])})
    if cap:
        labelled = labelled[:cap]
    return labelled, conflicts, tunnelled, code != 0


def prepare_udp(path, rel, work, cap, peers):
    """UDP labels and peer verdicts on the original capture, cached like prepare()."""
    ident, base, entry = cache_slot(path, rel, work, "cache-udp", cap=cap, version=UDP_CACHE_VERSION, kind="udp")
    changed = False
    if entry is None:
        labelled, conflicts, tunnelled, cut_short = label_udp(path, cap)
        forget_stale(base)
        entry = {"ident": ident, "labelled": labelled, "conflicts": conflicts,
                 "tunnelled": tunnelled, "cut_short": cut_short, "peers": {}, "peer_errors": {}}
        changed = True
    runs = (("argus", lambda: argus_verdicts(path, base, "udp")),
            ("ndpi", lambda: ndpi_verdicts(path, "udp"))) if peers else ()
    return finish_entry(entry, base, changed, runs, bool(entry["labelled"]))


def group_address(ip):
    """A multicast or broadcast address (x.x.x.255 taken as a directed broadcast): it only
    receives, so a conversation with one is settled by that alone."""
    try:
        a = ipaddress.ip_address(ip)
    except ValueError:
        return False
    return a.is_multicast or (a.version == 4 and ip.endswith(".255"))


def udp_port_rule_server(key, first):
    a, b = key
    sa, sb = a[1] in UDP_SERVER_PORTS, b[1] in UDP_SERVER_PORTS
    if sa != sb:
        return a if sa else b
    ea, eb = ephemeral(a[1]), ephemeral(b[1])
    if ea != eb:
        return b if ea else a
    return other(key, first)


def measure_udp(args, binary, root, captures, work, cap, peers, started):
    """--udp: labels from tshark's dissection, every method on the original captures."""
    os.makedirs(os.path.join(work, "cache-udp"), exist_ok=True)
    entries, failed = {}, []
    with concurrent.futures.ThreadPoolExecutor(max(1, args.peer_jobs)) as pool:
        futures = {pool.submit(prepare_udp, path, os.path.relpath(path, root), work, cap, peers): path
                   for path in captures}
        for fut in concurrent.futures.as_completed(futures):
            path = futures[fut]
            try:
                entries[path] = fut.result()
            except (ToolError, OSError, subprocess.SubprocessError) as e:
                failed.append((path, f"{e}"))
    prepared_at = time.monotonic()
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        futures = {pool.submit(wharfinger_flows, binary, path, "udp"): path
                   for path in captures if path in entries and entries[path]["labelled"]}
        for fut in concurrent.futures.as_completed(futures):
            path = futures[fut]
            try:
                results[path] = fut.result()
            except (ToolError, OSError) as e:
                if entries.pop(path, None) is not None:
                    failed.append((path, f"{e}"))
    finished = time.monotonic()

    methods = ["wharfinger"] + (["argus", "ndpi"] if peers else []) + \
              ["first_sender", "lower_port", "port_rule"]
    names = {"wharfinger": "wharfinger", "argus": "argus (racluster -M correct)",
             "ndpi": "ndpiReader", "first_sender": "first sender", "lower_port": "lower port",
             "port_rule": "likely-server port rule"}
    right = {m: {} for m in methods}       # method -> protocol -> right
    unicast_right, unicast = {m: 0 for m in methods}, 0
    bases = {}                               # protocol -> wharfinger's basis -> conversations
    no_verdict = {m: 0 for m in methods}
    scored_by = {}                           # protocol -> scored
    conflicts, tunnelled, cut_short, duplicates, with_labels = {}, 0, 0, 0, 0
    dataset, misses, points, by_proto_ev, peer_errors = [], [], [], {}, []
    for path in captures:
        entry = entries.get(path)
        if entry is None:
            continue
        rel = os.path.relpath(path, root)
        tunnelled += entry["tunnelled"]
        cut_short += bool(entry["cut_short"])
        for label, n in entry["conflicts"].items():
            conflicts[label] = conflicts.get(label, 0) + n
        for name, err in sorted(entry["peer_errors"].items()):
            if peers:
                peer_errors.append((rel, name, err))
        if not entry["labelled"]:
            continue
        with_labels += 1
        flows = results[path]
        duplicates += sum(1 for f in flows.values() if f["count"] > 1)
        for conn in entry["labelled"]:
            client, server = tuple(conn["client"]), tuple(conn["server"])
            key = conn_key(client, server)
            k, label, first = skey(key), conn["proto"], tuple(conn["first_sender"])
            scored_by[label] = scored_by.get(label, 0) + 1
            w = flows.get(k)
            verdicts = {"wharfinger": list(w["server"]) if w else None}
            if peers:
                for name in ("argus", "ndpi"):
                    verdicts[name] = entry["peers"].get(name, {}).get(k)
            verdicts["first_sender"] = list(other(key, first))
            verdicts["lower_port"] = list(lower_port_server(key, first))
            verdicts["port_rule"] = list(udp_port_rule_server(key, first))
            group = group_address(server[0]) or group_address(client[0])
            unicast += not group
            for m in methods:
                v = verdicts[m]
                if v is None:
                    no_verdict[m] += 1
                elif tuple(v) == server:
                    right[m][label] = right[m].get(label, 0) + 1
                    unicast_right[m] += not group
            flow = w["flow"] if w else {}
            basis = bases.setdefault(label, {})
            basis[flow.get("basis", "none")] = basis.get(flow.get("basis", "none"), 0) + 1
            record_w = {"server": verdicts["wharfinger"], "confidence": flow.get("confidence"),
                        "basis": flow.get("basis"), "evidence": flow.get("evidence", [])}
            if "facts" in flow:
                record_w["facts"] = [normalized_fact(f) for f in flow["facts"]]
            dataset.append({"capture": rel, "proto": label, "label": conn["why"],
                            "truth": {"client": list(client), "server": list(server)},
                            "wharfinger": record_w,
                            "peers": {m: verdicts[m] for m in methods if m != "wharfinger"}})
            ok = w is not None and tuple(verdicts["wharfinger"]) == server
            if w is not None and isinstance(flow.get("confidence"), (int, float)):
                points.append((float(flow["confidence"]), ok))
            if ok:
                continue
            evidence = flow.get("evidence") or []
            shape = (f"{flow.get('basis', 'no verdict')}: "
                     f"{evidence_shape(evidence[0]) if evidence else '(no evidence)'}")
            group = by_proto_ev.setdefault(label, {}).setdefault(shape, [0, []])
            group[0] += 1
            if len(group[1]) < 2:
                group[1].append(f"{rel} (server {endpoint_text(server)}, {conn['why']}): "
                                f"{evidence[0] if evidence else ''}")
            misses.append([rel, label, conn["why"], endpoint_text(client), endpoint_text(server),
                           endpoint_text(verdicts["wharfinger"]), flow.get("confidence", ""),
                           flow.get("basis", ""), " | ".join(evidence)] +
                          [endpoint_text(verdicts[m]) for m in methods if m != "wharfinger"])

    scored = sum(scored_by.values())
    total = {m: sum(right[m].values()) for m in methods}
    print(f"captures: {len(captures)} in {root}"
          f"{f' (subset of about {args.subset})' if args.subset and not args.generated_mix else ''}; "
          f"{len(failed)} skipped on errors; {cut_short} cut short mid-record (read as far as they go)")
    for path, err in sorted(failed):
        print(f"  skipped {os.path.relpath(path, root)}: {err}")
    for rel, name, err in peer_errors:
        print(f"  {name} failed on {rel} (its conversations count as no verdict): {err}")
    print(f"UDP frames skipped for carrying more than one IP layer (tunnels, ICMP quoting UDP): "
          f"{tunnelled}")
    print(f"labelled UDP conversations (tshark's dissection, "
          f"{f'at most {cap} per capture' if cap else 'no per-capture cap'}): {scored} "
          f"in {with_labels} captures; dropped for conflicting evidence: "
          f"{sum(conflicts.values())}"
          + (f" ({', '.join(f'{l} {n}' for l, n in sorted(conflicts.items(), key=lambda kv: (-kv[1], kv[0])))})"
             if conflicts else ""))
    if duplicates:
        print(f"four-tuples wharfinger split into several UDP flows (first one used): {duplicates}")
    print()
    if not scored:
        print("no conversations to score")
        return 1
    print(f"UDP, original captures (roles from tshark's dissection; unicast: the {unicast} "
          f"without a multicast or broadcast address):")
    print(f"  {'method':<32}{'scored':>8}{'right':>8}{'% right':>9}{'no verdict':>12}"
          f"{'% unicast':>11}")
    for m in sorted(methods, key=lambda m: (-total[m], m != "wharfinger", m)):
        mark = "  <==" if m == "wharfinger" else ""
        print(f"  {names[m]:<32}{scored:>8}{total[m]:>8}{pct(total[m], scored):>8.2f}%"
              f"{no_verdict[m]:>12}{pct(unicast_right[m], unicast):>10.2f}%{mark}")
    print()
    best = max((m for m in methods if m != "wharfinger"), key=lambda m: (total[m], m == "port_rule"))
    print(f"by protocol: wharfinger and the best peer ({names[best]}):")
    print(f"  {'protocol':<12}{'scored':>8}{'wharfinger':>14}{'%':>9}{names[best][:14]:>16}{'%':>9}"
          f"  wharfinger's bases")
    for label, n in sorted(scored_by.items(), key=lambda kv: (-kv[1], kv[0])):
        rw, rb = right["wharfinger"].get(label, 0), right[best].get(label, 0)
        why = ", ".join(f"{b} {c}" for b, c in sorted(bases[label].items(), key=lambda kv: (-kv[1], kv[0])))
        print(f"  {label:<12}{n:>8}{rw:>14}{pct(rw, n):>8.2f}%{rb:>16}{pct(rb, n):>8.2f}%  {why}")
    print()
    missed = scored - total["wharfinger"]
    print(f"wharfinger UDP misses: {missed}")
    for label, shapes in sorted(by_proto_ev.items(), key=lambda kv: (-sum(g[0] for g in kv[1].values()), kv[0])):
        print(f"  {label}: {sum(g[0] for g in shapes.values())} "
              f"(of {scored_by[label]}), by the first evidence line:")
        for shape, (n, examples) in sorted(shapes.items(), key=lambda kv: (-kv[1][0], kv[0]))[:8]:
            print(f"    {n:>5}  {shape}")
            for ex in examples:
                print(f"           e.g. {ex}")
    print()
    rows, ece = reliability(points)
    print(f"wharfinger UDP reliability ({len(points)} verdicts with a confidence):")
    print(f"  {'confidence':<14}{'count':>7}{'mean conf':>11}{'accuracy':>10}")
    for lo, hi, last, n, mean, acc in rows:
        label = f"[{lo:.2f},{hi:.2f}{']' if last else ')'}"
        if n:
            print(f"  {label:<14}{n:>7}{mean:>11.3f}{acc:>10.3f}")
        else:
            print(f"  {label:<14}{0:>7}{'-':>11}{'-':>10}")
    print(f"  expected calibration error: {ece:.4f}")
    print()
    misses_path = os.path.join(work, "udp-misses.tsv")
    with open(misses_path, "w") as fh:
        fh.write("\t".join(["capture", "proto", "label", "client", "server_truth",
                            "wharfinger_server", "confidence", "basis", "evidence"] +
                           [m for m in methods if m != "wharfinger"]) + "\n")
        for row in misses:
            fh.write("\t".join(tsv(c) for c in row) + "\n")
    dataset_path = os.path.join(work, "udp-dataset.jsonl")
    with open(dataset_path, "w") as fh:
        for record in dataset:
            fh.write(json.dumps(record, separators=(",", ":")) + "\n")
    print(f"files: {misses_path} ({len(misses)} misses), {dataset_path} ({len(dataset)} conversations)")
    print(f"time: {prepared_at - started:.1f}s labels/peers, "
          f"{finished - prepared_at:.1f}s wharfinger, {time.monotonic() - started:.1f}s in all")
    accuracy = total["wharfinger"] / scored
    print(f"wharfinger udp: {100 * accuracy:.2f}% ({total['wharfinger']}/{scored})")
    if args.min_accuracy is not None and accuracy < args.min_accuracy:
        print(f"below --min-accuracy {args.min_accuracy}", file=sys.stderr)
        return 1
    return 0


def generated_mix(work):
    src = os.path.join(BENCH, "gen_pcap.c")
    if not os.path.exists(src):
        return None
    os.makedirs(work, exist_ok=True)
    binary, capture = os.path.join(work, "gen_pcap"), os.path.join(work, "mix.pcap")
    if not os.path.exists(binary) or os.path.getmtime(binary) < os.path.getmtime(src):
        run(["gcc", "-O2", "-o", binary, src, "-lm"])
    if not os.path.exists(capture) or os.path.getmtime(capture) < os.path.getmtime(binary):
        run([binary, "-q", "-n", "200000", "-s", "7", "-f", "500", "-o", capture + ".tmp"])
        os.replace(capture + ".tmp", capture)
    return capture


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wharfinger", default=".build/release/wharfinger", metavar="BIN")
    parser.add_argument("--captures", metavar="DIR",
                        help="directory of .pcap/.pcapng files (default ../shared/corpus/ndpi/files)")
    parser.add_argument("--generated-mix", action="store_true",
                        help="measure one gen_pcap capture instead (no per-capture cap)")
    parser.add_argument("--subset", type=int, metavar="N",
                        help="a deterministic subset of about N captures (every k-th by name)")
    parser.add_argument("--work", metavar="DIR",
                        help="cache and output dir (default /tmp/wharfinger-measure-<captures dir name>)")
    parser.add_argument("--per-capture", type=int, default=40, metavar="N",
                        help="at most N labelled connections per capture (default 40)")
    parser.add_argument("--no-peers", action="store_true", help="skip argus and ndpiReader")
    parser.add_argument("--udp", action="store_true",
                        help="measure UDP conversations instead, labelled by tshark (see above)")
    parser.add_argument("--one-sided", choices=("client", "server"), metavar="SIDE",
                        help="keep only the client's or only the server's packets of each labelled "
                             "connection (see above)")
    parser.add_argument("--jobs", type=int, default=2, help="parallel wharfinger runs (default 2)")
    parser.add_argument("--peer-jobs", type=int, default=8,
                        help="parallel captures while labelling/stripping/running peers (default 8)")
    parser.add_argument("--min-accuracy", type=float, metavar="R",
                        help="exit 1 if wharfinger's accuracy is below R (a fraction)")
    args = parser.parse_args()

    binary = os.path.abspath(args.wharfinger)
    if not os.access(binary, os.X_OK):
        print(f"measure-verdicts: wharfinger binary not found: {args.wharfinger}", file=sys.stderr)
        return 1
    started = time.monotonic()
    cap = args.per_capture
    if args.generated_mix:
        work = os.path.abspath(args.work or "/tmp/wharfinger-measure-generated-mix")
        try:
            mix = generated_mix(work)
        except ToolError as e:
            print(f"measure-verdicts: generating the mix failed: {e}", file=sys.stderr)
            return 1
        if mix is None:
            print("skip: ../shared/bench/gen_pcap.c is not beside the repo")
            return 0
        root, captures, cap = work, [mix], 0
    else:
        root = args.captures or DEFAULT_CAPTURES
        if not os.path.isdir(root):
            if args.captures:
                print(f"measure-verdicts: no such directory: {root}", file=sys.stderr)
                return 1
            print(f"skip: no capture corpus at {os.path.normpath(root)} (pass --captures DIR)")
            return 0
        root = os.path.abspath(root)
        captures = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(root) for f in fs
                          if f.endswith(CAPTURE_SUFFIXES))
        work = os.path.abspath(args.work or f"/tmp/wharfinger-measure-{os.path.basename(root)}")
        if args.subset and args.subset < len(captures):
            step = len(captures) / args.subset
            captures = [captures[int(i * step)] for i in range(args.subset)]
    peers = not args.no_peers
    if args.udp and args.one_sided:
        parser.error("--one-sided measures TCP: it cannot go with --udp")
    if args.udp:
        return measure_udp(args, binary, root, captures, work, cap, peers, started)
    one_sided = args.one_sided
    os.makedirs(os.path.join(work, f"cache-{one_sided}-only" if one_sided else "cache"), exist_ok=True)

    # 1. labels, stripped copies, peer verdicts (cached)
    entries, failed = {}, []
    with concurrent.futures.ThreadPoolExecutor(max(1, args.peer_jobs)) as pool:
        futures = {pool.submit(prepare, path, os.path.relpath(path, root), work, cap, peers, one_sided): path
                   for path in captures}
        for fut in concurrent.futures.as_completed(futures):
            path = futures[fut]
            try:
                entries[path] = fut.result()
            except (ToolError, OSError, subprocess.SubprocessError) as e:
                failed.append((path, f"{e}"))
    prepared_at = time.monotonic()

    # 2. wharfinger on the stripped and the original captures
    jobs = [(path, kind) for path in captures if path in entries and entries[path]["labelled"]
            for kind in ("stripped", "original")]
    results = {}

    def one(job):
        path, kind = job
        return wharfinger_flows(binary, entries[path]["stripped"] if kind == "stripped" else path)

    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        futures = {pool.submit(one, job): job for job in jobs}
        for fut in concurrent.futures.as_completed(futures):
            path, kind = futures[fut]
            try:
                results[(path, kind)] = fut.result()
            except (ToolError, OSError) as e:
                if entries.pop(path, None) is not None:  # one line per capture
                    failed.append((path, f"{e}"))
    finished = time.monotonic()

    # 3. score
    methods = ["wharfinger"] + (["argus", "ndpi"] if peers else []) + \
              ["first_sender", "lower_port", "port_rule"]
    names = {"wharfinger": "wharfinger", "argus": "argus (racluster -M correct)",
             "ndpi": "ndpiReader", "first_sender": "first sender", "lower_port": "lower port",
             "port_rule": "likely-server port rule"}
    right = {m: 0 for m in methods}
    no_verdict = {m: 0 for m in methods}
    scored = 0
    whole_total, whole_right, whole_failures = 0, 0, []
    dataset, misses, points = [], [], []
    by_port, by_evidence, by_fact = {}, {}, {}
    tunnelled = cut_short = duplicates = 0
    flagged = flagged_seen_right = 0  # verdicts marked one-sided; of them, naming the side kept
    one_side_left = 0                 # scored connections of which one endpoint's frames are left
    peer_errors = []
    for path in captures:
        entry = entries.get(path)
        if entry is None:
            continue
        rel = os.path.relpath(path, root)
        tunnelled += entry["tunnelled"]
        cut_short += bool(entry["cut_short"])
        for name, err in sorted(entry["peer_errors"].items()):
            if peers:
                peer_errors.append((rel, name, err))
        if not entry["labelled"]:
            continue
        stripped_flows = results[(path, "stripped")]
        original_flows = results[(path, "original")]
        duplicates += sum(1 for f in stripped_flows.values() if f["count"] > 1)
        for conn in entry["labelled"]:
            client, server = tuple(conn["client"]), tuple(conn["server"])
            key = conn_key(client, server)
            k = skey(key)
            whole_total += 1
            got = original_flows.get(k)
            if got and got["server"] == server:
                whole_right += 1
            else:
                whole_failures.append((rel, client, server, got))
            if not conn["left"]:
                continue
            scored += 1
            only = tuple(conn["only_sender"]) if conn["only_sender"] else None
            one_side_left += only is not None
            first = tuple(conn["first_sender"])
            verdicts = {}
            w = stripped_flows.get(k)
            verdicts["wharfinger"] = list(w["server"]) if w else None
            if peers:
                for name in ("argus", "ndpi"):
                    verdicts[name] = entry["peers"].get(name, {}).get(k)
            verdicts["first_sender"] = list(other(key, first))
            verdicts["lower_port"] = list(lower_port_server(key, first))
            verdicts["port_rule"] = list(port_rule_server(key, first))
            for m in methods:
                v = verdicts[m]
                if v is None:
                    no_verdict[m] += 1
                elif tuple(v) == server:
                    right[m] += 1
            flow = w["flow"] if w else {}
            record_w = {"server": verdicts["wharfinger"], "confidence": flow.get("confidence"),
                        "basis": flow.get("basis"), "evidence": flow.get("evidence", [])}
            if "facts" in flow:
                record_w["facts"] = [normalized_fact(f) for f in flow["facts"]]
            if flow.get("one_sided") in ("client", "server"):
                record_w["one_sided"] = flow["one_sided"]
                flagged += 1
                seen = w["server"] if flow["one_sided"] == "server" else other(key, w["server"])
                flagged_seen_right += seen == only
            dataset.append({"capture": rel,
                            "truth": {"client": list(client), "server": list(server)},
                            "wharfinger": record_w,
                            "peers": {m: verdicts[m] for m in methods if m != "wharfinger"}})
            ok = w is not None and tuple(verdicts["wharfinger"]) == server
            if w is not None and isinstance(flow.get("confidence"), (int, float)):
                points.append((float(flow["confidence"]), ok))
            if ok:
                continue
            by_port[server[1]] = by_port.get(server[1], 0) + 1
            # the reasons that weighed: a one-sided conversation's last line only says it is one
            evidence = [e for e in flow.get("evidence") or [] if not e.startswith("one-sided:")]
            shape = (f"{flow.get('basis', 'no verdict')}: "
                     f"{evidence_shape(evidence[0]) if evidence else '(no evidence)'}")
            by_evidence[shape] = by_evidence.get(shape, [0, []])
            by_evidence[shape][0] += 1
            if len(by_evidence[shape][1]) < 2:
                by_evidence[shape][1].append(f"{rel}: {evidence[0] if evidence else ''}")
            if flow.get("facts"):
                agreeing = [f for f in flow["facts"] if isinstance(f, dict) and f.get("server")
                            and (norm_ip(str(f["server"].get("ip"))), f["server"].get("port"))
                            == tuple(verdicts["wharfinger"])]
                kind = max(agreeing, key=lambda f: f.get("weight", 0))["kind"] if agreeing else "(none agreed)"
                by_fact[kind] = by_fact.get(kind, 0) + 1
            misses.append([rel, endpoint_text(client), endpoint_text(server),
                           endpoint_text(verdicts["wharfinger"]),
                           flow.get("confidence", ""), flow.get("basis", ""),
                           " | ".join(evidence)] +
                          [endpoint_text(verdicts[m]) for m in methods if m != "wharfinger"])

    # 4. report
    print(f"captures: {len(captures)} in {root}"
          f"{f' (subset of about {args.subset})' if args.subset and not args.generated_mix else ''}; "
          f"{len(failed)} skipped on errors; {cut_short} cut short mid-record (read as far as they go)")
    for path, err in sorted(failed):
        print(f"  skipped {os.path.relpath(path, root)}: {err}")
    for rel, name, err in peer_errors:
        print(f"  {name} failed on {rel} (its connections count as no verdict): {err}")
    print(f"TCP frames skipped for carrying more than one IP layer (tunnels, ICMP quoting TCP): "
          f"{tunnelled}")
    print(f"labelled connections (SYN sender = client, "
          f"{f'at most {cap} per capture' if cap else 'no per-capture cap'}): "
          f"{whole_total}; scored (a frame left after stripping): {scored}")
    if duplicates:
        print(f"four-tuples wharfinger split into several TCP flows (first one used): {duplicates}")
    print()
    if not scored:
        print("no connections to score")
        return 1
    print("handshake removed (SYN, SYN-ACK, first pure ACK)"
          + (f", only the {one_sided}'s packets kept:" if one_sided else ":"))
    print(f"  {'method':<32}{'scored':>8}{'right':>8}{'% right':>9}{'no verdict':>12}")
    for m in sorted(methods, key=lambda m: (-right[m], m != "wharfinger", m)):
        mark = "  <==" if m == "wharfinger" else ""
        print(f"  {names[m]:<32}{scored:>8}{right[m]:>8}{pct(right[m], scored):>8.2f}%"
              f"{no_verdict[m]:>12}{mark}")
    print()
    print(f"one-sided: {one_side_left} of {scored} scored connections have frames of one endpoint only "
          f"left; wharfinger marked {flagged} one-sided, {flagged_seen_right} of them one-sided "
          f"with that endpoint seen{f' (the {one_sided})' if one_sided else ''}")
    print()
    print(f"whole captures (handshake kept): wharfinger {pct(whole_right, whole_total):.2f}% "
          f"({whole_right}/{whole_total})")
    for rel, client, server, got in whole_failures[:30]:
        said = endpoint_text(list(got["server"])) + f" basis {got['flow'].get('basis')}" if got else "no flow"
        print(f"  WRONG {rel}: client {endpoint_text(client)} server {endpoint_text(server)}, "
              f"wharfinger said server {said}")
    if len(whole_failures) > 30:
        print(f"  ... and {len(whole_failures) - 30} more")
    print()
    missed = scored - right["wharfinger"]
    print(f"wharfinger misses: {missed}")
    if missed:
        print("  by true server port (top 15):")
        for port, n in sorted(by_port.items(), key=lambda kv: (-kv[1], kv[0]))[:15]:
            print(f"    {n:>5}  {port}")
        print("  by the evidence that decided (basis: first evidence line, top 15):")
        for shape, (n, examples) in sorted(by_evidence.items(), key=lambda kv: (-kv[1][0], kv[0]))[:15]:
            print(f"    {n:>5}  {shape}")
            for ex in examples:
                print(f"           e.g. {ex}")
        if by_fact:
            print("  by the kind of the heaviest fact that agreed with the wrong verdict:")
            for kind, n in sorted(by_fact.items(), key=lambda kv: (-kv[1], kv[0])):
                print(f"    {n:>5}  {kind}")
    print()
    rows, ece = reliability(points)
    print(f"wharfinger reliability ({len(points)} verdicts with a confidence):")
    print(f"  {'confidence':<14}{'count':>7}{'mean conf':>11}{'accuracy':>10}")
    for lo, hi, last, n, mean, acc in rows:
        label = f"[{lo:.2f},{hi:.2f}{']' if last else ')'}"
        if n:
            print(f"  {label:<14}{n:>7}{mean:>11.3f}{acc:>10.3f}")
        else:
            print(f"  {label:<14}{0:>7}{'-':>11}{'-':>10}")
    print(f"  expected calibration error: {ece:.4f}")
    print()

    prefix = f"{one_sided}-only-" if one_sided else ""
    misses_path = os.path.join(work, prefix + "misses.tsv")
    with open(misses_path, "w") as fh:
        fh.write("\t".join(["capture", "client", "server_truth", "wharfinger_server", "confidence",
                            "basis", "evidence"] + [m for m in methods if m != "wharfinger"]) + "\n")
        for row in misses:
            fh.write("\t".join(tsv(c) for c in row) + "\n")
    dataset_path = os.path.join(work, prefix + "dataset.jsonl")
    with open(dataset_path, "w") as fh:
        for record in dataset:
            fh.write(json.dumps(record, separators=(",", ":")) + "\n")
    print(f"files: {misses_path} ({len(misses)} misses), {dataset_path} ({len(dataset)} connections)")
    print(f"time: {prepared_at - started:.1f}s labels/strip/peers, "
          f"{finished - prepared_at:.1f}s wharfinger, {time.monotonic() - started:.1f}s in all")
    accuracy = right["wharfinger"] / scored
    print(f"wharfinger: {100 * accuracy:.2f}% ({right['wharfinger']}/{scored})")
    if args.min_accuracy is not None and accuracy < args.min_accuracy:
        print(f"below --min-accuracy {args.min_accuracy}", file=sys.stderr)
        return 1
    if args.min_accuracy is not None and whole_right < whole_total:
        print("with --min-accuracy every labelled connection of the whole captures must be right",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
