/// MACsec (IEEE 802.1AE). The SecTAG follows the EtherType; when the frame is only
/// integrity-protected (neither E nor C set) the original EtherType and data follow
/// in the clear. Encrypted frames hide their protocol: they are not IP to us.
enum MACsec {
    enum Field {
        static let tagControl = 0
        static let tagLength = 6
        static let secureChannelLength = 8
    }
    static let secureChannelPresent: UInt8 = 0x20
    static let encrypted: UInt8 = 0x08
    static let changedText: UInt8 = 0x04

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int, depth: Int) {
        guard cursor.require(Field.tagLength, at: offset, in: .link) else { return }
        let control = frame.u8(offset + Field.tagControl)
        guard control & (encrypted | changedText) == 0 else {
            cursor.notIP(protocol: EtherType.macsec.rawValue)
            return
        }
        let tag = Field.tagLength + (control & secureChannelPresent != 0 ? Field.secureChannelLength : 0)
        guard cursor.require(tag + 2, at: offset, in: .link) else { return }
        EtherTypeChain.decode(frame, &cursor, type: EtherType(rawValue: frame.be16(offset + tag)),
                              at: offset + tag + 2, depth: depth + 1)
    }
}
