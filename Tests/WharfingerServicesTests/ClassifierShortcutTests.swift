import WharfingerWire
import Testing
@testable import WharfingerServices

/// `classify` dismisses most TCP payloads on their first byte. That shortcut must never
/// change an answer: every matcher, run in order on the same bytes, agrees with it.
@Suite struct ClassifierShortcutTests {
    /// Messages each matcher accepts, so that changing one byte walks across the edges.
    static let seeds: [[UInt8]] = [
        Samples.tlsClientHello, Samples.tlsServerHello, Samples.dnsQuery, Samples.dnsResponse,
        Samples.ntpClient, Samples.ntpServer, Samples.mysqlGreeting,
        [0x80, 0x2E, 0x01, 0x03, 0x01, 0x00, 0x15, 0x00, 0x00, 0x00, 0x10],   // SSLv2-format ClientHello
        [0x7F, 0x7F, 0x49, 0x43, 0x41, 0x00],                                 // ICA banner
        [0x04, 0x01, 0x00, 0x50, 0x7F, 0x00, 0x00, 0x01, 0x00],               // SOCKS4 request
        [0x00, 0x5A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00],                     // SOCKS4 reply
        [0x05, 0x01, 0x00], [0x05, 0x00],                                     // SOCKS5 greeting, reply
        [0x00, 0x00, 0x00, 0x08, 0x04, 0xD2, 0x16, 0x2F],                     // PostgreSQL SSLRequest
        [0x00, 0x0E, 0x1A, 0x2B, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00],
        ascii("GET / HTTP/1.1\r\n"), ascii("HTTP/1.1 200 OK\r\n"), ascii("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"),
        ascii("SSH-2.0-OpenSSH_9.2\r\n"), ascii("220 mail.example.com ESMTP\r\n"), ascii("220 FTP ready\r\n"),
        ascii("+OK POP3 ready\r\n"), ascii("* OK IMAP4rev1\r\n"), ascii("ehlo client\r\n"), ascii("USER anonymous\r\n"),
        UDPRoleSignatureTests.dhcp(op: 1), ascii("INVITE sip:bob@example.com SIP/2.0\r\n"), ascii("SIP/2.0 180 Ringing\r\n"),
        [0x16, 0xFE, 0xFD, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0x00, 0x40, 0x01, 0x00, 0x00, 0x34],  // DTLS ClientHello
        [0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xA4, 0x42] + [UInt8](repeating: 0x5C, count: 12),  // STUN request
    ]

    static let contexts: [(TransportProtocol, UInt16, UInt16)] = [
        (.tcp, 40000, 8000), (.tcp, 21, 40000), (.tcp, 40000, 110), (.tcp, 40000, 53),
        (.udp, 40000, 53), (.udp, 123, 123), (.udp, 40000, 7000),
    ]

    static func agree(_ bytes: [UInt8]) -> [String] {
        contexts.compactMap { transport, source, destination in
            let payload = bytes.span.bytes
            let quick = PayloadClassifier.classify(payload, transport: transport, srcPort: source, dstPort: destination)
            let full = PayloadClassifier.classifyWithEveryMatcher(payload, transport: transport,
                                                                  srcPort: source, dstPort: destination)
            return quick == full ? nil : "\(transport) \(source)->\(destination) \(bytes.prefix(8)): \(String(describing: full?.evidence)) became \(String(describing: quick?.evidence))"
        }
    }

    /// A signature is one value per distinct message: no two say the same thing.
    @Test func everySignatureIsDistinct() {
        let texts = PayloadSignature.allCases.map { "\($0.service)|\($0.role)|\($0.evidence)|\($0.certainty)" }
        #expect(Set(texts).count == PayloadSignature.allCases.count)
    }

    @Test func seedsAreRecognised() {
        for seed in Self.seeds {
            #expect(Self.contexts.contains { transport, source, destination in
                PayloadClassifier.classify(seed.span.bytes, transport: transport, srcPort: source, dstPort: destination) != nil
            }, "\(seed.prefix(8)) matched nothing")
        }
    }

    @Test func everyFirstAndThirdByteOfEverySeed() {
        var disagreements: [String] = []
        for seed in Self.seeds {
            for position in [0, 2] where position < seed.count {
                for value in 0...255 {
                    var bytes = seed
                    bytes[position] = UInt8(value)
                    disagreements += Self.agree(bytes)
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
