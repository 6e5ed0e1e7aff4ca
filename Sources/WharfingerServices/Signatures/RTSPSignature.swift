import WharfingerWire

/// RTSP (RFC 2326, RFC 7826): a request line "METHOD rtsp://host/path RTSP/1.0" comes from
/// the client, a status line "RTSP/1.0 200 OK" from the server. HTTP shares the OPTIONS
/// method and the line's shape, so this matcher runs before HTTP's and decides by version.
enum RTSPSignature {
    /// How far to look for the request line's end: RTSP URIs are short, and a line longer
    /// than this is judged by its URI's scheme alone, as a line cut off by the snap length is.
    private static let requestLineLimit = 1024

    static func match(_ payload: RawSpan) -> PayloadSignature? {
        if payload.hasPrefix("RTSP/1.0 ") || payload.hasPrefix("RTSP/2.0 ") {
            return isStatusCode(payload, at: 9) ? .rtspStatus : nil
        }
        guard let methodLength = requestMethodLength(payload) else { return nil }
        return isRTSPRequestLine(payload, targetAt: methodLength) ? .rtspRequest : nil
    }

    /// Length of "METHOD " when the payload starts with an RTSP 1.0 or 2.0 method and a space.
    private static func requestMethodLength(_ payload: RawSpan) -> Int? {
        switch payload.u8(at: 0) {
        case UInt8(ascii: "A"): payload.hasPrefix("ANNOUNCE ") ? 9 : nil
        case UInt8(ascii: "D"): payload.hasPrefix("DESCRIBE ") ? 9 : nil
        case UInt8(ascii: "G"): payload.hasPrefix("GET_PARAMETER ") ? 14 : nil
        case UInt8(ascii: "O"): payload.hasPrefix("OPTIONS ") ? 8 : nil
        case UInt8(ascii: "P"):
            payload.hasPrefix("PLAY ") ? 5 : payload.hasPrefix("PAUSE ") ? 6
                : payload.hasPrefix("PLAY_NOTIFY ") ? 12 : nil
        case UInt8(ascii: "R"): payload.hasPrefix("RECORD ") ? 7 : payload.hasPrefix("REDIRECT ") ? 9 : nil
        case UInt8(ascii: "S"): payload.hasPrefix("SETUP ") ? 6 : payload.hasPrefix("SET_PARAMETER ") ? 14 : nil
        case UInt8(ascii: "T"): payload.hasPrefix("TEARDOWN ") ? 9 : nil
        default: nil
        }
    }

    /// The line ends in " RTSP/1.0" or " RTSP/2.0"; when its end is not captured, the target
    /// is an rtsp, rtsps or rtspu URI (RFC 2326 section 3.2, RFC 7826 section 4.2).
    private static func isRTSPRequestLine(_ payload: RawSpan, targetAt target: Int) -> Bool {
        guard let end = payload.lineEnd(in: target..<(target + requestLineLimit)) else {
            return payload.hasPrefix("rtsp://", at: target, ignoringCase: true)
                || payload.hasPrefix("rtsps://", at: target, ignoringCase: true)
                || payload.hasPrefix("rtspu://", at: target, ignoringCase: true)
        }
        // " RTSP/1.0" is 9 bytes, after a target of at least one.
        let version = end - 9
        guard version > target else { return false }
        return payload.hasPrefix(" RTSP/1.0", at: version) || payload.hasPrefix(" RTSP/2.0", at: version)
    }

    /// Three digits, the first 1 to 5, then the space before the reason phrase.
    private static func isStatusCode(_ payload: RawSpan, at offset: Int) -> Bool {
        guard let first = payload.u8(at: offset), (0x31...0x35).contains(first),
              payload.u8(at: offset + 1)?.isASCIIDigit == true,
              payload.u8(at: offset + 2)?.isASCIIDigit == true,
              payload.u8(at: offset + 3) == UInt8(ascii: " ") else { return false }
        return true
    }
}
