#!/usr/bin/env python3
"""Checks that later IP fragments count with their conversation, against tshark.

    scripts/compare-fragments.py [--wharfinger BIN] CAPTURE...

For each capture, tshark (IP reassembly off) lists every frame with its innermost IP
header's addresses, identification and fragment fields, and the ports of those that have
them. Frames are grouped by datagram (addresses, protocol, identification); a datagram's
first fragment names its conversation, and every fragment of it counts there (a first
fragment whose TCP header is broken or cut names none, as Wharfinger calls it malformed). The script
then compares, for each TCP or UDP conversation with at least one later fragment, the frames
and wire bytes per direction with what `wharfinger read --format json` reports. It prints
one line per capture and each difference, and exits 1 if any conversation differs.
"""
import argparse
import collections
import json
import subprocess
import sys

FIELDS = ["frame.len", "ip.len", "ip.hdr_len", "ip.src", "ip.dst", "ip.id", "ip.proto", "ip.flags.mf", "ip.frag_offset",
          "ipv6.src", "ipv6.dst", "ipv6.fraghdr.ident", "ipv6.fraghdr.offset", "ipv6.fraghdr.more",
          "ipv6.fraghdr.nxt", "ipv6.nxt", "tcp.srcport", "tcp.dstport", "tcp.hdr_len", "udp.srcport", "udp.dstport"]


def innermost(value):
    """tshark joins a field's occurrences with commas; the last is the innermost layer's."""
    return value.split(",")[-1] if value else ""


def frames(capture):
    command = ["tshark", "-n", "-r", capture, "-o", "ip.defragment:FALSE", "-o", "ipv6.defragment:FALSE",
               "-T", "fields", "-E", "separator=\t", "-E", "occurrence=a"]
    for field in FIELDS:
        command += ["-e", field]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"compare-fragments.py: tshark failed on {capture}: {result.stderr.strip()}")
    out = result.stdout
    for line in out.splitlines():
        values = dict(zip(FIELDS, (innermost(v) for v in line.split("\t"))))
        yield values


def as_int(text, base=10):
    try:
        return int(text, 0) if text.startswith("0x") else int(text, base)
    except ValueError:
        return None


def expected(capture):
    """{(proto, (ip, port), (ip, port)): [frames, bytes]} per direction, and which conversations
    hold a later fragment."""
    datagrams = collections.defaultdict(list)   # datagram -> [(wire, first-fragment ports or None)]
    counts = collections.defaultdict(lambda: [0, 0])
    fragmented = set()
    for f in frames(capture):
        wire = as_int(f["frame.len"]) or 0
        if f["ipv6.src"] and (not f["ip.src"] or f["ipv6.fraghdr.ident"]):
            src, dst = f["ipv6.src"], f["ipv6.dst"]
            ident = f["ipv6.fraghdr.ident"]
            offset = as_int(f["ipv6.fraghdr.offset"]) or 0
            more = f["ipv6.fraghdr.more"] in ("1", "True", "true")
            proto = as_int(f["ipv6.fraghdr.nxt"] or f["ipv6.nxt"])
        elif f["ip.src"]:
            src, dst = f["ip.src"], f["ip.dst"]
            ident = f["ip.id"]
            offset = as_int(f["ip.frag_offset"]) or 0
            more = f["ip.flags.mf"] in ("1", "True", "true")
            proto = as_int(f["ip.proto"])
        else:
            continue
        name = {6: "tcp", 17: "udp"}.get(proto)
        if name is None:
            continue
        if name == "tcp" and offset == 0 and more:
            # A first fragment whose TCP header is broken or cut starts no conversation.
            header = as_int(f["tcp.hdr_len"]) or 0
            carried = (as_int(f["ip.len"]) or 0) - (as_int(f["ip.hdr_len"]) or 0) if f["ip.len"] else header
            if header < 20 or carried < header:
                continue
        sport = as_int(f[name + ".srcport"]) if offset == 0 else None
        dport = as_int(f[name + ".dstport"]) if offset == 0 else None
        if not (offset or more):
            if sport is not None:
                counts[(name, (src, sport), (dst, dport))][0] += 1
                counts[(name, (src, sport), (dst, dport))][1] += wire
            continue
        datagrams[(name, src, dst, ident)].append((wire, (sport, dport) if offset == 0 and sport is not None else None))
    for (name, src, dst, _), parts in datagrams.items():
        ports = next((p for _, p in parts if p is not None), None)
        if ports is None:
            continue          # no first fragment: counted with no conversation
        key = (name, (src, ports[0]), (dst, ports[1]))
        for wire, _ in parts:
            counts[key][0] += 1
            counts[key][1] += wire
        if len(parts) > 1:
            fragmented.add(min(key, (name, key[2], key[1])))
    return counts, fragmented


def reported(binary, capture):
    out = subprocess.run([binary, "read", capture, "--format", "json"], capture_output=True, text=True)
    report = json.loads(out.stdout)
    counts = {}
    for flow in report.get("flows", []):
        c = (flow["client"]["ip"], flow["client"]["port"])
        s = (flow["server"]["ip"], flow["server"]["port"])
        for key, side in (((flow["proto"], c, s), "to_server"), ((flow["proto"], s, c), "to_client")):
            total = counts.setdefault(key, [0, 0])
            total[0] += flow[side]["packets"]
            total[1] += flow[side]["bytes"]
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wharfinger", default=".build/release/wharfinger")
    parser.add_argument("captures", nargs="+")
    args = parser.parse_args()
    failed = False
    for capture in args.captures:
        want, fragmented = expected(capture)
        got = reported(args.wharfinger, capture)
        differing = []
        for conversation in sorted(fragmented):
            for key in (conversation, (conversation[0], conversation[2], conversation[1])):
                if want.get(key, [0, 0]) != got.get(key, [0, 0]):
                    differing.append((key, want.get(key, [0, 0]), got.get(key, [0, 0])))
        print(f"{capture}: {len(fragmented)} conversations with later fragments, {len(differing)} differ")
        for key, w, g in differing:
            print(f"  {key}: tshark {w[0]} frames {w[1]} bytes, wharfinger {g[0]} frames {g[1]} bytes")
        failed = failed or bool(differing)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
