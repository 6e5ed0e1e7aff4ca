/// Linux cooked captures, as the `any` device gives them: SLL (16-byte header,
/// protocol last) and SLL2 (20-byte header, protocol first).
enum LinuxCooked {
    enum SLL {
        static let protocolType = 14
        static let headerLength = 16
    }
    enum SLL2 {
        static let protocolType = 0
        static let headerLength = 20
    }

    static func decodeSLL(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor) {
        guard cursor.require(SLL.headerLength, at: 0, in: .link) else { return }
        EtherTypeChain.decode(frame, &cursor, type: EtherType(rawValue: frame.be16(SLL.protocolType)),
                              at: SLL.headerLength)
    }

    static func decodeSLL2(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor) {
        guard cursor.require(SLL2.headerLength, at: 0, in: .link) else { return }
        EtherTypeChain.decode(frame, &cursor, type: EtherType(rawValue: frame.be16(SLL2.protocolType)),
                              at: SLL2.headerLength)
    }
}
