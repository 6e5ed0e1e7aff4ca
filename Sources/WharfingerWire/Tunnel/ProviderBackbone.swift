/// IEEE 802.1ah provider backbone bridging: after the backbone header's I-TAG EtherType,
/// 4 bytes of flags and the 24-bit service instance (I-SID), then the customer's frame
/// from its destination address on.
enum ProviderBackbone {
    enum Field {
        static let serviceInstance = 0
        static let tagLength = 4
    }
    static let serviceInstanceMask: UInt32 = 0x00ff_ffff

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int) {
        guard cursor.require(Field.tagLength, at: offset, in: .pbb) else { return }
        let serviceInstance = frame.be32(offset + Field.serviceInstance) & serviceInstanceMask
        guard cursor.enterTunnel(.pbb, identifier: serviceInstance, at: offset, in: .pbb) else { return }
        Ethernet.decode(frame, &cursor, at: offset + Field.tagLength)
    }
}
