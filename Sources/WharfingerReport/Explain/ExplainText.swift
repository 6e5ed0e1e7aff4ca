import WharfingerAnalysis
import WharfingerServices
import WharfingerWire

/// `explain`'s words: what two ports say about which side is the server, and what would
/// settle it. Plain text for a terminal, one entry per line, no trailing newlines.
public struct ExplainText {
    public var explanation: PortPairExplanation

    public init(_ explanation: PortPairExplanation) {
        self.explanation = explanation
    }

    public var lines: [String] {
        let e = explanation
        var lines = ["Ports \(e.portA.port) and \(e.portB.port) over \(e.transport.name.uppercased())"]
        for description in [e.portA, e.portB] {
            lines.append("  \(description.summary)")
        }
        lines.append("Port facts, weighed as `read` weighs them (log-likelihood for the port named server):")
        for fact in e.facts {
            lines.append("  \(fact.serverPort): \(fact.text(registry: e.registry, transport: e.transport)) +"
                         + decimalText(fact.kind.weight, digits: 1))
        }
        if e.facts.isEmpty { lines.append("  none") }
        lines.append("  " + verdict)
        lines.append("What would settle it:")
        for item in e.settlingEvidence {
            lines.append("  - " + item.text)
        }
        return lines
    }

    /// One sentence stating the port verdict and its confidence word.
    public var verdict: String {
        let e = explanation
        guard let favoured = e.favouredServerPort else {
            if e.portA.port == e.portB.port {
                return "both sides use the same port, so ports cannot tell (confidence: none)"
            }
            return "the ports score the same, so ports cannot tell (confidence: none)"
        }
        return "favours \(favoured) as the server: probability \(decimalText(e.probability, digits: 2))"
            + " from the ports alone (confidence: \(Self.word(e.confidence)))"
    }

    private static func word(_ confidence: PortPairExplanation.Confidence) -> String {
        switch confidence {
        case .none: "none"
        case .weak: "weak"
        case .moderate: "moderate"
        case .strong: "strong"
        }
    }
}
