import WharfingerWire

/// RADIUS over UDP (RFC 2865, accounting RFC 2866, dynamic authorization RFC 5176, Status-Server
/// RFC 5997): a code, an identifier, a length, a 16-byte authenticator, then attributes. The
/// code names the sender's role: requests come from the client (the NAS, or for dynamic
/// authorization the RADIUS server that asks the NAS listening on 3799), answers from the
/// server. Read only on the RADIUS ports: the header alone is too short a pattern to trust
/// elsewhere.
enum RADIUSSignature {
    private enum Field {
        static let code = 0
        static let length = 2
        static let headerLength = 20
    }
    /// Authentication and accounting (1812, 1813, and the 1645, 1646 of older servers), and
    /// dynamic authorization (3799).
    static func isPort(_ port: UInt16) -> Bool {
        switch port {
        case 1812, 1813, 1645, 1646, 3799: true
        default: false
        }
    }
    /// RFC 2865 section 3: a longer packet is no RADIUS packet.
    private static let longest = 4096

    static func match(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        guard context.transport == .udp, isPort(context.sourcePort) || isPort(context.destinationPort),
              let code = payload.u8(at: Field.code), let length = payload.be16(at: Field.length),
              // Bytes past the length are padding (RFC 2865 section 3); fewer are no packet.
              (Field.headerLength...longest).contains(Int(length)), Int(length) <= payload.byteCount else { return nil }
        switch code {
        // Access-, Accounting-, Disconnect- and CoA-Request, Status-Server.
        case 1, 4, 12, 40, 43: return .radiusRequest
        // Access-Accept, -Reject, -Challenge, Accounting-Response, Disconnect- and CoA-ACK and -NAK.
        case 2, 3, 5, 11, 41, 42, 44, 45: return .radiusResponse
        default: return nil
        }
    }
}
