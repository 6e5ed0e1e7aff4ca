/// What ports alone say about which side of a conversation is the server, and what in a
/// capture would settle it. A pure function of two ports, a transport and a registry.
public struct PortPairExplanation: Sendable {
    /// How much the port evidence favours one side. Ports alone never reach certainty.
    public enum Confidence: String, Sendable, Comparable {
        case none, weak, moderate, strong

        init(scoreGap: Int) {
            switch scoreGap {
            case ...0: self = .none
            case 1: self = .weak
            case 2...3: self = .moderate
            default: self = .strong
            }
        }

        private var rank: Int { [.none, .weak, .moderate, .strong].firstIndex(of: self)! }
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    public var transport: TransportProtocol
    public var portA: PortDescription
    public var portB: PortDescription
    public var evidenceA: PortEvidence
    public var evidenceB: PortEvidence
    /// The port the evidence favours as the server's, or nil when it cannot tell.
    public var favouredServerPort: UInt16?
    public var confidence: Confidence
    /// Payload signatures known for each port's registered service.
    public var hintsA: [SignatureHint]
    public var hintsB: [SignatureHint]
    /// What a capture could show to settle the question, strongest first.
    public var settlingEvidence: [String]

    public init(portA: UInt16, portB: UInt16, transport: TransportProtocol, registry: ServiceRegistry = .iana) {
        self.transport = transport
        self.portA = registry.describe(port: portA, transport: transport)
        self.portB = registry.describe(port: portB, transport: transport)
        evidenceA = PortEvidence(self.portA, isLowerPort: portA < portB)
        evidenceB = PortEvidence(self.portB, isLowerPort: portB < portA)
        let gap = evidenceA.score - evidenceB.score
        confidence = Confidence(scoreGap: abs(gap))
        favouredServerPort = gap > 0 ? portA : gap < 0 ? portB : nil
        hintsA = self.portA.name.map(SignatureHint.hints(forService:)) ?? []
        hintsB = self.portB.name.map(SignatureHint.hints(forService:)) ?? []
        settlingEvidence = SettlingEvidence.list(portA: portA, hintsA: hintsA, portB: portB, hintsB: hintsB,
                                                 transport: transport)
    }
}
