#!/usr/bin/env python3
"""Check Wharfinger's DNS-like signatures (DNS, mDNS, LLMNR, NBNS) against tshark's dissection.

    compare-dns-signatures.py [--wharfinger BIN] [--jobs N] [--show N] FILE_OR_DIR...

For every conversation (transport and both endpoints, innermost layer) tshark names the
DNS-like protocols its frames carry (`frame.protocols`: dns, mdns, llmnr, nbns); Wharfinger
names one `detected_protocol` per conversation (`read F --format json`: domain, mdns, llmnr,
netbios-ns). A conversation agrees when Wharfinger's name is among tshark's, or when
neither names a DNS-like protocol. Prints, per protocol, how many conversations tshark and
Wharfinger name and how many agree, then the disagreements (the first N). tshark decodes
by port as well as by bytes (any datagram on 53 is "DNS" to it, malformed or not), so a
disagreement is something to read, not necessarily a mistake.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import subprocess
import sys

TSHARK_NAMES = {"dns": "domain", "mdns": "mdns", "llmnr": "llmnr", "nbns": "netbios-ns"}
FIELDS = ["frame.protocols", "ip.src", "ip.dst", "ipv6.src", "ipv6.dst",
          "tcp.srcport", "tcp.dstport", "udp.srcport", "udp.dstport"]


def key(proto, a, b):
    return (proto,) + tuple(sorted([a, b]))


def tshark_conversations(path):
    cmd = ["tshark", "-n", "-r", path, "-T", "fields", "-E", "separator=\t", "-E", "occurrence=l"]
    for field in FIELDS:
        cmd += ["-e", field]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300).stdout
    named = collections.defaultdict(set)
    for line in out.splitlines():
        cols = (line.split("\t") + [""] * len(FIELDS))[:len(FIELDS)]
        protocols = cols[0].split(":")
        layers = [i for i, p in enumerate(protocols) if p in ("tcp", "udp")]
        if not layers or "icmp" in protocols or "icmpv6" in protocols:
            continue
        proto = protocols[layers[-1]]
        sport, dport = (cols[5], cols[6]) if proto == "tcp" else (cols[7], cols[8])
        src, dst = (cols[3], cols[4]) if cols[3] else (cols[1], cols[2])
        if not (sport and dport and src and dst):
            continue
        k = key(proto, (src, int(sport)), (dst, int(dport)))
        named[k] |= {TSHARK_NAMES[p] for p in protocols[layers[-1] + 1:] if p in TSHARK_NAMES}
    return named


def wharfinger_conversations(binary, path):
    out = subprocess.run([binary, "read", path, "--format", "json", "--no-progress"],
                         capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        return None
    detected = collections.defaultdict(set)
    for flow in json.loads(out.stdout)["flows"]:
        c, s = flow["client"], flow["server"]
        k = key(flow["proto"], (c["ip"], c["port"]), (s["ip"], s["port"]))
        detected[k].add(flow.get("detected_protocol"))
    return detected


def compare(binary, path):
    theirs, ours = tshark_conversations(path), wharfinger_conversations(binary, path)
    if ours is None:
        return path, None
    rows = []
    for k, names in ours.items():
        dns_like = {n for n in names if n in TSHARK_NAMES.values()}
        rows.append((k, dns_like, theirs.get(k, set())))
    return path, rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--wharfinger", default=".build/release/wharfinger")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=40, help="disagreements to print")
    args = parser.parse_args()
    files = []
    for p in args.paths:
        files += sorted(os.path.join(p, f) for f in os.listdir(p)) if os.path.isdir(p) else [p]

    per = {name: collections.Counter() for name in TSHARK_NAMES.values()}
    disagreements, conversations, skipped = [], 0, 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for path, rows in pool.map(lambda f: compare(args.wharfinger, f), files):
            if rows is None:
                skipped += 1
                continue
            for k, ours, theirs in rows:
                conversations += 1
                for name in per:
                    if name in theirs: per[name]["tshark"] += 1
                    if name in ours: per[name]["wharfinger"] += 1
                    if name in theirs and name in ours: per[name]["both"] += 1
                agrees = (ours & theirs) if ours else not theirs
                if not agrees:
                    disagreements.append((os.path.basename(path), k, sorted(ours), sorted(theirs)))

    print(f"{len(files) - skipped} captures ({skipped} not read), {conversations} conversations")
    print(f"{'protocol':<12} {'tshark':>7} {'wharfinger':>10} {'both':>6} {'tshark only':>12} {'wharfinger only':>16}")
    for name, c in per.items():
        print(f"{name:<12} {c['tshark']:>7} {c['wharfinger']:>10} {c['both']:>6} "
              f"{c['tshark'] - c['both']:>12} {c['wharfinger'] - c['both']:>16}")
    agreed = conversations - len(disagreements)
    print(f"agreed {agreed}/{conversations} ({100 * agreed / max(conversations, 1):.2f}%), disagreed {len(disagreements)}")
    for file, k, ours, theirs in disagreements[:args.show]:
        proto, a, b = k
        print(f"  {file} {proto} {a[0]}:{a[1]} {b[0]}:{b[1]}  wharfinger {ours or '-'}  tshark {theirs or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
