/// How many frames ended in each outcome. `total` is their sum, which must equal the
/// frames libpcap delivered.
public struct OutcomeCounts: Sendable, Equatable {
    @usableFromInline
    var counts: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0, 0)

    public init() {}

    @inlinable @inline(__always)
    public mutating func add(_ outcome: FrameOutcome, count: UInt64 = 1) {
        switch outcome {
        case .tcp: counts.0 &+= count
        case .udp: counts.1 &+= count
        case .otherTransport: counts.2 &+= count
        case .notIP: counts.3 &+= count
        case .fragment: counts.4 &+= count
        case .truncated: counts.5 &+= count
        case .malformed: counts.6 &+= count
        case .unsupportedLink: counts.7 &+= count
        case .encrypted: counts.8 &+= count
        }
    }

    public subscript(outcome: FrameOutcome) -> UInt64 {
        switch outcome {
        case .tcp: counts.0
        case .udp: counts.1
        case .otherTransport: counts.2
        case .notIP: counts.3
        case .fragment: counts.4
        case .truncated: counts.5
        case .malformed: counts.6
        case .unsupportedLink: counts.7
        case .encrypted: counts.8
        }
    }

    public var total: UInt64 { FrameOutcome.allCases.reduce(0) { $0 + self[$1] } }

    public mutating func merge(_ other: OutcomeCounts) {
        for outcome in FrameOutcome.allCases { add(outcome, count: other[outcome]) }
    }

    /// The outcomes a report lists: all but the rare ones (`unsupportedLink`, `encrypted`)
    /// that no frame had, so files without them keep the same report.
    public var listed: [FrameOutcome] {
        FrameOutcome.allCases.filter { !$0.listedOnlyWhenSeen || self[$0] > 0 }
    }

    public static func == (a: OutcomeCounts, b: OutcomeCounts) -> Bool {
        FrameOutcome.allCases.allSatisfy { a[$0] == b[$0] }
    }
}
