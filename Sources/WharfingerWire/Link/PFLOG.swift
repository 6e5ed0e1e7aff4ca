/// OpenBSD's pf log header (LINKTYPE_PFLOG): its length byte, padded to 4 bytes, says
/// where the IP packet starts; the address family says which IP it is.
enum PFLOG {
    enum Field {
        static let length = 0
        static let family = 1
        /// The shortest header any pf wrote (tcpdump's MIN_PFLOG_HDRLEN).
        static let minimumLength = 45
    }

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor) {
        guard cursor.require(Field.family + 1, at: 0, in: .pflog) else { return }
        let length = Int(frame.u8(Field.length))
        guard length >= Field.minimumLength else {
            cursor.malformed(.pflog, at: 0, .linkHeaderLengthBelowMinimum, value: length)
            return
        }
        let header = (length + 3) & ~3
        guard cursor.require(header, at: 0, in: .pflog) else { return }
        AddressFamily.decode(frame, &cursor, family: UInt32(frame.u8(Field.family)), at: header)
    }
}
