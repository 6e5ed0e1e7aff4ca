/// Linux netfilter log messages (LINKTYPE_NFLOG): family, version and resource id,
/// then TLVs. A TLV's length (which counts its 4-byte header, not its padding to 4
/// bytes) and type are in the reading machine's byte order, as libpcap hands them over;
/// the payload TLV holds the IP packet the family names.
enum NFLOG {
    enum Field {
        static let family = 0
        static let version = 1
        static let headerLength = 4
    }
    enum TLV {
        static let length = 0
        static let type = 2
        static let headerLength = 4
    }
    static let payloadType: UInt16 = 9
    /// Netlink keeps its nested and byte-order flags in the type's top two bits.
    static let typeMask: UInt16 = 0x3fff

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor) {
        guard cursor.require(Field.headerLength, at: 0, in: .nflog) else { return }
        let family = UInt32(frame.u8(Field.family))
        // Only version 0 exists; a family that is not IP needs no walk through the TLVs.
        guard frame.u8(Field.version) == 0, family == AddressFamily.inet || AddressFamily.isInet6(family) else {
            cursor.notIP(protocol: UInt16(family))
            return
        }
        var offset = Field.headerLength
        while true {
            // A message may log no packet at all.
            guard offset < cursor.wireLength else { cursor.notIP(protocol: UInt16(family)); return }
            guard cursor.require(TLV.headerLength, at: offset, in: .nflog) else { return }
            let length = Int(frame.host16(offset + TLV.length))
            guard length >= TLV.headerLength else {
                cursor.malformed(.nflog, at: offset, .linkHeaderLengthBelowMinimum, value: length)
                return
            }
            if frame.host16(offset + TLV.type) & typeMask == payloadType { break }
            offset += (length + 3) & ~3
        }
        AddressFamily.decode(frame, &cursor, family: family, at: offset + TLV.headerLength)
    }
}
