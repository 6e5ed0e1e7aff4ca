import WharfingerWire

/// NTP over UDP (RFC 5905 section 7.3; mode 6 control messages from RFC 1305 appendix B).
enum NTPSignature {
    private enum Field {
        static let flags = 0              // LI(2) VN(3) Mode(3)
        static let stratum = 1
        static let poll = 2
        static let transmitTimestamp = 40
        static let headerLength = 48
        static let controlResponseBit: UInt8 = 0x80   // byte 1 of a mode 6 message
        static let controlHeaderLength = 12
    }
    private static let port: UInt16 = 123
    /// Strata above 16 are reserved (RFC 5905 section 7.3).
    private static let highestStratum: UInt8 = 16

    static func match(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        guard context.transport == .udp, let flags = payload.u8(at: Field.flags) else { return nil }
        let version = (flags >> 3) & 0x7
        let mode = flags & 0x7
        guard (1...4).contains(version) else { return nil }
        let onNTPPort = context.involves(port)
        if mode == 6 { return onNTPPort ? matchControl(payload) : nil }
        guard payload.byteCount >= Field.headerLength,
              let stratum = payload.u8(at: Field.stratum),
              let poll = payload.u8(at: Field.poll) else { return nil }
        if stratum > highestStratum {
            return onNTPPort ? signature(mode: mode, reservedStratum: true) : nil
        }
        if !onNTPPort {
            // Off port 123: a bare 48-byte header (or one with a 20/24-byte MAC), sane poll, a transmit time.
            guard payload.byteCount == 48 || payload.byteCount == 68 || payload.byteCount == 72, poll <= 17,
                  let transmitHigh = payload.be32(at: Field.transmitTimestamp), transmitHigh != 0,
                  mode != 4 || stratum >= 1 else { return nil }
        }
        return signature(mode: mode, reservedStratum: false)
    }

    /// True for a whole header on port 123: NTP's verdict on it is final, even when it is
    /// none, so DNS's last resort (`DNSSignature.matchQRBit`) leaves it alone.
    static func ownsDatagram(_ payload: RawSpan, _ context: PayloadContext) -> Bool {
        context.transport == .udp && context.involves(port) && payload.byteCount >= Field.headerLength
    }

    /// A reserved stratum on port 123 is still NTP, read by its mode alone. Its symmetric modes
    /// get their own signatures, which settle the role (active the client, passive the server)
    /// where a valid stratum's leave it undecided: the rule reports have always followed for
    /// these headers, so it stays, with the same evidence text but a certain role.
    private static func signature(mode: UInt8, reservedStratum: Bool) -> PayloadSignature? {
        switch mode {
        case 1: reservedStratum ? .ntpSymmetricActiveReservedStratum : .ntpSymmetricActive
        case 2: reservedStratum ? .ntpSymmetricPassiveReservedStratum : .ntpSymmetricPassive
        case 3: .ntpClient
        case 4: .ntpServer
        case 5: .ntpBroadcast
        default: nil
        }
    }

    /// ntpq-style control messages: the R bit marks responses.
    private static func matchControl(_ payload: RawSpan) -> PayloadSignature? {
        guard payload.byteCount >= Field.controlHeaderLength, let opcode = payload.u8(at: 1) else { return nil }
        return opcode & Field.controlResponseBit != 0
            ? .ntpControlResponse
            : .ntpControlRequest
    }
}
