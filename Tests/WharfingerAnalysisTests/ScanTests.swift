import Testing
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

@Suite("Scans and unanswered probes")
struct ScanTests {
    static let open: [UInt16] = [22, 80, 99]

    /// A connect scan of ports 1...`ports` from 10.0.0.66 to 10.0.0.9: the open ports
    /// complete the handshake and are reset, the others refuse with RST-ACK.
    static func connectScan(_ c: TestCapture, ports: UInt16 = 100, target: String = "10.0.0.9") {
        for port in 1...ports {
            let scanner = "10.0.0.66:\(40000 + Int(port))", server = "\(target):\(port)"
            c.tcp(scanner, server, .syn, seq: 100)
            if open.contains(port) {
                c.tcp(server, scanner, [.syn, .ack], seq: 900, ack: 101)
                c.tcp(scanner, server, .ack, seq: 101, ack: 901)
                c.tcp(scanner, server, [.rst, .ack], seq: 101, ack: 901)
            } else {
                c.tcp(server, scanner, [.rst, .ack], seq: 0, ack: 101)
            }
        }
    }

    @Test("a connect scan is one scan with exactly its open ports; the refused probes are no services")
    func connectScan() throws {
        let c = TestCapture()
        Self.connectScan(c)
        let report = c.finish()
        #expect(report.scanCount == 1)
        let scan = try #require(report.scans.first)
        #expect(scan.scanner == IPAddress("10.0.0.66")!)
        #expect(scan.transport == .tcp)
        #expect(scan.targets == [IPAddress("10.0.0.9")!])
        #expect(scan.targetCount == 1)
        #expect(scan.probed == 100 && scan.probes == 100 && scan.unanswered == 97)
        #expect(scan.open == Self.open)
        #expect(report.services.map(\.port).sorted() == Self.open)
        let probes = try #require(report.unansweredProbes.first)
        #expect(report.unansweredProbes.count == 1)
        #expect(probes.flows == 97 && probes.sent.packets == 97 && probes.returned.packets == 97)
        // Every conversation is still a conversation.
        #expect(report.flowCount == 100)
    }

    @Test("a snapshot shows the scan while its connections are still live")
    func scanWhileItRuns() throws {
        let c = TestCapture()
        Self.connectScan(c)
        let running = c.snapshot()
        #expect(running.liveFlows == 100)
        #expect(running.scans.map(\.open) == [Self.open])
        #expect(running.services.count == Self.open.count)
        // The snapshot changed nothing: the final report finds the scan once.
        let report = c.finish()
        #expect(report.scanCount == 1)
    }

    @Test("one port on many hosts, unanswered, is a scan of hosts")
    func horizontalScan() throws {
        let c = TestCapture()
        for host in 1...30 { c.tcp("10.0.0.66:5\(1000 + host)", "10.0.1.\(host):445", .syn, seq: 7) }
        let report = c.finish()
        let scan = try #require(report.scans.first)
        #expect(report.scanCount == 1)
        #expect(scan.probed == 1 && scan.open.isEmpty)
        // Distinct hosts are estimated past eight.
        #expect(abs(scan.targetCount - 30) <= 3, "\(scan.targetCount)")
        #expect(scan.targets.count == ScanDetector.listedTargets)
        #expect(report.services.isEmpty)
    }

    @Test("a client whose calls are answered is no scanner, even with a few refused")
    func busyClient() throws {
        let c = TestCapture()
        for host in 1...40 {
            let client = "10.0.0.5:\(50000 + host)", server = "10.0.2.\(host):\(8000 + host)"
            c.tcp(client, server, .syn, seq: 1)
            c.tcp(server, client, [.syn, .ack], seq: 9, ack: 2)
            c.tcp(client, server, [.psh, .ack], seq: 2, ack: 10, payload: Payloads.opaque)
        }
        for host in 1...5 {
            let client = "10.0.0.5:\(51000 + host)", server = "10.0.3.\(host):\(9000 + host)"
            c.tcp(client, server, .syn, seq: 1)
            c.tcp(server, client, [.rst, .ack], seq: 0, ack: 2)
        }
        let report = c.finish()
        #expect(report.scanCount == 0)
        #expect(report.services.count == 40)
        #expect(report.unansweredProbes.first?.flows == 5)
    }

    @Test("UDP: a scanner's unanswered datagrams fold; a lone one and multicast discovery stay services")
    func udpProbes() throws {
        let c = TestCapture(AnalysisConfiguration(udpIdleTimeout: 5))
        c.udp("10.0.0.5:5000", "10.0.0.7:514", payload: Payloads.opaque)
        for port in 30000..<30030 { c.udp("10.0.0.5:\(port)", "239.255.255.250:1900", payload: Payloads.opaque) }
        for port in UInt16(1000)..<1060 {
            c.udp("10.0.0.66:61000", "10.0.0.9:\(port)", payload: Payloads.opaque)
            if port == 1053 { c.udp("10.0.0.9:1053", "10.0.0.66:61000", payload: Payloads.opaque) }
        }
        let report = c.finish()
        #expect(report.scanCount == 1)
        let scan = try #require(report.scans.first)
        #expect(scan.scanner == IPAddress("10.0.0.66")!)
        #expect(scan.transport == .udp && scan.probed == 60 && scan.open == [1053])
        // All end with the capture, when the scan is known: every unanswered one folds.
        let folded = try #require(report.unansweredProbes.first { $0.transport == .udp })
        #expect(folded.flows == 59)
        #expect(report.services.filter { $0.transport == .udp }.map(\.port).sorted() == [514, 1053, 1900])
        #expect(report.service(.udp, 514)?.flows == 1)
        #expect(report.service(.udp, 1900)?.flows == 30)
        #expect(report.service(.udp, 1053)?.flows == 1)
    }

    @Test("UDP probes that ended before the scan was recognised stay services; later ones fold")
    func udpProbesEndingEarly() throws {
        // One probe every 10 s: each ends (idle) before the next; with no room for verdicts
        // waiting for the capture's end, each is tallied soon after it ends.
        let c = TestCapture(AnalysisConfiguration(udpIdleTimeout: 5, maxPendingVerdicts: 1))
        for port in UInt16(1000)..<1030 { c.udp("10.0.0.66:61000", "10.0.0.9:\(port)", payload: Payloads.opaque, after: 10) }
        let report = c.finish()
        #expect(report.scans.first?.probed == 30)
        let early = report.services.map(\.port)
        #expect(!early.isEmpty && early.count < ScanDetector.portThreshold, "\(early)")
        #expect(early.allSatisfy { $0 < 1000 + UInt16(ScanDetector.portThreshold) })
        #expect(report.unansweredProbes.first?.flows == UInt64(30 - early.count))
    }

    @Test("more scanners than the table holds: each is counted, the latest are listed")
    func boundedTable() throws {
        let c = TestCapture()
        let scanners = ScanDetector.capacity + 8
        for s in 1...scanners {
            // Each scanner's probes end (transitory timeout) once the next one begins.
            c.tcp("10.9.0.\(s):40000", "10.0.0.9:1", .syn, seq: 1, after: 31)
            for port in 2...25 { c.tcp("10.9.0.\(s):\(40000 + port)", "10.0.0.9:\(port)", .syn, seq: 1) }
        }
        let report = c.finish()
        #expect(report.scanCount == scanners)
        #expect(report.scans.count == ScanDetector.capacity)
        #expect(report.scans.last?.scanner == IPAddress("10.9.0.\(scanners)")!)
        #expect(report.services.isEmpty)
    }
}
