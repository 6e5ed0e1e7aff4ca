import WharfingerWire
import WharfingerAnalysis
import WharfingerServices

extension SettlingEvidence {
    /// One sentence naming what a capture could show.
    public var text: String {
        switch self {
        case .handshake:
            return "the TCP handshake: the side that sends the SYN (without ACK) is the client; the SYN+ACK comes from the server"
        case .firstDatagram:
            return "who sent first: the first datagram usually comes from the client (weak on UDP)"
        case let .clientSignature(hint, serverPort, clientPort):
            let name = hint.protocolName
            return "\(name): \(hint.clientSends) sent from the \(clientPort) side means \(serverPort) is the \(name) server"
        case let .serverSignature(hint, serverPort):
            let name = hint.protocolName
            let sent = hint.serverSpeaksFirst ? "sent first by a side" : "sent by a side"
            return "\(name): \(hint.serverSends) \(sent) marks that side as the \(name) server (expected from \(serverPort))"
        case let .signatureMarksSender(hint, role):
            let sends = role == .client ? hint.clientSends : hint.serverSends
            return "\(hint.protocolName): \(sends) marks its sender as the \(role == .client ? "client" : "server")"
        case let .recognisedOnlyOver(hint, transport):
            let name = hint.protocolName
            let other = transport == .tcp ? "UDP" : "TCP"
            return "\(name): Wharfinger reads \(name) only over \(transport.name.uppercased()),"
                + " so no \(name) message would settle it over \(other)"
        case let .anyKnownSignature(transport):
            let known = SignatureHint.allCases.filter { $0.isRecognised(over: transport) && !$0.isReadOnlyOnItsPorts }
                .map(\.protocolName)
            return "any payload signature Wharfinger reads over \(transport.name.uppercased())"
                + " (\(known.joined(separator: ", "))) from either side"
        case .fanIn:
            return "fan-in: the port that many different peers (or many source ports of one peer) connect to is the server's"
        }
    }
}
