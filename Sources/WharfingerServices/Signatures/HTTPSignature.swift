import WharfingerWire

/// HTTP/1.x request and status lines, and the HTTP/2 prior-knowledge preface (RFC 9112, RFC 9113).
enum HTTPSignature {
    static func match(_ payload: RawSpan) -> PayloadSignature? {
        if let methodLength = requestMethodLength(payload) {
            // The request target follows: origin-form "/", asterisk-form "*", or an absolute URI / authority.
            guard let target = payload.u8(at: methodLength),
                  target == UInt8(ascii: "/") || target == UInt8(ascii: "*") || target.isASCIILetter || target.isASCIIDigit
            else { return nil }
            return .httpRequest
        }
        if payload.hasPrefix("HTTP/1.1 ") || payload.hasPrefix("HTTP/1.0 ") {
            guard isStatusCode(payload, at: 9) else { return nil }
            return .httpStatus
        }
        if payload.hasPrefix("PRI * HTTP/2.0\r\n") {
            return .http2Preface
        }
        return nil
    }

    /// Length of "METHOD " when the payload starts with a known method and a space.
    private static func requestMethodLength(_ payload: RawSpan) -> Int? {
        switch payload.u8(at: 0) {
        case UInt8(ascii: "G"): payload.hasPrefix("GET ") ? 4 : nil
        case UInt8(ascii: "P"):
            payload.hasPrefix("POST ") ? 5 : payload.hasPrefix("PUT ") ? 4 : payload.hasPrefix("PATCH ") ? 6 : nil
        case UInt8(ascii: "H"): payload.hasPrefix("HEAD ") ? 5 : nil
        case UInt8(ascii: "D"): payload.hasPrefix("DELETE ") ? 7 : nil
        case UInt8(ascii: "O"): payload.hasPrefix("OPTIONS ") ? 8 : nil
        case UInt8(ascii: "C"): payload.hasPrefix("CONNECT ") ? 8 : nil
        case UInt8(ascii: "T"): payload.hasPrefix("TRACE ") ? 6 : nil
        default: nil
        }
    }

    private static func isStatusCode(_ payload: RawSpan, at offset: Int) -> Bool {
        guard let first = payload.u8(at: offset), (0x31...0x35).contains(first),
              payload.u8(at: offset + 1)?.isASCIIDigit == true,
              payload.u8(at: offset + 2)?.isASCIIDigit == true else { return false }
        return true
    }
}
