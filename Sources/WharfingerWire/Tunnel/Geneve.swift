/// Geneve (RFC 8926): version, options length, protocol type and a 24-bit VNI, options,
/// then the frame or packet the protocol type names.
enum Geneve {
    enum Field {
        static let versionAndOptionLength = 0
        static let protocolType = 2
        static let vni = 4
        static let headerLength = 8
    }

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, udpOffset: Int,
                       at offset: Int, length: Int) -> Bool {
        guard length >= Field.headerLength, cursor.available(from: offset) >= Field.headerLength else { return false }
        let first = frame.u8(offset + Field.versionAndOptionLength)
        let headerLength = Field.headerLength + Int(first & 0x3f) * 4
        let type = frame.be16(offset + Field.protocolType)
        guard first >> 6 == 0, headerLength <= length,
              type == GRE.ProtocolType.transparentEthernet || type == EtherType.ipv4.rawValue
                || type == EtherType.ipv6.rawValue
        else { return false }
        guard cursor.enterTunnel(.geneve, identifier: frame.be32(offset + Field.vni) >> 8, udpOffset: udpOffset,
                                 at: offset, in: .geneve) else { return true }
        guard cursor.require(headerLength, at: offset, in: .geneve) else { return true }
        let inner = offset + headerLength
        if type == GRE.ProtocolType.transparentEthernet {
            Ethernet.decode(frame, &cursor, at: inner)
        } else {
            EtherTypeChain.decode(frame, &cursor, type: EtherType(rawValue: type), at: inner)
        }
        return true
    }
}
