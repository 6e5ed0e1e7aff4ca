import WharfingerServices
import WharfingerWire

/// One address that served: what it offers and how much it was used. Built from the
/// conversations whose verdict names it the server.
public struct ServerHost: Sendable {
    public var address: IPAddress
    /// By transport and port: the first `ServerHostTable.servicesPerHost` it served on.
    public var services: [HostService]
    /// Conversations on services beyond those kept: counted in the totals, not listed.
    public var notKeptServiceFlows: UInt64
    public var flows: UInt64
    /// Distinct client addresses: exact for a few, an estimate (within a few percent) up to
    /// thousands (`DistinctBitmap`).
    public var clients: UInt64
    public var toServer: DirectionTally
    public var toClient: DirectionTally
    /// The strongest basis among its conversations' verdicts: how it is known to serve.
    public var basis: VerdictBasis

    public var totalBytes: UInt64 { toServer.bytes &+ toClient.bytes }
}

/// One port a host served on.
public struct HostService: Sendable {
    public var transport: TransportProtocol
    public var port: UInt16
    /// The registry's name for the port.
    public var service: String?
    /// The protocol a payload signature recognised in its first conversation that had one.
    public var detectedProtocol: String?
    public var flows: UInt64
    /// The strongest basis among its conversations' verdicts.
    public var basis: VerdictBasis
}

/// The servers view: every address that served (unicast only: a group address only receives).
public struct ServerHosts: Sendable {
    /// Most bytes first: the first `AnalysisConfiguration.maxServerHosts` addresses met,
    /// each rendered when read (`RankedRows`).
    public var hosts = RankedRows<ServerHost>()
    /// Conversations of servers met once the table was full: counted only.
    public var notKeptFlows: UInt64 = 0
    /// TCP conversations the server never accepted (refused, or the SYN unanswered): no
    /// host served them, so no host lists them.
    public var unansweredConnections: UInt64 = 0
    /// Conversations to a broadcast or multicast address: a group receives, no host serves.
    public var groupConversations: UInt64 = 0

    public init() {}
}

extension VerdictBasis {
    /// Stronger bases first, in the order the cases are declared: the handshake, then the
    /// payload, ... the ports, traffic, unknown.
    func isStronger(than other: VerdictBasis) -> Bool { ordinal < other.ordinal }
}
