/// Cisco HDLC (LINKTYPE_C_HDLC): address, control, then a 16-bit protocol that is an
/// EtherType (IPv4, IPv6, MPLS; SLARP 0x8035 and CDP are not IP).
enum CiscoHDLC {
    enum Field {
        static let address = 0
        static let control = 1
        static let protocolType = 2
        static let headerLength = 4
    }

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor) {
        FixedLinkHeader.decode(frame, &cursor, length: Field.headerLength, etherTypeAt: Field.protocolType,
                               in: .ciscoHDLC)
    }
}
