/// TCP (RFC 9293): ports, sequence numbers, flags, window, and where the payload starts.
enum TCP {
    enum Field {
        // The ports, at 0 and 2: `Transport.Ports`.
        static let sequence = 4
        static let acknowledgement = 8
        static let dataOffset = 12
        static let flags = 13
        static let window = 14
        static let minimumLength = 20
    }

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int, length: Int) {
        Transport.decodePorts(frame, &cursor, at: offset)
        guard cursor.require(Field.minimumLength, at: offset, in: .tcp) else { return }
        let words = Int(frame.u8(offset &+ Field.dataOffset) >> 4)
        guard words >= 5 else {
            cursor.malformed(.tcp, at: offset, .tcpDataOffsetBelowMinimum, value: words)
            return
        }
        let headerLength = words * 4
        guard headerLength <= length else {
            let problem: StopProblem = length < Field.minimumLength ? .transportHeaderBeyondPacket : .tcpHeaderBeyondSegment
            cursor.malformed(.tcp, at: offset, problem, value: length < Field.minimumLength ? length : headerLength)
            return
        }
        cursor.frame.packet.seq = frame.be32(offset &+ Field.sequence)
        cursor.frame.packet.ack = frame.be32(offset &+ Field.acknowledgement)
        cursor.frame.packet.tcpFlags = TCPFlags(rawValue: frame.u8(offset &+ Field.flags))
        cursor.frame.packet.window = frame.be16(offset &+ Field.window)
        cursor.frame.packet.payloadOffset = offset &+ headerLength
        cursor.frame.packet.payloadLength = length &- headerLength
        cursor.frame.outcome = .tcp
    }
}
