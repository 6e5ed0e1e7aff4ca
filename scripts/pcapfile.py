"""Capture files through libpcap itself (ctypes), for the scripts that craft test captures:
pcap_open_dead_with_tstamp_precision + pcap_dump to write, pcap_open_offline + pcap_next_ex
to read. One copy of the bindings, so every crafted file is libpcap's own output."""
import ctypes
import ctypes.util
import struct
import sys

_lib = ctypes.CDLL(ctypes.util.find_library("pcap") or "libpcap.so.0.8")

PRECISION_MICRO, PRECISION_NANO = 0, 1


class _Timeval(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_usec", ctypes.c_long)]


class _PktHdr(ctypes.Structure):
    _fields_ = [("ts", _Timeval), ("caplen", ctypes.c_uint32), ("len", ctypes.c_uint32)]


_lib.pcap_open_dead_with_tstamp_precision.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_uint]
_lib.pcap_open_dead_with_tstamp_precision.restype = ctypes.c_void_p
_lib.pcap_dump_open.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
_lib.pcap_dump_open.restype = ctypes.c_void_p
_lib.pcap_dump.argtypes = [ctypes.c_void_p, ctypes.POINTER(_PktHdr), ctypes.c_char_p]
_lib.pcap_dump.restype = None
_lib.pcap_dump_close.argtypes = [ctypes.c_void_p]
_lib.pcap_close.argtypes = [ctypes.c_void_p]
_lib.pcap_geterr.argtypes = [ctypes.c_void_p]
_lib.pcap_geterr.restype = ctypes.c_char_p
_lib.pcap_open_offline.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
_lib.pcap_open_offline.restype = ctypes.c_void_p
_lib.pcap_datalink.argtypes = [ctypes.c_void_p]
_lib.pcap_next_ex.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(_PktHdr)),
                              ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte))]


def write_pcap(path, linktype, frames, precision=PRECISION_MICRO, snaplen=262144):
    """frames: (sec, fraction, captured_bytes, original_length) each."""
    p = _lib.pcap_open_dead_with_tstamp_precision(linktype, snaplen, precision)
    if not p:
        sys.exit(f"pcap_open_dead failed for link type {linktype}")
    d = _lib.pcap_dump_open(p, path.encode())
    if not d:
        sys.exit(f"pcap_dump_open {path}: {_lib.pcap_geterr(p).decode()}")
    for sec, frac, data, orig_len in frames:
        hdr = _PktHdr(_Timeval(sec, frac), len(data), orig_len)
        _lib.pcap_dump(d, ctypes.byref(hdr), data)
    _lib.pcap_dump_close(d)
    _lib.pcap_close(p)


def read_pcap(path):
    """(link type, [(sec, usec, captured_bytes, original_length)]) as libpcap reads the file."""
    errbuf = ctypes.create_string_buffer(256)
    p = _lib.pcap_open_offline(path.encode(), errbuf)
    if not p:
        sys.exit(f"{path}: {errbuf.value.decode()}")
    header = ctypes.POINTER(_PktHdr)()
    data = ctypes.POINTER(ctypes.c_ubyte)()
    frames = []
    while _lib.pcap_next_ex(p, ctypes.byref(header), ctypes.byref(data)) == 1:
        h = header.contents
        frames.append((h.ts.tv_sec, h.ts.tv_usec, ctypes.string_at(data, h.caplen), h.len))
    linktype = _lib.pcap_datalink(p)
    _lib.pcap_close(p)
    return linktype, frames


def csum(data):
    """The Internet checksum (RFC 1071) of IPv4 headers and TCP/UDP segments, for crafted frames."""
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF
