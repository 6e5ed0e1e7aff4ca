import WharfingerWire

/// Line-based mail and file-transfer protocols: server greetings (SMTP and FTP "220",
/// POP3 "+OK", IMAP "* OK") and the first commands their clients send.
enum TextGreetingSignature {
    /// How far into a greeting to look for "FTP" or "SMTP".
    private static let greetingScanLimit = 256

    static func match(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        switch payload.u8(at: 0) {
        case UInt8(ascii: "2"): return match220Greeting(payload, context)
        case UInt8(ascii: "+"):
            guard payload.hasPrefix("+OK"), isEndOfWord(payload, at: 3) else { return nil }
            return .pop3Greeting
        case UInt8(ascii: "*"):
            guard payload.hasPrefix("* OK") || payload.hasPrefix("* PREAUTH") else { return nil }
            return .imapGreeting
        default: return matchClientCommand(payload, context)
        }
    }

    /// RFC 5321 section 4.2 and RFC 959: "220 " or "220-" (multi-line) then text.
    private static func match220Greeting(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        guard payload.hasPrefix("220 ") || payload.hasPrefix("220-") else { return nil }
        if payload.contains(ignoringCase: "FTP", within: greetingScanLimit) {
            return .ftpGreeting
        }
        if payload.contains(ignoringCase: "SMTP", within: greetingScanLimit) {
            return .smtpGreeting
        }
        // A bare 220: only servers send it, but which protocol is a guess from the port.
        let isFTPPort = context.sourcePort == 21 || context.sourcePort == 990 || context.sourcePort == 2121
        return (isFTPPort ? .bare220FromFTPPort : .bare220)
    }

    private static func matchClientCommand(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        if payload.hasPrefix("EHLO ", ignoringCase: true) || payload.hasPrefix("HELO ", ignoringCase: true) {
            return .smtpHello
        }
        if payload.hasPrefix("USER ", ignoringCase: true) {
            // POP3 clients send USER too; the port tells them apart.
            if context.destinationPort == 110 || context.destinationPort == 995 {
                return .pop3User
            }
            return .ftpUser
        }
        return nil
    }

    private static func isEndOfWord(_ payload: RawSpan, at offset: Int) -> Bool {
        guard let next = payload.u8(at: offset) else { return true }
        return next == UInt8(ascii: " ") || next == UInt8(ascii: "\r") || next == UInt8(ascii: "\n")
    }
}
