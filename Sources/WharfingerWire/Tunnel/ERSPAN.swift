/// Cisco's ERSPAN headers after GRE: type II (8 bytes) and type III (12 bytes, and an
/// 8-byte platform subheader when its O flag is set), each carrying a mirrored frame.
/// Type I has no header of its own (see `GRE`).
enum ERSPAN {
    enum Field {
        static let versionAndVLAN = 0
        static let session = 2
        static let typeIILength = 8
        static let typeIIILength = 12
        /// Type III: P, frame type (5 bits) and the hardware id's top bits.
        static let frameTypeByte = 10
        /// Type III: hardware id's low bits, direction, granularity, O flag.
        static let optionByte = 11
        static let platformSubheaderLength = 8
    }
    static let sessionMask: UInt16 = 0x03ff
    static let platformSubheaderPresent: UInt8 = 0x01
    /// Type III frame types: an Ethernet frame, or an IP packet.
    static let frameTypeEthernet: UInt8 = 0
    static let frameTypeIP: UInt8 = 2

    static func decodeTypeII(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int) {
        guard cursor.require(Field.typeIILength, at: offset, in: .erspan) else { return }
        guard cursor.enterTunnel(.erspanII, identifier: session(frame, offset), at: offset, in: .erspan) else { return }
        Ethernet.decode(frame, &cursor, at: offset + Field.typeIILength)
    }

    static func decodeTypeIII(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int) {
        guard cursor.require(Field.typeIIILength, at: offset, in: .erspan) else { return }
        var length = Field.typeIIILength
        if frame.u8(offset + Field.optionByte) & platformSubheaderPresent != 0 {
            length += Field.platformSubheaderLength
            guard cursor.require(length, at: offset, in: .erspan) else { return }
        }
        let frameType = (frame.u8(offset + Field.frameTypeByte) >> 2) & 0x1f
        guard cursor.enterTunnel(.erspanIII, identifier: session(frame, offset), at: offset, in: .erspan) else { return }
        if frameType == frameTypeIP {
            RawIP.decode(frame, &cursor, at: offset + length)
        } else {
            Ethernet.decode(frame, &cursor, at: offset + length)
        }
    }

    private static func session(_ frame: borrowing RawSpan, _ offset: Int) -> UInt32 {
        UInt32(frame.be16(offset + Field.session) & sessionMask)
    }
}
