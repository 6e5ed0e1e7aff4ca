import Testing
import WharfingerWire

@testable import WharfingerAnalysis

/// Conversations as the exporter receives them, with the capture time each arrived at.
private final class ArrivalRecorder: FlowExporter {
    var arrivals: [(conversation: Conversation, time: Double)] = []
    let clock: () -> Double

    init(clock: @escaping () -> Double) { self.clock = clock }

    func flowEnded(_ flow: Conversation) { arrivals.append((flow, clock())) }
    func flowActive(_ flow: Conversation) {}
    func close() {}

    func arrival(serverPort: UInt16, clientPort: UInt16) -> (conversation: Conversation, time: Double)? {
        arrivals.first { $0.conversation.server.port == serverPort && $0.conversation.client.port == clientPort }
    }
}

@Suite("Pending-verdict window")
struct PendingWindowTests {
    /// One opaque datagram from 10.0.3.1:41001 to 10.0.0.5:45555 (both ports dynamic, so
    /// the verdict is weak) that idles out; DNS on other hosts keeps the clock going, one
    /// exchange every 2 s. `peersAfter`: seconds after the datagram at which two more
    /// clients send to 10.0.0.5:45555, making it the busier endpoint (fan-in).
    private func run(window: Double, peersAfter: Double) -> (start: Double, recorder: ArrivalRecorder,
                                                          report: AnalysisReport) {
        var configuration = AnalysisConfiguration(udpIdleTimeout: 5, keepFlowRecords: false)
        configuration.pendingVerdictWindow = window
        let c = TestCapture(configuration)
        let recorder = ArrivalRecorder { c.time }
        c.analyzer.exporter = recorder
        let start = c.time
        c.udp("10.0.3.1:41001", "10.0.0.5:45555", payload: Payloads.opaque)
        var peersSent = false
        for tick in 1...60 {
            if !peersSent && c.time - start >= peersAfter {
                c.udp("10.0.3.2:41002", "10.0.0.5:45555", payload: Payloads.opaque)
                c.udp("10.0.3.3:41003", "10.0.0.5:45555", payload: Payloads.opaque)
                peersSent = true
            }
            c.udp("10.0.9.\(tick % 50 + 1):\(50000 + tick)", "10.9.9.9:53", payload: Payloads.dns(response: false), after: 2)
        }
        return (start, recorder, c.finish())
    }

    @Test("a weak verdict is settled when the window closes, with the evidence seen by then")
    func settlesWithinTheWindow() throws {
        let (start, recorder, report) = run(window: 30, peersAfter: 10)
        let first = try #require(recorder.arrival(serverPort: 45555, clientPort: 41001))
        // It idled out on the first frame more than 5 s after it (at 6 s) and waited 30 s
        // more: settled on the first frame past 36 s; the clock moves in steps of 2 s.
        #expect(first.time - start > 36 && first.time - start <= 39, "arrived at +\(first.time - start) s")
        // The peers came within the window: 10.0.0.5:45555 is the server by fan-in.
        #expect(first.conversation.basis == .fanIn)
        #expect(report.flowCount == recorder.arrivals.count)
    }

    @Test("evidence after the window closed does not reach a verdict already settled")
    func laterEvidenceComesTooLate() throws {
        let early = try #require(run(window: 30, peersAfter: 10).recorder.arrival(serverPort: 45555, clientPort: 41001))
        let late = run(window: 30, peersAfter: 50)
        let settled = try #require(late.recorder.arrivals.first {
            $0.conversation.client.port == 41001 || $0.conversation.server.port == 41001 })
        #expect(settled.conversation.basis != .fanIn)
        #expect(early.conversation.basis == .fanIn)
        // The tallies took the verdict the record shows: one flow each way it was decided.
        let weak = late.recorder.arrivals.filter { $0.conversation.isWeak }.count
        #expect(late.report.weakVerdictFlows == weak)
    }

    @Test("a weak conversation a new connection ends, not the oldest of its list, settles when its window closes")
    func supersededSettlesWithinTheWindow() throws {
        var configuration = AnalysisConfiguration(tcpIdleTimeout: 300, tcpTransitoryTimeout: 100, udpIdleTimeout: 300,
                                                  keepFlowRecords: false)
        configuration.pendingVerdictWindow = 10
        let c = TestCapture(configuration)
        let recorder = ArrivalRecorder { c.time }
        c.analyzer.exporter = recorder
        // The oldest of each list, which nothing below ends or moves: an established connection,
        // an unanswered SYN and a DNS exchange.
        c.tcp("10.0.1.1:40000", "10.0.1.2:443", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.opaque)
        c.tcp("10.0.1.3:40001", "10.0.1.4:80", TCPFlags.syn, seq: 1)
        c.udp("10.0.1.5:40002", "10.0.1.6:53", payload: Payloads.dns(response: false))
        // Opaque data between two dynamic ports (a weak verdict), then a SYN on the same ports
        // begins a new connection: the first ends, and waits in the pending ring.
        c.tcp("10.0.3.1:41001", "10.0.0.5:45555", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.opaque)
        let start = c.time
        c.tcp("10.0.3.1:41001", "10.0.0.5:45555", TCPFlags.syn, seq: 1000, after: 1)
        for _ in 1...20 { c.udp("10.0.1.5:40002", "10.0.1.6:53", payload: Payloads.dns(response: false), after: 2) }
        let first = try #require(recorder.arrivals.first {
            $0.conversation.client.port == 41001 || $0.conversation.server.port == 41001 })
        #expect(first.conversation.isWeak)
        // Ended 1 s after `start`, settled on the first frame more than 10 s later.
        #expect(first.time - start > 11 && first.time - start <= 13, "arrived at +\(first.time - start) s")
    }

    @Test("without a window a weak verdict waits until the capture ends")
    func noWindowWaitsForTheEnd() throws {
        var configuration = AnalysisConfiguration(udpIdleTimeout: 5, keepFlowRecords: false)
        configuration.pendingVerdictWindow = nil
        let c = TestCapture(configuration)
        let recorder = ArrivalRecorder { c.time }
        c.analyzer.exporter = recorder
        c.udp("10.0.3.1:41001", "10.0.0.5:45555", payload: Payloads.opaque)
        for tick in 1...60 {
            c.udp("10.0.9.\(tick % 50 + 1):\(50000 + tick)", "10.9.9.9:53", payload: Payloads.dns(response: false), after: 2)
        }
        let before = recorder.arrivals.count
        #expect(!recorder.arrivals.contains { $0.conversation.client.port == 41001 || $0.conversation.server.port == 41001 })
        _ = c.finish()
        #expect(recorder.arrivals.count > before)
        #expect(recorder.arrivals.contains { $0.conversation.client.port == 41001 || $0.conversation.server.port == 41001 })
    }
}

@Suite("Pending ring")
struct PendingRingTests {
    private func flow(_ n: Int) -> FlowState {
        let (key, _) = FlowKey.make(.udp, from: Endpoint(ip: IPAddress("10.0.0.1")!, port: UInt16(1000 + n)),
                                    to: Endpoint(ip: IPAddress("10.0.0.2")!, port: 53))
        return FlowState(key: key, hash: key.hash, time: Int64(n), sender: 0, timeoutClass: .udp)
    }

    @Test("first in, first out across growth, wrapping and a full ring")
    func keepsOrder() {
        let ring = PendingRing(capacity: 100)
        var expected: [Int] = []
        var next = 0
        func push(_ count: Int) {
            for _ in 0..<count {
                if let out = ring.push(flow(next), endedAt: Int64(next)) {
                    #expect(Int(out.first) == expected.removeFirst())
                }
                expected.append(next)
                next += 1
            }
        }
        func pop(_ count: Int) {
            for _ in 0..<count {
                #expect(ring.oldestEndTime == Int64(expected.first!))
                #expect(Int(ring.popOldest().first) == expected.removeFirst())
            }
        }
        push(50)        // grows to 64
        pop(30)         // the head moves on
        push(40)        // wraps round, then grows with the head not at 0
        pop(5)
        push(80)        // fills the ring (100), then pushes the oldest out
        #expect(ring.count == 100)
        var listed: [Int] = []
        ring.forEach { listed.append(Int($0.first)) }
        #expect(listed == expected)
        pop(100)
        #expect(ring.count == 0 && ring.oldestEndTime == nil)
        push(3)
        pop(3)
    }

    /// The bytes of a flow as the ring gives it back: its table links and hash as the
    /// ring resets them (the hash is the key's).
    private func bytes(_ flow: FlowState) -> [UInt8] {
        var f = flow
        f.prev = -1
        f.next = -1
        f.hash = f.key.hash
        return withUnsafeBytes(of: f) { Array($0) }
    }

    @Test("a flow comes out of the ring exactly as it went in, whatever its fields hold")
    func packsExactly() {
        // Flows the analyzer built: TCP with a handshake, payload and a close; UDP on IPv4
        // and IPv6; a lone SYN.
        let c = TestCapture(AnalysisConfiguration(keepFlowRecords: true))
        c.tcp("10.0.0.1:40000", "10.0.0.2:80", .syn, seq: 1000)
        c.tcp("10.0.0.2:80", "10.0.0.1:40000", [.syn, .ack], seq: 5000, ack: 1001)
        c.tcp("10.0.0.1:40000", "10.0.0.2:80", [.ack, .psh], seq: 1001, ack: 5001, payload: Array("GET / HTTP/1.1\r\n\r\n".utf8))
        c.tcp("10.0.0.2:80", "10.0.0.1:40000", [.ack, .fin], seq: 5001, ack: 1020)
        c.udp("10.0.3.1:41001", "10.0.0.5:53", payload: Payloads.dns(response: false))
        c.udp("10.0.0.5:53", "10.0.3.1:41001", payload: Payloads.dns(response: true), after: 0.2)
        c.udp("[2001:db8::1]:5353", "[ff02::fb]:5353", payload: Payloads.dns(response: false), after: 3)
        c.tcp("192.168.1.9:51000", "192.168.1.1:22", .syn, seq: 7, after: 40)
        _ = c.finish()
        var flows = c.analyzer.finished.map(\.flow)
        #expect(flows.count == 4)
        // The same flows with fields at their extremes: times far from the end (and after
        // it), the largest counters, every flag.
        for var f in c.analyzer.finished.map(\.flow) {
            f.first = .min
            f.last = .max
            f.closedAt = 12_345
            f.tunnelPath = .max
            f.sides.0.tally.bytes = .max
            f.sides.1.tally.packets = .max
            f.sides.0.flags = SideFlags(rawValue: .max)
            f.sides.1.isn = .max
            f.historySlot = .max
            flows.append(f)
        }
        let ring = PendingRing(capacity: 1000)
        for (i, flow) in flows.enumerated() { #expect(ring.push(flow, endedAt: flow.last &+ Int64(i)) == nil) }
        var listed: [[UInt8]] = []
        ring.forEach { listed.append(bytes($0)) }
        #expect(listed == flows.map(bytes))
        for flow in flows { #expect(bytes(ring.popOldest()) == bytes(flow)) }
        // What it saves: a short UDP exchange packs into a fraction of its 248 bytes.
        let dns = flows.first { $0.key.transport == .udp && $0.key.port(side: 0) == 53 }!
        let record = UnsafeMutablePointer<UInt8>.allocate(capacity: PackedFlowState.maxLength)
        defer { record.deallocate() }
        let length = PackedFlowState.write(dns, endedAt: dns.last, to: record)
        #expect(length < 96, "\(length) bytes")
    }
}
