/// UDP (RFC 768): ports and the datagram's length.
enum UDP {
    enum Field {
        // The ports, at 0 and 2: `Transport.Ports`.
        static let length = 4
        static let headerLength = 8
    }

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int, length: Int) {
        Transport.decodePorts(frame, &cursor, at: offset)
        guard cursor.require(Field.headerLength, at: offset, in: .udp) else { return }
        guard length >= Field.headerLength else {
            cursor.malformed(.udp, at: offset, .transportHeaderBeyondPacket, value: length)
            return
        }
        let udpLength = Int(frame.be16(offset &+ Field.length))
        // Jumbograms (RFC 2675) carry 0 here; the IP length then rules.
        guard udpLength >= Field.headerLength || udpLength == 0 else {
            cursor.malformed(.udp, at: offset, .udpLengthBelowMinimum, value: udpLength)
            return
        }
        // A first fragment's UDP length covers the whole datagram; this frame carries what IP says.
        let whole = cursor.frame.isFragment || udpLength == 0
        guard whole || udpLength <= length else {
            cursor.malformed(.udp, at: offset, .udpLengthBeyondDatagram, value: udpLength)
            return
        }
        let datagram = whole ? length : udpLength
        cursor.frame.packet.payloadOffset = offset &+ Field.headerLength
        cursor.frame.packet.payloadLength = datagram &- Field.headerLength
        cursor.frame.outcome = .udp
        if cursor.mayEnterTunnel {
            _ = UDPTunnel.decode(frame, &cursor, udpOffset: offset, payload: cursor.frame.packet.payloadOffset,
                                 length: cursor.frame.packet.payloadLength)
        }
    }
}
