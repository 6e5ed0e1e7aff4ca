extension PortPairExplanation {
    /// Plain-text rendering for a terminal, one entry per line, no trailing newlines.
    public var lines: [String] {
        var lines = ["Ports \(portA.port) and \(portB.port) over \(transport.name.uppercased())"]
        for description in [portA, portB] {
            lines.append("  \(description.summary)")
        }
        lines.append("Port evidence alone:")
        for evidence in [evidenceA, evidenceB] {
            let reasons = evidence.reasons.map { reason in
                reason.points == 0 ? reason.text : "\(reason.text) \(reason.points > 0 ? "+" : "")\(reason.points)"
            }
            lines.append("  \(evidence.port) scores \(evidence.score): " + reasons.joined(separator: ", "))
        }
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
        return "favours \(favoured) as the server (confidence: \(confidence.rawValue))"
    }
}
