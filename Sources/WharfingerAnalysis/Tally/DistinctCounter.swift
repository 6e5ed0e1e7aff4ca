import WharfingerWire

/// Distinct addresses: exact up to `exactLimit`, then a 65,536-bit linear-counting
/// bitmap (8 KiB; within about 1% up to a few hundred thousand addresses).
struct DistinctCounter {
    static let exactLimit = 4096
    private static let bitmapBits = 1 << 16

    private var exact: Set<IPAddress> = []
    private var bitmap: [UInt64] = []
    private var bitsSet = 0

    mutating func add(_ address: IPAddress) {
        if bitmap.isEmpty {
            exact.insert(address)
            if exact.count > Self.exactLimit {
                bitmap = Array(repeating: 0, count: Self.bitmapBits / 64)
                for a in exact { setBit(a) }
                exact = []
            }
        } else {
            setBit(address)
        }
    }

    var count: UInt64 {
        if bitmap.isEmpty { return UInt64(exact.count) }
        let zeros = Self.bitmapBits - bitsSet
        guard zeros > 0 else { return UInt64(Self.bitmapBits) * 12 }
        let m = Double(Self.bitmapBits)
        return UInt64((-m * naturalLog(Double(zeros) / m)).rounded())
    }

    private mutating func setBit(_ address: IPAddress) {
        var h = FlowKey.mix(address.high ^ 0x2545_f491_4f6c_dd1d, address.low ^ (address.isIPv6 ? 0x9e37_79b9 : 0x7f4a_7c15))
        h ^= h >> 29
        let bit = Int(h & UInt64(Self.bitmapBits - 1))
        let mask: UInt64 = 1 << UInt64(bit & 63)
        if bitmap[bit >> 6] & mask == 0 {
            bitmap[bit >> 6] |= mask
            bitsSet += 1
        }
    }
}
