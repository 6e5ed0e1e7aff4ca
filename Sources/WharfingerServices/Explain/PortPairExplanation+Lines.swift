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
                         + Self.weightText(fact.kind.weight))
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
        return "favours \(favoured) as the server: probability \(Self.weightText(probability, digits: 2))"
            + " from the ports alone (confidence: \(confidence.rawValue))"
    }

    /// "1.25": a non-negative number with `digits` decimals.
    static func weightText(_ value: Double, digits: Int = 1) -> String {
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        var fraction = String(scaled % scale)
        while fraction.count < digits { fraction = "0" + fraction }
        return "\(scaled / scale)." + fraction
    }
}
