/// IPv4 (RFC 791): options, fragments, and the length fields that give the true
/// transport length even when a snap length cut the frame.
enum IPv4 {
    enum Field {
        static let versionAndIHL = 0
        static let totalLength = 2
        static let fragment = 6
        static let protocolNumber = 9
        static let source = 12
        static let destination = 16
        static let minimumLength = 20
    }
    static let identification = 4
    static let moreFragments: UInt16 = 0x2000
    static let fragmentOffsetMask: UInt16 = 0x1fff

    /// Source and destination of the header at `offset`; the caller checked the minimum length.
    @inline(__always)
    static func addresses(_ frame: borrowing RawSpan, at offset: Int) -> (IPAddress, IPAddress) {
        (IPAddress(ipv4: frame.be32(offset &+ Field.source)), IPAddress(ipv4: frame.be32(offset &+ Field.destination)))
    }

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int) {
        cursor.frame.packet.networkOffset = Int32(truncatingIfNeeded: offset)
        guard cursor.require(Field.minimumLength, at: offset, in: .ipv4) else { return }
        let first = frame.u8(offset &+ Field.versionAndIHL)
        guard first >> 4 == 4 else {
            cursor.malformed(.ipv4, at: offset, .badIPVersion, value: Int(first >> 4))
            return
        }
        let headerLength = Int(first & 0x0f) * 4
        guard headerLength >= Field.minimumLength else {
            cursor.malformed(.ipv4, at: offset, .ipv4HeaderLengthBelowMinimum, value: Int(first & 0x0f))
            return
        }
        cursor.frame.ipVersion = 4
        (cursor.frame.packet.source.ip, cursor.frame.packet.destination.ip) = addresses(frame, at: offset)
        cursor.frame.ipProto = frame.u8(offset &+ Field.protocolNumber)
        guard cursor.require(headerLength, at: offset, in: .ipv4) else { return }

        var totalLength = Int(frame.be16(offset &+ Field.totalLength))
        let onWire = cursor.wireLength &- offset
        if totalLength == 0 {
            // Segmentation offload hands the capture a header with length 0.
            totalLength = cursor.available(from: offset)
        } else if totalLength < headerLength {
            cursor.malformed(.ipv4, at: offset, .ipv4TotalLengthBelowHeader, value: totalLength)
            return
        }
        // A length past the frame's end cannot be true; what the frame holds is.
        totalLength = min(totalLength, onWire)

        let fragment = frame.be16(offset &+ Field.fragment)
        if fragment & (fragmentOffsetMask | moreFragments) != 0 {
            cursor.frame.packet.fragmentID = UInt32(frame.be16(offset &+ identification))
        }
        if fragment & fragmentOffsetMask != 0 {
            cursor.frame.isFragment = true
            cursor.frame.outcome = .fragment
            cursor.frame.packet.fragment = .later
            cursor.frame.packet.payloadOffset = offset &+ headerLength
            cursor.frame.packet.payloadLength = totalLength &- headerLength
            return
        }
        cursor.frame.isFragment = fragment & moreFragments != 0
        if cursor.frame.isFragment { cursor.frame.packet.fragment = .first }
        Transport.decode(frame, &cursor, at: offset &+ headerLength,
                         length: totalLength &- headerLength, protocolNumber: cursor.frame.ipProto)
    }
}
