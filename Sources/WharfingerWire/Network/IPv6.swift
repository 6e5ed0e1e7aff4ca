/// IPv6 (RFC 8200) and its extension-header chain, walked with a bound.
enum IPv6 {
    enum Field {
        static let payloadLength = 4
        static let nextHeader = 6
        static let source = 8
        static let destination = 24
        static let headerLength = 40
    }
    enum FragmentField {
        static let offsetAndFlags = 2
        static let identification = 4
        static let length = 8
    }
    /// Real packets carry a few; hostile ones may chain many. Tcpdump stops too.
    static let maxExtensionHeaders = 8

    /// Source and destination of the header at `offset`; the caller checked the header length.
    @inline(__always)
    static func addresses(_ frame: borrowing RawSpan, at offset: Int) -> (IPAddress, IPAddress) {
        (IPAddress(high: frame.be64(offset &+ Field.source), low: frame.be64(offset &+ Field.source &+ 8), isIPv6: true),
         IPAddress(high: frame.be64(offset &+ Field.destination), low: frame.be64(offset &+ Field.destination &+ 8),
                   isIPv6: true))
    }

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int) {
        cursor.frame.packet.networkOffset = Int32(truncatingIfNeeded: offset)
        guard cursor.require(Field.headerLength, at: offset, in: .ipv6) else { return }
        let version = frame.u8(offset) >> 4
        guard version == 6 else {
            cursor.malformed(.ipv6, at: offset, .badIPVersion, value: Int(version))
            return
        }
        cursor.frame.ipVersion = 6
        (cursor.frame.packet.source.ip, cursor.frame.packet.destination.ip) = addresses(frame, at: offset)
        var next = frame.u8(offset &+ Field.nextHeader)
        cursor.frame.ipProto = next

        var remaining = Int(frame.be16(offset &+ Field.payloadLength))
        let onWire = cursor.wireLength &- offset &- Field.headerLength
        if remaining == 0 {
            // Jumbograms and segmentation offload leave the field 0.
            remaining = cursor.available(from: offset &+ Field.headerLength)
        }
        remaining = min(remaining, onWire)

        var at = offset &+ Field.headerLength
        var walked = 0
        while true {
            let length: Int
            switch next {
            case IPProtocol.hopByHop, IPProtocol.routing, IPProtocol.destinationOptions:
                guard cursor.require(2, at: at, in: .ipv6Extension) else { return }
                length = (Int(frame.u8(at + 1)) + 1) * 8
            case IPProtocol.authentication:
                guard cursor.require(2, at: at, in: .ipv6Extension) else { return }
                length = (Int(frame.u8(at + 1)) + 2) * 4
            case IPProtocol.fragment:
                guard cursor.require(FragmentField.length, at: at, in: .ipv6Extension) else { return }
                length = FragmentField.length
                let field = frame.be16(at + FragmentField.offsetAndFlags)
                cursor.frame.isFragment = true
                cursor.frame.packet.fragmentID = frame.be32(at + FragmentField.identification)
                if field >> 3 != 0 {
                    cursor.frame.ipProto = frame.u8(at)
                    cursor.frame.outcome = .fragment
                    cursor.frame.packet.fragment = .later
                    cursor.frame.packet.payloadOffset = at + FragmentField.length
                    cursor.frame.packet.payloadLength = max(0, remaining - FragmentField.length)
                    return
                }
                // Offset 0 without more to come is an atomic fragment (RFC 6946): a whole datagram.
                if field & 1 != 0 { cursor.frame.packet.fragment = .first }
            default:
                // TCP, UDP, ESP, no-next-header and anything unknown end the walk.
                cursor.frame.ipProto = next
                Transport.decode(frame, &cursor, at: at, length: remaining, protocolNumber: next)
                return
            }
            walked += 1
            guard walked <= maxExtensionHeaders else {
                cursor.malformed(.ipv6Extension, at: at, .ipv6ExtensionChainTooLong, value: maxExtensionHeaders)
                return
            }
            guard length <= remaining else {
                cursor.malformed(.ipv6Extension, at: at, .ipv6ExtensionBeyondPayload, value: length)
                return
            }
            // The whole header must be captured to step past it.
            guard cursor.require(length, at: at, in: .ipv6Extension) else { return }
            next = frame.u8(at)
            at += length
            remaining -= length
        }
    }
}
