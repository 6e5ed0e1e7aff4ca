/// A link header of fixed length with an EtherType at a fixed place (Linux cooked SLL
/// and SLL2, Cisco HDLC, IPoIB): one length check, then the EtherType chain.
enum FixedLinkHeader {
    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, length: Int,
                       etherTypeAt field: Int, in layer: Layer) {
        guard cursor.require(length, at: 0, in: layer) else { return }
        EtherTypeChain.decode(frame, &cursor, type: EtherType(rawValue: frame.be16(field)), at: length)
    }
}
