import WharfingerWire

/// DNS messages (RFC 1035 section 4.1): over UDP as is, over TCP behind a 2-byte length.
/// On the DNS ports (53, mDNS 5353, LLMNR 5355) a sane header is enough; elsewhere the
/// message must look like a textbook single-question query or answer, or random bytes would match.
/// `matchQRBit` is the last resort on ports 53 and 5353, for headers `match` finds implausible.
enum DNSSignature {
    private enum Header {
        static let length = 12
        static let flags = 2
        static let questionCount = 4
        static let answerCount = 6
        static let authorityCount = 8
        static let additionalCount = 10
    }
    private enum Port {
        static let dns: UInt16 = 53
        static let mdns: UInt16 = 5353
        static let llmnr: UInt16 = 5355
    }
    private static let tcpLengthPrefix = 2

    /// The header's second 16 bits: QR(1) Opcode(4) AA TC RD RA Z AD CD RCODE(4).
    private struct Flags {
        var bits: UInt16
        var isResponse: Bool { bits & 0x8000 != 0 }
        var opcode: UInt16 { (bits >> 11) & 0xF }
        var reservedZ: UInt16 { bits & 0x0040 }
        var rcode: UInt16 { bits & 0xF }
    }

    static func match(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        let onDNSPort = context.involves(Port.dns) || context.involves(Port.mdns) || context.involves(Port.llmnr)
        var start = 0
        if context.transport == .tcp {
            guard let declared = payload.be16(at: 0), declared >= Header.length else { return nil }
            // Off the DNS ports, insist the segment holds exactly one whole message.
            if !onDNSPort && Int(declared) != payload.byteCount - tcpLengthPrefix { return nil }
            start = tcpLengthPrefix
        }
        guard let isResponse = judgeHeader(payload, at: start, strict: !onDNSPort) else { return nil }
        return signature(isResponse: isResponse, context, knowsLLMNR: true)
    }

    /// The QR bit alone, for a UDP header on port 53 or 5353 that `match` rejected (no
    /// question, an error code on a query, a malformed name, opcode 3 or 6...): reports have
    /// always taken these as DNS, with the role settled, so the last resort keeps doing so.
    /// Its rules are its own: any opcode up to 6, and no LLMNR (53 to 5355 reads as DNS).
    static func matchQRBit(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        guard context.transport == .udp, context.involves(Port.dns) || context.involves(Port.mdns),
              payload.byteCount >= Header.length, let bits = payload.be16(at: Header.flags) else { return nil }
        let flags = Flags(bits: bits)
        guard flags.opcode <= 6 else { return nil }
        return signature(isResponse: flags.isResponse, context, knowsLLMNR: false)
    }

    private static func signature(isResponse: Bool, _ context: PayloadContext, knowsLLMNR: Bool) -> PayloadSignature {
        if context.involves(Port.mdns) { return isResponse ? .mdnsResponse : .mdnsQuery }
        if knowsLLMNR && context.involves(Port.llmnr) { return isResponse ? .llmnrResponse : .llmnrQuery }
        return isResponse ? .dnsResponse : .dnsQuery
    }

    /// The QR bit when the header (and first question) is plausible, else nil.
    private static func judgeHeader(_ payload: RawSpan, at start: Int, strict: Bool) -> Bool? {
        guard let bits = payload.be16(at: start + Header.flags),
              let questions = payload.be16(at: start + Header.questionCount),
              let answers = payload.be16(at: start + Header.answerCount),
              let authorities = payload.be16(at: start + Header.authorityCount),
              let additionals = payload.be16(at: start + Header.additionalCount) else { return nil }
        let flags = Flags(bits: bits)
        let isResponse = flags.isResponse
        let opcode = flags.opcode
        let rcode = flags.rcode
        // Opcodes in use: QUERY, IQUERY, STATUS, NOTIFY, UPDATE.
        guard opcode <= 2 || opcode == 4 || opcode == 5, flags.reservedZ == 0, rcode <= 10 else { return nil }
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
