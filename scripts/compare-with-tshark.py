#!/usr/bin/env python3
"""Compare Wharfinger's decode with tshark's, frame by frame.

For every frame where tshark sees a TCP or UDP layer, its last one (the innermost
conversation, inside however many tunnels) must agree in transport protocol and both
ports with `wharfinger read F --packets --format ndjson`, and so must the pcapng interface where
Wharfinger names one (files libpcap refuses for their mixed interfaces). Files whose link type Wharfinger does
not support (its exit status 3) are skipped and counted.

usage: compare-with-tshark.py [--wharfinger BIN] [--explained TSV] [--min-agreement R]
                              FILE_OR_DIR...
Exit status 0 when every file meets the agreement bar and every disagreement is
listed in the explained TSV (file, frame, explanation); 1 otherwise.
"""
import argparse
import json
import os
import subprocess
import sys

UNSUPPORTED_LINK_TYPE = 3  # wharfinger's exit status for it
TSHARK_FIELDS = ["frame.number", "frame.protocols", "tcp.srcport", "tcp.dstport",
                 "udp.srcport", "udp.dstport", "frame.interface_id"]


def tshark_frames(path):
    # No reassembly: tshark would otherwise credit a reassembled datagram's ports to
    # its last fragment, which carries no transport header of its own.
    # Linux's VXLAN port (8472) is VXLAN to Wharfinger; tshark needs telling.
    cmd = ["tshark", "-n", "-o", "ip.defragment:FALSE", "-o", "ipv6.defragment:FALSE",
           "-d", "udp.port==8472,vxlan",
           "-r", path, "-T", "fields", "-E", "separator=\t", "-E", "occurrence=a",
           "-E", "aggregator=,"]
    for field in TSHARK_FIELDS:
        cmd += ["-e", field]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    frames = {}
    for line in out.stdout.splitlines():
        cols = line.split("\t")
        cols += [""] * (len(TSHARK_FIELDS) - len(cols))
        number, protocols = int(cols[0]), cols[1].split(":")
        last = max((i for i, p in enumerate(protocols) if p in ("tcp", "udp")), default=None)
        if last is None:
            continue
        # A tunnel whose inner packet or frame carries no TCP or UDP (ARP in VXLAN, ICMP in
        # GRE, an 802.11 management frame in CAPWAP) has no innermost conversation to compare.
        if any(p in ("ip", "ipv6", "eth", "wlan") for p in protocols[last + 1:]):
            continue
        # ICMP errors quote an inner header: tshark lists it as a second layer only
        # sometimes, so skip frames that carry ICMP at all.
        if "icmp" in protocols or "icmpv6" in protocols:
            continue
        proto = protocols[last]
        sport, dport = (cols[2], cols[3]) if proto == "tcp" else (cols[4], cols[5])
        if not sport or not dport:
            continue
        # The innermost layer of its kind is the last occurrence.
        sport, dport = sport.split(",")[-1], dport.split(",")[-1]
        interface = int(cols[6]) if cols[6].isdigit() else None
        frames[number] = (proto, int(sport), int(dport), interface)
    return frames


def wharfinger_frames(binary, path):
    out = subprocess.run([binary, "read", path, "--packets", "--format", "ndjson", "--no-progress"],
                         capture_output=True, text=True, timeout=120)
    frames = {}
    for line in out.stdout.splitlines():
        obj = json.loads(line)
        proto = {6: "tcp", 17: "udp"}.get(obj.get("ip_proto"))
        frames[obj["n"]] = (proto, obj.get("sport"), obj.get("dport"), obj["outcome"], obj.get("interface"))
    return frames, out.returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wharfinger", default=".build/debug/wharfinger")
    parser.add_argument("--explained", default=None)
    parser.add_argument("--min-agreement", type=float, default=1.0)
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()

    explained = {}
    if args.explained and os.path.exists(args.explained):
        for line in open(args.explained):
            if line.startswith("#") or not line.strip():
                continue
            name, frame, why = line.rstrip("\n").split("\t", 2)
            explained[(name, int(frame))] = why

    files = []
    for p in args.paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, f) for f in os.listdir(p))
        else:
            files.append(p)

    compared = agreed = 0
    unexplained = []
    skipped = []
    for path in files:
        ours, status = wharfinger_frames(args.wharfinger, path)
        if status == UNSUPPORTED_LINK_TYPE:
            skipped.append(os.path.basename(path))
            continue
        theirs = tshark_frames(path)
        name = os.path.basename(path)
        for number, (proto, sport, dport, interface) in sorted(theirs.items()):
            compared += 1
            mine = ours.get(number)
            if mine and mine[:3] == (proto, sport, dport) and mine[4] in (None, interface):
                agreed += 1
                continue
            key = (name, number)
            got = f"{mine[0]} {mine[1]}>{mine[2]} ({mine[3]})" if mine else "missing"
            if mine and mine[4] is not None:
                got += f" interface {mine[4]} (tshark: {interface})"
            note = explained.get(key)
            print(f"{name}\t{number}\ttshark {proto} {sport}>{dport}\twharfinger {got}"
                  + (f"\texplained: {note}" if note else "\tUNEXPLAINED"))
            if not note:
                unexplained.append(key)

    ratio = agreed / compared if compared else 1.0
    print(f"skipped (unsupported link type): {len(skipped)} files")
    print(f"compared {compared} frames, agreed {agreed}, disagreed {compared - agreed}, "
          f"unexplained {len(unexplained)}, agreement {ratio:.5f}")
    ok = ratio >= args.min_agreement and not unexplained
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
