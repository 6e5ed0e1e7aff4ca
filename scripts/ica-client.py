#!/usr/bin/env python3
"""Client for ica-server.py, for recording test captures.

Connects (optionally FROM a fixed local port), waits for the 6-byte ICA banner,
sends one short message, reads the echo, then closes first (so the client
sends the first FIN).

    ica-client.py HOST PORT [LOCAL_PORT]
"""
import socket
import sys


def recv_exactly(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            break
        buf += chunk
    return buf


def main():
    host, port = sys.argv[1], int(sys.argv[2])
    local_port = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if local_port:
        s.bind((host, local_port))
    s.connect((host, port))
    banner = recv_exactly(s, 6)
    if banner != bytes([0x7F, 0x7F, 0x49, 0x43, 0x41, 0x00]):
        sys.exit("unexpected banner: %r" % banner)
    msg = b"wharfinger ica client\n"
    s.sendall(msg)
    echo = recv_exactly(s, len(msg))
    if echo != msg:
        sys.exit("unexpected echo: %r" % echo)
    s.close()


if __name__ == "__main__":
    main()
