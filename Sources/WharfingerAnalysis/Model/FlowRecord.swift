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
    /// 0...1: handshake ~0.99, syn-ack ~0.95, payload ~0.9, fan-in ~0.8, ports 0.55-0.75, guess 0.5.
    public var confidence: Double
    /// Short reasons, strongest first; ones that speak against the verdict start with "against: ".
    public var evidence: [String]
    public var first: Timestamp
    public var last: Timestamp
    public var toServer: DirectionTally
    public var toClient: DirectionTally
    /// "fin", "rst", "rejected", "syn-unanswered", "idle", "evicted", "end-of-capture",
    /// or "live" in a snapshot.
    public var endReason: String

    /// Basis heuristic with confidence below 0.7, or unknown.
    public var isWeak: Bool { VerdictStrength.isWeak(basis: basis, confidence: confidence) }
}

enum VerdictStrength {
    static func isWeak(basis: VerdictBasis, confidence: Double) -> Bool {
        basis == .unknown || (basis == .heuristic && confidence < 0.7)
    }
}
