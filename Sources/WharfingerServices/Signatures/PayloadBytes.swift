import WharfingerWire

// Bounds-checked reads over a payload, beyond the numbers Wire's network-order reader
// gives (`u8(at:)`, `be16(at:)`, `be32(at:)`): every one returns nil (or false) past the
// captured bytes instead of trapping, so signatures can probe freely.

extension RawSpan {
    /// MySQL's 3-byte little-endian packet length.
    func uint24LittleEndian(at offset: Int) -> UInt32? {
        guard let low = le16(at: offset), let high = u8(at: offset + 2) else { return nil }
        return UInt32(high) << 16 | UInt32(low)
    }

    /// True when the bytes at `offset` equal the literal's UTF-8 (all of it must be captured).
    func hasPrefix(_ literal: StaticString, at offset: Int = 0, ignoringCase: Bool = false) -> Bool {
        literal.withUTF8Buffer { expected in
            guard offset >= 0, expected.count <= byteCount - offset else { return false }
            for (index, wanted) in expected.enumerated() {
                guard let actual = u8(at: offset + index) else { return false }
                if ignoringCase ? actual.asciiLowercased != wanted.asciiLowercased : actual != wanted { return false }
            }
            return true
        }
    }

    /// True when the literal occurs, ASCII case-insensitively, within the first `limit` bytes.
    func contains(ignoringCase literal: StaticString, within limit: Int) -> Bool {
        let end = Swift.min(limit, byteCount)
        var offset = 0
        while offset < end {
            if hasPrefix(literal, at: offset, ignoringCase: true) { return true }
            offset += 1
        }
        return false
    }

    /// The offset of the first `value` in `range` (clamped to the captured bytes), or nil.
    func firstOffset(of value: UInt8, in range: Range<Int>) -> Int? {
        var offset = Swift.max(range.lowerBound, 0)
        let end = Swift.min(range.upperBound, byteCount)
        while offset < end {
            if u8(at: offset) == value { return offset }
            offset += 1
        }
        return nil
    }

    /// The offset of the first CR or LF in `range` (clamped to the captured bytes): where a
    /// text protocol's first line ends, or nil when that end is not captured.
    func lineEnd(in range: Range<Int>) -> Int? {
        var offset = Swift.max(range.lowerBound, 0)
        let end = Swift.min(range.upperBound, byteCount)
        while offset < end {
            if let value = u8(at: offset), value == 0x0D || value == 0x0A { return offset }
            offset += 1
        }
        return nil
    }

    /// True when every captured byte in `range` is printable ASCII (space to tilde).
    func isPrintableASCII(_ range: Range<Int>) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= byteCount else { return false }
        for offset in range {
            guard let value = u8(at: offset), value.isPrintableASCII else { return false }
        }
        return true
    }
}

extension UInt8 {
    var asciiLowercased: UInt8 { (0x41...0x5A).contains(self) ? self | 0x20 : self }
    var isPrintableASCII: Bool { (0x20...0x7E).contains(self) }
    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
    var isASCIILetter: Bool { (0x61...0x7A).contains(asciiLowercased) }
}
