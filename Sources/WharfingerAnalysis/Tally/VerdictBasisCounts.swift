/// Flows counted by the basis of their verdict: one number per `VerdictBasis`, held inline
/// (a copy shares no buffer, counting a flow allocates nothing).
public struct VerdictBasisCounts: Sendable, Equatable {
    private var counts = InlineArray<12, UInt64>(repeating: 0)

    public init() {}

    public subscript(basis: VerdictBasis) -> UInt64 { counts[basis.ordinal] }

    /// The sum over every basis.
    public var total: UInt64 { counts.indices.reduce(0) { $0 &+ counts[$1] } }

    mutating func add(_ basis: VerdictBasis) { counts[basis.ordinal] &+= 1 }

    public static func == (a: Self, b: Self) -> Bool { a.counts.indices.allSatisfy { a.counts[$0] == b.counts[$0] } }
}

extension VerdictBasis {
    /// The case's position in `allCases` (which builds an array on every call); a new case
    /// fails to compile here until it has one, and `VerdictBasisCounts` a slot.
    var ordinal: Int {
        switch self {
        case .handshake: 0
        case .synAck: 1
        case .simultaneous: 2
        case .payload: 3
        case .ftpAnnouncement: 4
        case .endpointMemory: 5
        case .fanIn: 6
        case .resetResponder: 7
        case .ports: 8
        case .traffic: 9
        case .unknown: 10
        case .groupAddress: 11
        }
    }
}
