import WharfingerWire

/// Names the protocol, and the sender's role, from the first payload bytes one side sent.
///
/// Distinctive magic goes first, heuristic binary formats (NBNS, DNS, NTP) last, and last of all
/// the DNS ports' QR bit. Every read is bounds-checked and every result is built from
/// literals: no traps, no allocation.
public enum PayloadClassifier {
    /// Looks at the first captured payload bytes a side sent. `payload` holds only captured bytes.
    /// `srcPort` is the sender's port. Check `decidedRole` (or `certainty`) before trusting `role`.
    ///
    /// Inlined where it is called: most TCP segments (bulk data, encrypted records) are
    /// dismissed there, on a few bytes, without a call.
    @inlinable @inline(__always)
    public static func classify(_ payload: borrowing RawSpan, transport: TransportProtocol,
                                srcPort: UInt16, dstPort: UInt16) -> PayloadSignature? {
        guard !payload.isEmpty else { return nil }
        if transport == .tcp {
            guard mayStartTCPSignature(payload) || mayBeMySQLGreeting(payload)
                || mayBeDNSOverTCP(payload, srcPort: srcPort, dstPort: dstPort) else { return nil }
        }
        return classifyPastShortcut(payload, transport: transport, srcPort: srcPort, dstPort: dstPort)
    }

    /// `classify` for the payloads its shortcut let through.
    @usableFromInline
    static func classifyPastShortcut(_ payload: RawSpan, transport: TransportProtocol,
                                     srcPort: UInt16, dstPort: UInt16) -> PayloadSignature? {
        let context = PayloadContext(transport: transport, sourcePort: srcPort, destinationPort: dstPort)
        return transport == .tcp ? classifyTCP(payload, context) : classifyUDP(payload, context)
    }

    /// `matchTCP`, MySQL, then of `matchEitherTransport` only DNS (NTP and the QR bit are
    /// UDP's): each behind its own shortcut.
    private static func classifyTCP(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        if let signature = matchTCPByFirstByte(payload, context) { return signature }
        if mayBeMySQLGreeting(payload), let signature = MySQLSignature.match(payload) { return signature }
        if mayBeDNSOverTCP(payload, srcPort: context.sourcePort, dstPort: context.destinationPort) {
            return DNSSignature.match(payload, context)
        }
        return nil
    }

    /// `matchEitherTransport` for UDP, its transport known. Each magic matcher is asked only
    /// when the bytes it needs first are there: DHCP's cookie ends 240 bytes in, SIP starts
    /// with an upper-case letter A to U, DTLS with a handshake record (22), STUN has its
    /// cookie 4 bytes in, QUIC a long header or Google's version and connection ID flags, NBNS
    /// wants port 137 and RADIUS its own ports.
    private static func classifyUDP(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        let first = payload.unsafeLoad(fromByteOffset: 0, as: UInt8.self)
        if payload.byteCount >= DHCPSignature.shortest, let signature = DHCPSignature.match(payload, context) {
            return signature
        }
        if (0x41...0x55).contains(first), let signature = SIPSignature.match(payload, context) { return signature }
        if first == 22, let signature = DTLSSignature.match(payload, context) { return signature }
        if payload.be32(at: 4) == STUNSignature.cookie, let signature = STUNSignature.match(payload, context) {
            return signature
        }
        if first & 0x80 != 0 || first & 0x09 == 0x09, let signature = QUICSignature.match(payload, context) {
            return signature
        }
        if context.involves(NBNSSignature.port) {
            if let signature = NBNSSignature.match(payload, context) { return signature }
            if NBNSSignature.ownsDatagram(payload, context) { return nil }
        }
        if let signature = RADIUSSignature.match(payload, context) { return signature }
        return matchDNSOrNTP(payload, context)
    }

    /// Every matcher in order, with no shortcut: what `classify` must agree with (tests compare them).
    static func classifyWithEveryMatcher(_ payload: RawSpan, transport: TransportProtocol,
                                         srcPort: UInt16, dstPort: UInt16) -> PayloadSignature? {
        guard !payload.isEmpty else { return nil }
        let context = PayloadContext(transport: transport, sourcePort: srcPort, destinationPort: dstPort)
        if transport == .tcp {
            if let signature = matchTCP(payload, context) { return signature }
            if let signature = MySQLSignature.match(payload) { return signature }
        }
        return matchEitherTransport(payload, context)
    }

    /// The TCP matchers that need a particular first byte.
    private static func matchTCP(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        if let signature = TLSSignature.match(payload) { return signature }
        if let signature = SSHSignature.match(payload) { return signature }
        if let signature = ICASignature.match(payload) { return signature }
        // RTSP before HTTP: they share OPTIONS, and only the line's version tells them apart.
        if let signature = RTSPSignature.match(payload) { return signature }
        if let signature = HTTPSignature.match(payload) { return signature }
        // IRC before the mail and FTP commands: its USER has four parameters, FTP's one.
        if let signature = IRCSignature.match(payload) { return signature }
        if let signature = TextGreetingSignature.match(payload, context) { return signature }
        if let signature = SOCKSSignature.match(payload) { return signature }
        if let signature = PostgreSQLSignature.match(payload) { return signature }
        return nil
    }

    /// `matchTCP`, asking only the matchers that accept the payload's first byte (in the
    /// same order): the bytes listed at `mayStartTCPSignature`.
    private static func matchTCPByFirstByte(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        switch payload.unsafeLoad(fromByteOffset: 0, as: UInt8.self) {
        case 0x16, 0x80...: TLSSignature.match(payload)
        case UInt8(ascii: "S"): SSHSignature.match(payload) ?? RTSPSignature.match(payload)
        case 0x7F: ICASignature.match(payload)
        case UInt8(ascii: "A"), UInt8(ascii: "R"): RTSPSignature.match(payload)
        case UInt8(ascii: "D"), UInt8(ascii: "G"), UInt8(ascii: "O"), UInt8(ascii: "T"):
            RTSPSignature.match(payload) ?? HTTPSignature.match(payload)
        case UInt8(ascii: "P"): RTSPSignature.match(payload) ?? HTTPSignature.match(payload) ?? IRCSignature.match(payload)
        case UInt8(ascii: "C"): HTTPSignature.match(payload) ?? IRCSignature.match(payload)
        case UInt8(ascii: "H"): HTTPSignature.match(payload) ?? TextGreetingSignature.match(payload, context)
        case UInt8(ascii: "N"), UInt8(ascii: ":"): IRCSignature.match(payload)
        case UInt8(ascii: "U"), UInt8(ascii: "u"):
            IRCSignature.match(payload) ?? TextGreetingSignature.match(payload, context)
        case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "2"), UInt8(ascii: "E"), UInt8(ascii: "e"),
             UInt8(ascii: "h"):
            TextGreetingSignature.match(payload, context)
        case 0x04, 0x05: SOCKSSignature.match(payload)
        case 0x00: SOCKSSignature.match(payload) ?? PostgreSQLSignature.match(payload)
        default: nil
        }
    }

    /// What both the shortcut and the reference end with: DNS, NTP, then DNS's QR bit.
    @inline(__always)
    private static func matchDNSOrNTP(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        if let signature = DNSSignature.match(payload, context) { return signature }
        if let signature = NTPSignature.match(payload, context) { return signature }
        if NTPSignature.ownsDatagram(payload, context) { return nil }
        return DNSSignature.matchQRBit(payload, context)
    }

    private static func matchEitherTransport(_ payload: RawSpan, _ context: PayloadContext) -> PayloadSignature? {
        if context.transport == .udp {
            // Distinctive magic first: a DHCP cookie, "SIP/2.0", a DTLS record header, STUN's cookie,
            // QUIC's versions;
            // then what only its own ports hold: NBNS, RADIUS.
            if let signature = DHCPSignature.match(payload, context) { return signature }
            if let signature = SIPSignature.match(payload, context) { return signature }
            if let signature = DTLSSignature.match(payload, context) { return signature }
            if let signature = STUNSignature.match(payload, context) { return signature }
            if let signature = QUICSignature.match(payload, context) { return signature }
            // Port 137's DNS-shaped datagrams are NBNS's, named or not.
            if let signature = NBNSSignature.match(payload, context) { return signature }
            if NBNSSignature.ownsDatagram(payload, context) { return nil }
            if let signature = RADIUSSignature.match(payload, context) { return signature }
        }
        return matchDNSOrNTP(payload, context)
    }

    /// False when no matcher of `matchTCP` can accept these bytes: most segments (bulk
    /// data, encrypted records) are dismissed on their first byte. The bytes each one needs:
    /// TLS 0x16, or SSLv2's top bit with message type 1 in the third byte; SSH "S"; ICA
    /// 0x7F; RTSP methods (A, D, G, O, P, R, S, T) and "RTSP/"; HTTP methods, "HTTP/" and
    /// "PRI"; IRC's NICK, USER, CAP, PASS, NOTICE and ":" prefix; "220", "+OK", "* OK", and
    /// EHLO, HELO, USER in either case; SOCKS 0x04, 0x05, 0x00; PostgreSQL a length below
    /// 2^24, so 0x00.
    @inlinable @inline(__always)
    static func mayStartTCPSignature(_ payload: RawSpan) -> Bool {
        switch payload.unsafeLoad(fromByteOffset: 0, as: UInt8.self) {
        case 0x00, 0x04, 0x05, 0x16, 0x7F: true
        case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "2"), UInt8(ascii: ":"): true
        case UInt8(ascii: "A"), UInt8(ascii: "C"), UInt8(ascii: "D"), UInt8(ascii: "E"), UInt8(ascii: "G"),
             UInt8(ascii: "H"), UInt8(ascii: "N"), UInt8(ascii: "O"), UInt8(ascii: "P"), UInt8(ascii: "R"),
             UInt8(ascii: "S"), UInt8(ascii: "T"), UInt8(ascii: "U"), UInt8(ascii: "e"), UInt8(ascii: "h"),
             UInt8(ascii: "u"): true
        case 0x80...: payload.u8(at: 2) == 0x01
        default: false
        }
    }

    /// False when `MySQLSignature` cannot accept these bytes: its greeting has sequence
    /// number 0 (byte 3) and protocol version 10 (byte 4).
    @inlinable @inline(__always)
    static func mayBeMySQLGreeting(_ payload: RawSpan) -> Bool {
        payload.u8(at: 4) == 10 && payload.u8(at: 3) == 0
    }

    /// False when `DNSSignature` cannot accept a TCP segment: a message behind its 2-byte
    /// length needs the 12-byte header captured, and off the DNS ports (53, mDNS 5353,
    /// LLMNR 5355) the length must be the rest of the segment.
    @inlinable @inline(__always)
    static func mayBeDNSOverTCP(_ payload: RawSpan, srcPort: UInt16, dstPort: UInt16) -> Bool {
        guard payload.byteCount >= 14, let declared = payload.be16(at: 0), declared >= 12 else { return false }
        if Int(declared) == payload.byteCount - 2 { return true }
        func isDNSPort(_ port: UInt16) -> Bool { port == 53 || port == 5353 || port == 5355 }
        return isDNSPort(srcPort) || isDNSPort(dstPort)
    }
}
