import WharfingerWire

import WharfingerServices

/// What ports alone say about which side of a conversation is the server, and what in a
/// capture would settle it: the port facts `read` weighs, with the same weights. A pure
/// function of two ports, a transport and a registry; the report words it (`ExplainText`).
public struct PortPairExplanation: Sendable {
    /// How far the port facts' probability goes, weakest first (its order is the cases').
    /// Ports alone never reach certainty.
    public enum Confidence: Sendable, Comparable {
        case none, weak, moderate, strong

        init(probability: Double) {
            switch probability {
            case ...0.5: self = .none
            case ..<0.7: self = .weak
            case ..<0.85: self = .moderate
            default: self = .strong
            }
        }
    }

    public var transport: TransportProtocol
    public var portA: PortDescription
    public var portB: PortDescription
    /// The port facts, each naming the port it says is the server's.
    public var facts: [PortRoleFact]
    /// The facts' weights added up, for `portA` being the server's.
    public var score: RoleScore
    /// The port the facts favour as the server's, or nil when they cannot tell.
    public var favouredServerPort: UInt16?
    /// The probability of `favouredServerPort` (0.5 when none).
    public var probability: Double { score.confidence }
    public var confidence: Confidence
    /// Payload signatures known for each port's registered service, over `transport`.
    public var hintsA: [SignatureHint]
    public var hintsB: [SignatureHint]
    /// The protocols a port's service names when none of them is read over `transport`
    /// (SIP on 5060/tcp, TLS on 443/udp), so `explain` says why they are not offered.
    public var hintsOnOtherTransport: [SignatureHint]
    /// What a capture could show to settle the question, strongest first.
    public var settlingEvidence: [SettlingEvidence]
    /// Names the ports in the facts' text.
    public let registry: ServiceRegistry

    public init(portA: UInt16, portB: UInt16, transport: TransportProtocol, registry: ServiceRegistry = .iana) {
        self.transport = transport
        self.registry = registry
        self.portA = registry.describe(port: portA, transport: transport)
        self.portB = registry.describe(port: portB, transport: transport)
        var facts: [PortRoleFact] = []
        PortRoleFacts.forEach(portA, portB, transport: transport, registry: registry) { facts.append($0) }
        self.facts = facts
        score = PortRoleFacts.score(portA, portB, transport: transport, registry: registry)
        confidence = Confidence(probability: score.confidence)
        favouredServerPort = score.serverIsA.map { $0 ? portA : portB }
        hintsA = self.portA.name.map { SignatureHint.hints(forService: $0, transport: transport) } ?? []
        hintsB = self.portB.name.map { SignatureHint.hints(forService: $0, transport: transport) } ?? []
        var elsewhere: [SignatureHint] = []
        for (description, hints) in [(self.portA, hintsA), (self.portB, hintsB)] where hints.isEmpty {
            for hint in description.name.map(SignatureHint.hints(forService:)) ?? [] where !elsewhere.contains(hint) {
                elsewhere.append(hint)
            }
        }
        hintsOnOtherTransport = elsewhere
        settlingEvidence = SettlingEvidence.list(portA: portA, hintsA: hintsA, portB: portB, hintsB: hintsB,
                                                 hintsOnOtherTransport: elsewhere, transport: transport)
    }
}
