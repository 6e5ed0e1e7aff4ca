import WharfingerWire

/// DHCP and BOOTP over UDP (RFC 2131 section 2, RFC 951): the first byte is the op code,
/// 1 BOOTREQUEST from a client, 2 BOOTREPLY from a server (or a relay answering for one);
/// DHCP's magic cookie 63 82 53 63 follows the 236-byte fixed header.
enum DHCPSignature {
    private enum Field {
        static let op = 0
        static let hardwareAddressLength = 2
        static let magicCookie = 236
    }

    static let cookie: UInt32 = 0x6382_5363
    /// The fixed header and the cookie: no shorter datagram matches.
    static let shortest = Field.magicCookie + 4

    static func match(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        guard context.transport == .udp, payload.be32(at: Field.magicCookie) == cookie,
              let length = payload.u8(at: Field.hardwareAddressLength), length <= 16 else { return nil }
        switch payload.u8(at: Field.op) {
        case 1: return .dhcpRequest
        case 2: return .dhcpReply
        default: return nil
        }
    }
}
