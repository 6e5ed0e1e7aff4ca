import Testing
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

/// Scenarios decided by payload signatures and the registry. They run against the built-in
/// registry and classifier whatever state those are in: a broken registry fails them.
@Suite("Payload and registry scenarios")
struct PayloadScenarioTests {
    @Test("SYN 1080 -> 1494, the server sends the ICA banner")
    func icaWithHandshake() throws {
        let c = TestCapture()
        c.tcp("10.0.0.1:1080", "10.0.0.2:1494", .syn, seq: 1)
        c.tcp("10.0.0.2:1494", "10.0.0.1:1080", [.syn, .ack], seq: 50, ack: 2)
        c.tcp("10.0.0.1:1080", "10.0.0.2:1494", .ack, seq: 2, ack: 51)
        c.tcp("10.0.0.2:1494", "10.0.0.1:1080", [.psh, .ack], seq: 51, ack: 2, payload: Payloads.icaBanner)
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.1:1080", "10.0.0.2:1494"))
        #expect(flow.client.port == 1080 && flow.server.port == 1494)
        #expect(flow.basis == .handshake)
        #expect(flow.service == "ica")
        #expect(flow.detectedProtocol == "ica")
        #expect(!flow.detectedProtocolUnexpected)
        #expect(flow.payloadSignatures.contains { $0.service == "ica" && $0.role == .server })
        #expect(report.ambiguousCount == 1)
        #expect(report.ambiguous.first?.flow.server.port == 1494)
        #expect(report.ambiguous.first?.flow.shows(.syn(from: endpoint("10.0.0.1:1080"), count: 1)) == true)
    }

    @Test("SYN 1494 -> 1080 with a SOCKS5 greeting")
    func socksWithHandshake() throws {
        let c = TestCapture()
        c.tcp("10.0.0.2:1494", "10.0.0.1:1080", .syn, seq: 1)
        c.tcp("10.0.0.1:1080", "10.0.0.2:1494", [.syn, .ack], seq: 50, ack: 2)
        c.tcp("10.0.0.2:1494", "10.0.0.1:1080", [.psh, .ack], seq: 2, ack: 51, payload: Payloads.socks5Greeting)
        c.tcp("10.0.0.1:1080", "10.0.0.2:1494", [.psh, .ack], seq: 51, ack: 5, payload: Payloads.socks5Choice)
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.2:1494", "10.0.0.1:1080"))
        #expect(flow.client.port == 1494 && flow.server.port == 1080)
        #expect(flow.service == "socks")
        #expect(flow.detectedProtocol == "socks")
        #expect(report.ambiguousCount == 1)
        #expect(report.service(.tcp, 1080)?.flows == 1)
    }

    @Test("1080/1494 without the handshake: the ICA banner and the SOCKS greeting still decide")
    func ambiguousMidStream() throws {
        let c = TestCapture()
        c.tcp("10.0.0.1:1080", "10.0.0.2:1494", .ack, seq: 1, ack: 1)
        c.tcp("10.0.0.2:1494", "10.0.0.1:1080", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.icaBanner)
        c.tcp("10.0.1.2:1494", "10.0.1.1:1080", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.socks5Greeting)
        let report = c.finish()
        let ica = try #require(report.flow("10.0.0.1:1080", "10.0.0.2:1494"))
        #expect(ica.server.port == 1494)
        #expect(ica.basis == .payload && ica.confidence >= 0.8)
        #expect(ica.leadsWithPayload(from: .server))
        #expect(ica.showsPort(.lowerPort, server: 1080, other: 1494, supports: false))
        let socks = try #require(report.flow("10.0.1.2:1494", "10.0.1.1:1080"))
        #expect(socks.server.port == 1080)
        #expect(socks.leadsWithPayload(from: .client))
        #expect(report.ambiguousCount == 2)
    }

    @Test("1080/1494 without the handshake or a known payload: fan-in decides")
    func ambiguousFanIn() throws {
        let c = TestCapture()
        c.tcp("127.0.0.1:1080", "127.0.0.1:1494", .ack, seq: 1, ack: 1, payload: Payloads.opaque)
        for port in [40001, 40002, 40003, 40004] as [UInt16] {
            c.tcp("127.0.0.1:\(port)", "127.0.0.1:1494", .ack, seq: 1, ack: 1, payload: Payloads.opaque2)
        }
        let report = c.finish()
        let flow = try #require(report.flow("127.0.0.1:1080", "127.0.0.1:1494"))
        #expect(flow.server.port == 1494)
        #expect(flow.leadsWith(.fanIn(busy: endpoint("127.0.0.1:1494"), peers: 5, other: endpoint("127.0.0.1:1080"), otherPeers: 1)))
        let ambiguous = try #require(report.ambiguous.first)
        #expect(ambiguous.flow.server.port == 1494)
        #expect(report.ambiguousCount == 1)
    }

    @Test("the ICA client echoes the server's banner: the first to send it is the server")
    func icaBannerEchoed() throws {
        let c = TestCapture()
        // Two high ports, and the server sends first: only the banner's order names it.
        c.tcp("10.0.0.2:45000", "10.0.0.1:41000", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.icaBanner)
        c.tcp("10.0.0.1:41000", "10.0.0.2:45000", [.psh, .ack], seq: 1, ack: 11, payload: Payloads.icaBanner)
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.2:45000", "10.0.0.1:41000"))
        #expect(flow.server == TestCapture.endpoint("10.0.0.2:45000"))
        #expect(flow.basis == .payload)
        #expect(flow.facts.compactMap(\.kind).filter { $0.category == .payload } == [.bannerEcho])
        #expect(flow.facts.contains { item in
            if case .sameBannerFirst(let server, _, true) = item.evidence { server == flow.server } else { false }
        })
    }

    @Test("server-first protocols mid-stream: SSH, SMTP, MySQL")
    func serverFirst() throws {
        let c = TestCapture()
        // The server's ports are above the clients' so only the payload can be right.
        c.tcp("10.0.0.2:60022", "10.0.0.1:40000", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.sshServer)
        c.tcp("10.0.0.1:40000", "10.0.0.2:60022", [.psh, .ack], seq: 1, ack: 40, payload: Payloads.sshClient)
        // Banner order is a race; the clear key exchange after it is not.
        c.tcp("10.0.0.1:40000", "10.0.0.2:60022", [.psh, .ack], seq: 33, ack: 40, payload: Payloads.sshKexInitAndEcdhInit)
        c.tcp("10.0.1.2:60025", "10.0.1.1:40000", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.smtpGreeting)
        c.tcp("10.0.1.1:40000", "10.0.1.2:60025", [.psh, .ack], seq: 1, ack: 37, payload: Payloads.smtpEhlo)
        c.tcp("10.0.0.8:3306", "10.0.0.7:1025", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.mysqlGreeting)
        let report = c.finish()
        let ssh = try #require(report.flow("10.0.0.2:60022", "10.0.0.1:40000"))
        #expect(ssh.server.port == 60022)
        #expect(ssh.basis == .payload)
        #expect(ssh.facts.contains { $0.kind == .sshKeyExchange && $0.server.port == 60022 })
        #expect(ssh.detectedProtocol == "ssh")
        #expect(ssh.detectedProtocolUnexpected && ssh.service == nil)
        let smtp = try #require(report.flow("10.0.1.2:60025", "10.0.1.1:40000"))
        #expect(smtp.server.port == 60025)
        #expect(smtp.confidence >= 0.85)
        let mysql = try #require(report.flow("10.0.0.8:3306", "10.0.0.7:1025"))
        #expect(mysql.server == TestCapture.endpoint("10.0.0.8:3306"))
        #expect(mysql.detectedProtocol == "mysql")
        #expect(!mysql.detectedProtocolUnexpected)
        #expect(mysql.leadsWithPayload(from: .server))
    }

    @Test("HTTP on 8081 and SSH on 2222 are flagged")
    func unexpectedServices() throws {
        let c = TestCapture()
        c.tcp("10.0.0.1:51000", "10.0.0.2:8081", .syn, seq: 1)
        c.tcp("10.0.0.2:8081", "10.0.0.1:51000", [.syn, .ack], seq: 9, ack: 2)
        c.tcp("10.0.0.1:51000", "10.0.0.2:8081", [.psh, .ack], seq: 2, ack: 10, payload: Payloads.httpGet)
        c.tcp("10.0.0.2:2222", "10.0.0.1:51001", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.sshServer)
        let report = c.finish()
        let http = try #require(report.flow("10.0.0.1:51000", "10.0.0.2:8081"))
        #expect(http.detectedProtocol == "http")
        #expect(http.detectedProtocolUnexpected)
        #expect(http.service == ServiceRegistry.iana.name(port: 8081, transport: .tcp))
        let ssh = try #require(report.flow("10.0.0.2:2222", "10.0.0.1:51001"))
        #expect(ssh.server.port == 2222)
        #expect(ssh.detectedProtocol == "ssh" && ssh.detectedProtocolUnexpected)
    }

    @Test("mid-stream 51514 -> 53/udp names the registry in its evidence")
    func registeredEvidence() throws {
        let c = TestCapture()
        c.udp("10.0.0.1:51515", "10.0.0.2:53", payload: Payloads.opaque)
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.1:51515", "10.0.0.2:53"))
        #expect(flow.server.port == 53)
        #expect(flow.service == "domain")
        #expect(flow.showsPort(.registeredPort, server: 53, other: 51515))
        #expect(flow.showsPort(.ephemeralPort, server: 53, other: 51515, range: .iana))
    }
}

@Suite("Unexpected-service flags")
struct UnexpectedServiceTests {
    private func detected(_ payload: [UInt8], serverPort: UInt16) throws -> Conversation {
        let c = TestCapture()
        c.tcp("10.0.0.1:51000", "10.0.0.2:\(serverPort)", .syn, seq: 1)
        c.tcp("10.0.0.2:\(serverPort)", "10.0.0.1:51000", [.syn, .ack], seq: 9, ack: 2)
        c.tcp("10.0.0.1:51000", "10.0.0.2:\(serverPort)", [.psh, .ack], seq: 2, ack: 10, payload: payload)
        return try #require(c.finish().flows.first)
    }

    @Test("TLS on 443 and 993, HTTP on 80 and 8080, SMTP on 587 are not flagged")
    func expected() throws {
        var hello: [UInt8] = [0x16, 0x03, 0x01, 0x00, 0x2f, 0x01, 0x00, 0x00, 0x2b, 0x03, 0x03]
        hello += Array(repeating: 0x11, count: 32) + [0x00, 0x00, 0x02, 0x13, 0x01, 0x01, 0x00]
        for port: UInt16 in [443, 993] {
            let flow = try detected(hello, serverPort: port)
            #expect(flow.detectedProtocol == "tls")
            #expect(!flow.detectedProtocolUnexpected, "tls on \(port)")
        }
        for port: UInt16 in [80, 8080] {
            let flow = try detected(Payloads.httpGet, serverPort: port)
            #expect(flow.detectedProtocol == "http")
            #expect(!flow.detectedProtocolUnexpected, "http on \(port)")
        }
        #expect(try !detected(Payloads.smtpEhlo, serverPort: 587).detectedProtocolUnexpected)
    }

    @Test("HTTP on 22 is flagged with the registered name")
    func flagged() throws {
        let flow = try detected(Payloads.httpGet, serverPort: 22)
        #expect(flow.detectedProtocol == "http" && flow.detectedProtocolUnexpected && flow.service == "ssh")
    }
}
