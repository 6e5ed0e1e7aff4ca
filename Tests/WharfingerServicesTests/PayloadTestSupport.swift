import WharfingerWire
import WharfingerServices

/// Classifies `bytes` as sent from `source` to `destination`.
func classify(_ bytes: [UInt8], _ transport: TransportProtocol = .tcp,
              from source: UInt16 = 40000, to destination: UInt16 = 8000) -> PayloadSignature? {
    let payload = bytes.span.bytes
    return PayloadClassifier.classify(payload, transport: transport, srcPort: source, dstPort: destination)
}

func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

/// Deterministic pseudo-random bytes (SplitMix64), so a failure can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum Samples {
    /// A DNS query for example.com, type A, class IN, RD set, ID 0x1A2B (as `dig example.com` sends).
    static let dnsQuery: [UInt8] = [
        0x1A, 0x2B, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x07, 0x65, 0x78, 0x61, 0x6D, 0x70, 0x6C, 0x65, 0x03, 0x63, 0x6F, 0x6D, 0x00,
        0x00, 0x01, 0x00, 0x01,
    ]
    /// The answer: QR, RD, RA set; one A record 93.184.215.14 with a compression pointer to the question.
    static let dnsResponse: [UInt8] = [
        0x1A, 0x2B, 0x81, 0x80, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00,
        0x07, 0x65, 0x78, 0x61, 0x6D, 0x70, 0x6C, 0x65, 0x03, 0x63, 0x6F, 0x6D, 0x00,
        0x00, 0x01, 0x00, 0x01,
        0xC0, 0x0C, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x0E, 0x10, 0x00, 0x04, 0x5D, 0xB8, 0xD7, 0x0E,
    ]
    /// The same query with an EDNS(0) OPT record (ARCOUNT 1), as modern resolvers send.
    static let dnsQueryWithEDNS: [UInt8] = {
        var bytes = dnsQuery
        bytes[11] = 0x01
        bytes += [0x00, 0x00, 0x29, 0x04, 0xD0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]
        return bytes
    }()

    /// First 11 bytes of a TLS 1.3 ClientHello record (record version 0x0301, hello version 0x0303) and its random.
    static let tlsClientHello: [UInt8] = [0x16, 0x03, 0x01, 0x00, 0xF8, 0x01, 0x00, 0x00, 0xF4, 0x03, 0x03]
        + Array(repeating: 0x5A, count: 32)
    static let tlsServerHello: [UInt8] = [0x16, 0x03, 0x03, 0x00, 0x7A, 0x02, 0x00, 0x00, 0x76, 0x03, 0x03]
        + Array(repeating: 0xA5, count: 32)

    /// NTPv4 client request: LI=3 (unsynchronised) VN=4 mode 3, poll 6, precision -20, transmit time set.
    static let ntpClient: [UInt8] = [0xE3, 0x00, 0x06, 0xEC] + Array(repeating: 0, count: 36)
        + [0xE9, 0x8C, 0x3A, 0x10, 0x12, 0x34, 0x56, 0x78]
    /// NTPv4 server reply: LI=0 VN=4 mode 4, stratum 2, poll 6, precision -23, reference id 192.0.2.1.
    static let ntpServer: [UInt8] = [0x24, 0x02, 0x06, 0xE9, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x20,
                                     0xC0, 0x00, 0x02, 0x01] + Array(repeating: 0x11, count: 32)

    /// MySQL 8.0.36 server greeting: length 74, sequence 0, protocol 10, "8.0.36", thread id, salt...
    static let mysqlGreeting: [UInt8] = {
        var body: [UInt8] = [0x0A] + Array("8.0.36".utf8) + [0x00]
        body += [0x0B, 0x00, 0x00, 0x00]                        // connection id 11
        body += Array("abcdefgh".utf8) + [0x00]                 // auth-plugin-data part 1, filler
        body += [0xFF, 0xFF, 0xFF, 0x02, 0x00, 0xFF, 0xDF, 0x15] // capabilities, charset, status
        body += Array(repeating: 0x00, count: 10)
        body += Array("ijklmnopqrst".utf8) + [0x00]
        body += Array("caching_sha2_password".utf8) + [0x00]
        return [UInt8(body.count), 0x00, 0x00, 0x00] + body
    }()
}
