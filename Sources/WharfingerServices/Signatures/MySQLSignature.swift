import WharfingerWire

/// The MySQL/MariaDB server greeting (Protocol::HandshakeV10): the server speaks first.
enum MySQLSignature {
    private enum Field {
        static let payloadLength = 0..<3      // little-endian
        static let sequence = 3               // 0 for the greeting
        static let protocolVersion = 4        // 10
        static let serverVersion = 5          // NUL-terminated, e.g. "8.0.36"
    }
    private static let longestVersion = 64

    static func match(_ payload: RawSpan) -> PayloadSignature? {
        guard let length = payload.uint24LittleEndian(at: Field.payloadLength.lowerBound),
              (20...1024).contains(length), payload.byteCount <= Int(length) + 4,
              payload.u8(at: Field.sequence) == 0,
              payload.u8(at: Field.protocolVersion) == 10,
              payload.u8(at: Field.serverVersion)?.isASCIIDigit == true,
              let versionEnd = payload.firstOffset(of: 0, in: Field.serverVersion..<(Field.serverVersion + longestVersion)),
              payload.isPrintableASCII(Field.serverVersion..<versionEnd) else { return nil }
        return .mysqlGreeting
    }
}
