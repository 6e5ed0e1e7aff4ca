import Foundation
import Testing

/// `live --ipfix` while the collector goes away and comes back on the same port, over UDP
/// and TCP: the loss is told once on stderr, the capture goes on, the return is told, the
/// collector gets records again, and the exit status says messages were lost (69).
@Suite(.serialized, .enabled(if: LiveEnvironment.isRoot, "live capture needs root (CI runs the tests as root)"))
struct IPFIXOutageTests {
    @Test(.enabled(if: Paths.tool("curl"), "needs curl"), .timeLimit(.minutes(1)), arguments: [false, true])
    func aCollectorThatGoesAndComesBackIsToldAndFedAgain(tcp: Bool) throws {
        let address = LiveEnvironment.loopbackAddress()
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-outage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: site) }
        let server = try startHTTPServer(on: address, in: site)
        defer { server.stop() }

        let first = try LoopbackCollector(tcp: tcp)
        let port = first.port, url = first.url
        // Each download ends a second later (--tcp-idle-timeout 1): a record a second.
        let live = try startLive(["--ipfix", url, "--tcp-idle-timeout", "1", "--duration", "40",
                                  "host", address, "and", "tcp", "port", "80"])
        func download(until done: () -> Bool, seconds: Double) throws {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline && !done() {
                _ = try generate("/usr/bin/curl", ["-s", "-o", "/dev/null", "--max-time", "2", "http://\(address)/"])
                usleep(200_000)
            }
        }
        try download(until: { false }, seconds: 2)
        first.close()  // the collector goes away
        let gone = "cannot write the IPFIX collector \(url): "
        try download(until: { live.stderrSoFar.contains(gone) }, seconds: 8)
        #expect(live.stderrSoFar.contains(gone), "stderr: \(live.stderrSoFar)")

        let back = try LoopbackCollector(tcp: tcp, port: port)
        let again = "writing the IPFIX collector \(url) again"
        try download(until: { live.stderrSoFar.contains(again) }, seconds: 14)
        #expect(live.stderrSoFar.contains(again), "stderr: \(live.stderrSoFar)")
        // Over UDP the templates come again within 10 s (RFC 7011 §8.4): records before them cannot be read.
        var datagrams: [[UInt8]] = []
        let withTemplates = { datagrams.contains { $0.count > 17 && $0[16] == 0 && $0[17] == 2 } }
        try download(until: {
            if !tcp { datagrams += back.datagrams() }
            return tcp || withTemplates()
        }, seconds: 12)
        try download(until: { false }, seconds: 1.5)
        live.signal(SIGINT)
        let result = live.wait()

        #expect(result.status == 69, "stderr: \(result.stderr)")
        #expect(result.stderr.components(separatedBy: gone).count - 1 == 1, "told once: \(result.stderr)")
        #expect(result.stderr.contains("IPFIX collector \(url)") && result.stderr.contains("messages"),
                "the count of lost messages at the end: \(result.stderr)")
        #expect(result.stdout.contains("output was lost: 1 write failure"), "stdout: \(result.stdout)")
        var reading = IPFIXReading()
        if tcp {
            try reading.read(stream: back.stream())
        } else {
            datagrams += back.datagrams(waiting: 1)
            try reading.read(datagrams: Array(datagrams.drop { !($0.count > 17 && $0[16] == 0 && $0[17] == 2) }))
        }
        #expect(reading.records.count >= 2, "records reach the collector once it is back")
        #expect(reading.records.allSatisfy { $0.destination == address && $0.destinationPort == 80 })
    }
}
