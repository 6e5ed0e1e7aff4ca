import WharfingerWire

/// PostgreSQL's untyped first messages, which only clients send: StartupMessage (protocol 3.0),
/// SSLRequest, GSSENCRequest and CancelRequest (PostgreSQL docs, "Message Formats").
enum PostgreSQLSignature {
    private enum Field {
        static let length = 0..<4
        static let code = 4..<8
        static let firstParameter = 8
    }
    private enum Code {
        static let protocol3: UInt32 = 0x0003_0000
        static let sslRequest: UInt32 = 0x04D2_162F       // 80877103
        static let gssEncRequest: UInt32 = 0x04D2_1630    // 80877104
        static let cancelRequest: UInt32 = 0x04D2_162E    // 80877102
    }
    private static let longestStartup: UInt32 = 10_000

    static func match(_ payload: RawSpan) -> PayloadSignature? {
        guard let length = payload.be32(at: Field.length.lowerBound),
              let code = payload.be32(at: Field.code.lowerBound) else { return nil }
        switch code {
        case Code.sslRequest where length == 8 && payload.byteCount == 8:
            return .postgresqlSSLRequest
        case Code.gssEncRequest where length == 8 && payload.byteCount == 8:
            return .postgresqlGSSENCRequest
        case Code.cancelRequest where length == 16 && payload.byteCount == 16:
            return .postgresqlCancelRequest
        case Code.protocol3:
            // Parameters follow as NUL-terminated name/value pairs ("user", "database"...), ending in NUL.
            guard length > 8, length <= longestStartup, payload.byteCount <= Int(length),
                  payload.u8(at: Field.firstParameter)?.isASCIILetter == true else { return nil }
            if payload.byteCount == Int(length), payload.u8(at: payload.byteCount - 1) != 0 { return nil }
            return .postgresqlStartup
        default:
            return nil
        }
    }
}
