import WharfingerWire

/// QUIC's long-header packets (RFC 8999's invariants, RFC 9000 section 17.2, version 2 RFC
/// 9369) and Google QUIC's public header with its version (Q043 and before). Both sides send
/// Initial and Handshake packets, so they name the protocol, not the role; what only a client
/// sends (0-RTT, an Initial carrying a token, a reserved version to force negotiation) or
/// only a server (Version Negotiation, Retry) names it too.
enum QUICSignature {
    private enum Field {
        static let version = 1
        static let destinationIDLength = 5
        /// Google QUIC's public header: flags, an 8-byte connection ID, then the version.
        static let googleVersion = 9
    }
    private static let longHeader: UInt8 = 0x80
    private static let fixedBit: UInt8 = 0x40
    private static let version1: UInt32 = 0x0000_0001
    private static let version2: UInt32 = 0x6B33_43CF
    /// RFC 9000 section 17.2: a version 1 connection ID has at most 20 bytes.
    private static let longestConnectionID = 20

    static func match(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        guard context.transport == .udp, let first = payload.u8(at: 0) else { return nil }
        if first & longHeader == 0 { return matchGoogle(payload, flags: first) }
        guard let version = payload.be32(at: Field.version),
              let destinationLength = payload.u8(at: Field.destinationIDLength),
              Int(destinationLength) <= longestConnectionID else { return nil }
        let sourceLengthAt = Field.destinationIDLength + 1 + Int(destinationLength)
        guard let sourceLength = payload.u8(at: sourceLengthAt), Int(sourceLength) <= longestConnectionID else {
            return nil
        }
        let afterIDs = sourceLengthAt + 1 + Int(sourceLength)
        if version == 0 { return isVersionList(payload, from: afterIDs) ? .quicServerPacket : nil }
        // Every version but negotiation sets the fixed bit.
        guard first & fixedBit != 0 else { return nil }
        // Only a client sends a reserved version (0x?a?a?a?a), to make the server negotiate.
        if version & 0x0F0F_0F0F == 0x0A0A_0A0A { return .quicClientPacket }
        guard isKnown(version) else { return nil }
        guard let type = packetType(first, version: version) else { return .quicPacket }
        switch type {
        case .zeroRTT: return .quicClientPacket
        case .retry: return .quicServerPacket
        case .handshake: return .quicPacket
        case .initial:
            // A server's Initial carries no token (RFC 9000 section 17.2.2): a client's may.
            guard let tokenLength = varint(payload, at: afterIDs) else { return nil }
            return tokenLength > 0 ? .quicClientPacket : .quicPacket
        }
    }

    private enum PacketType { case initial, zeroRTT, handshake, retry }

    /// The long header's type for the versions laid out as version 1 (the IETF drafts from 22
    /// on, Facebook's mvfst) or version 2; nil for the others (Google's Q046 and T05x, older
    /// drafts), whose packets are QUIC all the same.
    private static func packetType(_ first: UInt8, version: UInt32) -> PacketType? {
        let bits = (first >> 4) & 0x3
        // Version 2 numbers the same four types one higher, Retry wrapping to 0.
        let laidOutAsVersion1 = version == version1 || (0xFF00_0016...0xFF00_00FF).contains(version)
            || version >> 8 == 0xFACE_B0
        let type: UInt8
        if version == version2 { type = (bits &+ 3) & 0x3 } else if laidOutAsVersion1 { type = bits } else { return nil }
        switch type {
        case 0: return .initial
        case 1: return .zeroRTT
        case 2: return .handshake
        default: return .retry
        }
    }

    /// Versions seen in the wild: 1 and 2, the IETF drafts (0xff0000xx), Facebook's mvfst
    /// (0xfaceb0xx), Google's Q0xx and T0xx.
    private static func isKnown(_ version: UInt32) -> Bool {
        if version == version1 || version == version2 || version >> 8 == 0xFF_0000 || version >> 8 == 0xFACE_B0 {
            return true
        }
        return isGoogle(version)
    }

    /// "Q0" or "T0" and two digits.
    private static func isGoogle(_ version: UInt32) -> Bool {
        let letter = UInt8(version >> 24), zero = UInt8((version >> 16) & 0xFF)
        let tens = UInt8((version >> 8) & 0xFF), units = UInt8(version & 0xFF)
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        return (letter == UInt8(ascii: "Q") || letter == UInt8(ascii: "T")) && zero == UInt8(ascii: "0")
            && digits.contains(tens) && digits.contains(units)
    }

    /// A Version Negotiation packet's body: one or more versions, at least one known.
    private static func isVersionList(_ payload: RawSpan, from start: Int) -> Bool {
        let count = payload.byteCount - start
        guard count >= 4, count % 4 == 0 else { return false }
        var offset = start
        while let version = payload.be32(at: offset) {
            if isKnown(version) { return true }
            offset += 4
        }
        return false
    }

    /// Google QUIC before Q046: flags with the version bit and an 8-byte connection ID, then
    /// the version. A client sends it on its packets until the server answers; a server only
    /// in a Version Negotiation packet, which is the header and a list of versions.
    private static func matchGoogle(_ payload: RawSpan, flags: UInt8) -> PayloadSignature? {
        let versionAndConnectionID: UInt8 = 0x09
        guard flags & versionAndConnectionID == versionAndConnectionID, flags & 0xC0 == 0,
              let version = payload.be32(at: Field.googleVersion), isGoogle(version),
              version >> 24 == UInt32(UInt8(ascii: "Q")) else { return nil }
        let afterHeader = Field.googleVersion + 4
        if payload.byteCount - afterHeader < 64, isGoogleVersionList(payload, from: afterHeader) {
            return .quicServerPacket
        }
        return .quicClientPacket
    }

    /// Every 4 bytes from `start` to the end a Google version (none left over).
    private static func isGoogleVersionList(_ payload: RawSpan, from start: Int) -> Bool {
        var offset = start
        while offset < payload.byteCount {
            guard let version = payload.be32(at: offset), isGoogle(version) else { return false }
            offset += 4
        }
        return true
    }

    /// A variable-length integer (RFC 9000 section 16): the top two bits give its length.
    private static func varint(_ payload: RawSpan, at offset: Int) -> UInt64? {
        guard let first = payload.u8(at: offset) else { return nil }
        let length = 1 << Int(first >> 6)
        guard payload.byteCount >= offset + length else { return nil }
        var value = UInt64(first & 0x3F)
        for i in 1..<length { value = value << 8 | UInt64(payload.u8(at: offset + i) ?? 0) }
        return value
    }
}
