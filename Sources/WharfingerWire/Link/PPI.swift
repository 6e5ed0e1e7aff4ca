/// The Per-Packet Information header (LINKTYPE_PPI): version, flags, a little-endian
/// header length and the link type of the frame behind it (802.11 or Ethernet).
enum PPI {
    enum Field {
        static let length = 2
        static let linkType = 4
        static let minimumLength = 8
    }

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor) {
        guard cursor.require(Field.minimumLength, at: 0, in: .ppi) else { return }
        let length = Int(frame.le16(Field.length))
        guard cursor.requireDeclared(length, minimum: Field.minimumLength, at: 0, in: .ppi) else { return }
        let inner = frame.le32(Field.linkType)
        switch LinkType(rawValue: Int32(bitPattern: inner)) {
        case .ieee80211: IEEE80211.decode(frame, &cursor, at: length)
        case .ethernet: Ethernet.decode(frame, &cursor, at: length)
        default: cursor.notIP(protocol: UInt16(truncatingIfNeeded: inner))
        }
    }
}
