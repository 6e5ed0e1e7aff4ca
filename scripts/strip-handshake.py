#!/usr/bin/env python3
"""Copy a TCP capture without its three-way handshakes.

    strip-handshake.py IN.pcap OUT.pcap

For every TCP connection (tshark's tcp.stream) it drops exactly three frames:
the SYN, the SYN-ACK, and the client's first pure ACK (flags ACK only, no
payload, relative seq 1 / ack 1, the first such frame from the SYN's sender
after the SYN-ACK). Every other frame is kept byte for byte (editcap deletes by
frame number). It fails if a connection lacks one of the three, and it
cross-checks against the display filter
  tcp.flags.syn==1 or (tcp.seq==1 and tcp.ack==1 and tcp.len==0 and tcp.flags==0x010)
which must select exactly the same frames.
"""
import subprocess
import sys

FIELDS = ["frame.number", "tcp.stream", "tcp.flags", "tcp.seq", "tcp.ack", "tcp.len",
          "ip.src", "ipv6.src", "tcp.srcport"]
CHECK_FILTER = ("tcp.flags.syn==1 or (tcp.seq==1 and tcp.ack==1 and tcp.len==0 "
                "and tcp.flags==0x010)")


def tshark_rows(path, display_filter=None):
    cmd = ["tshark", "-n", "-r", path, "-T", "fields", "-E", "separator=\t"]
    if display_filter:
        cmd += ["-Y", display_filter]
    for f in FIELDS:
        cmd += ["-e", f]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line.strip()]


def main():
    src, dst = sys.argv[1], sys.argv[2]
    rows = tshark_rows(src)
    streams = {}
    for num, stream, flags, seq, ack, tlen, ip4, ip6, sport in rows:
        if not stream:
            continue
        st = streams.setdefault(stream, {"syn": None, "synack": None, "ack": None, "client": None})
        flags = int(flags, 16)
        sender = (ip4 or ip6, sport)
        if flags & 0x02 and not flags & 0x10:
            st["syn"] = int(num)
            st["client"] = sender
        elif flags & 0x02 and flags & 0x10:
            st["synack"] = int(num)
        elif (st["synack"] and st["ack"] is None and sender == st["client"] and flags == 0x010
              and tlen == "0" and seq == "1" and ack == "1"):
            st["ack"] = int(num)
    drop = []
    for stream, st in sorted(streams.items(), key=lambda kv: int(kv[0])):
        missing = [k for k in ("syn", "synack", "ack") if st[k] is None]
        if missing:
            sys.exit(f"{src}: tcp.stream {stream} lacks {', '.join(missing)}")
        drop += [st["syn"], st["synack"], st["ack"]]
    drop.sort()
    check = sorted(int(r[0]) for r in tshark_rows(src, CHECK_FILTER))
    if check != drop:
        sys.exit(f"{src}: display-filter cross-check differs: filter {check} vs streams {drop}")
    subprocess.run(["editcap", "-F", "pcap", src, dst] + [str(n) for n in drop], check=True)
    kept = len(tshark_rows(dst))
    if kept != len(rows) - 3 * len(streams):
        sys.exit(f"{dst}: {kept} frames kept, expected {len(rows) - 3 * len(streams)}")
    print(f"{dst}: {len(streams)} connections, dropped frames {drop}, {kept} of {len(rows)} kept",
          file=sys.stderr)


if __name__ == "__main__":
    main()
