import WharfingerWire

/// NetBIOS name service over UDP (RFC 1002 section 4.2): a DNS-shaped header, but its own
/// opcodes and flags, and names in the "first-level encoding", 32 letters A-P after a length
/// byte of 32. Port 137 is its own: no datagram there is read as DNS.
enum NBNSSignature {
    private enum Field {
        static let flags = 2            // R(1) OPCODE(4) NM_FLAGS(7: AA TC RD RA 0 0 B) RCODE(4)
        static let questionCount = 4
        static let answerCount = 6
        static let name = 12            // the question's name, or the first answer's in a response
        static let headerLength = 12
    }
    static let port: UInt16 = 137
    private static let encodedNameLength: UInt8 = 32
    private static let reservedFlags: UInt16 = 0x0060

    private struct Flags {
        var bits: UInt16
        var isResponse: Bool { bits & 0x8000 != 0 }
        /// Query 0, registration 5, release 6, WACK 7, refresh 8 (and 9, multi-homed
        /// registration, as Windows sends it).
        var opcodeIsKnown: Bool {
            switch (bits >> 11) & 0xF {
            case 0, 5, 6, 7, 8, 9: true
            default: false
            }
        }
    }

    static func match(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        guard ownsDatagram(payload, context), let bits = payload.be16(at: Field.flags),
              let questions = payload.be16(at: Field.questionCount),
              let answers = payload.be16(at: Field.answerCount) else { return nil }
        let flags = Flags(bits: bits)
        guard flags.opcodeIsKnown, bits & reservedFlags == 0, questions > 0 || answers > 0,
              isEncodedName(payload, at: Field.name) else { return nil }
        return flags.isResponse ? .nbnsResponse : .nbnsRequest
    }

    /// A UDP datagram to or from port 137 on a flow without a DNS, mDNS or LLMNR port:
    /// NBNS's to name or to leave unnamed, never DNS's.
    static func ownsDatagram(_ payload: RawSpan, _ context: PayloadContext) -> Bool {
        context.transport == .udp && context.involves(port)
            && !context.involves(53) && !context.involves(5353) && !context.involves(5355)
    }

    /// A length byte of 32, then 32 letters A-P (each half-byte of a 16-byte NetBIOS name).
    private static func isEncodedName(_ payload: RawSpan, at start: Int) -> Bool {
        guard payload.u8(at: start) == encodedNameLength,
              payload.byteCount >= start + 1 + Int(encodedNameLength) else { return false }
        for offset in (start + 1)...(start + Int(encodedNameLength)) {
            guard let letter = payload.u8(at: offset), (UInt8(ascii: "A")...UInt8(ascii: "P")).contains(letter) else {
                return false
            }
        }
        return true
    }
}
