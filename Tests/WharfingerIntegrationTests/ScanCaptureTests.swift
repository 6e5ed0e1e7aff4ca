import Foundation
import Testing

/// Scans recorded with real programs: Captures/connect-scan.pcap (nmap -sT of ports
/// 1-1100, made by scripts/record-scan-capture.sh), nDPI's synscan.pcap, and the same
/// connect scan captured live between two network namespaces.
@Suite struct ScanCaptureTests {
    /// The ports that listen in the target namespace, within the scanned range.
    static let openPorts = [22, 80, 631, 1080]

    /// What every report of the connect scan must say: one scan with exactly the open
    /// ports, those ports as the only services, the refused ones as unanswered probes.
    static func checkConnectScan(_ report: [String: Any],
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(report.int("scan_count") == 1, sourceLocation: sourceLocation)
        let scans = report.objects("scans")
        #expect(scans.count == 1, sourceLocation: sourceLocation)
        guard let scan = scans.first else { return }
        #expect(scan.string("scanner") == "10.77.0.1", sourceLocation: sourceLocation)
        #expect(scan["targets"] as? [String] == ["10.77.0.2"], sourceLocation: sourceLocation)
        #expect(scan.string("proto") == "tcp", sourceLocation: sourceLocation)
        #expect(scan.int("probed") == 1100, sourceLocation: sourceLocation)
        #expect(scan["open"] as? [Int] == openPorts, sourceLocation: sourceLocation)
        #expect(scan["first"] is NSNumber && scan["last"] is NSNumber, sourceLocation: sourceLocation)
        let services = report.objects("services")
        #expect(services.count <= 30, sourceLocation: sourceLocation)
        #expect(services.compactMap { $0.int("port") }.sorted() == openPorts, sourceLocation: sourceLocation)
        let folded = report.objects("unanswered_probes")
        #expect(folded.map { $0.string("proto") } == ["tcp"], sourceLocation: sourceLocation)
        #expect(folded.first?.int("flows") == 1100 - openPorts.count, sourceLocation: sourceLocation)
        // Every packet is still counted once: under the four services or the probes.
        func packets(_ o: [String: Any], _ a: String, _ b: String) -> Int {
            (o.object(a).int("packets") ?? 0) + (o.object(b).int("packets") ?? 0)
        }
        let counted = services.reduce(0) { $0 + packets($1, "to_server", "to_client") }
            + folded.reduce(0) { $0 + packets($1, "sent", "returned") }
        #expect(counted == report.object("frames").int("total"), sourceLocation: sourceLocation)
    }

    @Test func recordedConnectScanIsOneScanWithItsOpenPorts() throws {
        let json = try wharfinger("read", Paths.capture("connect-scan.pcap"), "--format", "json")
        #expect(json.status == 0, "\(json.stderr)")
        Self.checkConnectScan(try reportObject(json.stdout))

        // The text names the scan once, with its open ports, and lists no refused port.
        let text = try wharfinger("read", Paths.capture("connect-scan.pcap"))
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let scan = try #require(lines.firstIndex { $0.hasPrefix("  tcp 10.77.0.1 -> 10.77.0.2: 1100 ports probed") })
        #expect(lines[scan + 1] == "      open: 22, 80, 631, 1080")
        #expect(lines.contains { $0.hasPrefix("Scans (") })
        #expect(lines.contains("  unanswered probes (reached no service, so no service row): tcp 1096 conversations, 2192 packets"))
    }

    @Test(.enabled(if: Paths.ndpiCorpusPresent, "the nDPI corpus (../shared) is not present"))
    func ndpiSynScanReadsAsAScan() throws {
        let json = try wharfinger("read", Paths.ndpiCorpus.appendingPathComponent("synscan.pcap").path, "--format", "json")
        #expect(json.status == 0, "\(json.stderr)")
        let report = try reportObject(json.stdout)
        #expect(report.int("scan_count") == 1)
        let scan = try #require(report.objects("scans").first)
        #expect(scan.string("scanner") == "172.16.0.8")
        #expect(scan["targets"] as? [String] == ["64.13.134.52"])
        #expect(scan.int("probed") == 1000)
        #expect(scan["open"] as? [Int] == [22, 53, 80])
        #expect(report.objects("services").count == 3)
    }
}

/// nmap's connect scan between two network namespaces the test creates, joined by a
/// veth pair (10.77.0.1 scans 10.77.0.2, where four real services listen), captured by
/// `wharfinger live` in the scanner's namespace. Nothing leaves the pair.
@Suite(.serialized, .enabled(if: LiveEnvironment.isRoot && Paths.tool("ip") && Paths.tool("nmap")
                             && Paths.tool("socat") && Paths.tool("ss"),
                             "needs root, ip (iproute2), nmap, socat and ss"))
struct LiveScanTests {
    @discardableResult
    func ip(_ arguments: String...) throws -> RunResult {
        try generate("/usr/bin/env", ["ip"] + arguments, timeout: 10)
    }

    @Test(.timeLimit(.minutes(1)))
    func connectScanShowsWhileItRunsAndInTheFinalReport() throws {
        let tag = String(UInt32.random(in: 0..<0xFFFF_FF), radix: 16)
        let scanner = "wfsa\(tag)", target = "wfsb\(tag)"
        try ip("netns", "add", scanner)
        defer { _ = try? ip("netns", "del", scanner) }
        try ip("netns", "add", target)
        defer { _ = try? ip("netns", "del", target) }
        try ip("link", "add", "wsa\(tag)", "netns", scanner, "type", "veth", "peer", "name", "wsb\(tag)", "netns", target)
        try ip("-n", scanner, "addr", "add", "10.77.0.1/24", "dev", "wsa\(tag)")
        try ip("-n", target, "addr", "add", "10.77.0.2/24", "dev", "wsb\(tag)")
        try ip("-n", scanner, "link", "set", "wsa\(tag)", "up")
        try ip("-n", target, "link", "set", "wsb\(tag)", "up")

        func inTarget(_ arguments: [String]) throws -> Background {
            try Background("/usr/bin/env", ["ip", "netns", "exec", target] + arguments)
        }
        var servers = [try inTarget(["python3", "-m", "http.server", "80", "--bind", "10.77.0.2",
                                     "--directory", FileManager.default.temporaryDirectory.path])]
        for port in [22, 631, 1080] {
            servers.append(try inTarget(["socat", "TCP-LISTEN:\(port),bind=10.77.0.2,fork,reuseaddr", "EXEC:cat"]))
        }
        defer { servers.forEach { $0.stop() } }
        // Listening, as ss sees it in the target namespace (no packet sent to check).
        for _ in 0..<100 {
            let listening = try generate("/usr/bin/env", ["ip", "netns", "exec", target, "ss", "-Hltn"], timeout: 5).stdout
            if ScanCaptureTests.openPorts.allSatisfy({ listening.contains("10.77.0.2:\($0) ") }) { break }
            usleep(50_000)
        }

        // Reports every 0.3 s while it runs (NDJSON), then the final one.
        let live = try Background("/usr/bin/env", ["ip", "netns", "exec", scanner, Paths.binary.path, "live",
                                                   "-i", "wsa\(tag)", "--interval", "0.3", "tcp"])
        defer { live.stop() }
        guard live.waitForStderr("listening on wsa\(tag)") else { throw LiveTestError.notListening(live.stderrSoFar) }
        let nmap = try generate("/usr/bin/env", ["ip", "netns", "exec", scanner, "nmap", "-sT", "-Pn", "-n",
                                                 "-p", "1-1100", "--max-retries", "0", "10.77.0.2"], timeout: 30)
        #expect(nmap.status == 0, "nmap: \(nmap.stderr)")
        #expect(nmap.stdout.contains("1096 closed"), "nmap: \(nmap.stdout)")

        // A report written while the capture still runs names the scan.
        var running: [String: Any]? = nil
        for _ in 0..<50 where running == nil {
            usleep(100_000)
            running = live.stdoutSoFar.split(separator: "\n").lazy
                .compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
                .first { ($0["complete"] as? Bool) == false && $0.objects("scans").first?.int("probed") == 1100 }
        }
        let during = try #require(running, "no interval report named the scan: \(live.stdoutSoFar.suffix(800))")
        #expect(during.objects("scans").first?["open"] as? [Int] == ScanCaptureTests.openPorts)

        live.signal(SIGINT)
        let result = live.wait()
        #expect(result.status == 0, "stderr: \(result.stderr)")
        ScanCaptureTests.checkConnectScan(try reportObject(result.stdout))
    }
}
