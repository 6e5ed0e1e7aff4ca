import WharfingerWire

/// SIP over UDP (RFC 3261 section 7): a request line "METHOD sip:... SIP/2.0" comes from the
/// user agent client of the transaction, a status line "SIP/2.0 200 OK" from its server.
enum SIPSignature {
    /// RFC 3261's methods and the common extensions' (RFC 3262, 3265, 3311, 3428, 3515, 3903, 6086).
    private static let methods: [StaticString] = [
        "REGISTER ", "INVITE ", "ACK ", "BYE ", "CANCEL ", "OPTIONS ", "SUBSCRIBE ", "NOTIFY ",
        "REFER ", "MESSAGE ", "INFO ", "PRACK ", "UPDATE ", "PUBLISH ",
    ]

    static func match(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        guard context.transport == .udp, let first = payload.u8(at: 0), (0x41...0x55).contains(first) else { return nil }
        if payload.hasPrefix("SIP/2.0 "), payload.u8(at: 8)?.isASCIIDigit == true,
           payload.u8(at: 9)?.isASCIIDigit == true, payload.u8(at: 10)?.isASCIIDigit == true {
            return .sipStatus
        }
        for method in methods where payload.hasPrefix(method) {
            let uri = method.utf8CodeUnitCount
            if payload.hasPrefix("sip:", at: uri, ignoringCase: true) || payload.hasPrefix("sips:", at: uri, ignoringCase: true) {
                return .sipRequest
            }
        }
        return nil
    }
}
