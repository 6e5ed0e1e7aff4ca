import Testing
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

/// `VerdictEngine.decide` stops early when a flow's own facts (payload, FTP announcement,
/// group address) settle it beyond the reach of the others; its verdict must be the one the
/// full weighing gives (`decideWithReasons` always weighs every fact).
@Suite struct OwnFactsVerdictTests {
    /// Flows without a handshake, some settled by their own facts, some not, with other
    /// facts (fan-in, endpoint memory, ports) on either side.
    static func capture() -> TestCapture {
        let c = TestCapture()
        // A DNS server many clients ask (fan-in for it), and one answering from a client's port.
        for host in 1...5 {
            c.udp("10.0.0.\(host):4\(host)000", "10.0.1.1:53", payload: Payloads.dns(response: false))
            c.udp("10.0.1.1:53", "10.0.0.\(host):4\(host)000", payload: Payloads.dns(response: true))
        }
        c.udp("10.0.2.1:53", "10.0.2.2:5353", payload: Payloads.dns(response: true))
        // Only the answer captured, from an ephemeral port to a well-known one.
        c.udp("10.0.3.1:50000", "10.0.3.2:53", payload: Payloads.dns(response: true))
        // HTTP and SSH without their handshakes; SSH's banners alone do not settle it.
        c.tcp("10.0.4.1:51000", "10.0.4.2:8080", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.httpGet)
        c.tcp("10.0.4.2:8080", "10.0.4.1:51000", [.psh, .ack], seq: 1, ack: 38, payload: Payloads.httpOK)
        c.tcp("10.0.5.1:22", "10.0.5.2:40022", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.sshServer)
        c.tcp("10.0.5.2:40022", "10.0.5.1:22", [.psh, .ack], seq: 1, ack: 41, payload: Payloads.sshClient)
        // A broadcast, and a flow of opaque bytes that only its ports and traffic decide.
        c.udp("10.0.6.1:62976", "255.255.255.255:62976", payload: Payloads.opaque)
        c.udp("10.0.7.1:40000", "10.0.7.2:51820", payload: Payloads.opaque)
        c.udp("10.0.7.2:51820", "10.0.7.1:40000", payload: Payloads.opaque2)
        return c
    }

    @Test func earlyVerdictIsTheFullWeighing() throws {
        let c = Self.capture()
        let engine = c.analyzer.makeEngine()
        var early = 0
        for slot in c.analyzer.table.liveSlots() {
            let flow = c.analyzer.table.state(slot).pointee
            let quick = engine.decide(flow), full = engine.decideWithReasons(flow).verdict
            let name = "\(flow.key.a.port)-\(flow.key.b.port)"
            #expect(quick.serverSide == full.serverSide, "\(name)")
            #expect(quick.basis == full.basis, "\(name)")
            #expect(quick.confidence == full.confidence, "\(name)")
            #expect(quick.settled == full.settled, "\(name)")
            if quick.basis == .payload && quick.confidence == VerdictEngine.weighedConfidenceCeiling { early += 1 }
        }
        // The DNS flows, both sides or the answer alone, and HTTP: settled by their payload.
        #expect(early >= 8)
        _ = c.finish()
    }
}
