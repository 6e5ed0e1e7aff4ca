import Foundation
import Testing
import WharfingerReport

/// `wharfinger live --ipfix` on `lo`: a connection that lasts about five seconds is exported
/// every `--active-timeout 2` seconds while it goes, as it goes, and once more when it
/// ends; the records' deltas add up to the report's totals. A conn.log (`--log`) is written
/// at the same time.
@Suite(.enabled(if: LiveEnvironment.isRoot, "live capture needs root (CI runs the tests as root)"))
struct IPFIXLiveTests {
    @Test(.enabled(if: Paths.tool("socat"), "needs socat"), .timeLimit(.minutes(1)))
    func aLongConnectionIsExportedWhileItGoesWithDeltasThatAddUp() throws {
        let address = LiveEnvironment.loopbackAddress()
        let port = LiveEnvironment.freePort(on: address)
        let server = try Background("/usr/bin/socat", ["-u", "TCP-LISTEN:\(port),bind=\(address),reuseaddr,fork", "OPEN:/dev/null"])
        defer { server.stop() }
        guard LiveEnvironment.waitUntilListening(address, port) else { throw LiveTestError.serverDidNotStart(server.stderrSoFar) }

        let collector = try LoopbackCollector(tcp: false)
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-ipfix-\(UUID().uuidString).log").path
        defer { unlink(log) }
        let live = try startLive(["--ipfix", collector.url, "--active-timeout", "2", "--format", "json",
                                  "--log", log, "--log-format", "zeek-json",
                                  "host", address, "and", "tcp", "port", "\(port)"])
        // A line every half second for five seconds.
        let client = try generate("/bin/sh", ["-c", "for i in 1 2 3 4 5 6 7 8 9 10; do echo line $i; sleep 0.5; done "
                                                  + "| /usr/bin/socat -u - TCP:\(address):\(port)"])
        #expect(client.status == 0, "\(client.stderr)")

        // The records of the connection still going have arrived while the capture runs
        // (a message waits at most a second before it is sent).
        var reading = IPFIXReading()
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline && reading.records.filter({ $0.endReason == 2 }).count < 2 {
            try reading.read(datagrams: collector.datagrams(waiting: 0.2))
        }
        #expect(reading.records.filter { $0.endReason == 2 }.count >= 2)

        live.signal(SIGINT)
        let result = live.wait()
        #expect(result.status == 0, "stderr: \(result.stderr)")
        try reading.read(datagrams: collector.datagrams(waiting: 1))
        let report = try reportObject(result.stdout)
        #expect(report.object("capture").string("link_type") == "EN10MB")
        let flows = report.objects("flows")
        try #require(flows.count == 1)
        let flow = flows[0]
        #expect(flow.string("basis") == "handshake" && flow.string("end") == "fin")

        let records = reading.records
        // At 2 s and 4 s while it went, then its end (FIN: end of flow detected).
        #expect(records.count >= 3)
        #expect(records.dropLast().allSatisfy { $0.endReason == 2 })
        #expect(records.last?.endReason == 3)
        #expect(Set(records.map(\.flowID)).count == 1)
        #expect(records.allSatisfy { $0.biflowDirection == 1 && $0.proto == 6 })
        #expect(records.allSatisfy { $0.source == flow.object("client").string("ip") && $0.sourcePort == flow.object("client").int("port") })
        #expect(records.allSatisfy { $0.destination == address && $0.destinationPort == Int(port) })
        // Each record starts where the one before ended.
        for (earlier, later) in zip(records, records.dropFirst()) {
            #expect(later.start == earlier.end && later.end >= later.start)
        }
        #expect(records.dropLast().allSatisfy { $0.packets > 0 })
        // The conn.log written beside it names the same connection (its uid is the flowId's).
        let logged = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        try #require(logged.count == 1)
        let entry = try #require(JSONSerialization.jsonObject(with: Data(logged[0].utf8)) as? [String: Any])
        #expect(entry.string("uid") == records.first.map { ZeekConnLog.uid($0.flowID) })

        // Deltas: the records add up to the totals. On lo every frame carries a 14-byte
        // Ethernet header and nothing else, so IP bytes are wire bytes less 14 a frame.
        let toServer = flow.object("to_server"), toClient = flow.object("to_client")
        let packets = UInt64(toServer.int("packets") ?? -1), reversePackets = UInt64(toClient.int("packets") ?? -1)
        #expect(records.reduce(0) { $0 + $1.packets } == packets)
        #expect(records.reduce(0) { $0 + $1.reversePackets } == reversePackets)
        #expect(records.reduce(0) { $0 + $1.octets } == UInt64(toServer.int("bytes") ?? -1) - 14 * packets)
        #expect(records.reduce(0) { $0 + $1.reverseOctets } == UInt64(toClient.int("bytes") ?? -1) - 14 * reversePackets)
    }
}
