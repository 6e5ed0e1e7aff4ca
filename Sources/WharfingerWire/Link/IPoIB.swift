/// IP over InfiniBand (LINKTYPE_IPOIB, RFC 4391): a 44-byte header of two 20-byte
/// hardware addresses (queue pair number and GID), an EtherType and 2 reserved bytes.
/// Layout as tcpdump's print-ipoib.c reads it and tshark shows it.
enum IPoIB {
    enum Field {
        static let etherType = 40
        static let headerLength = 44
    }

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor) {
        FixedLinkHeader.decode(frame, &cursor, length: Field.headerLength, etherTypeAt: Field.etherType, in: .ipoib)
    }
}
