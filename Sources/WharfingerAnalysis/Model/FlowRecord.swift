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
    /// The detected protocol is not what the server port is registered for (`service`),
    /// nor an alias of it, and the registry gives it other ports: http on tcp/8081, ssh on 2222.
    public var detectedProtocolUnexpected: Bool
    public var basis: VerdictBasis
    /// 0.5...1: the probability that `server` is the server (handshake 0.99, syn-ack 0.95;
    /// otherwise the weighed facts' probability).
    public var confidence: Double
    /// The reasons, as the verdict lists them: for it before against it, the weighed ones
    /// strongest first.
    public var evidence: [EvidenceItem]
    public var first: Timestamp
    public var last: Timestamp
    public var toServer: DirectionTally
    public var toClient: DirectionTally
    /// What ended it: the TCP exchange when it says more than the cause; `live` in a snapshot.
    public var ending: FlowEnding
    /// The tunnel the conversation's first packet came through (`TunnelChain.path`, 0:
    /// none); the report's tunnel records say what it is.
    public var tunnel: UInt64
    /// The conversation's identity, as `EndedFlow.identity` (the conn.log's uid is made of it).
    public var identity: UInt64 = 0

    /// Unknown, decided only by who sent first or more (position-dependent), or not decided
    /// by the handshake and below 0.7.
    public var isWeak: Bool { VerdictStrength.isWeak(basis: basis, confidence: confidence) }

    /// The weighed facts of `evidence`: the kind, the endpoint each names as server, its
    /// weight. A weighed fact supports the verdict exactly when it names the server.
    public var facts: [FlowFact] {
        evidence.compactMap { item in
            item.kind.map { FlowFact(kind: $0, server: item.supports ? server : client, weight: $0.weight) }
        }
    }
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
