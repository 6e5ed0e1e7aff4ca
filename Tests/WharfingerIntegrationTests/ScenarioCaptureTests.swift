import Foundation
import Testing

/// Every scenario of the client/server issue, crafted as a capture, written by libpcap
/// and read by the `wharfinger` binary: verdict, basis, evidence and tallies.
@Suite struct ScenarioCaptureTests {
    static let get = Array("GET / HTTP/1.1\r\nHost: example.test\r\n\r\n".utf8)
    static let ok = Array("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi".utf8)
    static let dnsQuery: [UInt8] = [0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0,
                                    7] + Array("example".utf8) + [3] + Array("com".utf8) + [0, 0, 1, 0, 1]
    static let dnsResponse: [UInt8] = [0x12, 0x34, 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0,
                                       7] + Array("example".utf8) + [3] + Array("com".utf8) + [0, 0, 1, 0, 1,
                                       0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 1, 0x2c, 0, 4, 93, 184, 216, 34]
    static func ntp(mode: UInt8) -> [UInt8] { [0x20 | mode] + [UInt8](repeating: 0, count: 47) }
    static let socksGreeting: [UInt8] = [5, 1, 0]
    static let socksChoice: [UInt8] = [5, 0]
    static let icaBanner: [UInt8] = [0x7f, 0x7f, 0x49, 0x43, 0x41, 0x00]
    static let opaque: [UInt8] = [0x9c, 0x01, 0x77, 0x42, 0xe0, 0x13, 0x5a, 0xa5, 0x00, 0xff]

    /// Frames of the flows plus frames outside flows add up to every frame read.
    func expectReconciled(_ report: Report) {
        let outside = report.framesOutsideConversations
        #expect(report.packetsAccounted + outside == report.frames["total"])
    }

    @Test func fullHandshake() throws {
        var c = CaptureBuilder()
        c.tcp("10.0.0.1:51514", "10.0.0.2:80", "S", seq: 100)
        c.tcp("10.0.0.2:80", "10.0.0.1:51514", "S.", seq: 500, ack: 101)
        c.tcp("10.0.0.1:51514", "10.0.0.2:80", ".", seq: 101, ack: 501)
        c.tcp("10.0.0.1:51514", "10.0.0.2:80", "P.", seq: 101, ack: 501, payload: Self.get)
        c.tcp("10.0.0.2:80", "10.0.0.1:51514", "P.", seq: 501, ack: 101 + UInt32(Self.get.count), payload: Self.ok)
        c.tcp("10.0.0.1:51514", "10.0.0.2:80", "F.", seq: 101 + UInt32(Self.get.count), ack: 501 + UInt32(Self.ok.count))
        c.tcp("10.0.0.2:80", "10.0.0.1:51514", "F.", seq: 501 + UInt32(Self.ok.count), ack: 102 + UInt32(Self.get.count))
        c.tcp("10.0.0.1:51514", "10.0.0.2:80", ".", seq: 102 + UInt32(Self.get.count), ack: 502 + UInt32(Self.ok.count))
        let report = try Report(try c.write("full-handshake"))
        let flow = try #require(report.flow(server: "10.0.0.2:80"))
        #expect(flow.client == "10.0.0.1:51514")
        #expect(flow.basis == "handshake")
        #expect(flow.service == "http")
        #expect(flow.end == "fin")
        #expect(flow.packets("to_server") == 5 && flow.packets("to_client") == 3)
        #expect(flow.payload("to_server") == Self.get.count && flow.payload("to_client") == Self.ok.count)
        let http = try #require(report.service("tcp", 80))
        #expect(http["flows"] as? Int == 1)
        #expect(http["clients"] as? Int == 1 && http["servers"] as? Int == 1)
        expectReconciled(report)
    }

    @Test func retransmittedSynIsOneConnection() throws {
        var c = CaptureBuilder()
        c.tcp("10.0.0.1:40000", "10.0.0.2:22", "S", seq: 7)
        c.tcp("10.0.0.1:40000", "10.0.0.2:22", "S", seq: 7)
        c.tcp("10.0.0.2:22", "10.0.0.1:40000", "S.", seq: 900, ack: 8)
        c.tcp("10.0.0.1:40000", "10.0.0.2:22", ".", seq: 8, ack: 901)
        let report = try Report(try c.write("syn-retransmitted"))
        #expect(report.flows.count == 1)
        let flow = try #require(report.flow(server: "10.0.0.2:22"))
        #expect(flow.basis == "handshake")
        #expect(flow.packets("to_server") == 3)
    }

    @Test func synNeverAnswered() throws {
        var c = CaptureBuilder()
        for _ in 0..<3 { c.tcp("10.0.0.1:40001", "10.0.0.2:3306", "S", seq: 55) }
        let report = try Report(try c.write("syn-unanswered"))
        let flow = try #require(report.flow(server: "10.0.0.2:3306"))
        #expect(flow.basis == "handshake")
        #expect(flow.client == "10.0.0.1:40001")
        #expect(flow.end == "syn-unanswered")
        #expect(flow.service == "mysql")
    }

    @Test func synAnsweredByResetMakesTheProberTheClient() throws {
        var c = CaptureBuilder()
        c.tcp("10.0.0.1:40002", "10.0.0.2:23", "S", seq: 1)
        c.tcp("10.0.0.2:23", "10.0.0.1:40002", "R.", seq: 0, ack: 2)
        let report = try Report(try c.write("syn-rst"))
        let flow = try #require(report.flow(server: "10.0.0.2:23"))
        #expect(flow.client == "10.0.0.1:40002")
        #expect(flow.basis == "handshake")
        #expect(flow.end == "rejected")
    }

    @Test func synAckOnlyThenData() throws {
        var c = CaptureBuilder()
        c.tcp("10.0.0.2:443", "10.0.0.1:50000", "S.", seq: 10, ack: 21)
        c.tcp("10.0.0.1:50000", "10.0.0.2:443", ".", seq: 21, ack: 11)
        c.tcp("10.0.0.1:50000", "10.0.0.2:443", "P.", seq: 21, ack: 11, payload: Self.opaque)
        let report = try Report(try c.write("syn-ack-only"))
        let flow = try #require(report.flow(server: "10.0.0.2:443"))
        #expect(flow.basis == "syn-ack")
        #expect(flow.client == "10.0.0.1:50000")
    }

    @Test func synAckCapturedBeforeItsSyn() throws {
        var c = CaptureBuilder()
        c.tcp("10.0.0.2:8080", "10.0.0.1:50001", "S.", seq: 300, ack: 101)
        c.tcp("10.0.0.1:50001", "10.0.0.2:8080", "S", seq: 100)
        c.tcp("10.0.0.1:50001", "10.0.0.2:8080", ".", seq: 101, ack: 301)
        let report = try Report(try c.write("syn-ack-first"))
        #expect(report.flows.count == 1)
        let flow = try #require(report.flow(server: "10.0.0.2:8080"))
        #expect(flow.basis == "handshake")
        #expect(flow.client == "10.0.0.1:50001")
    }

    @Test func simultaneousOpen() throws {
        var c = CaptureBuilder()
        c.tcp("10.0.0.1:5000", "10.0.0.2:6000", "S", seq: 100)
        c.tcp("10.0.0.2:6000", "10.0.0.1:5000", "S", seq: 300)
        c.tcp("10.0.0.1:5000", "10.0.0.2:6000", "S.", seq: 100, ack: 301)
        c.tcp("10.0.0.2:6000", "10.0.0.1:5000", "S.", seq: 300, ack: 101)
        let report = try Report(try c.write("simultaneous"))
        #expect(report.flows.count == 1)
        #expect(report.flows.first?.basis == "simultaneous")
        #expect(report.flows.first?.mentions("simultaneous") == true)
    }

    @Test func midStreamOnAWellKnownPortWhereTheServerSpeaksFirst() throws {
        var c = CaptureBuilder()
        c.tcp("10.0.0.2:443", "10.0.0.1:51514", "P.", seq: 5000, ack: 900, payload: Self.opaque)
        c.tcp("10.0.0.1:51514", "10.0.0.2:443", ".", seq: 900, ack: 5010)
        c.tcp("10.0.0.1:51514", "10.0.0.2:443", "P.", seq: 900, ack: 5010, payload: Self.opaque)
        let report = try Report(try c.write("mid-stream-443"))
        let flow = try #require(report.flow(server: "10.0.0.2:443"))
        #expect(flow.basis == "ports")
        #expect(flow.client == "10.0.0.1:51514")
        #expect(flow.service == "https")
    }

    @Test func fanInDecidesBetweenTwoHighPorts() throws {
        var c = CaptureBuilder()
        // The flow in question: the server side sends first, both ports are high.
        c.tcp("10.0.0.9:58000", "10.0.0.1:33001", "P.", seq: 1, ack: 1, payload: Self.opaque)
        c.tcp("10.0.0.1:33001", "10.0.0.9:58000", "P.", seq: 1, ack: 11, payload: Self.opaque)
        for peer in 2...7 {
            c.tcp("10.0.0.\(peer):\(33000 + peer * 7)", "10.0.0.9:58000", "P.", seq: 1, ack: 1, payload: Self.opaque)
            c.tcp("10.0.0.9:58000", "10.0.0.\(peer):\(33000 + peer * 7)", ".", seq: 1, ack: 11)
        }
        let report = try Report(try c.write("fan-in"))
        let flow = try #require(report.flows.first { $0.client == "10.0.0.1:33001" || $0.server == "10.0.0.1:33001" })
        #expect(flow.server == "10.0.0.9:58000")
        #expect(flow.basis == "fan-in")
        #expect(flow.mentions("distinct peers"))
        let service = try #require(report.service("tcp", 58000))
        #expect(service["flows"] as? Int == 7)
        #expect(service["clients"] as? Int == 7)
        expectReconciled(report)
    }

    @Test func sameFourTupleReusedWithRolesSwapped() throws {
        var c = CaptureBuilder()
        c.tcp("10.0.0.1:6000", "10.0.0.2:7000", "S", seq: 10)
        c.tcp("10.0.0.2:7000", "10.0.0.1:6000", "S.", seq: 20, ack: 11)
        c.tcp("10.0.0.1:6000", "10.0.0.2:7000", ".", seq: 11, ack: 21)
        c.tcp("10.0.0.1:6000", "10.0.0.2:7000", "F.", seq: 11, ack: 21)
        c.tcp("10.0.0.2:7000", "10.0.0.1:6000", "F.", seq: 21, ack: 12)
        c.tcp("10.0.0.1:6000", "10.0.0.2:7000", ".", seq: 12, ack: 22)
        c.tcp("10.0.0.2:7000", "10.0.0.1:6000", "S", seq: 5000)
        c.tcp("10.0.0.1:6000", "10.0.0.2:7000", "S.", seq: 9000, ack: 5001)
        c.tcp("10.0.0.2:7000", "10.0.0.1:6000", ".", seq: 5001, ack: 9001)
        let report = try Report(try c.write("reused-swapped"))
        #expect(report.flows.count == 2)
        #expect(report.flows.contains { $0.client == "10.0.0.1:6000" && $0.server == "10.0.0.2:7000" && $0.basis == "handshake" })
        #expect(report.flows.contains { $0.client == "10.0.0.2:7000" && $0.server == "10.0.0.1:6000" && $0.basis == "handshake" })
    }

    @Test func trafficInOneDirectionOnly() throws {
        var c = CaptureBuilder()
        for _ in 0..<4 { c.udp("10.0.0.1:50514", "10.0.0.2:514", payload: Array("<13>hello".utf8)) }
        let report = try Report(try c.write("one-way"))
        let flow = try #require(report.flow(server: "10.0.0.2:514"))
        #expect(flow.packets("to_server") == 4 && flow.packets("to_client") == 0)
        #expect(flow.service == "syslog")
    }

    @Test func dnsQueryFirstAndResponseOnly() throws {
        var c = CaptureBuilder()
        c.udp("10.0.0.1:40000", "10.0.0.53:53", payload: Self.dnsQuery)
        c.udp("10.0.0.53:53", "10.0.0.1:40000", payload: Self.dnsResponse)
        c.udp("10.0.0.53:53", "10.0.0.1:40001", payload: Self.dnsResponse)
        let report = try Report(try c.write("dns"))
        let flows = report.flows.filter { $0.server == "10.0.0.53:53" }
        #expect(flows.count == 2)
        #expect(flows.allSatisfy { $0.service == "domain" && $0.basis == "payload" })
        #expect(flows.contains { $0.client == "10.0.0.1:40000" && $0.mentions("query") })
        #expect(flows.contains { $0.client == "10.0.0.1:40001" && $0.mentions("response") })
        let dns = try #require(report.service("udp", 53))
        #expect(dns["flows"] as? Int == 2)
    }

    @Test func ntpModesDecide123To123() throws {
        var c = CaptureBuilder()
        // The capture begins with the server's reply; the modes still say who is who.
        c.udp("10.0.0.2:123", "10.0.0.1:123", payload: Self.ntp(mode: 4))
        c.udp("10.0.0.1:123", "10.0.0.2:123", payload: Self.ntp(mode: 3))
        c.udp("10.0.0.2:123", "10.0.0.1:123", payload: Self.ntp(mode: 4))
        let report = try Report(try c.write("ntp"))
        #expect(report.flows.count == 1)
        let flow = try #require(report.flows.first)
        #expect(flow.client == "10.0.0.1:123" && flow.server == "10.0.0.2:123")
        #expect(flow.mentions("mode"))
        #expect(flow.service == "ntp")
    }

    /// Clients from 1080 to an ICA server on 1494, among other clients of that server.
    func icaCapture(handshake: Bool) -> CaptureBuilder {
        var c = CaptureBuilder()
        if handshake {
            c.tcp("10.0.0.1:1080", "10.0.0.2:1494", "S", seq: 1000)
            c.tcp("10.0.0.2:1494", "10.0.0.1:1080", "S.", seq: 7000, ack: 1001)
            c.tcp("10.0.0.1:1080", "10.0.0.2:1494", ".", seq: 1001, ack: 7001)
        }
        c.tcp("10.0.0.2:1494", "10.0.0.1:1080", "P.", seq: 7001, ack: 1001, payload: Self.icaBanner)
        c.tcp("10.0.0.1:1080", "10.0.0.2:1494", "P.", seq: 1001, ack: 7007, payload: Self.opaque)
        for peer in 3...6 {
            c.tcp("10.0.0.\(peer):\(50000 + peer)", "10.0.0.2:1494", "P.", seq: 1, ack: 1, payload: Self.opaque)
        }
        return c
    }

    /// A client on 1494 to a SOCKS proxy on 1080, among other clients of that proxy.
    func socksCapture(handshake: Bool) -> CaptureBuilder {
        var c = CaptureBuilder()
        if handshake {
            c.tcp("10.0.0.1:1494", "10.0.0.2:1080", "S", seq: 1000)
            c.tcp("10.0.0.2:1080", "10.0.0.1:1494", "S.", seq: 7000, ack: 1001)
            c.tcp("10.0.0.1:1494", "10.0.0.2:1080", ".", seq: 1001, ack: 7001)
        }
        c.tcp("10.0.0.1:1494", "10.0.0.2:1080", "P.", seq: 1001, ack: 7001, payload: Self.socksGreeting)
        c.tcp("10.0.0.2:1080", "10.0.0.1:1494", "P.", seq: 7001, ack: 1004, payload: Self.socksChoice)
        for peer in 3...6 {
            c.tcp("10.0.0.\(peer):\(50000 + peer)", "10.0.0.2:1080", "P.", seq: 1, ack: 1, payload: Self.socksGreeting)
        }
        return c
    }

    @Test(arguments: [true, false])
    func icaServerOn1494(handshake: Bool) throws {
        let report = try Report(try icaCapture(handshake: handshake).write("ica-\(handshake)"))
        let flow = try #require(report.ambiguous.first { $0.client == "10.0.0.1:1080" || $0.server == "10.0.0.1:1080" })
        #expect(flow.server == "10.0.0.2:1494")
        #expect(flow.service == "ica")
        #expect(handshake ? flow.basis == "handshake" : ["payload", "fan-in"].contains(flow.basis), "\(flow.basis)")
        #expect(flow.mentions("ICA banner"))
    }

    @Test(arguments: [true, false])
    func socksServerOn1080(handshake: Bool) throws {
        let report = try Report(try socksCapture(handshake: handshake).write("socks-\(handshake)"))
        let flow = try #require(report.ambiguous.first { $0.client == "10.0.0.1:1494" || $0.server == "10.0.0.1:1494" })
        #expect(flow.server == "10.0.0.2:1080")
        #expect(flow.service == "socks")
        #expect(flow.basis == (handshake ? "handshake" : "payload"))
        #expect(flow.mentions("SOCKS5"))
    }

    @Test(arguments: ["227 Entering Passive Mode (10,0,0,2,195,80).\r\n", "229 Entering Extended Passive Mode (|||50000|)\r\n"])
    func ftpDataConnectionBetweenHighPorts(reply: String) throws {
        var c = CaptureBuilder()
        c.tcp("10.0.0.1:50100", "10.0.0.2:21", "S", seq: 1)
        c.tcp("10.0.0.2:21", "10.0.0.1:50100", "S.", seq: 1, ack: 2)
        c.tcp("10.0.0.1:50100", "10.0.0.2:21", ".", seq: 2, ack: 2)
        c.tcp("10.0.0.2:21", "10.0.0.1:50100", "P.", seq: 2, ack: 2, payload: Array("220 FTP server ready\r\n".utf8))
        c.tcp("10.0.0.1:50100", "10.0.0.2:21", "P.", seq: 2, ack: 24, payload: Array("PASV\r\n".utf8))
        c.tcp("10.0.0.2:21", "10.0.0.1:50100", "P.", seq: 24, ack: 8, payload: Array(reply.utf8))
        // The data connection, handshake not captured; the server sends the file first.
        c.tcp("10.0.0.2:50000", "10.0.0.1:50101", "P.", seq: 1, ack: 1, payload: Self.opaque)
        c.tcp("10.0.0.1:50101", "10.0.0.2:50000", ".", seq: 1, ack: 11)
        let report = try Report(try c.write("ftp-data"))
        let data = try #require(report.flows.first { $0.client == "10.0.0.1:50101" || $0.server == "10.0.0.1:50101" })
        #expect(data.server == "10.0.0.2:50000")
        #expect(data.mentions("FTP"))
        let control = try #require(report.flow(server: "10.0.0.2:21"))
        #expect(control.basis == "handshake")
    }

    @Test func ipv6ExtensionHeadersAndAFragmentedFirstPacket() throws {
        var c = CaptureBuilder()
        let query = Self.dnsQuery + [UInt8](repeating: 0, count: 40)
        c.udp("[2001:db8::1]:40000", "[2001:db8::53]:53", payload: Array(query.prefix(32)), hopByHop: true,
              fragment: .first(id: 9), datagramLength: 8 + query.count)
        c.laterFragment("[2001:db8::1]:40000", "[2001:db8::53]:53", proto: 17, id: 9, offset: 40,
                        data: Array(query.dropFirst(32)))
        c.udp("[2001:db8::53]:53", "[2001:db8::1]:40000", payload: Self.dnsResponse, hopByHop: true)
        let report = try Report(try c.write("ipv6-ext-frag"))
        #expect(report.frames["fragment"] == 1)
        #expect(report.frames["udp"] == 2)
        let flow = try #require(report.flow(server: "[2001:db8::53]:53"))
        #expect(flow.client == "[2001:db8::1]:40000")
        #expect(flow.service == "domain")
        // The query's later fragment counts with it: two frames, one datagram.
        #expect(flow.packets("to_server") == 2 && flow.packets("to_client") == 1)
        #expect((flow.raw["to_server"] as? [String: Int])?["later_fragments"] == 1)
        #expect(report.fragmentsInConversations == 1)
        expectReconciled(report)
    }
}
