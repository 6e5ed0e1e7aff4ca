import WharfingerWire

/// SOCKS4/4a requests and replies, and the SOCKS5 greeting, method selection and request (RFC 1928).
enum SOCKSSignature {
    static func match(_ payload: RawSpan) -> PayloadSignature? {
        switch payload.u8(at: 0) {
        case 0x04: return matchSOCKS4Request(payload)
        case 0x05: return matchSOCKS5(payload)
        case 0x00: return matchSOCKS4Reply(payload)
        default: return nil
        }
    }

    /// VN=4, CD=1 (connect) or 2 (bind), DSTPORT(2), DSTIP(4), USERID, NUL [, hostname, NUL for 4a].
    private static func matchSOCKS4Request(_ payload: RawSpan) -> PayloadSignature? {
        let userIDStart = 8
        guard let command = payload.u8(at: 1), command == 1 || command == 2,
              let address = payload.be32(at: 4),
              let userIDEnd = payload.firstOffset(of: 0, in: userIDStart..<payload.byteCount),
              payload.isPrintableASCII(userIDStart..<userIDEnd) else { return nil }
        // SOCKS4a marks "hostname follows" with DSTIP 0.0.0.x, x non-zero.
        if address > 0 && address < 256 {
            let hostStart = userIDEnd + 1
            guard let hostEnd = payload.firstOffset(of: 0, in: hostStart..<payload.byteCount),
                  hostEnd > hostStart, hostEnd == payload.byteCount - 1,
                  payload.isPrintableASCII(hostStart..<hostEnd) else { return nil }
            return .socks4aRequest
        }
        guard userIDEnd == payload.byteCount - 1 else { return nil }
        return .socks4Request
    }

    /// Exactly 8 bytes: VN=0, CD=90...93, DSTPORT, DSTIP.
    private static func matchSOCKS4Reply(_ payload: RawSpan) -> PayloadSignature? {
        guard payload.byteCount == 8, let code = payload.u8(at: 1), (90...93).contains(code) else { return nil }
        return .socks4Reply
    }

    private static func matchSOCKS5(_ payload: RawSpan) -> PayloadSignature? {
        guard let second = payload.u8(at: 1) else { return nil }
        // Method selection: exactly VER, METHOD.
        if payload.byteCount == 2 {
            guard second <= 0x02 || second == 0xFF else { return nil }
            return .socks5MethodSelection
        }
        // Greeting: VER, NMETHODS, then exactly NMETHODS method codes.
        let methodCount = Int(second)
        if methodCount >= 1, payload.byteCount == 2 + methodCount {
            for offset in 2..<payload.byteCount {
                guard let method = payload.u8(at: offset), isMethodCode(method) else { return nil }
            }
            return .socks5Greeting
        }
        return matchSOCKS5Request(payload)
    }

    /// VER, CMD 1-3, RSV 0, ATYP 1/3/4, address, port; the length must match the address type.
    private static func matchSOCKS5Request(_ payload: RawSpan) -> PayloadSignature? {
        guard let command = payload.u8(at: 1), (1...3).contains(command),
              payload.u8(at: 2) == 0, let addressType = payload.u8(at: 3) else { return nil }
        let expectedLength: Int
        switch addressType {
        case 1: expectedLength = 4 + 4 + 2
        case 4: expectedLength = 4 + 16 + 2
        case 3:
            guard let nameLength = payload.u8(at: 4), nameLength > 0,
                  payload.isPrintableASCII(5..<(5 + Int(nameLength))) else { return nil }
            expectedLength = 5 + Int(nameLength) + 2
        default: return nil
        }
        guard payload.byteCount == expectedLength else { return nil }
        return .socks5Request
    }

    /// Assigned (0x00-0x09) or private (0x80-0xFE) methods; 0xFF means "no acceptable" and is never offered.
    private static func isMethodCode(_ method: UInt8) -> Bool {
        method <= 0x09 || (0x80...0xFE).contains(method)
    }
}
