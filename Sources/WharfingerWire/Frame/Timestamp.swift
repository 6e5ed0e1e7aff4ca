/// A capture timestamp with nanosecond precision (libpcap opened with
/// PCAP_TSTAMP_PRECISION_NANO keeps what the file holds).
public struct Timestamp: Hashable, Comparable, Sendable {
    public var seconds: Int64
    public var nanoseconds: UInt32

    /// Out-of-range nanoseconds (files do hold them) carry into the seconds.
    @inlinable
    public init(seconds: Int64, nanoseconds: UInt32) {
        if nanoseconds < 1_000_000_000 {  // every valid timestamp: no division per frame
            self.seconds = seconds
            self.nanoseconds = nanoseconds
        } else {
            self.seconds = seconds &+ Int64(nanoseconds / 1_000_000_000)
            self.nanoseconds = nanoseconds % 1_000_000_000
        }
    }

    public static let zero = Timestamp(seconds: 0, nanoseconds: 0)

    public static func < (a: Timestamp, b: Timestamp) -> Bool {
        a.seconds != b.seconds ? a.seconds < b.seconds : a.nanoseconds < b.nanoseconds
    }

    /// The time `totalNanoseconds` since the epoch (its inverse; before 1970 too).
    @inlinable
    public init(totalNanoseconds: Int64) {
        var seconds = totalNanoseconds / 1_000_000_000
        var rest = totalNanoseconds % 1_000_000_000
        if rest < 0 {
            seconds -= 1
            rest += 1_000_000_000
        }
        self.init(seconds: seconds, nanoseconds: UInt32(rest))
    }

    /// Nanoseconds since the epoch, for arithmetic on intervals.
    @inlinable
    public var totalNanoseconds: Int64 { seconds &* 1_000_000_000 &+ Int64(nanoseconds) }

    /// Epoch seconds as a decimal with nine fractional digits, e.g. `1795219200.000123456`.
    public var epochText: String {
        let fraction = String(nanoseconds)
        return "\(seconds)." + String(repeating: "0", count: 9 - fraction.count) + fraction
    }

    public var epochSeconds: Double { Double(seconds) + Double(nanoseconds) / 1e9 }
}
