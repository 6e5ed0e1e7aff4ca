/// IEEE 802.2 LLC with a SNAP header, as 802.11 data frames carry it (RFC 1042): DSAP and
/// SSAP 0xAA, control 0x03 (unnumbered information), an OUI and a 16-bit protocol. OUI
/// 00-00-00 (RFC 1042) and 00-00-F8 (802.1H bridge tunnel) say the protocol is an EtherType.
enum LLCSNAP {
    enum Field {
        static let dsap = 0
        static let ssap = 1
        static let control = 2
        static let oui = 3
        static let protocolID = 6
        static let headerLength = 8
    }
    static let snapSAP: UInt8 = 0xaa
    static let unnumberedInformation: UInt8 = 0x03
    static let ouiRFC1042: UInt32 = 0x00_0000
    static let ouiBridgeTunnel: UInt32 = 0x00_00f8

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int) {
        guard cursor.require(Field.oui, at: offset, in: .llc) else { return }
        let dsap = frame.u8(offset + Field.dsap)
        guard dsap == snapSAP, frame.u8(offset + Field.ssap) == snapSAP,
              frame.u8(offset + Field.control) == unnumberedInformation else {
            // Plain LLC (spanning tree, NetBIOS...) names no EtherType.
            cursor.notIP(protocol: UInt16(dsap))
            return
        }
        guard cursor.require(Field.headerLength, at: offset, in: .llc) else { return }
        let oui = UInt32(frame.be16(offset + Field.oui)) << 8 | UInt32(frame.u8(offset + Field.oui + 2))
        let type = frame.be16(offset + Field.protocolID)
        guard oui == ouiRFC1042 || oui == ouiBridgeTunnel else {
            // Another organisation's protocol number, not an EtherType.
            cursor.notIP(protocol: type)
            return
        }
        EtherTypeChain.decode(frame, &cursor, type: EtherType(rawValue: type), at: offset + Field.headerLength)
    }
}
