import Testing
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

@Suite("Verdicts without a handshake")
struct HeuristicTests {
    @Test("mid-stream on a well-known port: 51514 -> 443 with no SYN")
    func midStreamWellKnown() throws {
        let c = TestCapture()
        c.tcp("10.0.0.1:51514", "10.0.0.2:443", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.opaque)
        c.tcp("10.0.0.2:443", "10.0.0.1:51514", .ack, seq: 1, ack: 13)
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.1:51514", "10.0.0.2:443"))
        #expect(flow.server == TestCapture.endpoint("10.0.0.2:443"))
        #expect(flow.basis == .ports)
        #expect(flow.showsPort(.wellKnownPort, server: 443, other: 51514))
        #expect(flow.showsPort(.ephemeralPort, server: 443, other: 51514, range: .iana))
        #expect(flow.confidence >= 0.7 && flow.confidence <= 0.99)
        #expect(!flow.isWeak)
        #expect(report.service(.tcp, 443)?.flows == 1)
    }

    @Test("mid-stream between two high ports: fan-in decides, and revises a live verdict")
    func fanInDecides() throws {
        let c = TestCapture()
        // The flow in question first: the server's port is the higher one.
        c.tcp("10.0.0.9:40001", "10.0.0.5:45000", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.opaque)
        let early = try #require(c.snapshot().flow("10.0.0.9:40001", "10.0.0.5:45000"))
        // For now only who sent first (and, against it, the lower port): a weak verdict.
        #expect(early.server.port == 45000)
        #expect(early.basis == .traffic)
        #expect(early.isWeak)
        for i in 2...5 {
            c.tcp("10.0.0.\(10 + i):\(40000 + i)", "10.0.0.5:45000", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.opaque)
        }
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.9:40001", "10.0.0.5:45000"))
        #expect(flow.server == TestCapture.endpoint("10.0.0.5:45000"))
        #expect(flow.basis == .fanIn)
        #expect(flow.leadsWith(.fanIn(busy: endpoint("10.0.0.5:45000"), peers: 5, other: endpoint("10.0.0.9:40001"), otherPeers: 1)))
        #expect(flow.facts.first?.kind == .fanIn)
        #expect(flow.showsPort(.lowerPort, server: 40001, other: 45000, supports: false))
        #expect(flow.confidence >= 0.7)
        let tally = try #require(report.service(.tcp, 45000))
        #expect(tally.flows == 5 && tally.clients == 5 && tally.servers == 1 && tally.weakFlows == 0)
        #expect(report.weakVerdictFlows == 0)
    }

    @Test("fan-in settles flows that ended early with a weak verdict")
    func fanInAtFinish() throws {
        let c = TestCapture(AnalysisConfiguration(udpIdleTimeout: 10, keepFlowRecords: false))
        c.udp("10.0.0.9:41000", "10.0.0.5:45555", payload: Payloads.opaque)
        c.udp("10.0.0.77:1", "10.0.0.78:2", payload: Payloads.opaque, after: 30)  // ends the first by idle
        for i in 1...4 {
            c.udp("10.0.1.\(i):\(41000 + i)", "10.0.0.5:45555", payload: Payloads.opaque)
        }
        let report = c.finish()
        let tally = try #require(report.service(.udp, 45555))
        #expect(tally.flows == 5)
        #expect(report.service(.udp, 41000) == nil)
    }

    @Test("traffic in one direction only")
    func oneDirection() throws {
        let c = TestCapture()
        for i in 0..<4 {
            c.udp("10.0.0.1:55000", "10.0.0.2:514", payload: Array("<34>Oct 11 22:14:15 host msg \(i)".utf8))
        }
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.1:55000", "10.0.0.2:514"))
        #expect(flow.server.port == 514)
        #expect(flow.toServer.packets == 4)
        #expect(flow.toClient.packets == 0)
        #expect(flow.ending == .endOfCapture)
    }

    @Test("the same port on both sides with nothing else: who sent first, said to be weak")
    func onlyTheFirstSender() throws {
        let c = TestCapture()
        c.udp("10.0.0.1:5060", "10.0.0.2:5060", payload: Payloads.opaque)
        c.udp("10.0.0.2:5060", "10.0.0.1:5060", payload: Payloads.opaque2)
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.1:5060", "10.0.0.2:5060"))
        #expect(flow.basis == .traffic)
        #expect(flow.facts.compactMap(\.kind) == [.firstSender])
        #expect(flow.isWeak)
        #expect(flow.client == TestCapture.endpoint("10.0.0.1:5060"))
        #expect(flow.leadsWith(.firstSender(endpoint("10.0.0.1:5060"))))
        #expect(report.weakVerdictFlows == 1)
        #expect(report.service(.udp, 5060)?.weakFlows == 1)
    }

    @Test("UDP DNS: query first, and only the response")
    func dns() throws {
        let c = TestCapture()
        c.udp("192.168.1.10:51515", "192.168.1.1:53", payload: Payloads.dns(response: false))
        c.udp("192.168.1.1:53", "192.168.1.10:51515", payload: Payloads.dns(response: true))
        // Only the response of another exchange, from the resolver's high port (unusual).
        c.udp("192.168.1.1:53", "192.168.1.11:1900", payload: Payloads.dns(response: true))
        let report = c.finish()
        let query = try #require(report.flow("192.168.1.10:51515", "192.168.1.1:53"))
        #expect(query.server == TestCapture.endpoint("192.168.1.1:53"))
        #expect(query.basis == .payload)
        #expect(query.confidence >= 0.9)
        #expect(query.payloadSignatures.contains { $0.service == "domain" && $0.role == .server })
        #expect(query.detectedProtocol == "domain")
        let lone = try #require(report.flow("192.168.1.1:53", "192.168.1.11:1900"))
        #expect(lone.server == TestCapture.endpoint("192.168.1.1:53"))
        #expect(lone.leadsWithPayload(from: .server))
        #expect(report.service(.udp, 53)?.flows == 2)
        #expect(report.service(.udp, 53)?.clients == 2)
    }

    @Test("UDP 123<->123: the NTP mode decides")
    func ntpModes() throws {
        let c = TestCapture()
        c.udp("10.0.0.20:123", "10.0.0.1:123", payload: Payloads.ntp(mode: 3))
        c.udp("10.0.0.1:123", "10.0.0.20:123", payload: Payloads.ntp(mode: 4))
        // Another pair where the server's answer is the only thing captured; its address is lower.
        c.udp("10.0.0.2:123", "10.0.0.30:123", payload: Payloads.ntp(mode: 4))
        let report = c.finish()
        let a = try #require(report.flow("10.0.0.20:123", "10.0.0.1:123"))
        #expect(a.client == TestCapture.endpoint("10.0.0.20:123"))
        #expect(a.server == TestCapture.endpoint("10.0.0.1:123"))
        #expect(a.payloadSignatures.contains { $0.service == "ntp" })
        #expect(a.confidence >= 0.9)
        let b = try #require(report.flow("10.0.0.2:123", "10.0.0.30:123"))
        #expect(b.server == TestCapture.endpoint("10.0.0.2:123"))
        #expect(b.detectedProtocol == "ntp")
    }

    @Test("IPv6 endpoints: handshake and mid-stream")
    func ipv6() throws {
        let c = TestCapture()
        c.tcp("[2001:db8::10]:50000", "[2001:db8::1]:22", .syn, seq: 1)
        c.tcp("[2001:db8::1]:22", "[2001:db8::10]:50000", [.syn, .ack], seq: 9, ack: 2)
        c.udp("[fe80::1]:53", "[fe80::2]:60000", payload: Payloads.dns(response: true))
        let report = c.finish()
        let ssh = try #require(report.flow("[2001:db8::10]:50000", "[2001:db8::1]:22"))
        #expect(ssh.client.ip.isIPv6 && ssh.server.ip.isIPv6)
        #expect(ssh.client == TestCapture.endpoint("[2001:db8::10]:50000"))
        #expect(ssh.leadsWith(.syn(from: endpoint("[2001:db8::10]:50000"), count: 1)))
        let dns = try #require(report.flow("[fe80::1]:53", "[fe80::2]:60000"))
        #expect(dns.server.description == "[fe80::1]:53")
        // The same numbers as IPv4 and IPv6 are different endpoints.
        #expect(FlowKey.make(.tcp, from: Endpoint(ip: IPAddress("0.0.0.1")!, port: 1), to: Endpoint(ip: IPAddress("0.0.0.2")!, port: 2)).key
                != FlowKey.make(.tcp, from: Endpoint(ip: IPAddress("::1")!, port: 1), to: Endpoint(ip: IPAddress("::2")!, port: 2)).key)
    }

    @Test("a client on a low ephemeral port: 1025 -> 3306, fan-in of the server decides")
    func lowEphemeralFanIn() throws {
        let c = TestCapture()
        c.tcp("10.0.0.7:1025", "10.0.0.8:3306", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.opaque)
        for i in 1...3 {
            c.tcp("10.0.2.\(i):\(50000 + i)", "10.0.0.8:3306", .ack, seq: 1, ack: 1)
        }
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.7:1025", "10.0.0.8:3306"))
        #expect(flow.server == TestCapture.endpoint("10.0.0.8:3306"))
        #expect(flow.shows(.fanIn(busy: endpoint("10.0.0.8:3306"), peers: 4, other: endpoint("10.0.0.7:1025"), otherPeers: 1)))
    }
}

@Suite("Commonly deployed service ports")
struct CommonServicePortTests {
    @Test("an old stack's client port below a database port, no payload, no fan-in")
    func oldStackClientToMySQL() throws {
        let c = TestCapture()
        c.tcp("10.0.0.1:1026", "10.0.0.2:3306", .ack, seq: 1, ack: 1)
        c.tcp("10.0.0.2:3306", "10.0.0.1:1026", .ack, seq: 1, ack: 1)
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.1:1026", "10.0.0.2:3306"))
        #expect(flow.server.port == 3306)
        #expect(flow.basis == .ports)
        #expect(flow.facts.first?.kind == .commonServicePort)
        #expect(flow.showsPort(.commonServicePort, server: 3306, other: 1026))
        #expect(flow.showsPort(.lowerPort, server: 1026, other: 3306, supports: false))
    }
}

@Suite("Probes answered only with resets")
struct ResetResponderTests {
    @Test("an ACK scan from a fixed source port: the prober is the client, not the busy endpoint")
    func ackScan() throws {
        let c = TestCapture()
        for port in 1000..<1020 {
            c.tcp("10.0.0.66:80", "10.0.0.5:\(port)", .ack, seq: 1, ack: 1)
            c.tcp("10.0.0.5:\(port)", "10.0.0.66:80", .rst, seq: 1)
        }
        let report = c.finish()
        #expect(report.flowCount == 20)
        for flow in report.flows {
            #expect(flow.client == TestCapture.endpoint("10.0.0.66:80"))
            #expect(flow.server.ip == TestCapture.endpoint("10.0.0.5:1").ip)
            #expect(flow.basis == .resetResponder)
            #expect(flow.leadsWith(.resetResponder(flow.server)))
            #expect(flow.facts.contains { item in
                if case .fanIn(let busy, _, _, _) = item.evidence { busy == endpoint("10.0.0.66:80") && !item.supports } else { false }
            }, "\(flow.facts)")
        }
    }

    @Test("a FIN answered by a reset is a connection's tail, not a probe")
    func finThenReset() throws {
        let c = TestCapture()
        c.tcp("10.0.0.2:443", "10.0.0.1:51000", [.fin, .ack], seq: 9, ack: 5)
        c.tcp("10.0.0.1:51000", "10.0.0.2:443", .rst, seq: 5)
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.1:51000", "10.0.0.2:443"))
        #expect(flow.server.port == 443)
        #expect(!flow.facts.contains { $0.kind == .resetResponder })
    }
}
