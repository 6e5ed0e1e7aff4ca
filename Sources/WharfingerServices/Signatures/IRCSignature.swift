import WharfingerWire

/// IRC (RFC 1459, RFC 2812). A client opens by registering: NICK, USER with its four
/// parameters, IRCv3's CAP LS, or PASS with one of those on the next line (PASS alone could
/// be FTP's or POP3's). A server's lines carry its name as their prefix (":irc.example.net
/// NOTICE * :..."); a client sends none before it is registered (RFC 2812 section 2.3), so
/// a first line with a prefix is a server's. Older servers greet with an unprefixed
/// "NOTICE AUTH :", which only servers send.
enum IRCSignature {
    /// A message's longest line, its CR LF included (RFC 2812 section 2.3).
    private static let lineLimit = 512

    static func match(_ payload: RawSpan) -> PayloadSignature? {
        switch payload.u8(at: 0) {
        case UInt8(ascii: ":"): return isPrefixedMessage(payload) ? .ircServerMessage : nil
        case UInt8(ascii: "N") where payload.hasPrefix("NOTICE AUTH :"): return .ircServerMessage
        case UInt8(ascii: "P"): return isPassThenRegistration(payload) ? .ircRegistration : nil
        default: return isRegistration(payload, at: 0) ? .ircRegistration : nil
        }
    }

    /// NICK with a nickname, USER with four parameters (in either case, as FTP's USER is
    /// matched), or CAP LS.
    private static func isRegistration(_ payload: RawSpan, at offset: Int) -> Bool {
        if payload.hasPrefix("NICK ", at: offset) {
            // RFC 2812's nickname starts with a letter or one of "[]\`_^{|}"; some clients send it as ":nick".
            guard var first = payload.u8(at: offset + 5) else { return false }
            if first == UInt8(ascii: ":"), let next = payload.u8(at: offset + 6) { first = next }
            return first.isASCIILetter || (0x5B...0x60).contains(first) || (0x7B...0x7D).contains(first)
        }
        if payload.hasPrefix("USER ", at: offset, ignoringCase: true) {
            return hasFourUserParameters(payload, from: offset + 5)
        }
        if payload.hasPrefix("CAP LS", at: offset) {
            return isEndOfWord(payload, at: offset + 6)
        }
        return false
    }

    /// "USER <user> <mode> <unused> :<realname>": three middle parameters, then the realname
    /// (a trailing ":" one, or a word). FTP's and POP3's USER take one parameter.
    private static func hasFourUserParameters(_ payload: RawSpan, from start: Int) -> Bool {
        var position = start
        for _ in 0..<3 {
            guard let end = middleParameterEnd(payload, from: position),
                  payload.u8(at: end) == UInt8(ascii: " ") else { return false }
            position = end + 1
        }
        guard let realname = payload.u8(at: position) else { return false }
        return realname == UInt8(ascii: ":") || isParameterByte(realname)
    }

    /// "PASS <password>" then, on the next line, NICK, USER or CAP LS.
    private static func isPassThenRegistration(_ payload: RawSpan) -> Bool {
        guard payload.hasPrefix("PASS "), var next = payload.lineEnd(in: 5..<lineLimit) else { return false }
        while let value = payload.u8(at: next), value == 0x0D || value == 0x0A { next += 1 }
        return isRegistration(payload, at: next)
    }

    /// ":<prefix> <command> ": the prefix a server name or nick!user@host, the command a
    /// three-digit reply or an upper-case word (NOTICE, PING, MODE...).
    private static func isPrefixedMessage(_ payload: RawSpan) -> Bool {
        guard let prefixEnd = middleParameterEnd(payload, from: 1), payload.u8(at: prefixEnd) == UInt8(ascii: " ")
        else { return false }
        let command = prefixEnd + 1
        var end = command
        while let value = payload.u8(at: end), (0x41...0x5A).contains(value), end - command < 16 { end += 1 }
        if end == command {
            while let value = payload.u8(at: end), value.isASCIIDigit, end - command < 3 { end += 1 }
            guard end - command == 3 else { return false }
        } else if end - command < 3 {
            return false
        }
        return payload.u8(at: end) == UInt8(ascii: " ")
    }

    /// The end of a middle parameter starting at `start`: at least one byte, not starting
    /// with ":", of neither space, NUL, CR nor LF; nil when it is empty or its end is not captured.
    private static func middleParameterEnd(_ payload: RawSpan, from start: Int) -> Int? {
        guard let first = payload.u8(at: start), first != UInt8(ascii: ":"), isParameterByte(first) else { return nil }
        var end = start + 1
        while end < lineLimit, let value = payload.u8(at: end), isParameterByte(value) { end += 1 }
        return end < lineLimit && end < payload.byteCount ? end : nil
    }

    private static func isParameterByte(_ value: UInt8) -> Bool {
        value != 0x00 && value != 0x0D && value != 0x0A && value != UInt8(ascii: " ")
    }

    private static func isEndOfWord(_ payload: RawSpan, at offset: Int) -> Bool {
        guard let next = payload.u8(at: offset) else { return true }
        return next == UInt8(ascii: " ") || next == 0x0D || next == 0x0A
    }
}
