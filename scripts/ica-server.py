#!/usr/bin/env python3
"""A tiny stand-in for a Citrix ICA listener, for recording test captures.

On every accepted connection it sends the ICA banner bytes 7F 7F 49 43 41 00
first (the server speaks first in ICA), then echoes back what the client sends
until the client closes. Listens on 127.0.0.1:1494 unless told otherwise.

    ica-server.py [HOST [PORT]]
"""
import socket
import sys
import threading

BANNER = bytes([0x7F, 0x7F, 0x49, 0x43, 0x41, 0x00])


def serve(conn):
    with conn:
        conn.sendall(BANNER)
        while True:
            data = conn.recv(4096)
            if not data:
                break
            conn.sendall(data)


def main():
    host = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 1494
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((host, port))
    srv.listen(16)
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    main()
