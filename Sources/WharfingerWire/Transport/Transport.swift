/// Hands the IP payload to TCP or UDP; everything else is another transport.
enum Transport {
    /// `length` is the transport length the IP header gives (true size, not captured size).
    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int,
                       length: Int, protocolNumber: UInt8) {
        switch protocolNumber {
        case IPProtocol.tcp: TCP.decode(frame, &cursor, at: offset, length: length)
        case IPProtocol.udp: UDP.decode(frame, &cursor, at: offset, length: length)
        default: cursor.frame.outcome = .otherTransport
        }
    }
}
