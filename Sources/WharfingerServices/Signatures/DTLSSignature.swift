import WharfingerWire

/// DTLS over UDP (RFC 6347 section 4.1, RFC 9147): a handshake record (content type 22) with
/// a DTLS version (FE FF 1.0, FE FD 1.2 and 1.3's records) in epoch 0 carries, 13 bytes in,
/// the handshake type: 1 ClientHello from the client; 2 ServerHello and 3
/// HelloVerifyRequest from the server.
enum DTLSSignature {
    private enum Field {
        static let contentType = 0
        static let versionMajor = 1
        static let versionMinor = 2
        static let epoch = 3
        static let handshakeType = 13
    }

    static func match(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        guard context.transport == .udp, payload.u8(at: Field.contentType) == 22,
              payload.u8(at: Field.versionMajor) == 0xFE,
              let minor = payload.u8(at: Field.versionMinor), minor == 0xFF || minor == 0xFD,
              payload.be16(at: Field.epoch) == 0 else { return nil }
        switch payload.u8(at: Field.handshakeType) {
        case 1: return .dtlsClientHello
        case 2, 3: return .dtlsServerHello
        default: return nil
        }
    }
}
