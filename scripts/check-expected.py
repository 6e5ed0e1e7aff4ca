#!/usr/bin/env python3
"""Cross-checks Captures/expected-outcomes.tsv against tshark, frame by frame.

    python3 scripts/check-expected.py [-v]

For each capture: the frame count tshark reads must equal the TSV's rows, and
for every frame tshark's own dissection must agree with the expected outcome:
  tcp / udp        tshark's first transport after IP is TCP / UDP with the same
                   ports, and tshark raises no error-level expert item
  other-transport  the protocol after IP (and IPv6 extension headers) is
                   neither TCP nor UDP
  not-ip           no IPv4 or IPv6 layer at all
  fragment         an IP layer, fragment offset > 0, no TCP or UDP
  truncated        caplen < len, tshark sees it cut short (_ws.short) and its
                   dissection ends in the layer the TSV names
  malformed        tshark flags the frame (expert item or malformed)
  encrypted        an 802.11 frame with the protected bit set, and no IP layer
error rows: tshark must fail to read the file, read it only in part (cut
short) or (unsupported link) the link type must be one Wharfinger does not
support. With -v it prints tshark's expert messages for truncated and
malformed frames. Exit status 1 on any disagreement.
"""
import collections
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "Captures")
VERBOSE = "-v" in sys.argv
SUPPORTED_LINKTYPES = {0, 1, 7, 12, 14, 101, 104, 105, 108, 113, 117, 127, 129, 192, 228, 229, 239, 242, 276}
IPV6_EXT = {"ipv6.hopopts", "ipv6.routing", "ipv6.dstopts", "ipv6.fraghdr", "ah"}
FIELDS = ["frame.number", "frame.protocols", "frame.cap_len", "frame.len", "tcp.srcport",
          "tcp.dstport", "udp.srcport", "udp.dstport", "ip.frag_offset", "ipv6.fraghdr.offset",
          "_ws.expert.severity", "_ws.expert.message", "_ws.malformed", "_ws.short", "wlan.fc.protected"]
SEVERITY_ERROR = 8388608  # PI_ERROR
# For a truncated frame, the last protocol tshark's dissection reaches (the
# layer whose header the capture stops in).
TRUNCATED_LAST = {"link": {"eth", "sll", "null", "loop"}, "vlan": {"vlan"}, "mpls": {"mpls"},
                  "pppoe": {"pppoes", "pppoed"}, "ipv4": {"ip"}, "ipv6": {"ipv6"},
                  "ipv6-ext": IPV6_EXT, "tcp": {"tcp"}, "udp": {"udp"}, "802.11": {"wlan"},
                  "radiotap": {"radiotap"}, "llc": {"llc"}, "c-hdlc": {"chdlc"}, "nflog": {"nflog"},
                  "pflog": {"pflog"}}


def tshark(path):
    cmd = ["tshark", "-n", "-r", path, "-o", "ip.defragment:FALSE", "-o", "ipv6.defragment:FALSE",
           "-o", "tcp.analyze_sequence_numbers:FALSE", "-T", "fields", "-E", "separator=\t",
           "-E", "occurrence=a", "-E", "aggregator=|"]
    for f in FIELDS:
        cmd += ["-e", f]
    res = subprocess.run(cmd, capture_output=True, text=True)
    rows = [dict(zip(FIELDS, line.split("\t"))) for line in res.stdout.splitlines()]
    return res.returncode, res.stderr, rows


def transport_after_ip(protocols):
    toks = protocols.split(":")
    for i, t in enumerate(toks):
        if t in ("ip", "ipv6"):
            j = i + 1
            while j < len(toks) and toks[j] in IPV6_EXT:
                j += 1
            return toks[j] if j < len(toks) else ""
    return None


def first(v):
    return v.split("|")[0] if v else ""


def main():
    expected = collections.OrderedDict()
    with open(os.path.join(OUT, "expected-outcomes.tsv")) as f:
        header = f.readline().rstrip("\n").split("\t")
        assert header == ["file", "frame", "outcome", "layer", "proto", "sport", "dport"], header
        for line in f:
            r = dict(zip(header, line.rstrip("\n").split("\t")))
            expected.setdefault(r["file"], []).append(r)

    problems = []
    listed = set(expected)
    # The tunnel and conn_state captures have their own tables (tunnel-expected.tsv read by
    # TunnelCaptureTests, connstate-expected.tsv by ZeekConnLogTests).
    on_disk = {n for n in os.listdir(OUT) if n.endswith((".pcap", ".pcapng", ".txt")) and not n.startswith(("tunnel-", "connstate-"))}
    for missing in sorted(on_disk - listed):
        problems.append(f"{missing}: in Captures/ but not in the TSV")

    for name, rows in expected.items():
        path = os.path.join(OUT, name)
        if not os.path.exists(path):
            problems.append(f"{name}: listed but missing")
            continue
        frames = [r for r in rows if r["frame"] != "-"]
        wants_error = any(r["outcome"] == "error" for r in rows)
        rc, err, got = tshark(path)
        if wants_error:
            if name == "unsupported-link.pcap":
                lt = int.from_bytes(open(path, "rb").read()[20:24], "little")
                if lt in SUPPORTED_LINKTYPES:
                    problems.append(f"{name}: link type {lt} is supported")
            elif rc == 0 and "cut short" not in err and "appears to be damaged" not in err:
                problems.append(f"{name}: tshark read it without complaint")
        if name != "unsupported-link.pcap" and len(got) != len(frames):
            problems.append(f"{name}: tshark reads {len(got)} frames, TSV lists {len(frames)}")
            continue
        for want, t in zip(frames, got):
            where = f"{name} frame {want['frame']}"
            if t["frame.number"] != want["frame"]:
                problems.append(f"{where}: tshark numbers it {t['frame.number']}")
            outcome = want["outcome"]
            nxt = transport_after_ip(t["frame.protocols"])
            sev = [int(x) for x in t["_ws.expert.severity"].split("|") if x]
            flagged = bool(t["_ws.malformed"]) or any(s >= SEVERITY_ERROR for s in sev)
            short = bool(t["_ws.short"])
            if outcome in ("tcp", "udp"):
                sp, dp = first(t[f"{outcome}.srcport"]), first(t[f"{outcome}.dstport"])
                if nxt != outcome:
                    problems.append(f"{where}: expected {outcome}, tshark: {t['frame.protocols']}")
                elif (sp, dp) != (want["sport"], want["dport"]):
                    problems.append(f"{where}: ports {want['sport']}->{want['dport']}, tshark {sp}->{dp}")
                if flagged and name.endswith("nohandshake.pcap") is False and "frag" not in name:
                    problems.append(f"{where}: tshark flags it: {t['_ws.expert.message']}")
            elif outcome == "other-transport":
                if nxt is None or nxt in ("tcp", "udp"):
                    problems.append(f"{where}: expected other-transport, tshark: {t['frame.protocols']}")
            elif outcome == "not-ip":
                if nxt is not None:
                    problems.append(f"{where}: expected not-ip, tshark: {t['frame.protocols']}")
            elif outcome == "encrypted":
                if nxt is not None or first(t["wlan.fc.protected"]) not in ("1", "True"):
                    problems.append(f"{where}: expected encrypted, tshark: {t['frame.protocols']} "
                                    f"protected {t['wlan.fc.protected']}")
            elif outcome == "fragment":
                off = first(t["ip.frag_offset"]) or first(t["ipv6.fraghdr.offset"])
                if nxt is None or nxt in ("tcp", "udp") or not off or int(off) == 0:
                    problems.append(f"{where}: expected fragment, tshark: {t['frame.protocols']} offset {off}")
            elif outcome in ("truncated", "malformed"):
                if outcome == "truncated" and not int(t["frame.cap_len"]) < int(t["frame.len"]):
                    problems.append(f"{where}: truncated but caplen == len")
                if outcome == "malformed" and int(t["frame.cap_len"]) != int(t["frame.len"]):
                    problems.append(f"{where}: malformed frames are captured whole")
                if outcome == "truncated":
                    last = t["frame.protocols"].split(":")[-1]
                    if not short:
                        problems.append(f"{where}: tshark does not see it cut short ({t['frame.protocols']})")
                    if last not in TRUNCATED_LAST[want["layer"]]:
                        problems.append(f"{where}: tshark's dissection ends in {last}, not {want['layer']}")
                elif not flagged and not t["_ws.expert.message"]:
                    problems.append(f"{where}: tshark does not flag it ({t['frame.protocols']})")
                if VERBOSE:
                    print(f"{where}: {outcome} {want['layer']}: tshark {t['frame.protocols']} | "
                          f"{t['_ws.expert.message'] or '(malformed)'}")
            else:
                problems.append(f"{where}: unknown outcome {outcome}")

    for p in problems:
        print("MISMATCH", p)
    n = sum(len(v) for v in expected.values())
    print(f"check-expected: {len(expected)} files, {n} rows, {len(problems)} mismatches")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
