import Testing
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

/// Feeds hand-built frames to a `ConnectionAnalyzer`, as a capture would, and checks the
/// report's bookkeeping. Endpoints are written "10.0.0.1:51514" or "[2001:db8::1]:443".
final class TestCapture {
    let analyzer: ConnectionAnalyzer
    /// Every frame, counted as the reading pipeline counts them.
    var ledger = FrameLedger()
    /// Capture time in seconds; each frame advances it by `after`.
    var time: Double = 1_700_000_000
    var delivered: UInt64 = 0
    var portless: UInt64 = 0

    init(_ configuration: AnalysisConfiguration = .init()) {
        analyzer = ConnectionAnalyzer(configuration: configuration)
    }

    static func endpoint(_ text: String) -> Endpoint {
        if text.hasPrefix("[") {
            let close = text.firstIndex(of: "]")!
            let ip = IPAddress(String(text[text.index(after: text.startIndex)..<close]))!
            let port = UInt16(text[text.index(close, offsetBy: 2)...])!
            return Endpoint(ip: ip, port: port)
        }
        let colon = text.lastIndex(of: ":")!
        return Endpoint(ip: IPAddress(String(text[..<colon]))!, port: UInt16(text[text.index(after: colon)...])!)
    }

    func tcp(_ from: String, _ to: String, _ flags: TCPFlags, seq: UInt32 = 0, ack: UInt32 = 0,
             payload: [UInt8] = [], after: Double = 0.001) {
        send(from, to, outcome: .tcp, flags: flags, seq: seq, ack: ack, payload: payload, after: after)
    }

    func udp(_ from: String, _ to: String, payload: [UInt8], after: Double = 0.001) {
        send(from, to, outcome: .udp, flags: [], seq: 0, ack: 0, payload: payload, after: after)
    }

    /// A frame that joins no flow (ICMP, ARP, a truncated header...).
    func nonFlow(_ outcome: FrameOutcome, after: Double = 0.001) {
        var frame = DecodedFrame()
        frame.outcome = outcome
        time += after
        delivered += 1
        portless += 1
        let empty: [UInt8] = []
        feed(frame, payload: empty, wireLength: 60, capturedLength: 60)
    }

    /// What the reading pipeline does with a decoded frame: counts it, and hands the
    /// frames of conversations to the analyzer.
    private func feed(_ frame: DecodedFrame, payload: [UInt8], wireLength: Int, capturedLength: Int) {
        ledger.add(frame, time: stamp)
        guard let transport = frame.transport else { return }
        let bytes = payload.span.bytes
        analyzer.observe(frame.packet, transport: transport, time: stamp, wireLength: wireLength,
                         capturedLength: capturedLength,
                         payload: { PayloadFacts(frame.packet, transport: transport, payload: bytes) })
    }

    /// A TCP payload of `wireLength` bytes of which only `captured` were kept (snap length).
    func send(_ from: String, _ to: String, outcome: FrameOutcome, flags: TCPFlags, seq: UInt32, ack: UInt32,
              payload: [UInt8], payloadLength: Int? = nil, after: Double) {
        let src = Self.endpoint(from), dst = Self.endpoint(to)
        var frame = DecodedFrame()
        frame.outcome = outcome
        frame.ipVersion = src.ip.isIPv6 ? 6 : 4
        frame.packet.source.ip = src.ip
        frame.packet.destination.ip = dst.ip
        frame.ipProto = outcome == .tcp ? 6 : 17
        frame.packet.hasPorts = true
        frame.packet.source.port = src.port
        frame.packet.destination.port = dst.port
        frame.packet.tcpFlags = flags
        frame.packet.seq = seq
        frame.packet.ack = ack
        frame.packet.payloadLength = payloadLength ?? payload.count
        let headers = (src.ip.isIPv6 ? 54 : 34) + (outcome == .tcp ? 20 : 8)
        frame.packet.payloadOffset = headers
        time += after
        delivered += 1
        feed(frame, payload: payload, wireLength: headers + frame.packet.payloadLength,
             capturedLength: headers + payload.count)
    }

    var stamp: Timestamp {
        let seconds = time.rounded(.down)
        return Timestamp(seconds: Int64(seconds), nanoseconds: UInt32(((time - seconds) * 1e9).rounded(.down)))
    }

    /// The final report, after checking that every frame is counted exactly once.
    func finish(sourceLocation: SourceLocation = #_sourceLocation) -> AnalysisReport {
        let report = analyzer.finish(frames: ledger)
        Self.checkBookkeeping(report, delivered: delivered, portless: portless,
                              allRecordsKept: analyzer.configuration.flowRecordLimit == nil, sourceLocation: sourceLocation)
        return report
    }

    func snapshot(sourceLocation: SourceLocation = #_sourceLocation) -> AnalysisReport {
        let report = analyzer.snapshot(frames: ledger)
        Self.checkBookkeeping(report, delivered: delivered, portless: portless,
                              allRecordsKept: analyzer.configuration.flowRecordLimit == nil, sourceLocation: sourceLocation)
        return report
    }

    /// Sum over services of packets (both directions) + frames outside flows == frames observed,
    /// and the flow records (when kept) carry the same packets.
    static func checkBookkeeping(_ report: AnalysisReport, delivered: UInt64, portless: UInt64,
                                 allRecordsKept: Bool = true, sourceLocation: SourceLocation) {
        #expect(report.frames.total == delivered, sourceLocation: sourceLocation)
        #expect(report.framesOutsideFlows == portless, sourceLocation: sourceLocation)
        #expect(report.packetsInServices + report.framesOutsideFlows == report.frames.total,
                sourceLocation: sourceLocation)
        // Every flow is under a service or among the unanswered probes, never both.
        let probeFlows = report.unansweredProbes.reduce(0) { $0 + Int($1.flows) }
        let probeWeak = report.unansweredProbes.reduce(0) { $0 + Int($1.weakFlows) }
        #expect(report.services.reduce(0) { $0 + Int($1.flows) } + probeFlows == report.flowCount,
                sourceLocation: sourceLocation)
        #expect(report.services.reduce(0) { $0 + Int($1.weakFlows) } + probeWeak == report.weakVerdictFlows,
                sourceLocation: sourceLocation)
        // With a record limit only the largest flows are listed; the tallies still hold all.
        if !report.flows.isEmpty && allRecordsKept {
            let recordPackets = report.flows.reduce(UInt64(0)) { $0 + $1.toServer.packets + $1.toClient.packets }
            #expect(recordPackets == report.packetsInServices, sourceLocation: sourceLocation)
            #expect(report.flows.count == report.flowCount, sourceLocation: sourceLocation)
            // One rule on one number: the flags add up to the count. (Not so once the pending
            // verdicts overflow: one settled early is tallied then, its record rebuilt at the end.)
            #expect(report.flows.filter(\.isWeak).count == report.weakVerdictFlows, sourceLocation: sourceLocation)
        }
        let sortedBytes = report.services.map(\.totalBytes)
        #expect(sortedBytes == sortedBytes.sorted(by: >), sourceLocation: sourceLocation)
    }
}

extension AnalysisReport {
    /// The one flow between two endpoints (either order), failing the test when not exactly one.
    func flow(_ a: String, _ b: String, sourceLocation: SourceLocation = #_sourceLocation) -> Conversation? {
        let x = TestCapture.endpoint(a), y = TestCapture.endpoint(b)
        let matches = flows.filter { ($0.client == x && $0.server == y) || ($0.client == y && $0.server == x) }
        #expect(matches.count == 1, "flows between \(a) and \(b): \(matches.count)", sourceLocation: sourceLocation)
        return matches.first
    }

    func service(_ transport: TransportProtocol, _ port: UInt16) -> ServiceTally? {
        services.first { $0.transport == transport && $0.port == port }
    }
}

/// An endpoint written "10.0.0.1:51514" or "[2001:db8::1]:443".
func endpoint(_ text: String) -> Endpoint { TestCapture.endpoint(text) }

/// The reasons as the analysis found them, not as a report words them (`EvidenceText`).
extension Conversation {
    /// `fact` is among the reasons for the verdict (or, `supports: false`, against it).
    func shows(_ fact: Evidence, supports: Bool = true) -> Bool {
        facts.contains { $0.evidence == fact && $0.supports == supports }
    }

    /// The first reason is `fact`, for the verdict.
    func leadsWith(_ fact: Evidence) -> Bool {
        facts.first.map { $0.evidence == fact && $0.supports } ?? false
    }

    /// A port fact of `kind` naming `server` as the server's port and `other` as the other
    /// (and, for the ephemeral kinds, `range` as the other's range).
    func showsPort(_ kind: RoleFact, server: UInt16, other: UInt16, range: EphemeralRange? = nil,
                   supports: Bool = true) -> Bool {
        facts.contains { item in
            guard case .port(let fact) = item.evidence else { return false }
            return fact.kind == kind && fact.serverPort == server && fact.otherPort == other
                && (range == nil || fact.range == range) && item.supports == supports
        }
    }

    /// The first reason is a payload whose sender plays `role`, as its signature says.
    func leadsWithPayload(from role: PayloadRole) -> Bool {
        guard case .payload(_, let senderIsServer, let signature)? = facts.first?.evidence else { return false }
        return senderIsServer == (role == .server) && signature?.role == role
    }

    /// The signatures of the payloads among the reasons.
    var payloadSignatures: [PayloadSignature] {
        facts.compactMap { if case .payload(_, _, let signature) = $0.evidence { signature } else { nil } }
    }
}

/// Payloads as the wire carries them.
enum Payloads {
    static let icaBanner: [UInt8] = [0x7F, 0x7F, 0x49, 0x43, 0x41, 0x00, 0x01, 0x00, 0x00, 0x00]
    static let socks5Greeting: [UInt8] = [0x05, 0x01, 0x00]
    static let socks5Choice: [UInt8] = [0x05, 0x00]
    static let sshServer = Array("SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13\r\n".utf8)
    static let sshClient = Array("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n".utf8)
    /// A client's KEXINIT (20: cookie, one name-list, the rest empty) and KEX_ECDH_INIT (30, a
    /// 32-byte key) in one segment, as OpenSSH sends them after the banners.
    static let sshKexInitAndEcdhInit: [UInt8] = {
        let names = Array("curve25519-sha256".utf8)
        var kexInit: [UInt8] = [20] + [UInt8](repeating: 0x3C, count: 16)
        kexInit += [0, 0, 0, UInt8(names.count)] + names + [UInt8](repeating: 0, count: 9 * 4) + [0, 0, 0, 0, 0]
        let padding = 8 - (5 + kexInit.count) % 8 + 8
        let length = UInt32(1 + kexInit.count + padding)
        let packet = [0, 0, UInt8(length >> 8), UInt8(length & 0xFF), UInt8(padding)] + kexInit
            + [UInt8](repeating: 0, count: padding)
        let ecdh: [UInt8] = [0, 0, 0, 44, 6, 30, 0, 0, 0, 32] + [UInt8](repeating: 0xA7, count: 32)
            + [UInt8](repeating: 0, count: 6)
        return packet + ecdh
    }()
    static let smtpGreeting = Array("220 mail.example.com ESMTP Postfix\r\n".utf8)
    static let smtpEhlo = Array("EHLO client.example.com\r\n".utf8)
    static let httpGet = Array("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n".utf8)
    static let httpOK = Array("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".utf8)
    static let ftpGreeting = Array("220 (vsFTPd 3.0.5)\r\n".utf8)
    static let opaque: [UInt8] = [0x9c, 0x11, 0xe3, 0x42, 0x08, 0x77, 0x5a, 0x01, 0xc4, 0x3d, 0x90, 0x12]
    static let opaque2: [UInt8] = [0x17, 0xa8, 0x33, 0xfe, 0x61, 0x02, 0xdd, 0x4b]

    /// A MySQL server greeting (protocol 10, version 8.0.36).
    static var mysqlGreeting: [UInt8] {
        var body: [UInt8] = [0x0A] + Array("8.0.36".utf8) + [0x00]
        body += [0x08, 0x00, 0x00, 0x00]                   // connection id
        body += Array("abcdefgh".utf8) + [0x00]            // auth-plugin-data part 1 + filler
        body += [0xFF, 0xF7, 0xFF, 0x02, 0x00, 0xFF, 0xDF, 0x15]
        body += Array(repeating: 0, count: 10)
        body += Array("ijklmnopqrst".utf8) + [0x00]
        body += Array("caching_sha2_password".utf8) + [0x00]
        let n = body.count
        return [UInt8(n & 0xff), UInt8((n >> 8) & 0xff), UInt8(n >> 16), 0x00] + body
    }

    /// A DNS message for example.com A, query or response.
    static func dns(response: Bool) -> [UInt8] {
        var m: [UInt8] = [0x1a, 0x2b, response ? 0x81 : 0x01, response ? 0x80 : 0x00, 0, 1, 0, response ? 1 : 0, 0, 0, 0, 0]
        m += [7] + Array("example".utf8) + [3] + Array("com".utf8) + [0, 0, 1, 0, 1]
        if response { m += [0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0x0e, 0x10, 0, 4, 93, 184, 216, 34] }
        return m
    }

    /// A 48-byte NTPv4 packet of the given mode.
    static func ntp(mode: UInt8) -> [UInt8] {
        [(4 << 3) | mode] + Array(repeating: 0, count: 47)
    }
}

/// Deterministic pseudo-random numbers (SplitMix64, as WharfingerServicesTests has it: test
/// targets share no code), so a failing random walk replays the same.
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
