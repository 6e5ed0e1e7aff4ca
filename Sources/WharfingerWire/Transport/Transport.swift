/// Hands the IP payload to TCP or UDP, and follows IP-in-IP and GRE tunnels; everything
/// else is another transport.
enum Transport {
    /// `length` is the transport length the IP header gives (true size, not captured size).
    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int,
                       length: Int, protocolNumber: UInt8) {
        switch protocolNumber {
        case IPProtocol.tcp: TCP.decode(frame, &cursor, at: offset, length: length)
        case IPProtocol.udp: UDP.decode(frame, &cursor, at: offset, length: length)
        case IPProtocol.ipv4InIP where cursor.mayEnterTunnel:
            guard cursor.enterTunnel(.ipInIP, at: offset, in: cursor.frame.ipVersion == 6 ? .ipv6 : .ipv4) else { return }
            IPv4.decode(frame, &cursor, at: offset)
        case IPProtocol.ipv6InIP where cursor.mayEnterTunnel:
            guard cursor.enterTunnel(.ipInIP, at: offset, in: cursor.frame.ipVersion == 6 ? .ipv6 : .ipv4) else { return }
            IPv6.decode(frame, &cursor, at: offset)
        case IPProtocol.gre where cursor.mayEnterTunnel:
            cursor.frame.outcome = .otherTransport
            GRE.decode(frame, &cursor, at: offset)
        case IPProtocol.pim where cursor.mayEnterTunnel:
            cursor.frame.outcome = .otherTransport
            PIMRegister.decode(frame, &cursor, at: offset)
        default: cursor.frame.outcome = .otherTransport
        }
    }

    /// TCP and UDP both open with the source and destination ports.
    enum Ports {
        static let source = 0
        static let destination = 2
        static let length = 4
    }

    /// Keeps a TCP or UDP header's ports whenever they were captured, even when the rest
    /// of the header was not.
    @inline(__always)
    static func decodePorts(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int) {
        guard cursor.available(from: offset) >= Ports.length else { return }
        cursor.frame.packet.source.port = frame.be16(offset &+ Ports.source)
        cursor.frame.packet.destination.port = frame.be16(offset &+ Ports.destination)
        cursor.frame.packet.hasPorts = true
    }
}
