import WharfingerWire

/// STUN over UDP (RFC 8489 section 5): the message type's class bits say request (from the
/// client of the transaction) or success/error response (from its server); the magic cookie
/// 21 12 A4 42 follows. In ICE both peers send binding requests, so a STUN message says only
/// what its sender likely is.
enum STUNSignature {
    private enum Field {
        static let messageType = 0
        static let length = 2
        static let magicCookie = 4
        static let headerLength = 20
    }

    static let cookie: UInt32 = 0x2112_A442

    static func match(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        guard context.transport == .udp, payload.be32(at: Field.magicCookie) == cookie,
              let type = payload.be16(at: Field.messageType), type & 0xC000 == 0,
              let length = payload.be16(at: Field.length), length % 4 == 0,
              payload.byteCount >= Field.headerLength else { return nil }
        switch type & 0x0110 {
        case 0x0000: return .stunRequest
        case 0x0100, 0x0110: return .stunResponse
        default: return nil  // an indication: no answer expected, no role
        }
    }
}
