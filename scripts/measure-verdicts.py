#!/usr/bin/env python3
"""How often Wharfinger names the right server when the TCP handshake is missing.

Takes a capture with handshakes (default: a gen_pcap capture it makes from
../shared/bench), learns the truth from the handshakes (`wharfinger read` verdicts
with basis "handshake"), removes every SYN, SYN-ACK and first pure ACK with tshark,
reads the stripped copy again and scores the verdicts. For comparison it scores two
rules peers use on the same stripped copy: "the first packet's sender is the client"
(ndpiReader, argus without port correction) and a port rule (well-known beats
registered beats unassigned, then the lower port).

usage: measure-verdicts.py [--wharfinger BIN] [--packets N] [--capture FILE] [--min-accuracy R]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

STRIP = "not (tcp.flags.syn==1 or (tcp.seq==1 and tcp.ack==1 and tcp.len==0 and tcp.flags==0x010))"


def assigned_ports():
    ports = set()
    try:
        for line in open("/usr/share/wireshark/services"):
            fields = line.split("#")[0].split()
            if len(fields) >= 2 and "/" in fields[1]:
                number, *protocols = fields[1].split("/")
                if "tcp" in protocols and number.isdigit():
                    ports.add(int(number))
    except OSError:
        pass
    return ports


def report(binary, path):
    out = subprocess.run([binary, "read", path, "--format", "json", "--no-progress"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def key(flow):
    a = (flow["client"]["ip"], flow["client"]["port"])
    b = (flow["server"]["ip"], flow["server"]["port"])
    return (flow["proto"],) + tuple(sorted([a, b]))


def first_senders(binary, path):
    out = subprocess.run([binary, "read", path, "--packets", "--format", "ndjson", "--no-progress"],
                         capture_output=True, text=True, check=True)
    first = {}
    for line in out.stdout.splitlines():
        frame = json.loads(line)
        if frame.get("outcome") != "tcp":
            continue
        a, b = (frame["src"], frame["sport"]), (frame["dst"], frame["dport"])
        k = ("tcp",) + tuple(sorted([a, b]))
        first.setdefault(k, a)
    return first


def port_rule_server(k, assigned):
    (_, a, b) = k
    def rank(endpoint):
        port = endpoint[1]
        return (port < 1024, port in assigned, -port)
    return a if rank(a) > rank(b) else b


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wharfinger", default=".build/release/wharfinger")
    parser.add_argument("--packets", type=int, default=200000)
    parser.add_argument("--capture")
    parser.add_argument("--min-accuracy", type=float, default=0.0)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="wharfinger-verdicts-")
    capture = args.capture
    if not capture:
        bench = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "bench")
        if not os.path.exists(os.path.join(bench, "gen_pcap.c")):
            print("../shared/bench is not beside the repo; pass --capture FILE")
            return 0
        subprocess.run(["gcc", "-O2", "-o", f"{work}/gen_pcap", f"{bench}/gen_pcap.c", "-lm"], check=True)
        capture = f"{work}/mix.pcap"
        subprocess.run([f"{work}/gen_pcap", "-q", "-n", str(args.packets), "-s", "7", "-f", "500", "-o", capture],
                       check=True)
    stripped = f"{work}/stripped.pcap"
    subprocess.run(["tshark", "-r", capture, "-Y", STRIP, "-w", stripped], check=True, capture_output=True)

    truth = {key(f): (f["server"]["ip"], f["server"]["port"])
             for f in report(args.wharfinger, capture)["flows"]
             if f["proto"] == "tcp" and f["basis"] == "handshake"}
    verdicts = {key(f): f for f in report(args.wharfinger, stripped)["flows"] if f["proto"] == "tcp"}
    first = first_senders(args.wharfinger, stripped)
    assigned = assigned_ports()

    scored = ours = first_rule = port_rule = 0
    misses = {}
    for k, server in truth.items():
        flow = verdicts.get(k)
        if flow is None or k not in first:
            continue  # the connection was only its handshake
        scored += 1
        got = (flow["server"]["ip"], flow["server"]["port"])
        if got == server:
            ours += 1
        else:
            label = f"server port {server[1]}"
            misses[label] = misses.get(label, 0) + 1
        client = first[k]
        if client != server:
            first_rule += 1
        if port_rule_server(k, assigned) == server:
            port_rule += 1
    if not scored:
        print("no connections to score")
        return 1
    print(f"connections scored (handshake removed): {scored}")
    print(f"wharfinger:                    {ours / scored:.4f}")
    print(f"first packet's sender = client: {first_rule / scored:.4f}")
    print(f"port rule:                      {port_rule / scored:.4f}")
    for label, count in sorted(misses.items(), key=lambda kv: -kv[1])[:10]:
        print(f"  missed {count}: {label}")
    return 0 if ours / scored >= args.min_accuracy else 1


if __name__ == "__main__":
    sys.exit(main())
