import Foundation
import Testing

/// With no handshake in the capture, Wharfinger must name the right server far more often
/// than the rules peers use. The connections here are the peers' known misses, mixed
/// with ordinary ones: server-first protocols (SSH, FTP, SMTP, POP3, MySQL banners), FTP
/// data connections between two high ports, clients on low ephemeral ports (old stacks'
/// 1024-4999), and high-port services known only by their fan-in. The truth is known by
/// construction; the peers' rules are scored on the same connections for comparison.
@Suite struct HeuristicAccuracyTests {
    struct Truth {
        var client: String
        var server: String
        var firstSender: String
    }

    /// A deterministic generator (SplitMix64), so the capture is the same every run.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let banners: [(port: Int, bytes: [UInt8])] = [
        (22, Array("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n".utf8)),
        (21, Array("220 (vsFTPd 3.0.3)\r\n".utf8)),
        (25, Array("220 mail.example.test ESMTP Postfix\r\n".utf8)),
        (110, Array("+OK Dovecot ready.\r\n".utf8)),
        (3306, [0x4a, 0, 0, 0, 0x0a] + Array("8.0.36".utf8) + [0] + [UInt8](repeating: 0x41, count: 40)),
    ]
    static let get = Array("GET /index.html HTTP/1.1\r\nHost: example.test\r\n\r\n".utf8)
    static let clientHello: [UInt8] = [0x16, 0x03, 0x01, 0x00, 0x40, 0x01, 0x00, 0x00, 0x3c, 0x03, 0x03]
        + [UInt8](repeating: 0x11, count: 60)
    static let opaque: [UInt8] = [0x9c, 0x01, 0x77, 0x42, 0xe0, 0x13, 0x5a, 0xa5]

    func build() -> (CaptureBuilder, [Truth]) {
        var c = CaptureBuilder()
        var truths: [Truth] = []
        var random = Random(state: 42)
        func ip(_ n: Int) -> String { "10.1.\(n / 250).\(n % 250 + 1)" }

        for i in 0..<300 {
            let client = ip(random.next(400)), server = ip(400 + random.next(40))
            switch i % 6 {
            case 0:  // a server-first protocol, captured from its banner on
                let banner = Self.banners[random.next(Self.banners.count)]
                let c1 = "\(client):\(32768 + random.next(28000))", s1 = "\(server):\(banner.port)"
                c.tcp(s1, c1, "P.", seq: 1, ack: 1, payload: banner.bytes)
                c.tcp(c1, s1, "P.", seq: 1, ack: 1, payload: Array("QUIT\r\n".utf8))
                truths.append(Truth(client: c1, server: s1, firstSender: s1))
            case 1:  // an old stack's client port, below the server's registered port
                let c1 = "\(client):\(1024 + random.next(2000))", s1 = "\(server):\([3306, 5432, 8080][random.next(3)])"
                let port = Int(s1.split(separator: ":").last!)!
                if port == 3306 {
                    c.tcp(s1, c1, "P.", seq: 1, ack: 1, payload: Self.banners[4].bytes)
                    c.tcp(c1, s1, "P.", seq: 1, ack: 1, payload: Self.opaque)
                    truths.append(Truth(client: c1, server: s1, firstSender: s1))
                } else if port == 5432 {
                    c.tcp(c1, s1, "P.", seq: 1, ack: 1, payload: [0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f])
                    c.tcp(s1, c1, "P.", seq: 1, ack: 1, payload: Array("N".utf8))
                    truths.append(Truth(client: c1, server: s1, firstSender: c1))
                } else {
                    c.tcp(c1, s1, "P.", seq: 1, ack: 1, payload: Self.get)
                    c.tcp(s1, c1, "P.", seq: 1, ack: 1, payload: Array("HTTP/1.1 200 OK\r\n\r\n".utf8))
                    truths.append(Truth(client: c1, server: s1, firstSender: c1))
                }
            case 2:  // an FTP data connection between two high ports, announced by PASV
                let control = "\(client):\(40000 + random.next(9000))", ftp = "\(server):21"
                let dataPort = 50000 + random.next(10000)
                let (p1, p2) = (dataPort / 256, dataPort % 256)
                let octets = server.split(separator: ".").joined(separator: ",")
                c.tcp(ftp, control, "P.", seq: 1, ack: 1, payload: Array("227 Entering Passive Mode (\(octets),\(p1),\(p2)).\r\n".utf8))
                let dataClient = "\(client):\(49152 + random.next(16000))", dataServer = "\(server):\(dataPort)"
                c.tcp(dataServer, dataClient, "P.", seq: 1, ack: 1, payload: Self.opaque)
                c.tcp(dataClient, dataServer, ".", seq: 1, ack: 9)
                truths.append(Truth(client: dataClient, server: dataServer, firstSender: dataServer))
            case 3:  // an ordinary web client, mid-stream, the response captured first
                let c1 = "\(client):\(32768 + random.next(28000))", s1 = "\(server):\([80, 443][random.next(2)])"
                c.tcp(s1, c1, "P.", seq: 1, ack: 1, payload: Self.opaque)
                c.tcp(c1, s1, "P.", seq: 1, ack: 1, payload: s1.hasSuffix(":80") ? Self.get : Self.clientHello)
                truths.append(Truth(client: c1, server: s1, firstSender: s1))
            case 4:  // a high-port service known only by how many peers use it
                let s1 = "\(ip(450)):\(61000 + i % 3)"
                let c1 = "\(client):\(40000 + random.next(9000))"
                c.tcp(s1, c1, "P.", seq: 1, ack: 1, payload: Self.opaque)
                c.tcp(c1, s1, ".", seq: 1, ack: 9)
                truths.append(Truth(client: c1, server: s1, firstSender: s1))
            default:  // ordinary client-first traffic to a well-known port
                let c1 = "\(client):\(32768 + random.next(28000))", s1 = "\(server):443"
                c.tcp(c1, s1, "P.", seq: 1, ack: 1, payload: Self.clientHello)
                c.tcp(s1, c1, "P.", seq: 1, ack: 1, payload: Self.opaque)
                truths.append(Truth(client: c1, server: s1, firstSender: c1))
            }
        }
        return (c, truths)
    }

    /// The best port rule: well-known beats registered beats unassigned, then the lower port.
    func portRuleServer(_ a: String, _ b: String, assigned: Set<Int>) -> String {
        func rank(_ endpoint: String) -> (Int, Int, Int) {
            let port = Int(endpoint.split(separator: ":").last!)!
            return (port < 1024 ? 1 : 0, assigned.contains(port) ? 1 : 0, -port)
        }
        return rank(a) > rank(b) ? a : b
    }

    @Test func beatsFirstSenderAndPortRules() throws {
        let (capture, truths) = build()
        let report = try Report(try capture.write("heuristic-accuracy"))
        // The registered ports among those used here, for the port rule.
        let assigned: Set<Int> = [21, 22, 25, 80, 110, 443, 3306, 5432, 8080]
        var ours = 0, firstSender = 0, portRule = 0
        var misses: [String] = []
        for truth in truths {
            let flow = report.flows.first { Set([$0.client, $0.server]) == Set([truth.client, truth.server]) }
            if flow?.server == truth.server { ours += 1 } else {
                misses.append("\(truth.client) -> \(truth.server): got \(flow?.server ?? "none") \(flow?.evidence ?? [])")
            }
            if truth.firstSender == truth.client { firstSender += 1 }
            if portRuleServer(truth.client, truth.server, assigned: assigned) == truth.server { portRule += 1 }
        }
        let n = Double(truths.count)
        let (oursRate, firstRate, portRate) = (Double(ours) / n, Double(firstSender) / n, Double(portRule) / n)
        print("heuristic accuracy: wharfinger \(oursRate), first sender \(firstRate), port rule \(portRate)")
        #expect(oursRate >= 0.98, "misses: \(misses.prefix(10))")
        #expect(oursRate > firstRate + 0.2)
        #expect(oursRate > portRate + 0.05)
    }
}
