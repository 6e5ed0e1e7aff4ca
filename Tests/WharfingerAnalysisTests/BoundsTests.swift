import Testing
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

@Suite("Timeouts, eviction, bounds")
struct BoundsTests {
    @Test("an idle timeout ends a flow; a later packet starts a new one")
    func idleTimeout() throws {
        let c = TestCapture(AnalysisConfiguration(tcpIdleTimeout: 60, udpIdleTimeout: 20))
        c.tcp("10.0.0.1:51000", "10.0.0.2:443", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.opaque)
        c.udp("10.0.0.1:51001", "10.0.0.2:53", payload: Payloads.dns(response: false))
        c.udp("10.0.0.1:51001", "10.0.0.2:53", payload: Payloads.dns(response: false), after: 30)
        #expect(c.analyzer.liveFlowCount == 2)  // the UDP flow was idle 30 s > 20 s: old one ended, new one live
        c.tcp("10.0.0.1:51000", "10.0.0.2:443", [.psh, .ack], seq: 13, ack: 1, payload: Payloads.opaque, after: 61)
        let report = c.finish()
        #expect(report.flowCount == 4)
        let tcp = report.flows.filter { $0.transport == .tcp }.sorted { $0.first < $1.first }
        #expect(tcp.map(\.ending) == [.idle, .endOfCapture])
        #expect(tcp.allSatisfy { $0.server.port == 443 && $0.toServer.packets == 1 })
        let udp = report.flows.filter { $0.transport == .udp }.sorted { $0.first < $1.first }
        #expect(udp.map(\.ending) == [.idle, .idle])  // the second idled 61 s before the capture ended
        #expect(report.service(.tcp, 443)?.flows == 2)
        #expect(report.service(.udp, 53)?.flows == 2)
    }

    @Test("half-open and closed TCP flows leave after the short timeout")
    func transitoryTimeout() throws {
        let c = TestCapture(AnalysisConfiguration(tcpIdleTimeout: 300, tcpTransitoryTimeout: 5))
        c.tcp("10.0.0.1:51000", "10.0.0.2:80", .syn, seq: 1)
        c.tcp("10.0.0.3:51000", "10.0.0.4:80", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.opaque)
        c.tcp("10.0.0.5:51000", "10.0.0.6:80", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.opaque, after: 10)
        #expect(c.analyzer.liveFlowCount == 2)
        let report = c.finish()
        let syn = try #require(report.flow("10.0.0.1:51000", "10.0.0.2:80"))
        #expect(syn.ending == .synUnanswered)
    }

    @Test("maxFlows eviction keeps every packet in the counts")
    func eviction() throws {
        let c = TestCapture(AnalysisConfiguration(maxFlows: 4))
        for round in 0..<3 {
            for i in 0..<10 {
                c.udp("10.0.0.\(i + 1):\(50000 + i)", "10.9.9.9:53", payload: Payloads.dns(response: false))
                c.udp("10.9.9.9:53", "10.0.0.\(i + 1):\(50000 + i)", payload: Payloads.dns(response: true))
                #expect(c.analyzer.liveFlowCount <= 4)
            }
            _ = round
        }
        c.nonFlow(.otherTransport)
        let mid = c.snapshot()
        #expect(mid.liveFlows == 4)
        let report = c.finish()
        #expect(report.evictedFlows > 0)
        #expect(report.flowCount == report.flows.count)
        #expect(report.flows.filter { $0.ending == .evicted }.count == report.evictedFlows)
        let tally = try #require(report.service(.udp, 53))
        #expect(tally.toServer.packets == 30 && tally.toClient.packets == 30)
        #expect(tally.clients == 10 && tally.servers == 1)
        #expect(report.frames[.otherTransport] == 1)
    }

    @Test("a SYN flood of 100k sources with maxFlows 1000 stays bounded and counts every packet")
    func synFlood() throws {
        let config = AnalysisConfiguration(maxFlows: 1000, keepFlowRecords: false, maxFanInEndpoints: 4096)
        let analyzer = ConnectionAnalyzer(configuration: config)
        var ledger = FrameLedger()
        var frame = DecodedFrame()
        frame.outcome = .tcp
        frame.ipVersion = 4
        frame.ipProto = 6
        frame.packet.hasPorts = true
        frame.packet.destination.ip = IPAddress("10.0.0.80")!
        frame.packet.destination.port = 80
        frame.packet.tcpFlags = .syn
        let empty: [UInt8] = []
        let n = 100_000
        var peak = 0
        for i in 0..<n {
            frame.packet.source.ip = IPAddress(ipv4: 0x2C00_0000 &+ UInt32(i))
            frame.packet.source.port = UInt16(1024 + i % 60000)
            frame.packet.seq = UInt32(i)
            let time = Timestamp(seconds: 1_700_000_000 + Int64(i / 10_000), nanoseconds: UInt32(i % 10_000) * 1000)
            ledger.add(frame, time: time)
            analyzer.observe(frame.packet, transport: .tcp, time: time, wireLength: 60, capturedLength: 60,
                             payload: { PayloadFacts(frame.packet, transport: .tcp, payload: empty.span.bytes) })
            peak = max(peak, analyzer.liveFlowCount)
        }
        #expect(peak == 1000)
        let report = analyzer.finish(frames: ledger)
        #expect(report.frames.total == UInt64(n))
        #expect(report.packetsInServices == UInt64(n))
        #expect(report.flowCount == n)
        #expect(report.flows.isEmpty)
        // No SYN was answered: every one is an unanswered probe, none reached http.
        #expect(report.service(.tcp, 80) == nil)
        let probes = try #require(report.unansweredProbes.first)
        #expect(report.unansweredProbes.count == 1 && probes.transport == .tcp)
        #expect(probes.flows == UInt64(n))
        #expect(probes.sent.packets == UInt64(n) && probes.returned.packets == 0)
        // One SYN per source is no scan, however many sources.
        #expect(report.scanCount == 0)
        #expect(report.evictedFlows == n - 1000)
    }

    @Test("snapshots end nothing and agree with the final report")
    func snapshot() throws {
        let c = TestCapture()
        c.tcp("10.0.0.1:51514", "10.0.0.2:443", .syn, seq: 1)
        c.tcp("10.0.0.2:443", "10.0.0.1:51514", [.syn, .ack], seq: 9, ack: 2)
        c.nonFlow(.notIP)
        c.nonFlow(.truncated)
        let s1 = c.snapshot()
        #expect(s1.liveFlows == 1)
        #expect(s1.flows.first?.ending == .live)
        #expect(s1.service(.tcp, 443)?.toServer.packets == 1)
        c.tcp("10.0.0.1:51514", "10.0.0.2:443", .ack, seq: 2, ack: 10)
        let report = c.finish()
        #expect(report.flowCount == 1)
        #expect(report.service(.tcp, 443)?.toServer.packets == 2)
        #expect(report.framesOutsideFlows == 2)
        #expect(report.firstTimestamp != nil && report.firstTimestamp! < report.lastTimestamp!)
    }

    @Test("a full pending-verdict buffer tallies its oldest flow early and keeps every count")
    func pendingOverflow() throws {
        let c = TestCapture(AnalysisConfiguration(udpIdleTimeout: 5, keepFlowRecords: false, maxPendingVerdicts: 2))
        // Five weakly decided flows that end by idle, one after another.
        for i in 0..<5 {
            c.udp("10.0.3.\(i):\(41000 + i)", "10.0.0.5:45555", payload: Payloads.opaque, after: 10)
        }
        let report = c.finish()
        #expect(report.flowCount == 5)
        #expect(report.packetsInServices == 5)
        // The first ones were tallied before fan-in made 45555 the server; the last ones after.
        #expect(report.service(.udp, 45555)?.flows ?? 0 >= 2)
    }
}

@Suite("Largest conversations only")
struct LargestFlowsTests {
    @Test("a record limit keeps the flows that carried the most bytes, ended or live")
    func keepsTheLargest() throws {
        let c = TestCapture(AnalysisConfiguration(udpIdleTimeout: 5, flowRecordLimit: 3))
        // Flow i carries i datagrams; the first twenty idle out, the last ten stay live.
        for i in 1...30 {
            for _ in 0..<i {
                c.udp("10.0.0.1:\(40000 + i)", "10.0.0.2:53", payload: Payloads.dns(response: false))
            }
            if i == 20 { c.udp("10.0.0.9:1", "10.0.0.8:2", payload: [1], after: 10) }
        }
        let report = c.finish()
        #expect(report.flowCount == 31)
        #expect(Set(report.flows.map(\.client.port)) == [40028, 40029, 40030])
        #expect(report.service(.udp, 53)?.flows == 30)
    }
}
