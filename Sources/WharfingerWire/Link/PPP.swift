/// A PPP frame as tunnels carry it (PPTP, L2TP) and as LINKTYPE_PPP holds it: the HDLC
/// address and control bytes (FF 03) when not compressed away, then the protocol field,
/// one byte when compressed (RFC 1661: a first byte with its low bit set ends the field).
enum PPP {
    static let addressAndControl: UInt16 = 0xff03
    static let ipv4: UInt16 = 0x0021
    static let ipv6: UInt16 = 0x0057
    /// RFC 3032: MPLS over PPP.
    static let mplsUnicast: UInt16 = 0x0281
    static let mplsMulticast: UInt16 = 0x0283
    /// Cisco HDLC's address bytes (unicast, broadcast): some routers write Cisco HDLC
    /// frames under LINKTYPE_PPP, and tshark and tcpdump read them as such.
    static let ciscoHDLCAddresses: (UInt8, UInt8) = (0x0f, 0x8f)

    /// A LINKTYPE_PPP frame: PPP from its first byte, or Cisco HDLC when it starts with
    /// Cisco's address byte (which no PPP frame starts with: FF, or a protocol field).
    static func decodeLink(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor) {
        if cursor.available(from: 0) >= 1,
           frame.u8(0) == ciscoHDLCAddresses.0 || frame.u8(0) == ciscoHDLCAddresses.1 {
            return CiscoHDLC.decode(frame, &cursor)
        }
        decode(frame, &cursor, at: 0)
    }

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at start: Int) {
        var offset = start
        guard cursor.require(1, at: offset, in: .ppp) else { return }
        if cursor.available(from: offset) >= 2 && frame.be16(offset) == addressAndControl { offset += 2 }
        guard cursor.require(1, at: offset, in: .ppp) else { return }
        let protocolNumber: UInt16
        if frame.u8(offset) & 1 == 1 {
            protocolNumber = UInt16(frame.u8(offset))
            offset += 1
        } else {
            guard cursor.require(2, at: offset, in: .ppp) else { return }
            protocolNumber = frame.be16(offset)
            offset += 2
        }
        switch protocolNumber {
        case ipv4: IPv4.decode(frame, &cursor, at: offset)
        case ipv6: IPv6.decode(frame, &cursor, at: offset)
        case mplsUnicast, mplsMulticast: MPLS.decode(frame, &cursor, at: offset)
        default: cursor.notIP(protocol: protocolNumber)
        }
    }
}
