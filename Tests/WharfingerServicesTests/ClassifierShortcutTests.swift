import WharfingerWire
import Testing
@testable import WharfingerServices

/// `classify` dismisses most TCP payloads on their first byte. That shortcut must never
/// change an answer: every matcher, run in order on the same bytes, agrees with it.
@Suite struct ClassifierShortcutTests {
    /// A message the classifiers name `signature`, and who sends it on which transport.
    /// The switch is exhaustive, so a matcher's new signature does not compile without a
    /// sample, and the tests below then check the shortcut lets that sample through.
    static func sample(of signature: PayloadSignature) -> Sample {
        switch signature {
        case .tlsClientHello: Sample(Samples.tlsClientHello, .tcp, 40000, 443)
        case .tlsServerHello: Sample(Samples.tlsServerHello, .tcp, 443, 40000)
        case .sslv2ClientHello: Sample([0x80, 0x2E, 0x01, 0x03, 0x01, 0x00, 0x15, 0x00, 0x00, 0x00, 0x10], .tcp, 40000, 443)
        case .sshIdentification: Sample(ascii("SSH-2.0-OpenSSH_9.2\r\n"), .tcp, 22, 40000)
        case .icaBanner: Sample([0x7F, 0x7F, 0x49, 0x43, 0x41, 0x00], .tcp, 1494, 40000)
        case .httpRequest: Sample(ascii("GET / HTTP/1.1\r\n"), .tcp, 40000, 8000)
        case .httpStatus: Sample(ascii("HTTP/1.1 200 OK\r\n"), .tcp, 8000, 40000)
        case .http2Preface: Sample(ascii("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), .tcp, 40000, 8000)
        case .pop3Greeting: Sample(ascii("+OK POP3 ready\r\n"), .tcp, 110, 40000)
        case .imapGreeting: Sample(ascii("* OK IMAP4rev1\r\n"), .tcp, 143, 40000)
        case .ftpGreeting: Sample(ascii("220 FTP ready\r\n"), .tcp, 21, 40000)
        case .smtpGreeting: Sample(ascii("220 mail.example.com ESMTP\r\n"), .tcp, 25, 40000)
        case .bare220FromFTPPort: Sample(ascii("220 ready\r\n"), .tcp, 21, 40000)
        case .bare220: Sample(ascii("220 ready\r\n"), .tcp, 25, 40000)
        case .smtpHello: Sample(ascii("ehlo client\r\n"), .tcp, 40000, 25)
        case .pop3User: Sample(ascii("USER anonymous\r\n"), .tcp, 40000, 110)
        case .ftpUser: Sample(ascii("USER anonymous\r\n"), .tcp, 40000, 21)
        case .socks4aRequest:
            Sample([0x04, 0x01, 0x00, 0x50, 0x00, 0x00, 0x00, 0x01, 0x75, 0x00] + ascii("example.com") + [0x00], .tcp, 40000, 1080)
        case .socks4Request: Sample([0x04, 0x01, 0x00, 0x50, 0x7F, 0x00, 0x00, 0x01, 0x00], .tcp, 40000, 1080)
        case .socks4Reply: Sample([0x00, 0x5A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00], .tcp, 1080, 40000)
        case .socks5MethodSelection: Sample([0x05, 0x00], .tcp, 1080, 40000)
        case .socks5Greeting: Sample([0x05, 0x01, 0x00], .tcp, 40000, 1080)
        case .socks5Request: Sample([0x05, 0x01, 0x00, 0x01, 0x0A, 0x00, 0x00, 0x01, 0x00, 0x50], .tcp, 40000, 1080)
        case .postgresqlSSLRequest: Sample([0x00, 0x00, 0x00, 0x08, 0x04, 0xD2, 0x16, 0x2F], .tcp, 40000, 5432)
        case .postgresqlGSSENCRequest: Sample([0x00, 0x00, 0x00, 0x08, 0x04, 0xD2, 0x16, 0x30], .tcp, 40000, 5432)
        case .postgresqlCancelRequest:
            Sample([0x00, 0x00, 0x00, 0x10, 0x04, 0xD2, 0x16, 0x2E] + [UInt8](repeating: 0x33, count: 8), .tcp, 40000, 5432)
        case .postgresqlStartup:
            Sample([0x00, 0x00, 0x00, 0x12, 0x00, 0x03, 0x00, 0x00] + ascii("user\0bob\0\0"), .tcp, 40000, 5432)
        case .mysqlGreeting: Sample(Samples.mysqlGreeting, .tcp, 3306, 40000)
        case .dnsQuery: Sample(Samples.dnsQuery, .udp, 40000, 53)
        case .dnsResponse: Sample(Samples.dnsResponse, .udp, 53, 40000)
        case .mdnsQuery: Sample(Samples.dnsQuery, .udp, 5353, 5353)
        case .mdnsResponse: Sample(Samples.dnsResponse, .udp, 5353, 5353)
        case .llmnrQuery: Sample(Samples.dnsQuery, .udp, 40000, 5355)
        case .llmnrResponse: Sample(Samples.dnsResponse, .udp, 5355, 40000)
        case .ntpClient: Sample(Samples.ntpClient, .udp, 40000, 123)
        case .ntpServer: Sample(Samples.ntpServer, .udp, 123, 40000)
        case .ntpBroadcast: Sample(ntp(first: 0x25), .udp, 123, 123)
        case .ntpSymmetricActive: Sample(ntp(first: 0x21), .udp, 123, 123)
        case .ntpSymmetricPassive: Sample(ntp(first: 0x22), .udp, 123, 123)
        case .ntpSymmetricActiveReservedStratum: Sample(ntp(first: 0x21, stratum: 17), .udp, 123, 123)
        case .ntpSymmetricPassiveReservedStratum: Sample(ntp(first: 0x22, stratum: 255), .udp, 123, 123)
        case .ntpControlRequest: Sample([0x1E, 0x02, 0x00, 0x01] + [UInt8](repeating: 0, count: 8), .udp, 40000, 123)
        case .ntpControlResponse: Sample([0x1E, 0x82, 0x00, 0x01] + [UInt8](repeating: 0, count: 8), .udp, 123, 40000)
        case .dhcpRequest: Sample(UDPRoleSignatureTests.dhcp(op: 1), .udp, 68, 67)
        case .dhcpReply: Sample(UDPRoleSignatureTests.dhcp(op: 2), .udp, 67, 68)
        case .sipRequest: Sample(ascii("INVITE sip:bob@example.com SIP/2.0\r\n"), .udp, 5060, 5060)
        case .sipStatus: Sample(ascii("SIP/2.0 180 Ringing\r\n"), .udp, 5060, 5060)
        case .dtlsClientHello: Sample(dtls(handshakeType: 0x01), .udp, 40000, 4433)
        case .dtlsServerHello: Sample(dtls(handshakeType: 0x02), .udp, 4433, 40000)
        case .stunRequest: Sample(stun(type: 0x0001), .udp, 40000, 3478)
        case .stunResponse: Sample(stun(type: 0x0101), .udp, 3478, 40000)
        case .nbnsRequest: Sample(NBNSSamples.query, .udp, 137, 137)
        case .nbnsResponse: Sample(NBNSSamples.response, .udp, 137, 137)
        case .rtspRequest: Sample(ascii("OPTIONS rtsp://10.2.2.2:8554/ RTSP/1.0\r\nCSeq: 2\r\n"), .tcp, 52472, 8554)
        case .rtspStatus: Sample(ascii("RTSP/1.0 200 OK\r\nServer: VLC/3.0.12\r\n"), .tcp, 8554, 52472)
        case .ircRegistration: Sample(ascii("USER xxxxx +iw xxxxx :Xxxxxx Xxxx\r\n"), .tcp, 45921, 8000)
        case .ircServerMessage:
            Sample(ascii(":card.freenode.net NOTICE * :*** Looking up your hostname...\r\n"), .tcp, 8000, 45921)
        case .radiusRequest: Sample(RADIUSSamples.accessRequest, .udp, 49152, 1812)
        case .radiusResponse: Sample(RADIUSSamples.accessAccept, .udp, 1812, 49152)
        case .quicPacket: Sample(QUICSamples.clientInitial, .udp, 51000, 443)
        case .quicClientPacket: Sample(QUICSamples.zeroRTT, .udp, 51000, 443)
        case .quicServerPacket: Sample(QUICSamples.retry, .udp, 443, 51000)
        }
    }

    struct Sample {
        var bytes: [UInt8]
        var transport: TransportProtocol
        var source: UInt16
        var destination: UInt16
        init(_ bytes: [UInt8], _ transport: TransportProtocol, _ source: UInt16, _ destination: UInt16) {
            (self.bytes, self.transport, self.source, self.destination) = (bytes, transport, source, destination)
        }
    }

    static func ntp(first: UInt8, stratum: UInt8 = 2) -> [UInt8] {
        var bytes = Samples.ntpServer
        bytes[0] = first
        bytes[1] = stratum
        return bytes
    }

    static func dtls(handshakeType: UInt8) -> [UInt8] {
        [0x16, 0xFE, 0xFD, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0x00, 0x40, handshakeType, 0x00, 0x00, 0x34]
    }

    static func stun(type: UInt16) -> [UInt8] {
        [UInt8(type >> 8), UInt8(type & 0xFF), 0x00, 0x00, 0x21, 0x12, 0xA4, 0x42] + [UInt8](repeating: 0x5C, count: 12)
    }

    /// Messages only the DNS ports' last resort takes: a query with no question, opcode 3.
    static let lastResortSamples = [
        Sample([0x1A, 0x2B, 0x01, 0x00] + [UInt8](repeating: 0, count: 8), .udp, 40000, 53),
        Sample([0x1A, 0x2B, 0x98, 0x00] + [UInt8](repeating: 0, count: 8), .udp, 5353, 5353),
    ]

    /// DNS over TCP, behind its 2-byte length: on a DNS port (here with the start of a second
    /// message after the first), and off them, where the length must be the rest of the segment.
    static var dnsOverTCPSamples: [Sample] {
        func framed(_ message: [UInt8]) -> [UInt8] { [UInt8(message.count >> 8), UInt8(message.count & 0xFF)] + message }
        return [
            Sample(framed(Samples.dnsQuery) + [0x00, 0x1C], .tcp, 40000, 53),
            Sample(framed(Samples.dnsResponse), .tcp, 53, 40000),
            Sample(framed(Samples.dnsQuery), .tcp, 40000, 8000),
        ]
    }

    /// The first bytes a signature's one sample does not start with: HELO ("h" too, its first
    /// byte varied) where `smtpHello`'s says ehlo, every HTTP method but GET, every RTSP
    /// method but OPTIONS, and IRC's other openings.
    static let otherFirstByteSamples = [Sample(ascii("HELO client\r\n"), .tcp, 40000, 25)]
        + ["POST", "PUT", "PATCH", "HEAD", "DELETE", "OPTIONS", "CONNECT", "TRACE"].map {
            Sample(ascii($0 + " / HTTP/1.1\r\n"), .tcp, 40000, 8000)
        }
        + ["DESCRIBE", "ANNOUNCE", "SETUP", "PLAY", "PAUSE", "TEARDOWN", "GET_PARAMETER", "SET_PARAMETER",
           "REDIRECT", "RECORD", "PLAY_NOTIFY"].map {
            Sample(ascii($0 + " rtsp://10.2.2.2:8554/ RTSP/1.0\r\n"), .tcp, 52472, 8554)
        }
        + ["NICK molochtest\r\n", "CAP LS 302\r\n", "PASS secret\r\nNICK bob\r\n", "NOTICE AUTH :*** hello\r\n",
           ":card.freenode.net 001 molochtest :Welcome\r\n"].map { Sample(ascii($0), .tcp, 45921, 6667) }

    static var everySample: [Sample] {
        PayloadSignature.allCases.map(sample(of:)) + lastResortSamples + dnsOverTCPSamples + otherFirstByteSamples
    }

    static let contexts: [(TransportProtocol, UInt16, UInt16)] = [
        (.tcp, 40000, 8000), (.tcp, 21, 40000), (.tcp, 40000, 110), (.tcp, 40000, 53),
        (.udp, 40000, 53), (.udp, 123, 123), (.udp, 40000, 7000), (.udp, 123, 53),
        (.tcp, 3306, 40000), (.udp, 137, 40000), (.udp, 40000, 137), (.udp, 137, 53),
    ]

    static func agree(_ bytes: [UInt8], also sample: Sample? = nil) -> [String] {
        let own = sample.map { [($0.transport, $0.source, $0.destination)] } ?? []
        return (contexts + own).compactMap { transport, source, destination in
            let payload = bytes.span.bytes
            let quick = PayloadClassifier.classify(payload, transport: transport, srcPort: source, dstPort: destination)
            let full = PayloadClassifier.classifyWithEveryMatcher(payload, transport: transport,
                                                                  srcPort: source, dstPort: destination)
            return quick == full ? nil : "\(transport) \(source)->\(destination) \(bytes.prefix(8)): \(String(describing: full)) became \(String(describing: quick))"
        }
    }

    /// Each signature's sample gets that signature, with the shortcut and without it.
    @Test(arguments: PayloadSignature.allCases)
    func everySignatureHasASampleThatPassesTheShortcut(signature: PayloadSignature) {
        let sample = Self.sample(of: signature)
        let payload = sample.bytes.span.bytes
        #expect(PayloadClassifier.classify(payload, transport: sample.transport, srcPort: sample.source,
                                           dstPort: sample.destination) == signature)
        #expect(PayloadClassifier.classifyWithEveryMatcher(payload, transport: sample.transport, srcPort: sample.source,
                                                           dstPort: sample.destination) == signature)
    }

    /// The analysis tells FTP by `isFTP` rather than by building the service name: the two agree.
    @Test(arguments: PayloadSignature.allCases)
    func isFTPIsTheFTPServiceName(signature: PayloadSignature) {
        #expect(signature.isFTP == (signature.service == "ftp"))
    }

    @Test func lastResortSamplesAreRecognised() {
        for sample in Self.lastResortSamples {
            #expect(PayloadClassifier.classify(sample.bytes.span.bytes, transport: sample.transport,
                                               srcPort: sample.source, dstPort: sample.destination) != nil)
        }
    }

    @Test func dnsOverTCPSamplesAreRecognised() {
        for sample in Self.dnsOverTCPSamples {
            #expect(PayloadClassifier.classify(sample.bytes.span.bytes, transport: sample.transport,
                                               srcPort: sample.source, dstPort: sample.destination) != nil)
        }
    }

    /// The shortcuts read the first five bytes (the first byte; SSLv2's third; MySQL's fourth
    /// and fifth; DNS over TCP's length in the first two; STUN's cookie from the fifth): every
    /// value of each, in every sample, agrees with every matcher.
    @Test func everyValueOfTheFirstFiveBytesOfEverySample() {
        var disagreements: [String] = []
        for sample in Self.everySample {
            for position in 0..<5 where position < sample.bytes.count {
                for value in 0...255 {
                    var bytes = sample.bytes
                    bytes[position] = UInt8(value)
                    disagreements += Self.agree(bytes, also: sample)
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test func randomPayloads() {
        var generator = SplitMix64(state: 0xC1A5_51F1)
        var disagreements: [String] = []
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...64, using: &generator)
            disagreements += Self.agree((0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }
}
