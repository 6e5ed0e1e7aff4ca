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
        FixedLinkHeader.decode(frame, &cursor, length: SLL.headerLength, etherTypeAt: SLL.protocolType, in: .link)
    }

    static func decodeSLL2(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor) {
        FixedLinkHeader.decode(frame, &cursor, length: SLL2.headerLength, etherTypeAt: SLL2.protocolType, in: .link)
    }
}
