#!/usr/bin/env python3
"""Reads a PNG (8-bit RGB or RGBA, not interlaced, as Chromium's screenshots are) with the
standard library only and prints what a test needs to tell a drawn page from a blank one:
`width height colours background nonbackground_fraction` and then `has RRGGBB` for each
colour given as an argument that some pixel has exactly.

    scripts/png-colours.py page.png 4e79a7 e15759
"""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = header
    if depth != 8 or colour_type not in (2, 6) or interlace:
        raise SystemExit(f"{path}: only 8-bit RGB/RGBA, not interlaced")
    step = 3 if colour_type == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * step
    rows, previous, pos = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[pos], bytearray(raw[pos + 1:pos + 1 + stride])
        pos += 1 + stride
        for i in range(stride):
            left = line[i - step] if i >= step else 0
            up = previous[i]
            upper_left = previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else upper_left
                line[i] = (line[i] + pred) & 255
        rows.append(line)
        previous = line
    pixels = [bytes(row[i:i + 3]) for row in rows for i in range(0, stride, step)]
    return width, height, pixels


def main():
    width, height, pixels = read_png(sys.argv[1])
    background = pixels[0]
    other = sum(1 for p in pixels if p != background)
    present = set(pixels)
    print(width, height, len(present), background.hex(), f"{other / len(pixels):.4f}")
    for colour in sys.argv[2:]:
        print("has" if bytes.fromhex(colour) in present else "lacks", colour)


if __name__ == "__main__":
    main()
