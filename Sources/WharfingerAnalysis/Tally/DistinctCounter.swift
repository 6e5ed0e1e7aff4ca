import WharfingerWire

/// Distinct addresses: exact up to `exactLimit` (64-bit fingerprints, the first two inline,
/// then in an open-addressed table, no hashing through `Hasher`), then a 65,536-bit
/// linear-counting bitmap (8 KiB; within about 1% up to a few hundred thousand addresses).
/// Most services have a client or two and one server: their counters allocate nothing.
struct DistinctCounter {
    static let exactLimit = 4096
    private static let bitmapBits = 1 << 16

    /// The first two fingerprints while there are no more (0: none), then nothing.
    private var few: (UInt64, UInt64) = (0, 0)
    /// Every fingerprint once there are three, 0 meaning empty (a zero fingerprint is stored as 1).
    private var slots: [UInt64] = []
    private var stored = 0
    private var bitmap: [UInt64] = []
    private var bitsSet = 0

    mutating func add(_ address: IPAddress) { add(fingerprint: Self.fingerprint(address)) }

    /// Adds an address by its `fingerprint`.
    mutating func add(fingerprint print: UInt64) {
        if slots.isEmpty && bitmap.isEmpty {
            if print == few.0 || print == few.1 { return }
            if few.0 == 0 { few.0 = print; stored = 1; return }
            if few.1 == 0 { few.1 = print; stored = 2; return }
            // A third: all three go to the table, in the order they came.
            stored = 0
            insert(few.0)
            insert(few.1)
            few = (0, 0)
        }
        if bitmap.isEmpty {
            insert(print)
            if stored > Self.exactLimit {
                bitmap = Array(repeating: 0, count: Self.bitmapBits / 64)
                for p in slots where p != 0 { setBit(p) }
                slots = []
            }
        } else {
            setBit(print)
        }
    }

    var count: UInt64 {
        if bitmap.isEmpty { return UInt64(stored) }
        let zeros = Self.bitmapBits - bitsSet
        guard zeros > 0 else { return UInt64(Self.bitmapBits) * 12 }
        let m = Double(Self.bitmapBits)
        return UInt64((-m * naturalLog(Double(zeros) / m)).rounded())
    }

    static func fingerprint(_ address: IPAddress) -> UInt64 {
        var h = FlowKey.mix(address.high ^ 0x2545_f491_4f6c_dd1d, address.low ^ (address.isIPv6 ? 0x9e37_79b9 : 0x7f4a_7c15))
        h ^= h >> 29
        return h == 0 ? 1 : h
    }

    /// Linear probing at most half full.
    @inline(__always)
    private mutating func insert(_ print: UInt64) {
        if slots.isEmpty { slots = Array(repeating: 0, count: 8) }
        let added = slots.withUnsafeMutableBufferPointer { slots in
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: print >> 7) & mask
            while slots[i] != 0 {
                if slots[i] == print { return false }
                i = (i + 1) & mask
            }
            slots[i] = print
            return true
        }
        guard added else { return }
        stored += 1
        if stored * 2 > slots.count { grow() }
    }

    /// Doubles the table, each fingerprint placed straight into the new one (each is there once).
    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        bigger.withUnsafeMutableBufferPointer { bigger in
            let mask = bigger.count - 1
            for p in slots where p != 0 {
                var i = Int(truncatingIfNeeded: p >> 7) & mask
                while bigger[i] != 0 { i = (i + 1) & mask }
                bigger[i] = p
            }
        }
        slots = bigger
    }

    private mutating func setBit(_ print: UInt64) {
        let bit = Int(print & UInt64(Self.bitmapBits - 1))
        let mask: UInt64 = 1 << UInt64(bit & 63)
        if bitmap[bit >> 6] & mask == 0 {
            bitmap[bit >> 6] |= mask
            bitsSet += 1
        }
    }
}
