/// An IPv4 or IPv6 address as a fixed-size value: 16 bytes plus the family.
/// IPv4 addresses live in the low 32 bits of `low`, so equal addresses compare equal
/// and the flow table hashes them without touching the heap.
public struct IPAddress: Hashable, Sendable, Comparable {
    public var high: UInt64
    public var low: UInt64
    public var isIPv6: Bool

    @inlinable
    public init(high: UInt64, low: UInt64, isIPv6: Bool) {
        self.high = high
        self.low = low
        self.isIPv6 = isIPv6
    }

    @inlinable
    public init(ipv4 value: UInt32) {
        self.init(high: 0, low: UInt64(value), isIPv6: false)
    }

    public static let unspecified = IPAddress(high: 0, low: 0, isIPv6: false)

    public var ipv4Value: UInt32 { UInt32(truncatingIfNeeded: low) }

    /// A multicast or broadcast address: one that names a group of receivers, never a
    /// single host (IPv4 224.0.0.0/4 and 255.255.255.255, IPv6 ff00::/8). A subnet's
    /// broadcast address cannot be told from a host's without the netmask, so it is not one.
    public var isGroup: Bool {
        if isIPv6 { return high >> 56 == 0xff }
        let v = ipv4Value
        return v >> 28 == 0xe || v == 0xffff_ffff
    }

    public static func < (a: IPAddress, b: IPAddress) -> Bool {
        if a.isIPv6 != b.isIPv6 { return !a.isIPv6 }
        if a.high != b.high { return a.high < b.high }
        return a.low < b.low
    }
}

extension IPAddress: CustomStringConvertible {
    /// Dotted quad for IPv4; RFC 5952 for IPv6 (lower case, longest run of two or more
    /// zero groups shortened to `::`, the first such run on a tie).
    public var description: String {
        // Formatted into a stack buffer: reports print an address per flow, and an IPv4
        // address then becomes a small string without touching the heap.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.longestText) { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[..<write(into: buffer)]), as: UTF8.self)
        }
    }

    /// "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255" would be the longest; 48 covers it.
    public static let longestText = 48

    /// Writes the text form at the start of `buffer` (`longestText` bytes) and returns its
    /// length: for writers that put an address straight into their own buffer.
    public func write(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        precondition(buffer.count >= Self.longestText)
        let start = buffer.baseAddress!
        if !isIPv6 { return Self.writeDottedQuad(ipv4Value, at: start) }
        // IPv4-mapped addresses keep their dotted tail, as RFC 5952 section 5 recommends.
        if high == 0 && (low >> 32) == 0xffff {
            let prefix: StaticString = "::ffff:"
            start.update(from: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            return prefix.utf8CodeUnitCount
                + Self.writeDottedQuad(UInt32(truncatingIfNeeded: low), at: start + prefix.utf8CodeUnitCount)
        }
        @inline(__always)
        func group(_ i: Int) -> UInt16 {
            UInt16(truncatingIfNeeded: (i < 4 ? high : low) >> UInt64(48 - 16 * (i & 3)))
        }
        // The longest run of zero groups, the first of equal ones; a lone zero stays "0".
        // A bit a zero group: each step keeps the bits that start a run one longer.
        var runs: UInt32 = 0
        for i in 0..<8 where group(i) == 0 { runs |= 1 << UInt32(i) }
        var runLength = 0, starts: UInt32 = 0
        while runs != 0 {
            starts = runs
            runs &= runs >> 1
            runLength += 1
        }
        let runStart = runLength >= 2 ? starts.trailingZeroBitCount : 8
        if runLength < 2 { runLength = 0 }
        var next = start, i = 0
        while i < 8 {
            if i == runStart {
                next[0] = 58; next[1] = 58
                next += 2
                i += runLength
                continue
            }
            if i > 0 && i != runStart + runLength { next.pointee = 58; next += 1 }
            next += Self.writeHexGroup(group(i), at: next)
            i += 1
        }
        return next - start
    }
}

extension IPAddress {
    /// `192.0.2.1` at `start` (room for 16 bytes, all of which may be stored); returns its
    /// length. Each octet's digits are one load from a table and one store of four bytes, the
    /// dot or the next octet over what lies past them: reports write an address or two per
    /// conversation.
    @inline(__always)
    static func writeDottedQuad(_ value: UInt32, at start: UnsafeMutablePointer<UInt8>) -> Int {
        octetDigits.withUnsafeBufferPointer { digits in
            var next = UnsafeMutableRawPointer(start)
            @inline(__always)
            func octet(_ shift: UInt32) {
                let packed = digits[Int(truncatingIfNeeded: value >> shift & 0xff)]
                next.storeBytes(of: packed.littleEndian, as: UInt32.self)
                next += Int(packed >> 24)
            }
            @inline(__always)
            func dot() {
                next.storeBytes(of: UInt8(ascii: "."), as: UInt8.self)
                next += 1
            }
            octet(24); dot(); octet(16); dot(); octet(8); dot(); octet(0)
            return next - UnsafeMutableRawPointer(start)
        }
    }

    /// The digits of each octet value in the low bytes, first digit lowest, and their count
    /// in the top byte.
    private static let octetDigits: [UInt32] = (0..<256).map { (octet: UInt32) in
        let count: UInt32 = octet >= 100 ? 3 : octet >= 10 ? 2 : 1
        var packed = count << 24, rest = octet
        for index in (0..<count).reversed() {
            packed |= (48 + rest % 10) << (8 * index)
            rest /= 10
        }
        return packed
    }

    /// A group's hex digits, lower case and without leading zeros, at `start` (room for 4
    /// bytes, all of which may be stored); returns their count. The four digits are made at
    /// once, a nibble a byte: reports write an address or two per conversation.
    @inline(__always)
    static func writeHexGroup(_ value: UInt16, at start: UnsafeMutablePointer<UInt8>) -> Int {
        let v = UInt32(value)
        // The first digit in the lowest byte, as it is stored.
        let nibbles = v >> 12 | (v >> 8 & 0xf) << 8 | (v >> 4 & 0xf) << 16 | (v & 0xf) << 24
        // "0" is 0x30 and "a" 0x61: 39 more for a nibble from 10, whose byte then reaches 16 with 6 added.
        let fromTen = (nibbles &+ 0x0606_0606) >> 4 & 0x0101_0101
        let digits = nibbles &+ 0x3030_3030 &+ fromTen &* 39
        let count = max(1, (16 - value.leadingZeroBitCount + 3) / 4)
        UnsafeMutableRawPointer(start).storeBytes(of: (digits >> UInt32(32 - 8 * count)).littleEndian, as: UInt32.self)
        return count
    }
}

extension IPAddress {
    /// Parses the usual text forms; nil when the text is not an address.
    public init?(_ text: String) {
        if text.contains(":") {
            guard let parsed = IPAddress.parseIPv6(text) else { return nil }
            self = parsed
        } else {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 4 else { return nil }
            var value: UInt32 = 0
            for part in parts {
                guard let octet = UInt8(part) else { return nil }
                value = value << 8 | UInt32(octet)
            }
            self.init(ipv4: value)
        }
    }

    private static func parseIPv6(_ text: String) -> IPAddress? {
        let halves = text.components(separatedByDoubleColon: ())
        guard halves.count <= 2 else { return nil }
        func groups(_ s: Substring) -> [UInt16]? {
            if s.isEmpty { return [] }
            var out: [UInt16] = []
            for piece in s.split(separator: ":", omittingEmptySubsequences: false) {
                if piece.contains("."), let v4 = IPAddress(String(piece)), !v4.isIPv6 {
                    out.append(UInt16(v4.ipv4Value >> 16))
                    out.append(UInt16(v4.ipv4Value & 0xffff))
                } else {
                    guard piece.count <= 4, let g = UInt16(piece, radix: 16) else { return nil }
                    out.append(g)
                }
            }
            return out
        }
        guard let head = groups(halves[0]) else { return nil }
        var all = head
        if halves.count == 2 {
            guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
            all += Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        }
        guard all.count == 8 else { return nil }
        var high: UInt64 = 0, low: UInt64 = 0
        for i in 0..<4 { high = high << 16 | UInt64(all[i]) }
        for i in 4..<8 { low = low << 16 | UInt64(all[i]) }
        return IPAddress(high: high, low: low, isIPv6: true)
    }
}

extension String {
    /// Splits at every "::"; more than one makes three or more parts (invalid).
    fileprivate func components(separatedByDoubleColon: Void) -> [Substring] {
        var parts: [Substring] = []
        var start = startIndex
        var i = startIndex
        while i < endIndex {
            let next = index(after: i)
            if self[i] == ":" && next < endIndex && self[next] == ":" {
                parts.append(self[start..<i])
                start = index(after: next)
                i = start
            } else {
                i = next
            }
        }
        parts.append(self[start...])
        return parts
    }
}
