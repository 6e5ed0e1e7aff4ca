import Foundation
import Testing

/// `wharfinger live --metrics` scraped by a real Prometheus server (Debian's `prometheus`)
/// on loopback, the values read back through its query API and held against the run's
/// own final report.
@Suite(.serialized)
struct MetricsScrapeTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-metrics-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Connections the test makes and expects to end while the capture runs; one more
    /// comes after them (its SYN moves the capture clock past their linger) and stays live.
    static let endedConnections = 3

    @Test(.enabled(if: LiveEnvironment.isRoot, "live capture needs root (CI runs the tests as root)"),
          .enabled(if: Paths.tool("prometheus") && Paths.tool("curl"), "needs prometheus and curl"),
          .timeLimit(.minutes(1)))
    func prometheusReadsWhatTheReportSays() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let address = LiveEnvironment.loopbackAddress()
        let server = try startHTTPServer(on: address, in: folder, page: "hello from the wharf\n")
        defer { server.stop() }

        let metricsPort = LiveEnvironment.freePort()
        var prometheusPort = LiveEnvironment.freePort()
        while prometheusPort == metricsPort { prometheusPort = LiveEnvironment.freePort() }
        let config = folder.appendingPathComponent("prometheus.yml")
        try """
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
            scrape_configs:
              - job_name: wharfinger
                static_configs:
                  - targets: ['127.0.0.1:\(metricsPort)']
            """.write(to: config, atomically: true, encoding: .utf8)
        let prometheus = try Background("/usr/bin/prometheus", [
            "--config.file=\(config.path)", "--storage.tsdb.path=\(folder.appendingPathComponent("tsdb").path)",
            "--web.listen-address=127.0.0.1:\(prometheusPort)",
        ])
        defer { prometheus.stop() }

        // Closed connections linger --tcp-idle-timeout (1 s of capture time) before they end.
        // Two threads: each update first waits for the analysis thread to catch up.
        let live = try startLive(["--format", "json", "--threads", "2", "--tcp-idle-timeout", "1",
                                  "--metrics", "127.0.0.1:\(metricsPort)",
                                  "host", address, "and", "tcp", "port", "80"])
        #expect(live.stderrSoFar.contains("wharfinger: metrics at http://127.0.0.1:\(metricsPort)/metrics"))

        for _ in 0..<Self.endedConnections {
            let curl = try generate("/usr/bin/curl", ["-s", "-o", "/dev/null", "--max-time", "5", "http://\(address)/"])
            #expect(curl.status == 0)
        }
        usleep(1_300_000)
        let last = try generate("/usr/bin/curl", ["-s", "-o", "/dev/null", "--max-time", "5", "http://\(address)/"])
        #expect(last.status == 0)
        let trafficEnded = Date().timeIntervalSince1970

        // The endpoint itself: the text format, and 404 for anything but /metrics.
        let page = try generate("/usr/bin/curl", ["-s", "-i", "--max-time", "3", "http://127.0.0.1:\(metricsPort)/metrics"])
        #expect(page.stdout.hasPrefix("HTTP/1.1 200 OK"))
        #expect(page.stdout.contains("Content-Type: text/plain; version=0.0.4"))
        #expect(page.stdout.contains("# TYPE wharfinger_frames_total counter"))
        let other = try generate("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "3",
                                                  "http://127.0.0.1:\(metricsPort)/"])
        #expect(other.stdout == "404")

        // Wait for a sample Prometheus scraped after the tick that followed the last frame:
        // the kernel hands frames over within 100 ms, wharfinger updates once a second.
        let api = PrometheusAPI(port: prometheusPort)
        var scrapedAt = 0.0
        let deadline = Date().addingTimeInterval(25)
        while scrapedAt < trafficEnded + 1.3 && Date() < deadline {
            usleep(250_000)
            scrapedAt = try api.series("timestamp(wharfinger_flows_active)").first?.value ?? 0
        }
        try #require(scrapedAt >= trafficEnded + 1.3, "no scrape after the traffic; prometheus: \(prometheus.stderrSoFar.suffix(800))")
        let values = try api.series("{__name__=~\"wharfinger_.*\"}")

        live.signal(SIGINT)
        let result = live.wait()
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let report = try reportObject(result.stdout)

        func value(_ name: String, _ labels: [String: String] = [:]) -> Double? {
            values.first { series in
                series.labels["__name__"] == name && labels.allSatisfy { key, want in series.labels[key] == want }
            }?.value
        }
        let frames = try #require(report.object("frames").int("total"))
        #expect(frames > 0)
        #expect(values.filter { $0.labels["__name__"] == "wharfinger_frames_total" }.reduce(0) { $0 + $1.value } == Double(frames))
        #expect(value("wharfinger_frames_total", ["outcome": "tcp"]) == Double(report.object("frames").int("tcp") ?? -1))
        #expect(value("wharfinger_frames_total", ["outcome": "udp"]) == 0)
        #expect(value("wharfinger_capture_dropped_frames_total", ["by": "kernel"]) == 0)
        #expect((value("wharfinger_capture_received_frames_total") ?? 0) >= Double(frames))

        let http = try #require(report.objects("services").first { $0.int("port") == 80 && $0.string("proto") == "tcp" })
        #expect(http.int("flows") == Self.endedConnections + 1)
        for direction in ["to_server", "to_client"] {
            let labels = ["transport": "tcp", "port": "80", "service": "http", "direction": direction]
            #expect(value("wharfinger_service_packets_total", labels) == Double(http.object(direction).int("packets") ?? -1),
                    "\(direction) packets")
            #expect(value("wharfinger_service_bytes_total", labels) == Double(http.object(direction).int("bytes") ?? -1),
                    "\(direction) bytes")
        }
        #expect(!values.contains { $0.labels["service"] == "other" })

        #expect(value("wharfinger_flows_ended_total") == Double(Self.endedConnections))
        #expect(value("wharfinger_flows_active") == 1)
        #expect(value("wharfinger_flows_evicted_total") == 0)
        #expect(value("wharfinger_verdicts_total", ["basis": "handshake"]) == Double(Self.endedConnections))
        #expect(value("wharfinger_verdicts_total", ["basis": "ports"]) == 0)
        // The report ends the last connection too; its verdict is the handshake's.
        #expect(report.objects("flows").filter { $0.string("basis") == "handshake" }.count == Self.endedConnections + 1)
    }

    @Test func aPortInUseOrABadAddressIsOneLineAndItsOwnStatus() throws {
        // A listener of the test's own holds the port; metrics are set up before the device
        // is opened, so this needs no root.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var sin = sockaddr_in()
        sin.sin_family = sa_family_t(AF_INET)
        inet_pton(AF_INET, "127.0.0.1", &sin.sin_addr)
        let bound = withUnsafePointer(to: &sin) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(bound == 0 && listen(fd, 1) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &sin) {
            _ = $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        let port = UInt16(bigEndian: sin.sin_port)

        let inUse = try wharfinger("live", "-i", "lo", "--metrics", "127.0.0.1:\(port)")
        #expect(inUse.status == 6)
        #expect(inUse.stderr == "wharfinger: --metrics 127.0.0.1:\(port): the port is in use (another program listens there)\n")

        // 192.0.2.1 (TEST-NET-1) is no address of this machine: binding fails, nothing is sent.
        let elsewhere = try wharfinger("live", "-i", "lo", "--metrics", "192.0.2.1:9464")
        #expect(elsewhere.status == 6)
        #expect(elsewhere.stderr == "wharfinger: --metrics 192.0.2.1:9464: not an address of this machine\n")

        for (text, reason) in [
            ("9464", "give an address and a port, as 127.0.0.1:9464"),
            ("127.0.0.1:http", "the port must be a number from 1 to 65535"),
            ("127.0.0.1:70000", "the port must be a number from 1 to 65535"),
            ("::1:9464", "write an IPv6 address in brackets, as [::1]:9464"),
            ("metrics.example:9464", "'metrics.example' is not an IPv4 address, an IPv6 address in brackets or localhost (names are not resolved)"),
        ] {
            let bad = try wharfinger("live", "-i", "lo", "--metrics", text)
            #expect(bad.status == 64, "\(text)")
            #expect(bad.stderr == "wharfinger: --metrics \(text): \(reason)\n")
        }
    }
}

/// Reads Prometheus's HTTP query API through curl.
struct PrometheusAPI {
    let port: UInt16

    struct Series {
        var labels: [String: String]
        /// When the query was evaluated.
        var time: Double
        var value: Double
    }

    /// Every series an instant query returns (empty before the first scrape).
    func series(_ query: String) throws -> [Series] {
        let answer = try generate("/usr/bin/curl", ["-s", "-G", "--max-time", "3",
                                                   "http://127.0.0.1:\(port)/api/v1/query", "--data-urlencode", "query=\(query)"])
        guard answer.status == 0, let object = try? JSONSerialization.jsonObject(with: Data(answer.stdout.utf8)) as? [String: Any],
              object["status"] as? String == "success" else {
            return []  // not up yet
        }
        let result = (object["data"] as? [String: Any])?["result"] as? [[String: Any]] ?? []
        return result.compactMap { item in
            guard let pair = item["value"] as? [Any], pair.count == 2,
                  let time = (pair[0] as? NSNumber)?.doubleValue, let text = pair[1] as? String, let value = Double(text) else {
                return nil
            }
            return Series(labels: item["metric"] as? [String: String] ?? [:], time: time, value: value)
        }
    }
}
