import WharfingerWire

/// Frames per outcome, counted by raw value (OutcomeCounts.add is not inlinable across modules).
struct OutcomeTally {
    private var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)

    @inline(__always)
    mutating func add(_ rawOutcome: UInt8) {
        withUnsafeMutableBytes(of: &words) { raw in
            let words = raw.baseAddress!.assumingMemoryBound(to: UInt64.self)
            words[Int(rawOutcome & 7)] &+= 1
        }
    }

    var counts: OutcomeCounts {
        var out = OutcomeCounts()
        withUnsafeBytes(of: words) { raw in
            for outcome in FrameOutcome.allCases {
                out.add(outcome, count: raw.load(fromByteOffset: Int(outcome.rawValue & 7) * 8, as: UInt64.self))
            }
        }
        return out
    }
}
