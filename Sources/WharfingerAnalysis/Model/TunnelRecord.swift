import WharfingerWire

/// One tunnel of a capture, as a conversation of its own: its chain of encapsulations
/// (outermost first) and what it carried each way.
public struct TunnelRecord: Sendable {
    /// `TunnelChain.path`; flow records name their tunnel by it.
    public var id: UInt64
    public var hops: [TunnelHopRecord]
    public var first: Timestamp
    public var last: Timestamp
    /// Frames sent by the outermost hop's source as first seen, and by the other end.
    public var forward: DirectionTally
    public var backward: DirectionTally
    /// The innermost hop's UDP payload bytes each way (0 for tunnels not carried in UDP):
    /// the tunnel's own connection's bytes, as conn.log counts them. The tallies' IP bytes
    /// are the innermost hop's IP packets' lengths.
    public var forwardUDPPayload: UInt64 = 0
    public var backwardUDPPayload: UInt64 = 0

    /// "t" and 16 hex digits: the name flow records and JSON use.
    public var name: String { TunnelRecord.name(id) }

    public static func name(_ id: UInt64) -> String {
        let digits = String(id, radix: 16)
        return "t" + String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// One encapsulation of a tunnel: its kind, the outer endpoints (none for link-layer
/// encapsulations), and its identifier (VNI, GRE key, TEID...).
public struct TunnelHopRecord: Sendable, Equatable {
    public var kind: TunnelKind
    public var source: IPAddress?
    public var destination: IPAddress?
    public var sourcePort: UInt16?
    public var destinationPort: UInt16?
    public var identifier: UInt32?

    public init(_ hop: TunnelHop, in frame: borrowing RawSpan) {
        kind = hop.kind
        identifier = hop.hasIdentifier ? hop.identifier : nil
        if let outer = hop.outerEndpoints(in: frame) {
            source = outer.src
            destination = outer.dst
            sourcePort = outer.srcPort
            destinationPort = outer.dstPort
        }
    }
}
