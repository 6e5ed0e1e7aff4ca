import WharfingerServices
import WharfingerWire

/// One finished (or, in a snapshot, live) conversation with its verdict.
public struct FlowRecord: Sendable {
    public var transport: TransportProtocol
    public var client: Endpoint
    public var server: Endpoint
    /// The registry's name for the server port.
    public var service: String?
    /// The protocol a payload signature recognised, when one did.
    public var detectedProtocol: String?
    /// Set when the detected protocol is not what the server port is registered for,
    /// e.g. `http on tcp/8081 (registered: tbd)` or `ssh on unusual port 2222`.
    public var unexpectedService: String?
    public var basis: VerdictBasis
    /// 0.5...1: the probability that `server` is the server (handshake 0.99, syn-ack 0.95;
    /// otherwise the weighed facts' probability).
    public var confidence: Double
    /// Short reasons with their weights; ones that speak against the verdict start with "against: ".
    public var evidence: [String]
    /// The weighed facts as data: the kind, the endpoint each names as server, its weight.
    public var facts: [FlowFact]
    public var first: Timestamp
    public var last: Timestamp
    public var toServer: DirectionTally
    public var toClient: DirectionTally
    /// "fin", "rst", "rejected", "syn-unanswered", "idle", "evicted", "end-of-capture",
    /// or "live" in a snapshot.
    public var endReason: String
    /// The tunnel the conversation's first packet came through (`TunnelChain.path`, 0:
    /// none); the report's tunnel records say what it is.
    public var tunnel: UInt64

    /// Unknown, decided only by who sent first or more (position-dependent), or not decided
    /// by the handshake and below 0.7.
    public var isWeak: Bool { VerdictStrength.isWeak(basis: basis, confidence: confidence) }
}

enum VerdictStrength {
    static func isWeak(basis: VerdictBasis, confidence: Double) -> Bool {
        basis == .unknown || basis == .traffic || (!basis.isHandshake && confidence < 0.7)
    }
}

/// One weighed fact of a verdict.
public struct FlowFact: Sendable {
    public var kind: RoleFact
    /// The endpoint this fact names as the server.
    public var server: Endpoint
    /// Its log-likelihood ratio (positive: the fact's own weight, whichever side it names).
    public var weight: Double
}
