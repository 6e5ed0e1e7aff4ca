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
}
