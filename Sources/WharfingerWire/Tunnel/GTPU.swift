/// GTP-U version 1 (3GPP TS 29.281) G-PDUs: an 8-byte header with the TEID, 4 more bytes
/// when a sequence number, N-PDU number or extension header is flagged, the extension
/// headers, then the user's IP packet. Echo, error and end-marker messages carry no
/// user packet and stay ordinary UDP.
enum GTPU {
    enum Field {
        static let flags = 0
        static let messageType = 1
        static let length = 2
        static let teid = 4
        static let headerLength = 8
        static let optionalLength = 4
        /// The next extension header's type, the last byte of the optional fields.
        static let nextExtensionType = 11
    }
    static let version1: UInt8 = 0x20
    static let versionMask: UInt8 = 0xe0
    static let protocolTypeGTP: UInt8 = 0x10
    static let extensionFlag: UInt8 = 0x04
    static let optionalFieldFlags: UInt8 = 0x07
    static let gPDU: UInt8 = 0xff
    /// Real packets carry one or two; a bound keeps hostile chains cheap.
    static let maxExtensionHeaders = 8

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, udpOffset: Int,
                       at offset: Int, length: Int) -> Bool {
        guard length >= Field.headerLength, cursor.available(from: offset) >= Field.headerLength else { return false }
        let flags = frame.u8(offset + Field.flags)
        guard flags & versionMask == version1, flags & protocolTypeGTP != 0,
              frame.u8(offset + Field.messageType) == gPDU,
              Int(frame.be16(offset + Field.length)) + Field.headerLength <= length
        else { return false }
        guard cursor.enterTunnel(.gtpU, identifier: frame.be32(offset + Field.teid), udpOffset: udpOffset,
                                 at: offset, in: .gtpU) else { return true }
        var inner = offset + Field.headerLength
        if flags & optionalFieldFlags != 0 {
            guard cursor.require(Field.headerLength + Field.optionalLength, at: offset, in: .gtpU) else { return true }
            inner += Field.optionalLength
            if flags & extensionFlag != 0 {
                var next = frame.u8(offset + Field.nextExtensionType)
                var walked = 0
                while next != 0 {
                    walked += 1
                    guard walked <= maxExtensionHeaders else {
                        cursor.malformed(.gtpU, at: inner, .extensionChainTooLong, value: maxExtensionHeaders)
                        return true
                    }
                    // Each extension: a length in 4-byte units, content, the next type last.
                    guard cursor.require(1, at: inner, in: .gtpU) else { return true }
                    let extensionLength = Int(frame.u8(inner)) * 4
                    guard extensionLength > 0 else {
                        cursor.malformed(.gtpU, at: inner, .extensionHeaderLengthZero, value: 0)
                        return true
                    }
                    guard cursor.require(extensionLength, at: inner, in: .gtpU) else { return true }
                    next = frame.u8(inner + extensionLength - 1)
                    inner += extensionLength
                }
            }
        }
        RawIP.decode(frame, &cursor, at: inner)
        return true
    }
}
