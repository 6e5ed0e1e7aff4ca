/// The radiotap header in front of an 802.11 frame (LINKTYPE_IEEE802_11_RADIO). All its
/// fields are little-endian. Its length field says where the frame starts; its flags
/// field says whether the frame ends in a 4-byte FCS and whether the MAC header is padded.
enum Radiotap {
    enum Field {
        static let length = 2
        /// Bitmaps of the fields present, chained while bit 31 is set; the fields follow them.
        static let present = 4
        static let minimumLength = 8
        static let presentWordLength = 4
        /// The one field before flags: an 8-byte timestamp, aligned to 8 bytes.
        static let tsftLength = 8
    }
    static let presentTSFT: UInt32 = 1 << 0
    static let presentFlags: UInt32 = 1 << 1
    static let presentAnotherWord: UInt32 = 1 << 31
    static let flagFCS: UInt8 = 0x10
    static let flagDataPad: UInt8 = 0x20
    static let fcsLength = 4

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor) {
        guard cursor.require(Field.minimumLength, at: 0, in: .radiotap) else { return }
        let length = Int(frame.le16(Field.length))
        guard cursor.requireDeclared(length, minimum: Field.minimumLength, at: 0, in: .radiotap) else { return }
        let flags = flagsField(frame, length: length)
        if flags & flagFCS != 0 { cursor.dropTrailer(fcsLength) }
        IEEE80211.decode(frame, &cursor, at: length, padded: flags & flagDataPad != 0)
    }

    /// The flags field, 0 when absent or past the header. Fields are aligned to their
    /// size from the header's start.
    static func flagsField(_ frame: borrowing RawSpan, length: Int) -> UInt8 {
        let first = frame.le32(Field.present)
        guard first & presentFlags != 0 else { return 0 }
        var word = first
        var offset = Field.present
        while word & presentAnotherWord != 0 {
            offset += Field.presentWordLength
            guard offset + Field.presentWordLength <= length else { return 0 }
            word = frame.le32(offset)
        }
        offset += Field.presentWordLength
        if first & presentTSFT != 0 { offset = ((offset + 7) & ~7) + Field.tsftLength }
        return offset < length ? frame.u8(offset) : 0
    }
}
