import WharfingerWire

import WharfingerServices

extension PortPairExplanation {
    /// Plain-text rendering for a terminal, one entry per line, no trailing newlines.
    public var lines: [String] {
        var lines = ["Ports \(portA.port) and \(portB.port) over \(transport.name.uppercased())"]
        for description in [portA, portB] {
            lines.append("  \(description.summary)")
        }
        lines.append("Port facts, weighed as `read` weighs them (log-likelihood for the port named server):")
        for fact in facts {
            lines.append("  \(fact.serverPort): \(fact.text(registry: registry, transport: transport)) +"
                         + decimalText(fact.kind.weight, digits: 1))
        }
        if facts.isEmpty { lines.append("  none") }
        lines.append("  " + verdict)
        lines.append("What would settle it:")
        for item in settlingEvidence {
            lines.append("  - " + item)
        }
        return lines
    }

    /// One sentence stating the port verdict and its confidence word.
    public var verdict: String {
        guard let favoured = favouredServerPort else {
            if portA.port == portB.port {
                return "both sides use the same port, so ports cannot tell (confidence: none)"
            }
            return "the ports score the same, so ports cannot tell (confidence: none)"
        }
        return "favours \(favoured) as the server: probability \(decimalText(probability, digits: 2))"
            + " from the ports alone (confidence: \(confidence.rawValue))"
    }
}
