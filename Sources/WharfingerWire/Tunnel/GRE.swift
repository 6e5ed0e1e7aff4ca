/// GRE (RFC 2784 with RFC 2890's key and sequence number) and PPTP's enhanced GRE
/// (RFC 2637, version 1). A GRE packet whose protocol type the decoder cannot follow
/// stays what it was: another transport.
enum GRE {
    enum Field {
        static let flags = 0
        static let protocolType = 2
        static let baseLength = 4
        /// PPTP's key field: payload length, then the peer's call id.
        static let pptpPayloadLength = 4
        static let pptpCallID = 6
    }
    static let checksumPresent: UInt16 = 0x8000
    static let routingPresent: UInt16 = 0x4000
    static let keyPresent: UInt16 = 0x2000
    static let sequencePresent: UInt16 = 0x1000
    /// PPTP only: an acknowledgment number follows.
    static let acknowledgmentPresent: UInt16 = 0x0080
    static let versionMask: UInt16 = 0x0007

    enum ProtocolType {
        static let transparentEthernet: UInt16 = 0x6558
        static let ppp: UInt16 = 0x880b
        /// WCCP redirection: a 4-byte redirect header, then the IPv4 packet.
        static let wccp: UInt16 = 0x883e
        static let erspanII: UInt16 = 0x88be
        static let erspanIII: UInt16 = 0x22eb
    }
    static let wccpHeaderLength = 4

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int) {
        guard cursor.require(Field.baseLength, at: offset, in: .gre) else { return }
        let flags = frame.be16(offset + Field.flags)
        switch flags & versionMask {
        case 0: decodeStandard(frame, &cursor, at: offset, flags: flags)
        case 1: decodePPTP(frame, &cursor, at: offset, flags: flags)
        default: break  // an unknown version: left as another transport
        }
    }

    private static func decodeStandard(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int,
                                       flags: UInt16) {
        // RFC 1701 source routing is obsolete; its variable entries are not walked.
        guard flags & routingPresent == 0 else { return }
        var length = Field.baseLength
        if flags & checksumPresent != 0 { length += 4 }
        var key: UInt32? = nil
        if flags & keyPresent != 0 {
            guard cursor.require(length + 4, at: offset, in: .gre) else { return }
            key = frame.be32(offset + length)
            length += 4
        }
        if flags & sequencePresent != 0 { length += 4 }
        guard cursor.require(length, at: offset, in: .gre) else { return }
        let type = frame.be16(offset + Field.protocolType)
        let next = offset + length
        switch type {
        case ProtocolType.erspanII where flags & sequencePresent != 0:
            ERSPAN.decodeTypeII(frame, &cursor, at: next)
        case ProtocolType.erspanII:
            // Type I has no ERSPAN header and no sequence number: the mirrored frame follows.
            guard cursor.enterTunnel(.erspanI, at: offset, in: .gre) else { return }
            Ethernet.decode(frame, &cursor, at: next)
        case ProtocolType.erspanIII:
            ERSPAN.decodeTypeIII(frame, &cursor, at: next)
        case ProtocolType.transparentEthernet:
            guard cursor.enterTunnel(.gre, identifier: key, at: offset, in: .gre) else { return }
            Ethernet.decode(frame, &cursor, at: next)
        case ProtocolType.ppp:
            guard cursor.enterTunnel(.gre, identifier: key, at: offset, in: .gre) else { return }
            PPP.decode(frame, &cursor, at: next)
        case ProtocolType.wccp:
            guard cursor.enterTunnel(.gre, identifier: key, at: offset, in: .gre) else { return }
            guard cursor.require(wccpHeaderLength, at: next, in: .gre) else { return }
            IPv4.decode(frame, &cursor, at: next + wccpHeaderLength)
        case EtherType.ipv4.rawValue, EtherType.ipv6.rawValue, EtherType.mplsUnicast.rawValue,
             EtherType.mplsMulticast.rawValue:
            guard cursor.enterTunnel(.gre, identifier: key, at: offset, in: .gre) else { return }
            EtherTypeChain.decode(frame, &cursor, type: EtherType(rawValue: type), at: next)
        default:
            break  // keepalives and protocols nobody routes to a conversation
        }
    }

    /// Version 1: the key field is mandatory (payload length and call id); a packet with
    /// no payload only acknowledges.
    private static func decodePPTP(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int,
                                   flags: UInt16) {
        guard flags & keyPresent != 0,
              frame.be16(offset + Field.protocolType) == ProtocolType.ppp else { return }
        var length = Field.baseLength + 4
        if flags & sequencePresent != 0 { length += 4 }
        if flags & acknowledgmentPresent != 0 { length += 4 }
        guard cursor.require(length, at: offset, in: .gre) else { return }
        guard frame.be16(offset + Field.pptpPayloadLength) > 0 else { return }
        guard cursor.enterTunnel(.pptp, identifier: UInt32(frame.be16(offset + Field.pptpCallID)),
                                 at: offset, in: .gre) else { return }
        PPP.decode(frame, &cursor, at: offset + length)
    }
}
