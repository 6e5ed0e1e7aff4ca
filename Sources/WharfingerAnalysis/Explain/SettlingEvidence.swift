import WharfingerWire
import WharfingerServices

/// What in a capture would settle which port is the server's; the report words each one.
public enum SettlingEvidence: Sendable, Equatable {
    /// TCP's handshake: the SYN's sender is the client, the SYN+ACK's the server.
    case handshake
    /// UDP: the first datagram usually comes from the client (weak).
    case firstDatagram
    /// `hint`'s client bytes sent from `clientPort`'s side would make `serverPort` the server.
    case clientSignature(SignatureHint, serverPort: UInt16, clientPort: UInt16)
    /// `hint`'s server bytes would mark their sender as the server, expected from `serverPort`.
    case serverSignature(SignatureHint, serverPort: UInt16)
    /// Both sides share the port: `hint`'s bytes of one role mark their sender as that role.
    case signatureMarksSender(SignatureHint, role: PayloadRole)
    /// A port's service speaks `hint`, but the classifier reads it only over `transport`
    /// (not the pair's), so no such message would settle this pair.
    case recognisedOnlyOver(SignatureHint, transport: TransportProtocol)
    /// No hint for either port: any signature Wharfinger reads over `transport`.
    case anyKnownSignature(over: TransportProtocol)
    /// Fan-in: the port many peers (or many source ports of one peer) connect to.
    case fanIn

    /// The evidence for a port pair, strongest first.
    static func list(portA: UInt16, hintsA: [SignatureHint], portB: UInt16, hintsB: [SignatureHint],
                     hintsOnOtherTransport: [SignatureHint], transport: TransportProtocol) -> [SettlingEvidence] {
        var list: [SettlingEvidence] = [transport == .tcp ? .handshake : .firstDatagram]
        if portA == portB {
            for hint in hintsA {
                if hint.clientHasSignature { list.append(.signatureMarksSender(hint, role: .client)) }
                if hint.serverHasSignature { list.append(.signatureMarksSender(hint, role: .server)) }
            }
        } else {
            for hint in hintsA { list += signatures(hint, serverPort: portA, clientPort: portB) }
            for hint in hintsB where !hintsA.contains(hint) {
                list += signatures(hint, serverPort: portB, clientPort: portA)
            }
        }
        let otherTransport: TransportProtocol = transport == .tcp ? .udp : .tcp
        for hint in hintsOnOtherTransport { list.append(.recognisedOnlyOver(hint, transport: otherTransport)) }
        if hintsA.isEmpty && hintsB.isEmpty { list.append(.anyKnownSignature(over: transport)) }
        list.append(.fanIn)
        return list
    }

    /// What `hint`'s bytes would say when `serverPort` is expected to be its server.
    private static func signatures(_ hint: SignatureHint, serverPort: UInt16, clientPort: UInt16) -> [SettlingEvidence] {
        var list: [SettlingEvidence] = []
        if hint.clientHasSignature { list.append(.clientSignature(hint, serverPort: serverPort, clientPort: clientPort)) }
        if hint.serverHasSignature { list.append(.serverSignature(hint, serverPort: serverPort)) }
        return list
    }
}
