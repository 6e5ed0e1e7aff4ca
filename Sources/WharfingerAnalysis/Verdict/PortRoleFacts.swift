import WharfingerWire

import WharfingerServices

/// What two ports alone say about which is the server's: one fact per kind at most. The
/// same facts, with the same weights, feed `read`'s verdicts and `explain`.
public enum PortRoleFacts {
    /// Hands each fact to `body` rather than building an array: this runs once per ended
    /// flow, and an allocation there shows in the profile.
    @inline(__always)
    public static func forEach(_ pa: UInt16, _ pb: UInt16, transport: TransportProtocol,
                               registry: ServiceRegistry, _ body: (PortRoleFact) -> Void) {
        guard pa != pb else { return }
        if (pa < 1024) != (pb < 1024) {
            let (s, o) = pa < 1024 ? (pa, pb) : (pb, pa)
            body(PortRoleFact(kind: .wellKnownPort, serverPort: s, otherPort: o))
        }
        let commonA = CommonServicePorts.contains(pa, transport: transport)
        if commonA != CommonServicePorts.contains(pb, transport: transport) {
            let (s, o) = commonA ? (pa, pb) : (pb, pa)
            body(PortRoleFact(kind: .commonServicePort, serverPort: s, otherPort: o))
        }
        let modernA = modernEphemeral(pa), modernB = modernEphemeral(pb)
        let regA = registry.isAssigned(port: pa, transport: transport) && modernA == nil
        let regB = registry.isAssigned(port: pb, transport: transport) && modernB == nil
        if regA != regB {
            let (s, o) = regA ? (pa, pb) : (pb, pa)
            let otherEphemeral = (regA ? modernB : modernA) != nil && registry.isAssigned(port: o, transport: transport)
            body(PortRoleFact(kind: .registeredPort, serverPort: s, otherPort: o, otherInEphemeral: otherEphemeral))
        }
        if (modernA == nil) != (modernB == nil) {
            let (c, s, range) = modernA != nil ? (pa, pb, modernA!) : (pb, pa, modernB!)
            body(PortRoleFact(kind: .ephemeralPort, serverPort: s, otherPort: c, range: range))
        }
        let oldA = oldStack(pa), oldB = oldStack(pb)
        if oldA != oldB && modernA == nil && modernB == nil && pa >= 1024 && pb >= 1024 {
            let (c, s) = oldA ? (pa, pb) : (pb, pa)
            body(PortRoleFact(kind: .oldStackPort, serverPort: s, otherPort: c, range: .oldStacks))
        }
        if let server = ServicePortPairs.serverPort(pa, pb) {
            body(PortRoleFact(kind: .servicePortPair, serverPort: server, otherPort: server == pa ? pb : pa))
        }
        let (low, high) = pa < pb ? (pa, pb) : (pb, pa)
        body(PortRoleFact(kind: .lowerPort, serverPort: low, otherPort: high))
    }

    /// The port facts added up: the log-odds that `pa` is the server's.
    public static func score(_ pa: UInt16, _ pb: UInt16, transport: TransportProtocol,
                             registry: ServiceRegistry) -> RoleScore {
        var score = RoleScore()
        forEach(pa, pb, transport: transport, registry: registry) { score.add($0.kind, serverIsA: $0.serverPort == pa) }
        return score
    }

    /// The modern ephemeral range a port lies in (IANA's first), or nil.
    public static func modernEphemeral(_ port: UInt16) -> EphemeralRange? {
        if EphemeralRange.iana.bounds.contains(port) { return .iana }
        if EphemeralRange.linux.bounds.contains(port) { return .linux }
        return nil
    }

    public static func oldStack(_ port: UInt16) -> Bool { EphemeralRange.oldStacks.bounds.contains(port) }

    /// The confidence from which two ports alone settle the roles. Below it the pair is
    /// contested (1080/1494: SOCKS or Citrix ICA? two ephemeral ports?) and a report lists
    /// it. Chosen on real pairs: of the 9,378 conversations of ../shared/corpus/ndpi/files,
    /// two different ports give the favoured side either at most 0.64 (both registered or
    /// both ephemeral, 1080/1494, peer-to-peer ports) or at least 0.82 (a well-known or
    /// common service port such as 81, 102, 502, 1433, 3389 or 8080 against a client's port
    /// in the old-stack range), none in between: the line lies in that gap.
    public static let settlingConfidence = 0.75

    /// The probability the ports alone give `serverPort` of being the server's.
    public static func probability(serverPort: UInt16, otherPort: UInt16, transport: TransportProtocol,
                                   registry: ServiceRegistry) -> Double {
        score(serverPort, otherPort, transport: transport, registry: registry).probabilityAIsServer
    }
}
