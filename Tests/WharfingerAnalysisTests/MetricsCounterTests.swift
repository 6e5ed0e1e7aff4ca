import Testing
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

@Suite("Counters for a metrics endpoint")
struct MetricsCounterTests {
    /// Two HTTP connections (one closed and timed out, one live), two DNS exchanges (one
    /// idle past its timeout, one live) and an opaque exchange on high ports, which ends
    /// without a settled verdict and waits for the capture's fan-in.
    func mixedCapture() -> TestCapture {
        let c = TestCapture(AnalysisConfiguration(tcpIdleTimeout: 60, tcpTransitoryTimeout: 5, udpIdleTimeout: 20))
        func http(_ client: String, close: Bool) {
            c.tcp(client, "10.0.0.2:80", .syn, seq: 100)
            c.tcp("10.0.0.2:80", client, [.syn, .ack], seq: 500, ack: 101)
            c.tcp(client, "10.0.0.2:80", [.psh, .ack], seq: 101, ack: 501, payload: Payloads.httpGet)
            c.tcp("10.0.0.2:80", client, [.psh, .ack], seq: 501, ack: 101, payload: Payloads.httpOK)
            if close {
                c.tcp(client, "10.0.0.2:80", [.fin, .ack], seq: 200, ack: 600)
                c.tcp("10.0.0.2:80", client, [.fin, .ack], seq: 600, ack: 201)
            }
        }
        http("10.0.0.1:51000", close: true)
        c.udp("10.0.0.1:40000", "10.0.0.53:53", payload: Payloads.dns(response: false))
        c.udp("10.0.0.53:53", "10.0.0.1:40000", payload: Payloads.dns(response: true))
        c.tcp("10.0.0.7:47001", "10.0.0.8:47002", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.opaque)
        c.tcp("10.0.0.8:47002", "10.0.0.7:47001", [.psh, .ack], seq: 1, ack: 13, payload: Payloads.opaque2)
        // 30 s later: the closed connection (5 s), the DNS exchange (20 s) have ended.
        c.udp("10.0.0.1:40001", "10.0.0.53:53", payload: Payloads.dns(response: false), after: 30)
        http("10.0.0.3:52000", close: false)
        return c
    }

    @Test("per service the counters say what a snapshot's tallies say, live flows included")
    func countersMatchSnapshot() throws {
        let c = mixedCapture()
        let counters = c.analyzer.counters()
        let snapshot = c.snapshot()
        #expect(counters.services.count == snapshot.services.count)
        for service in snapshot.services {
            let traffic = try #require(counters.services[ServiceKey(transport: service.transport, port: service.port)])
            #expect(traffic.toServer == service.toServer && traffic.toClient == service.toClient)
        }
        let http = try #require(counters.services[ServiceKey(transport: .tcp, port: 80)])
        #expect(http.toServer.packets == 5 && http.toClient.packets == 5)  // the live connection's 2 + 2 too
        #expect(counters.liveFlows == snapshot.liveFlows)
        #expect(counters.liveFlows == 3)  // the opaque exchange idles 60 s; the second query; the second HTTP
        #expect(counters.endedFlows == 2)
        #expect(counters.verdicts[.handshake] == 1)
        #expect(counters.verdicts[.payload] == 1)
        #expect(counters.verdicts.total == 2)
        #expect(counters.evictedFlows == 0)
    }

    @Test("an ended flow whose verdict waits is an ended flow, and counts in verdicts once decided")
    func pendingFlows() throws {
        let c = mixedCapture()
        // 61 s later the opaque exchange has idled out; ports alone do not settle it.
        c.udp("10.0.0.1:40002", "10.0.0.53:53", payload: Payloads.dns(response: false), after: 61)
        let counters = c.analyzer.counters()
        #expect(counters.endedFlows == 5)
        #expect(counters.verdicts.total == 4)  // the opaque exchange waits for the fan-in
        #expect(counters.verdicts[.handshake] == 2 && counters.verdicts[.payload] == 2)
        let report = c.finish()
        let final = c.analyzer.counters()
        #expect(final.liveFlows == 0)
        #expect(final.endedFlows == UInt64(report.flowCount))
        #expect(final.verdicts.total == UInt64(report.flowCount))
        let opaque = try #require(report.flow("10.0.0.7:47001", "10.0.0.8:47002"))
        #expect(final.verdicts[opaque.basis] == (opaque.basis == .payload ? 4 : 1))  // three DNS exchanges are payload
        for service in report.services {
            let traffic = try #require(final.services[ServiceKey(transport: service.transport, port: service.port)])
            #expect(traffic.toServer == service.toServer && traffic.toClient == service.toClient)
        }
    }

    @Test("every verdict basis has a count of its own")
    func everyBasisCounts() {
        var counts = VerdictBasisCounts()
        for (n, basis) in VerdictBasis.allCases.enumerated() {
            for _ in 0...n { counts.add(basis) }
        }
        for (n, basis) in VerdictBasis.allCases.enumerated() { #expect(counts[basis] == UInt64(n + 1), "\(basis)") }
        let cases = UInt64(VerdictBasis.allCases.count)
        #expect(counts.total == cases * (cases + 1) / 2)
    }

    // MARK: - The ledger

    static func traffic(_ toServerPackets: UInt64, _ toClientPackets: UInt64, bytesPerPacket: UInt64 = 100) -> ServiceTraffic {
        ServiceTraffic(toServer: DirectionTally(packets: toServerPackets, bytes: toServerPackets * bytesPerPacket,
                                                capturedBytes: 0, payloadBytes: 0),
                       toClient: DirectionTally(packets: toClientPackets, bytes: toClientPackets * bytesPerPacket,
                                                capturedBytes: 0, payloadBytes: 0))
    }

    static let http = ServiceKey(transport: .tcp, port: 80)
    static let https = ServiceKey(transport: .tcp, port: 443)
    static let ssh = ServiceKey(transport: .tcp, port: 22)
    static let dns = ServiceKey(transport: .udp, port: 53)
    static let ntp = ServiceKey(transport: .udp, port: 123)

    func series(_ ledger: ServiceCounterLedger) -> [ServiceCounterLedger.Series: ServiceCounterLedger.Counts] {
        Dictionary(uniqueKeysWithValues: ledger.current.map { ($0.series, $0.counts) })
    }

    func packets(_ ledger: ServiceCounterLedger) -> UInt64 { ledger.current.reduce(0) { $0 + $1.counts.packets } }

    func expectNoCounterWentBack(_ before: [ServiceCounterLedger.Series: ServiceCounterLedger.Counts],
                                 _ after: ServiceCounterLedger, sourceLocation: SourceLocation = #_sourceLocation) {
        for (series, counts) in before {
            guard let now = after.totals[series] else {
                Issue.record("\(series) lost its totals", sourceLocation: sourceLocation)
                continue
            }
            #expect(now.toServerPackets >= counts.toServerPackets && now.toClientPackets >= counts.toClientPackets
                        && now.toServerBytes >= counts.toServerBytes && now.toClientBytes >= counts.toClientBytes,
                    "\(series) went back", sourceLocation: sourceLocation)
        }
    }

    @Test("the largest services have series of their own, the rest sum per transport; totals add up")
    func largestAndOther() throws {
        var ledger = ServiceCounterLedger(limit: 2)
        ledger.record([Self.http: Self.traffic(10, 8), Self.https: Self.traffic(30, 40), Self.ssh: Self.traffic(2, 2),
                       Self.dns: Self.traffic(5, 5), Self.ntp: Self.traffic(1, 1)])
        var now = series(ledger)
        #expect(ledger.members == [Self.https, Self.http])
        #expect(now.count == 4)
        #expect(now[.service(Self.https)]?.toServerPackets == 30 && now[.service(Self.https)]?.toClientBytes == 4000)
        #expect(now[.service(Self.http)]?.toClientPackets == 8)
        #expect(now[.other(.tcp)]?.packets == 4)   // ssh
        #expect(now[.other(.udp)]?.packets == 12)  // dns and ntp
        #expect(packets(ledger) == 10 + 8 + 30 + 40 + 4 + 10 + 2)

        // DNS grows past HTTP: it gets its own series; HTTP's growth goes to tcp's other.
        let before = now
        ledger.record([Self.http: Self.traffic(12, 8), Self.https: Self.traffic(30, 40), Self.ssh: Self.traffic(2, 2),
                       Self.dns: Self.traffic(50, 50), Self.ntp: Self.traffic(1, 1)])
        now = series(ledger)
        #expect(ledger.members == [Self.https, Self.dns])
        expectNoCounterWentBack(before, ledger)
        #expect(now[.service(Self.http)] == nil)                 // no longer exported...
        #expect(ledger.totals[.service(Self.http)]?.packets == 18)  // ...and kept for a return
        #expect(now[.service(Self.dns)]?.packets == 90)          // its growth since it joined
        #expect(now[.other(.udp)]?.packets == 12)                // what it counted before stays there
        #expect(now[.other(.tcp)]?.packets == 6)
        let exported = packets(ledger) + (ledger.totals[.service(Self.http)]?.packets ?? 0)
        #expect(exported == 12 + 8 + 30 + 40 + 4 + 100 + 2)
        #expect(ledger.current.count <= ledger.limit + TransportProtocol.allCases.count)
    }

    @Test("a revised verdict moves packets at once and the old service waits for its mark")
    func revisedVerdict() throws {
        var ledger = ServiceCounterLedger(limit: 5)
        ledger.record([Self.http: Self.traffic(10, 10), Self.https: Self.traffic(4, 4)])
        // A live flow of 3+3 packets counted under HTTP is now judged HTTPS.
        let before = series(ledger)
        ledger.record([Self.http: Self.traffic(7, 7), Self.https: Self.traffic(7, 7)])
        expectNoCounterWentBack(before, ledger)
        #expect(series(ledger)[.service(Self.http)]?.packets == 20)
        #expect(series(ledger)[.service(Self.https)]?.packets == 14)
        // HTTP carries 5 more each way: only what passes its old 10+10 counts.
        ledger.record([Self.http: Self.traffic(12, 12), Self.https: Self.traffic(7, 7)])
        #expect(series(ledger)[.service(Self.http)]?.packets == 24)
        #expect(packets(ledger) == 24 + 14)  // the sum of the marks: as many as the 38 counted now
    }

    @Test("with no series of their own, every service sums into other")
    func limitZero() {
        var ledger = ServiceCounterLedger(limit: 0)
        ledger.record([Self.http: Self.traffic(3, 2), Self.dns: Self.traffic(1, 1)])
        ledger.record([Self.http: Self.traffic(4, 2), Self.dns: Self.traffic(1, 1), Self.https: Self.traffic(1, 0)])
        #expect(ledger.members.isEmpty)
        #expect(ledger.current.map(\.series) == [.other(.tcp), .other(.udp)])
        #expect(series(ledger)[.other(.tcp)]?.toServerPackets == 5 && series(ledger)[.other(.tcp)]?.toClientPackets == 2)
        #expect(series(ledger)[.other(.udp)]?.packets == 2)
    }
}
