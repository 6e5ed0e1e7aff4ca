import WharfingerWire

/// Distinct addresses in a fixed 512 bytes, held inline (adding allocates nothing): a
/// 4,096-bit linear-counting bitmap. Exact while no two addresses share a bit (a few dozen,
/// most likely), within a few percent up to several thousand.
struct DistinctBitmap {
    private static let bits = 4096
    private var words = InlineArray<64, UInt64>(repeating: 0)
    private var bitsSet = 0

    @inline(__always)
    mutating func add(_ address: IPAddress) {
        let bit = Int(truncatingIfNeeded: DistinctCounter.fingerprint(address) >> 20) & (Self.bits - 1)
        let mask: UInt64 = 1 << UInt64(bit & 63)
        if words[bit >> 6] & mask == 0 {
            words[bit >> 6] |= mask
            bitsSet += 1
        }
    }

    var count: UInt64 {
        let zeros = Self.bits - bitsSet
        // Full: more than it can tell; it says the most it could have counted.
        guard zeros > 0 else { return UInt64(Double(Self.bits) * naturalLog(Double(Self.bits))) }
        let m = Double(Self.bits)
        return UInt64((-m * naturalLog(Double(zeros) / m)).rounded())
    }
}
