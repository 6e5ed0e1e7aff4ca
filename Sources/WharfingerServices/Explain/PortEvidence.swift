/// How much one port, on its own, looks like a server's: a small score with its reasons.
/// Registry assignment and the well-known range count for; ephemeral ranges count against.
public struct PortEvidence: Sendable, Equatable {
    public struct Reason: Sendable, Equatable {
        /// Points for (positive) or against (negative) this port being the server's.
        public var points: Int
        public var text: String
    }

    public var port: UInt16
    public var reasons: [Reason]
    public var score: Int { reasons.reduce(0) { $0 + $1.points } }

    /// Scores `description`; `isLowerPort` adds the tie-breaking "servers tend to sit on lower ports".
    init(_ description: PortDescription, isLowerPort: Bool) {
        port = description.port
        reasons = []
        if let name = description.name {
            reasons.append(Reason(points: 2, text: "assigned to \(name)"))
        } else {
            reasons.append(Reason(points: 0, text: "unassigned"))
        }
        if CommonServicePorts.contains(description.port, transport: description.transport) {
            reasons.append(Reason(points: 2, text: "a commonly deployed service port"))
        }
        if description.range == .wellKnown {
            reasons.append(Reason(points: 2, text: "well-known port (binding needs root on Unix)"))
        }
        if let strongest = description.ephemeralRanges.max(by: { $0.clientWeight < $1.clientWeight }) {
            let names = description.ephemeralRanges.map(\.name).joined(separator: ", ")
            reasons.append(Reason(points: -strongest.clientWeight, text: "in ephemeral range \(names)"))
        }
        if isLowerPort {
            reasons.append(Reason(points: 1, text: "lower port"))
        }
    }
}
