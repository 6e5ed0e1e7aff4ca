#!/usr/bin/env python3
"""Probe COUNT closed TCP ports on a loopback ADDRESS, starting at FIRST: one non-blocking
connect() each, in batches, so every probe is a SYN answered by a RST. Loopback only and
bounded in count and time (the live capture tests use it).

usage: loopback-port-sweep.py ADDRESS FIRST COUNT [SECONDS]
"""
import ipaddress
import socket
import sys
import time

address, first, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 60.0
if not ipaddress.ip_address(address).is_loopback:
    sys.exit(f"{address} is not a loopback address")
if not (1 <= first and first + count - 1 <= 65535 and count <= 60000):
    sys.exit("ports out of range")

deadline = time.monotonic() + seconds
batch = 500
sent = 0
for start in range(first, first + count, batch):
    if time.monotonic() > deadline:
        sys.exit(f"time is up after {sent} probes")
    probes = []
    for port in range(start, min(start + batch, first + count)):
        probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        probe.setblocking(False)
        probe.connect_ex((address, port))
        probes.append(probe)
    sent += len(probes)
    time.sleep(0.01)
    for probe in probes:
        probe.close()
print(sent)
