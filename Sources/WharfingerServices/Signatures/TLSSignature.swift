import WharfingerWire

/// TLS handshake records (RFC 8446 section 5.1, 4) and the SSLv2-format ClientHello old clients send.
/// Reported as service "tls": the application protocol under it depends on the port.
enum TLSSignature {
    private enum Field {
        static let contentType = 0          // 0x16 handshake
        static let versionMajor = 1         // 0x03
        static let versionMinor = 2         // 0x00 (SSL 3.0) ... 0x04
        static let recordLength = 3..<5
        static let handshakeType = 5        // 1 ClientHello, 2 ServerHello
        static let helloVersionMajor = 9    // legacy_version inside the hello
    }
    private static let maximumRecordLength: UInt16 = 16384 + 2048   // TLSCiphertext limit

    static func match(_ payload: RawSpan) -> PayloadSignature? {
        if let signature = matchHandshakeRecord(payload) { return signature }
        return matchSSLv2ClientHello(payload)
    }

    private static func matchHandshakeRecord(_ payload: RawSpan) -> PayloadSignature? {
        guard payload.u8(at: Field.contentType) == 0x16,
              payload.u8(at: Field.versionMajor) == 0x03,
              let minor = payload.u8(at: Field.versionMinor), minor <= 0x04,
              let length = payload.be16(at: Field.recordLength.lowerBound),
              length >= 4, length <= maximumRecordLength,
              let type = payload.u8(at: Field.handshakeType) else { return nil }
        // When captured, the hello's own version must be SSL 3.0 or later too.
        if let helloMajor = payload.u8(at: Field.helloVersionMajor), helloMajor != 0x03 { return nil }
        switch type {
        case 1: return .tlsClientHello
        case 2: return .tlsServerHello
        default: return nil
        }
    }

    /// 2-byte header with the top bit set, message type 1, version 0x0002 (SSLv2) or 0x03xx.
    private static func matchSSLv2ClientHello(_ payload: RawSpan) -> PayloadSignature? {
        guard let lengthHigh = payload.u8(at: 0), lengthHigh & 0x80 != 0,
              let length = payload.be16(at: 0), length & 0x7FFF >= 9,
              payload.u8(at: 2) == 0x01,
              let major = payload.u8(at: 3), let minor = payload.u8(at: 4),
              (major == 0x03 && minor <= 0x03) || (major == 0x00 && minor == 0x02) else { return nil }
        return .sslv2ClientHello
    }
}
