import Foundation
import Testing

/// A capture on a real Ethernet device: a veth pair between two network namespaces the
/// test creates (and deletes), IPv6 between them, wharfinger capturing inside one of them.
/// Nothing leaves the pair.
@Suite(.serialized, .enabled(if: LiveEnvironment.isRoot && Paths.tool("ip") && Paths.tool("curl"),
                             "needs root, ip (iproute2) and curl"))
struct LiveNamespaceTests {
    /// Runs `ip ...`, bounded.
    @discardableResult
    func ip(_ arguments: String...) throws -> RunResult {
        try generate("/usr/sbin/ip".exists ? "/usr/sbin/ip" : "/sbin/ip", arguments, timeout: 10)
    }

    @Test(.timeLimit(.minutes(1)))
    func httpOverIPv6OnAVethPair() throws {
        let tag = String(UInt32.random(in: 0..<0xFFFF_FF), radix: 16)
        let client = "wfc\(tag)", server = "wfs\(tag)"
        try ip("netns", "add", client)
        defer { _ = try? ip("netns", "del", client) }
        try ip("netns", "add", server)
        defer { _ = try? ip("netns", "del", server) }
        try ip("link", "add", "wfa\(tag)", "netns", client, "type", "veth", "peer", "name", "wfb\(tag)", "netns", server)
        try ip("-n", client, "addr", "add", "fd77::1/64", "dev", "wfa\(tag)", "nodad")
        try ip("-n", server, "addr", "add", "fd77::2/64", "dev", "wfb\(tag)", "nodad")
        try ip("-n", client, "link", "set", "wfa\(tag)", "up")
        try ip("-n", server, "link", "set", "wfb\(tag)", "up")

        let http = try Background("/usr/bin/env", ["ip", "netns", "exec", server,
                                                   "python3", "-m", "http.server", "80", "--bind", "fd77::2",
                                                   "--directory", FileManager.default.temporaryDirectory.path])
        defer { http.stop() }
        let live = try Background("/usr/bin/env", ["ip", "netns", "exec", client, Paths.binary.path, "live",
                                                   "-i", "wfa\(tag)", "--format", "json", "tcp", "port", "80"])
        defer { live.stop() }
        guard live.waitForStderr("listening on wfa\(tag)") else { throw LiveTestError.notListening(live.stderrSoFar) }
        // The server may take a moment to start: curl retries its connection, bounded.
        let curl = try generate("/usr/bin/env", ["ip", "netns", "exec", client, "curl", "-s", "-g", "-o", "/dev/null",
                                                 "--retry", "20", "--retry-delay", "0", "--retry-connrefused",
                                                 "--max-time", "20", "http://[fd77::2]:80/"], timeout: 30)
        #expect(curl.status == 0, "curl: \(curl.stderr)")
        usleep(400_000)
        live.signal(SIGINT)
        let result = live.wait()
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let report = try reportObject(result.stdout)
        #expect(report.object("capture").string("link_type") == "EN10MB")
        #expect(report.object("capture")["promiscuous"] as? Bool == true)
        // Connections refused before the server listened are flows too; the last one carried the page.
        let served = report.objects("flows").filter { $0.string("end") == "fin" }
        #expect(served.count == 1)
        let flow = served.first
        #expect(flow?.string("basis") == "handshake")
        #expect(flow?.object("client").string("ip") == "fd77::1")
        #expect(flow?.object("server").string("ip") == "fd77::2")
        #expect(flow?.object("server").int("port") == 80)
        #expect(flow?.string("service") == "http")
        #expect(flow?.string("detected_protocol") == "http")
    }
}

private extension String {
    var exists: Bool { FileManager.default.fileExists(atPath: self) }
}
