import WharfingerWire

/// One host seen probing: many ports (or many hosts), mostly unanswered or refused.
public struct ScanRecord: Sendable {
    public var scanner: IPAddress
    public var transport: TransportProtocol
    /// The first hosts it probed (at most `ScanDetector.listedTargets`).
    public var targets: [IPAddress]
    /// Distinct hosts probed: exact up to eight, estimated beyond.
    public var targetCount: Int
    /// Distinct destination ports probed.
    public var probed: Int
    /// Conversations it opened while watched, and of those the ones that got no answer or
    /// a refusal.
    public var probes: Int
    public var unanswered: Int
    /// Ports that answered (a SYN-ACK, or a UDP reply), ascending: the first
    /// `ScanDetector.listedOpenPorts`, and how many more.
    public var open: [UInt16]
    public var openNotListed: Int
    public var first: Timestamp
    public var last: Timestamp

    /// A host is taken for a scanner once at least half of what it opened went unanswered
    /// or was refused, and it probed this many distinct ports, or this many distinct hosts.
    public static let portThreshold = 20
    public static let targetThreshold = 20
}

/// Probes that reached no service, of one transport: tallied here instead of under a
/// service (see `ScanDetector.foldsAsProbe`), so the packets still add up.
public struct UnansweredProbes: Sendable, Equatable {
    public var transport: TransportProtocol
    public var flows: UInt64 = 0
    /// Of those, the ones whose verdict is weak (counted in the report's weak verdicts).
    public var weakFlows: UInt64 = 0
    /// What the probing side sent, and what came back (resets, if anything).
    public var sent = DirectionTally()
    public var returned = DirectionTally()

    public init(transport: TransportProtocol) { self.transport = transport }

    public var packets: UInt64 { sent.packets &+ returned.packets }
}
