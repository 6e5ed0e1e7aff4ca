import Foundation
import Testing

/// `wharfinger live` on `lo` while real programs make the traffic: curl against
/// python3's http.server, dig against dnsmasq, a UDP echo through socat. Every capture is
/// filtered on the test's own 127.77.x.y address, so parallel tests do not mix.
@Suite(.serialized, .enabled(if: LiveEnvironment.isRoot, "live capture needs root (CI runs the tests as root)"))
struct LiveCaptureTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-live-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Lets the kernel hand over the last frames (it batches them for up to 100 ms).
    func settle() { usleep(400_000) }

    @Test(.enabled(if: Paths.tool("curl"), "needs curl"), .timeLimit(.minutes(2)))
    func httpConnectionsStopOnSIGINTAndMatchTheWrittenFile() throws {
        let address = LiveEnvironment.loopbackAddress()
        let server = try startHTTPServer(on: address, in: folder, page: "hello from the wharf\n")
        defer { server.stop() }

        let written = folder.appendingPathComponent("http.pcap").path
        let live = try startLive(["--format", "json", "-w", written, "host", address, "and", "tcp", "port", "80"])
        for _ in 0..<3 {
            let curl = try generate("/usr/bin/curl", ["-s", "-o", "/dev/null", "--max-time", "5", "http://\(address)/"])
            #expect(curl.status == 0)
        }
        settle()
        live.signal(SIGINT)
        let result = live.wait()
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let report = try reportObject(result.stdout)
        #expect(report["complete"] as? Bool == true)
        #expect(report.object("capture").string("stopped_by") == "signal")
        #expect(report.object("capture").string("interface") == "lo")
        #expect(report.object("capture").int("dropped_by_kernel") == 0)

        let flows = report.objects("flows")
        #expect(flows.count == 3)
        for flow in flows {
            #expect(flow.string("proto") == "tcp")
            #expect(flow.string("basis") == "handshake")
            #expect(flow.object("server").string("ip") == address)
            #expect(flow.object("server").int("port") == 80)
            #expect(flow.object("client").string("ip") == "127.0.0.1")
            #expect(flow.object("client").int("port") != 80)
            #expect(flow.string("service") == "http")
            #expect(flow.string("end") == "fin")
            #expect((flow.object("to_server").int("payload_bytes") ?? 0) > 0)
            #expect((flow.object("to_client").int("payload_bytes") ?? 0) > 20)
            #expect((flow["evidence"] as? [String] ?? []).contains { $0.hasPrefix("SYN from 127.0.0.1:") })
        }
        let http = report.objects("services").first { $0.int("port") == 80 && $0.string("proto") == "tcp" }
        #expect(http?.string("service") == "http")
        #expect(http?.int("flows") == 3)
        #expect(http?.int("clients") == 1 && http?.int("servers") == 1)

        // The -w file read back gives the same flows and tallies.
        let reread = try wharfinger("read", written, "--format", "json")
        #expect(reread.status == 0, "stderr: \(reread.stderr)")
        let again = try reportObject(reread.stdout)
        #expect(again.object("frames").int("total") == report.object("frames").int("total"))
        #expect(flowSummaries(again) == flowSummaries(report))
        #expect(serviceSummaries(again) == serviceSummaries(report))
    }

    /// `--format ndjson` without `--packets`: one line per conversation as it ends, with the
    /// uids the -w file's conn.log gives the same conversations.
    @Test(.enabled(if: Paths.tool("curl"), "needs curl"), .timeLimit(.minutes(2)))
    func ndjsonWritesEachConversationAsItEnds() throws {
        let address = LiveEnvironment.loopbackAddress()
        let server = try startHTTPServer(on: address, in: folder)
        defer { server.stop() }
        let written = folder.appendingPathComponent("ndjson.pcap").path
        let live = try startLive(["--format", "ndjson", "-w", written, "host", address, "and", "tcp", "port", "80"])
        for _ in 0..<3 {
            let curl = try generate("/usr/bin/curl", ["-s", "-o", "/dev/null", "--max-time", "5", "http://\(address)/"])
            #expect(curl.status == 0)
        }
        settle()
        live.signal(SIGINT)
        let result = live.wait()
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = try result.stdout.split(separator: "\n").map { try reportObject(String($0)) }
        #expect(lines.count == 3, "\(result.stdout)")
        #expect(lines.allSatisfy { $0.object("server").int("port") == 80 && $0.string("basis") == "handshake" })
        #expect(result.stderr.contains("frames read by libpcap"), "\(result.stderr)")
        let log = try wharfinger("read", written, "--format", "zeek-json")
        let logUids = log.stdout.split(separator: "\n").compactMap { try? reportObject(String($0)).string("uid") }
        #expect(lines.compactMap { $0.string("uid") }.sorted() == logUids.sorted())
    }

    @Test(.enabled(if: Paths.tool("dnsmasq") && Paths.tool("dig"), "needs dnsmasq and dig"), .timeLimit(.minutes(2)))
    func dnsQueriesToDnsmasqStopOnSIGTERM() throws {
        let address = LiveEnvironment.loopbackAddress()
        let dnsmasq = try Background("/usr/sbin/dnsmasq", [
            "--no-daemon", "--no-resolv", "--no-hosts", "--conf-file=/dev/null", "--pid-file=",
            "--listen-address=\(address)", "--bind-interfaces", "--port=53", "--address=/example.test/192.0.2.7",
        ])
        defer { dnsmasq.stop() }
        // Ready when it answers (bounded: 20 tries of at most a second).
        var ready = false
        for _ in 0..<20 where !ready {
            let probe = try generate("/usr/bin/dig", ["@\(address)", "-p", "53", "ready.example.test", "+short", "+tries=1", "+time=1"], timeout: 5)
            ready = probe.stdout.contains("192.0.2.7")
            if !ready { usleep(100_000) }
        }
        guard ready else { throw LiveTestError.serverDidNotStart(dnsmasq.stderrSoFar) }

        // Connections on a second core: the other tests cover the default, one thread.
        let live = try startLive(["--threads", "2", "--format", "json", "host", address, "and", "udp", "port", "53"])
        for name in ["www.example.test", "mail.example.test"] {
            let dig = try generate("/usr/bin/dig", ["@\(address)", "-p", "53", name, "+short", "+tries=1", "+time=2"])
            #expect(dig.stdout.contains("192.0.2.7"))
        }
        settle()
        live.signal(SIGTERM)
        let result = live.wait()
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let report = try reportObject(result.stdout)
        #expect(report.object("capture").string("stopped_by") == "signal")
        #expect(report.object("frames").int("udp") == 4)
        let flows = report.objects("flows")
        #expect(flows.count == 2)
        for flow in flows {
            #expect(flow.string("proto") == "udp")
            #expect(flow.object("server").string("ip") == address)
            #expect(flow.object("server").int("port") == 53)
            #expect(flow.object("client").string("ip") == "127.0.0.1")
            #expect(flow.string("service") == "domain")
            #expect(flow.string("detected_protocol") == "domain")
            #expect(flow.object("to_server").int("packets") == 1)
            #expect(flow.object("to_client").int("packets") == 1)
        }
        let dns = report.objects("services").first { $0.int("port") == 53 && $0.string("proto") == "udp" }
        #expect(dns?.string("service") == "domain")
        #expect(dns?.int("flows") == 2)
    }

    @Test(.enabled(if: Paths.tool("socat"), "needs socat"), .timeLimit(.minutes(2)))
    func udpEchoThroughSocatStopsAfterCount() throws {
        let address = LiveEnvironment.loopbackAddress()
        let server = try Background("/usr/bin/socat", ["-T", "5", "UDP4-RECVFROM:7,bind=\(address),fork", "EXEC:/bin/cat"])
        defer { server.stop() }
        usleep(300_000)
        // -c 2: the request and the echo, then the capture ends by itself.
        let live = try startLive(["-c", "2", "--duration", "30", "--format", "json", "host", address, "and", "udp"])
        let client = try generate("/bin/sh", ["-c", "printf 'ahoy over udp' | /usr/bin/socat -t 2 - UDP4:\(address):7"])
        #expect(client.stdout == "ahoy over udp")
        let result = live.wait(seconds: 20)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let report = try reportObject(result.stdout)
        #expect(report.object("capture").string("stopped_by") == "count")
        #expect(report.object("frames").int("total") == 2)
        let flow = report.objects("flows").first
        #expect(report.objects("flows").count == 1)
        #expect(flow?.string("proto") == "udp")
        #expect(flow?.object("server").string("ip") == address)
        #expect(flow?.object("server").int("port") == 7)
        #expect(flow?.object("client").string("ip") == "127.0.0.1")
        #expect(flow?.string("service") == "echo")
        #expect(flow?.object("to_server").int("payload_bytes") == 13)
        #expect(flow?.object("to_client").int("payload_bytes") == 13)
    }

    @Test(.timeLimit(.minutes(1)))
    func durationStopsACaptureThatSeesNothing() throws {
        let started = Date()
        let result = try wharfinger("live", "-i", "lo", "--duration", "1", "--format", "json", "host", "127.77.0.1", "and", "tcp")
        let took = Date().timeIntervalSince(started)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(took < 15, "took \(took) s")  // 1 s asked; generous for a loaded machine
        let report = try reportObject(result.stdout)
        #expect(report.object("frames").int("total") == 0)
        #expect(report.object("capture").string("stopped_by") == "duration")
        #expect(report["complete"] as? Bool == true)
    }

    @Test(.timeLimit(.minutes(1)))
    func intervalWritesOneJSONReportPerLine() throws {
        // Six intervals fit in the run; a loaded machine may delay a tick or two, so at least
        // two snapshots and the final report.
        let result = try wharfinger("live", "-i", "lo", "--interval", "0.5", "--duration", "3", "host", "127.77.0.1")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count >= 3, "stdout: \(result.stdout)")
        let reports = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(reports.count == lines.count)
        #expect(reports.dropLast().allSatisfy { $0["complete"] as? Bool == false && $0["capture"] != nil })
        #expect(reports.last?["complete"] as? Bool == true)
        #expect(reports.last?.object("capture").string("stopped_by") == "duration")
    }

    @Test(.enabled(if: Paths.tool("curl"), "needs curl"), .timeLimit(.minutes(1)))
    func userDropsRootAndTheCaptureGoesOn() throws {
        let address = LiveEnvironment.loopbackAddress()
        let written = folder.appendingPathComponent("dropped.pcap").path
        let live = try startLive(["--user", "nobody", "-w", written, "--format", "json", "host", address])
        let status = try String(contentsOfFile: "/proc/\(live.pid)/status", encoding: .utf8)
        let uids = status.split(separator: "\n").first { $0.hasPrefix("Uid:") }?.split(separator: "\t").dropFirst().map(String.init)
        #expect(uids == ["65534", "65534", "65534", "65534"])
        // Nothing listens there: SYN, then RST.
        _ = try generate("/usr/bin/curl", ["-s", "--max-time", "3", "http://\(address):9/"])
        settle()
        live.signal(SIGINT)
        let result = live.wait()
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let report = try reportObject(result.stdout)
        #expect(report.object("frames").int("tcp") == 2)
        let flow = report.objects("flows").first
        #expect(flow?.string("end") == "rejected")
        #expect(flow?.string("basis") == "handshake")
        let reread = try wharfinger("read", written, "--format", "json")
        #expect(try reportObject(reread.stdout).object("frames").int("tcp") == 2)
    }

    // MARK: errors

    func oneLine(_ result: RunResult) -> String {
        #expect(result.stderr.split(separator: "\n").count == 1, "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        return result.stderr
    }

    @Test func unknownInterfaceExits4() throws {
        let result = try wharfinger("live", "-i", "nosuchdev0", "--duration", "1")
        #expect(result.status == 4)
        #expect(oneLine(result).hasPrefix("wharfinger: nosuchdev0: no such capture device"))
        #expect(result.stdout.isEmpty)
    }

    @Test func badFilterExits2() throws {
        let result = try wharfinger("live", "-i", "lo", "--duration", "1", "tcp", "port", "banana")
        #expect(result.status == 2)
        #expect(oneLine(result).hasPrefix("wharfinger: filter 'tcp port banana' does not compile: "))
    }

    @Test(.enabled(if: Paths.tool("setpriv"), "needs setpriv"))
    func noCaptureRightsExits77() throws {
        let result = try run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups",
                                                  Paths.binary.path, "live", "-i", "lo", "--duration", "1"])
        #expect(result.status == 77)
        let line = oneLine(result)
        #expect(line.hasPrefix("wharfinger: lo: no permission to capture"))
        #expect(line.contains("setcap cap_net_raw,cap_net_admin+eip"))
    }

    @Test func interfacesListsLoopback() throws {
        let result = try wharfinger("interfaces", "--format", "json")
        #expect(result.status == 0)
        let devices = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        let lo = devices.first { $0["name"] as? String == "lo" }
        #expect(lo?["loopback"] as? Bool == true)
        #expect(lo?["up"] as? Bool == true)
        let addresses = (lo?["addresses"] as? [[String: Any]] ?? []).compactMap { $0["address"] as? String }
        #expect(addresses.contains("127.0.0.1"))
        let text = try wharfinger("interfaces")
        #expect(text.stdout.contains("lo  [up, running, loopback"))
    }
}

/// Flows as comparable text: endpoints, verdict and tallies (not evidence wording).
func flowSummaries(_ report: [String: Any]) -> [String] {
    report.objects("flows").map { flow in
        let client = flow.object("client"), server = flow.object("server")
        let up = flow.object("to_server"), down = flow.object("to_client")
        return "\(flow.string("proto") ?? "?") \(client.string("ip") ?? "?"):\(client.int("port") ?? -1) -> "
            + "\(server.string("ip") ?? "?"):\(server.int("port") ?? -1) \(flow.string("basis") ?? "?") "
            + "\(flow.string("service") ?? "-") up \(up.int("packets") ?? -1)/\(up.int("bytes") ?? -1)/\(up.int("payload_bytes") ?? -1) "
            + "down \(down.int("packets") ?? -1)/\(down.int("bytes") ?? -1)/\(down.int("payload_bytes") ?? -1)"
    }.sorted()
}

func serviceSummaries(_ report: [String: Any]) -> [String] {
    report.objects("services").map { service in
        let up = service.object("to_server"), down = service.object("to_client")
        return "\(service.string("proto") ?? "?")/\(service.int("port") ?? -1) \(service.string("service") ?? "-") "
            + "flows \(service.int("flows") ?? -1) up \(up.int("packets") ?? -1)/\(up.int("bytes") ?? -1) "
            + "down \(down.int("packets") ?? -1)/\(down.int("bytes") ?? -1)"
    }.sorted()
}

/// What a terminal sees: the compact view each second, then the report in its place.
@Suite(.enabled(if: LiveEnvironment.isRoot && Paths.tool("script") && Paths.tool("curl"),
                "needs root, script (util-linux) and curl"))
struct LiveTerminalViewTests {
    @Test(.timeLimit(.minutes(1)))
    func viewRefreshesThenTheReportReplacesIt() throws {
        let address = LiveEnvironment.loopbackAddress()
        let typescript = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-tty-\(UUID().uuidString)").path
        defer { unlink(typescript) }
        // script(1) gives wharfinger a terminal; --duration ends it.
        let terminal = try Background("/usr/bin/script", ["-qfec", "\(Paths.binary.path) live -i lo --duration 2.6 host \(address)",
                                                          typescript])
        // Traffic between the first refresh (1 s) and the second (2 s) after "listening on".
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !((try? String(contentsOfFile: typescript, encoding: .utf8)) ?? "").contains("listening on lo") {
            usleep(20_000)
        }
        usleep(1_300_000)
        _ = try generate("/usr/bin/curl", ["-s", "--max-time", "2", "http://\(address):9/"])
        let result = terminal.wait(seconds: 20)
        #expect(result.status == 0)
        let screen = try String(contentsOfFile: typescript, encoding: .utf8)
        #expect(screen.contains("wharfinger live on lo: 1 s"))
        #expect(screen.contains("wharfinger live on lo: 2 s, 2 frames"))
        #expect(screen.contains("new verdicts:"))
        #expect(screen.contains("tcp 127.0.0.1:") && screen.contains("-> \(address):9 discard (handshake)"))
        // Cursor up and clear before the report, which ends with the capture section and frames.
        #expect(screen.contains("\u{1B}[J"))
        #expect(screen.contains("Live capture on lo"))
        #expect(screen.contains("stopped after --duration"))
    }
}

@Suite(.enabled(if: LiveEnvironment.isRoot && Paths.tool("curl"), "needs root and curl"))
struct LiveRecordLimitTests {
    @Test(.timeLimit(.minutes(1)))
    func maxFlowRecordsZeroKeepsTalliesOnly() throws {
        let address = LiveEnvironment.loopbackAddress()
        let live = try startLive(["--max-flow-records", "0", "-c", "6", "--duration", "20", "--format", "json", "host", address])
        for port in [9, 13, 19] {
            _ = try generate("/usr/bin/curl", ["-s", "--max-time", "2", "http://\(address):\(port)/"])
        }
        let result = live.wait(seconds: 25)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let report = try reportObject(result.stdout)
        #expect(report.objects("flows").isEmpty)
        #expect(report.int("flow_count") == 3)
        // Nothing listens there: three refused connections, tallied as unanswered probes.
        #expect(report.objects("services").isEmpty)
        let probes = report.objects("unanswered_probes")
        #expect(probes.map { $0.string("proto") } == ["tcp"])
        #expect(probes.first?.int("flows") == 3)
        #expect(probes.first?.object("sent").int("packets") == 3 && probes.first?.object("returned").int("packets") == 3)
    }
}
