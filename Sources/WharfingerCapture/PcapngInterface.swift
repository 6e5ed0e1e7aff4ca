import WharfingerWire

/// One Interface Description Block of a pcapng file read by `PcapngBlockReader`: its link
/// type, snap length and name, and how its packets' timestamps turn into `Timestamp`s.
public struct PcapngInterface: Sendable {
    /// Its number in the file, counting every section's interfaces in order (as Wireshark does).
    public var index: Int
    public var linkType: LinkType
    public var snapLength: UInt32
    /// `if_name`, when the block has one.
    public var name: String?
    var clock: PcapngClock
}

/// `if_tsresol` and `if_tsoffset`: a packet's 64-bit time is a count of units of
/// 10^-k or 2^-k seconds since `offsetSeconds`.
struct PcapngClock: Sendable {
    enum Resolution: Sendable, Equatable {
        /// 10^k units a second (k <= 19: 10^19 still fits 64 bits).
        case decimal(unitsPerSecond: UInt64, nanosecondsPerUnit: UInt64, unitsPerNanosecond: UInt64)
        /// 2^k units a second (k < 64).
        case binary(shift: UInt64)
    }

    var resolution: Resolution
    var offsetSeconds: Int64

    /// Microseconds, the default when an interface has no `if_tsresol`.
    static let microseconds = PcapngClock(tsresol: 6)!

    /// From the option's byte: the high bit set means a power of 2. Nil for a resolution
    /// that does not fit 64 bits.
    init?(tsresol: UInt8, offsetSeconds: Int64 = 0) {
        let exponent = UInt64(tsresol & 0x7f)
        self.offsetSeconds = offsetSeconds
        if tsresol & 0x80 != 0 {
            guard exponent < 64 else { return nil }
            resolution = .binary(shift: exponent)
        } else {
            guard exponent <= 19 else { return nil }
            var units: UInt64 = 1
            for _ in 0..<exponent { units *= 10 }
            let perUnit = exponent <= 9 ? 1_000_000_000 / units : 0
            let perNanosecond = exponent > 9 ? units / 1_000_000_000 : 0
            resolution = .decimal(unitsPerSecond: units, nanosecondsPerUnit: perUnit, unitsPerNanosecond: perNanosecond)
        }
    }

    /// The time `units` since the interface's offset.
    @inline(__always)
    func timestamp(_ units: UInt64) -> Timestamp {
        let seconds: UInt64, nanoseconds: UInt64
        switch resolution {
        case .decimal(let perSecond, let perUnit, let perNanosecond):
            seconds = units / perSecond
            let rest = units % perSecond
            nanoseconds = perUnit != 0 ? rest * perUnit : rest / perNanosecond
        case .binary(let shift):
            seconds = shift == 0 ? units : units >> shift
            let rest = shift == 0 ? 0 : units & ((1 << shift) - 1)
            // rest * 10^9 / 2^shift, in 128 bits: rest < 2^shift, so the result is < 10^9.
            let (high, low) = rest.multipliedFullWidth(by: 1_000_000_000)
            nanoseconds = shift == 0 ? 0 : (high << (64 - shift)) | (low >> shift)
        }
        return Timestamp(seconds: Int64(truncatingIfNeeded: seconds) &+ offsetSeconds,
                         nanoseconds: UInt32(truncatingIfNeeded: nanoseconds))
    }
}
