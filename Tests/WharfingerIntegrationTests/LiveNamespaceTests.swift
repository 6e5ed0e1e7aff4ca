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

    /// Two new namespaces joined by a veth pair, wfa<tag> in the client's and wfb<tag> in the
    /// server's (neither up nor addressed yet).
    func namespacePair() throws -> (tag: String, client: String, server: String) {
        let tag = String(UInt32.random(in: 0..<0xFFFF_FF), radix: 16)
        let client = "wfc\(tag)", server = "wfs\(tag)"
        try ip("netns", "add", client)
        do {
            try ip("netns", "add", server)
            try ip("link", "add", "wfa\(tag)", "netns", client, "type", "veth", "peer", "name", "wfb\(tag)", "netns", server)
        } catch {
            removeNamespaces(client, server)
            throw error
        }
        return (tag, client, server)
    }

    func removeNamespaces(_ names: String...) {
        for name in names { _ = try? ip("netns", "del", name) }
    }

    @Test(.timeLimit(.minutes(1)))
    func httpOverIPv6OnAVethPair() throws {
        let (tag, client, server) = try namespacePair()
        defer { removeNamespaces(client, server) }
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

    /// UDP datagrams larger than the veth's MTU: the kernels fragment them, and `live`
    /// counts every later fragment with its conversation.
    @Test(.timeLimit(.minutes(1)), .enabled(if: Paths.tool("socat"), "needs socat"))
    func fragmentedUDPOverASmallMTU() throws {
        let (tag, client, server) = try namespacePair()
        defer { removeNamespaces(client, server) }
        try ip("-n", client, "addr", "add", "10.79.0.1/24", "dev", "wfa\(tag)")
        try ip("-n", server, "addr", "add", "10.79.0.2/24", "dev", "wfb\(tag)")
        try ip("-n", client, "link", "set", "wfa\(tag)", "mtu", "1280", "up")
        try ip("-n", server, "link", "set", "wfb\(tag)", "mtu", "1280", "up")

        let echo = try Background("/usr/bin/env", ["ip", "netns", "exec", server, "socat",
                                                   "UDP4-RECVFROM:5300,bind=10.79.0.2,fork", "EXEC:cat"])
        defer { echo.stop() }
        let live = try Background("/usr/bin/env", ["ip", "netns", "exec", server, Paths.binary.path, "live",
                                                   "-i", "wfb\(tag)", "--format", "json", "udp"])
        defer { live.stop() }
        guard live.waitForStderr("listening on wfb\(tag)") else { throw LiveTestError.notListening(live.stderrSoFar) }
        usleep(300_000)
        // Two 3,000-byte datagrams, one at a time: three fragments each, both ways.
        for _ in 0..<2 {
            let sent = try generate("/bin/sh", ["-c", "head -c 3000 /dev/zero | tr '\\0' w | ip netns exec \(client) "
                                                + "socat -T 1 - UDP4:10.79.0.2:5300 > /dev/null"], timeout: 10)
            #expect(sent.status == 0, "socat: \(sent.stderr)")
        }
        usleep(400_000)
        live.signal(SIGINT)
        let result = live.wait()
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let report = try reportObject(result.stdout)
        #expect(report.object("frames").int("fragment") == 8)
        #expect(report.int("fragments_in_conversations") == 8)
        let flows = report.objects("flows")
        #expect(flows.count == 2)
        for flow in flows {
            #expect(flow.object("to_server").int("packets") == 3 && flow.object("to_client").int("packets") == 3)
            #expect(flow.object("to_server").int("payload_bytes") == 3000)
        }
    }
}

private extension String {
    var exists: Bool { FileManager.default.fileExists(atPath: self) }
}
