import WharfingerWire

/// DNS messages (RFC 1035 section 4.1): over UDP as is, over TCP behind a 2-byte length.
/// On the DNS ports (53, mDNS 5353, LLMNR 5355) a sane header is enough; elsewhere the
/// message must look like a textbook single-question query or answer, or random bytes would match.
enum DNSSignature {
    private enum Header {
        static let length = 12
        static let flags = 2
        static let questionCount = 4
        static let answerCount = 6
        static let authorityCount = 8
        static let additionalCount = 10
    }
    private static let tcpLengthPrefix = 2

    static func match(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        let onDNSPort = context.involves(53) || context.involves(5353) || context.involves(5355)
        var start = 0
        if context.transport == .tcp {
            guard let declared = payload.be16(at: 0), declared >= Header.length else { return nil }
            // Off the DNS ports, insist the segment holds exactly one whole message.
            if !onDNSPort && Int(declared) != payload.byteCount - tcpLengthPrefix { return nil }
            start = tcpLengthPrefix
        }
        guard let isResponse = judgeHeader(payload, at: start, strict: !onDNSPort) else { return nil }
        if context.involves(5353) { return isResponse ? .mdnsResponse : .mdnsQuery }
        if context.involves(5355) { return isResponse ? .llmnrResponse : .llmnrQuery }
        return isResponse ? .dnsResponse : .dnsQuery
    }

    /// The QR bit when the header (and first question) is plausible, else nil.
    private static func judgeHeader(_ payload: RawSpan, at start: Int, strict: Bool) -> Bool? {
        guard let flags = payload.be16(at: start + Header.flags),
              let questions = payload.be16(at: start + Header.questionCount),
              let answers = payload.be16(at: start + Header.answerCount),
              let authorities = payload.be16(at: start + Header.authorityCount),
              let additionals = payload.be16(at: start + Header.additionalCount) else { return nil }
        let isResponse = flags & 0x8000 != 0
        let opcode = (flags >> 11) & 0xF
        let reservedZ = flags & 0x0040
        let rcode = flags & 0xF
        // Opcodes in use: QUERY, IQUERY, STATUS, NOTIFY, UPDATE.
        guard opcode <= 2 || opcode == 4 || opcode == 5, reservedZ == 0, rcode <= 10 else { return nil }
        guard isResponse || rcode == 0 else { return nil }
        guard answers <= 256, authorities <= 256, additionals <= 256 else { return nil }

        if strict {
            guard opcode == 0, questions == 1, rcode <= 5 else { return nil }
            if !isResponse { guard answers == 0, authorities == 0, additionals <= 1 else { return nil } }
            return questionIsComplete(payload, at: start + Header.length) ? isResponse : nil
        }
        guard questions <= 32, Int(questions) + Int(answers) + Int(authorities) + Int(additionals) > 0 else { return nil }
        guard isResponse || questions >= 1 else { return nil }
        if questions >= 1, !questionNameIsWellFormed(payload, at: start + Header.length) { return nil }
        return isResponse
    }

    private enum NameWalk { case complete(end: Int), truncated, malformed }

    /// Walks uncompressed labels (the first question cannot point anywhere earlier).
    private static func walkName(_ payload: RawSpan, at start: Int, printableOnly: Bool) -> NameWalk {
        var offset = start
        var nameLength = 0
        while true {
            guard let labelLength = payload.u8(at: offset) else { return .truncated }
            if labelLength == 0 { return .complete(end: offset + 1) }
            guard labelLength <= 63 else { return .malformed }
            nameLength += Int(labelLength) + 1
            guard nameLength <= 255 else { return .malformed }
            let labelEnd = offset + 1 + Int(labelLength)
            if printableOnly {
                guard labelEnd <= payload.byteCount else { return .truncated }
                guard payload.isPrintableASCII((offset + 1)..<labelEnd) else { return .malformed }
            }
            offset = labelEnd
        }
    }

    private static func questionNameIsWellFormed(_ payload: RawSpan, at start: Int) -> Bool {
        if case .malformed = walkName(payload, at: start, printableOnly: false) { return false }
        return true
    }

    /// A printable name, then QTYPE (non-zero) and QCLASS IN, CH, HS or ANY (mDNS may set the top bit).
    private static func questionIsComplete(_ payload: RawSpan, at start: Int) -> Bool {
        guard case .complete(let end) = walkName(payload, at: start, printableOnly: true), end > start + 1,
              let type = payload.be16(at: end), type != 0,
              let questionClass = payload.be16(at: end + 2) else { return false }
        switch questionClass & 0x7FFF {
        case 1, 3, 4, 255: return true
        default: return false
        }
    }
}
