import WharfingerWire

import WharfingerServices

/// Sentences naming what in a capture would settle which port is the server's.
enum SettlingEvidence {
    static func list(portA: UInt16, hintsA: [SignatureHint], portB: UInt16, hintsB: [SignatureHint],
                     transport: TransportProtocol) -> [String] {
        var lines: [String] = []
        switch transport {
        case .tcp:
            lines.append("the TCP handshake: the side that sends the SYN (without ACK) is the client; the SYN+ACK comes from the server")
        case .udp:
            lines.append("who sent first: the first datagram usually comes from the client (weak on UDP)")
        }
        if portA == portB {
            for hint in hintsA { lines.append(contentsOf: sameServiceLines(hint)) }
        } else {
            for hint in hintsA { lines.append(contentsOf: hintLines(hint, port: portA, otherPort: portB)) }
            for hint in hintsB where !hintsA.contains(hint) {
                lines.append(contentsOf: hintLines(hint, port: portB, otherPort: portA))
            }
        }
        if hintsA.isEmpty && hintsB.isEmpty {
            let known = SignatureHint.all.map(\.protocolName).joined(separator: ", ")
            lines.append("any payload signature Wharfinger knows (\(known)) from either side")
        }
        lines.append("fan-in: the port that many different peers (or many source ports of one peer) connect to is the server's")
        return lines
    }

    /// Signature sentences when `port` is expected to be `hint`'s server and `otherPort` its client.
    private static func hintLines(_ hint: SignatureHint, port: UInt16, otherPort: UInt16) -> [String] {
        var lines: [String] = []
        if let clientSends = hint.clientSends {
            lines.append("\(hint.protocolName): \(clientSends) sent from the \(otherPort) side means \(port) is the \(hint.protocolName) server")
        }
        if let serverSends = hint.serverSends {
            let sent = hint.serverSpeaksFirst ? "sent first by a side" : "sent by a side"
            lines.append("\(hint.protocolName): \(serverSends) \(sent) marks that side as the \(hint.protocolName) server (expected from \(port))")
        }
        return lines
    }

    /// Both sides share the port, so only the direction of a signature can tell.
    private static func sameServiceLines(_ hint: SignatureHint) -> [String] {
        var lines: [String] = []
        if let clientSends = hint.clientSends {
            lines.append("\(hint.protocolName): \(clientSends) marks its sender as the client")
        }
        if let serverSends = hint.serverSends {
            lines.append("\(hint.protocolName): \(serverSends) marks its sender as the server")
        }
        return lines
    }
}
