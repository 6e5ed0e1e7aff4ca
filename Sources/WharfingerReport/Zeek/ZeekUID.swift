/// A connection's uid as Zeek spells one: "C" and 11 base-62 digits of its identity, as
/// `ZeekConnLog.base62` writes them. The JSON report, conn.log and the conversation lines
/// write one per conversation: two digits a division, from a table of every pair.
/// `@unchecked Sendable`: the table is written once, by `init`, and only read after.
struct ZeekUID: @unchecked Sendable {
    static let shared = ZeekUID()
    /// "C" and the 11 digits.
    static let length = 12

    /// Each value below 62 * 62 as its two base-62 digits.
    private let pairs: UnsafeMutablePointer<UInt16>

    private init() {
        pairs = .allocate(capacity: 62 * 62)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 11) { digits in
            for value in 0..<62 * 62 {
                ZeekConnLog.base62(UInt64(value), into: digits.baseAddress!)
                pairs[value] = UnsafeRawPointer(digits.baseAddress! + 9).loadUnaligned(as: UInt16.self)
            }
        }
    }

    /// Writes the uid of `identity` at `start` (room for `length` bytes); returns `length`.
    @inline(__always)
    func write(_ identity: UInt64, at start: UnsafeMutablePointer<UInt8>) -> Int {
        start.pointee = UInt8(ascii: "C")
        // From the last digit: five pairs leave less than 62 (62^11 > 2^64).
        var rest = identity
        for at in stride(from: 10, through: 2, by: -2) {
            UnsafeMutableRawPointer(start + at).storeBytes(of: pairs[Int(rest % 3844)], as: UInt16.self)
            rest /= 3844
        }
        start[1] = UInt8(truncatingIfNeeded: pairs[Int(rest)].littleEndian >> 8)
        return Self.length
    }
}
