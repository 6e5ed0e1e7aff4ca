import Foundation
import Testing

/// `read --format html`: the page's chart draws the JSON timeline (its bars carry their
/// numbers), the page names every service of the JSON report, it loads nothing, stays
/// small, and Chromium renders it as a person would see it: not blank, in the services'
/// colours, dark when the browser prefers dark, without an error in its log.
@Suite struct HTMLReportTests {
    static let pages = ["http-ipv4.pcap", "dns-udp.pcap", "connect-scan.pcap", "udp-fragments.pcap", "tunnel-vxlan.pcap",
                        "servers-by-host.pcap", "ica-from-1080-nohandshake.pcap", "ipv6-ext.pcap"]

    static func page(_ path: String) throws -> String {
        let result = try wharfinger("read", path, "--format", "html")
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// One bar as drawn: bin, row, direction, packets, bytes.
    struct Bar: Equatable { var bin: Int, row: Int, toServer: Bool, packets: Int, bytes: Int }

    static func bars(_ html: String) -> [Bar] {
        let pattern = try! NSRegularExpression(
            pattern: #"<rect class="s[0-9opq]+" [^>]*data-b="(\d+)" data-r="(\d+)" data-d="([sc])" data-p="(\d+)" data-y="(\d+)"/>"#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
            func group(_ i: Int) -> String { String(html[Range(match.range(at: i), in: html)!]) }
            return Bar(bin: Int(group(1))!, row: Int(group(2))!, toServer: group(3) == "s",
                       packets: Int(group(4))!, bytes: Int(group(5))!)
        }
    }

    /// The bars of each bin are the JSON timeline's entries of that bin, in order, each
    /// direction apart; and the page names each service of the JSON report.
    @Test(arguments: pages)
    func chartDrawsTheTimelineAndNamesEveryService(_ name: String) throws {
        let path = Paths.capture(name)
        let html = try Self.page(path)
        let report = try Report(path)
        let timeline = try #require(report.json["timeline"] as? [String: Any])
        var expected: [Bar] = []
        for (index, bin) in (timeline["bins"] as? [[String: Any]] ?? []).enumerated() {
            for toServer in [true, false] {
                for entry in bin["services"] as? [[String: Any]] ?? [] {
                    let counts = entry[toServer ? "to_server" : "to_client"] as? [String: Int] ?? [:]
                    let packets = counts["packets"] ?? 0, bytes = counts["bytes"] ?? 0
                    if packets > 0 || bytes > 0 { expected.append(Bar(bin: index, row: 0, toServer: toServer, packets: packets, bytes: bytes)) }
                }
            }
        }
        let drawn = Self.bars(html).sorted { ($0.bin, $0.toServer ? 0 : 1, $0.row) < ($1.bin, $1.toServer ? 0 : 1, $1.row) }
            .map { Bar(bin: $0.bin, row: 0, toServer: $0.toServer, packets: $0.packets, bytes: $0.bytes) }
        #expect(!drawn.isEmpty, "\(name)")
        #expect(drawn == expected, "\(name)")
        for service in report.services {
            let label = "\(service["service"] as? String ?? "unassigned")</td><td class=\"mono\">\(service["port"] as? Int ?? -1)/\(service["proto"] as? String ?? "?")</td>"
            #expect(html.contains(label), "\(name): \(label)")
        }
        // The largest conversations are listed: as many rows as the report has flows but the
        // unanswered probes (counted, not listed), up to 25, the largest first (a merge once
        // left the page without its conversations).
        func bytes(_ flow: Flow) -> Int {
            ["to_server", "to_client"].reduce(0) { $0 + ((flow.raw[$1] as? [String: Any])?["bytes"] as? Int ?? 0) }
        }
        let flows = report.flows.sorted { bytes($0) > bytes($1) }
        let probes = (report.json["unanswered_probes"] as? [[String: Any]] ?? []).reduce(0) { $0 + ($1["flows"] as? Int ?? 0) }
        let section = html.components(separatedBy: "<h2>Largest conversations</h2>").dropFirst().first?
            .components(separatedBy: "</section>").first ?? ""
        #expect(section.components(separatedBy: "<tr>").count - 2 == min(25, flows.count - probes), "\(name)")
        if probes == 0, let largest = flows.first, flows.dropFirst().first.map({ bytes($0) < bytes(largest) }) ?? true {
            #expect(section.contains(">\(largest.client)<") && section.contains(">\(largest.server)<"), "\(name)")
        }
        Self.expectSelfContained(html, name)
    }

    /// Nothing fetched, nothing run: no script, no URL, no imported style; under 2 MB.
    static func expectSelfContained(_ html: String, _ name: String) {
        #expect(html.hasPrefix("<!DOCTYPE html>"), "\(name)")
        #expect(html.utf8.count < 2_000_000, "\(name): \(html.utf8.count) bytes")
        for fetch in ["<script", "http://", "https://", "url(", "@import", "<link", "<img", "<iframe"] {
            #expect(!html.contains(fetch), "\(name): \(fetch)")
        }
        #expect(html.contains("<svg"), "\(name)")
    }

    @Test(.enabled(if: Paths.ndpiCorpusPresent, "../shared/corpus is not beside the repo"),
          arguments: ["1kxun.pcap", "synscan.pcap"])
    func corpusPagesAreSelfContained(_ name: String) throws {
        let html = try Self.page(Paths.ndpiCorpus.appendingPathComponent(name).path)
        Self.expectSelfContained(html, name)
        #expect(!Self.bars(html).isEmpty, "\(name)")
    }

    /// The scan of Captures/connect-scan.pcap (scripts/record-scan-capture.sh) is marked on the chart.
    @Test func scanIsMarked() throws {
        let html = try Self.page(Paths.capture("connect-scan.pcap"))
        #expect(html.contains("<rect class=\"scan\""))
        #expect(html.contains("scan by 10.77.0.1 (tcp, 1100 ports)"))
    }

    /// Chromium renders the page of the scan capture: a drawn page, with the first
    /// service's colour and the probes' red, and no error in its log; dark when asked.
    @Test(.enabled(if: Paths.tool("chromium") && Paths.tool("python3"), "chromium is not installed"))
    func chromiumRendersThePage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        try Data(try Self.page(Paths.capture("connect-scan.pcap")).utf8).write(to: page)
        for dark in [false, true] {
            let png = folder.appendingPathComponent(dark ? "dark.png" : "light.png")
            var arguments = ["120", "chromium", "--headless", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1000",
                             "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                             "--enable-logging=stderr", "--v=0", "--screenshot=\(png.path)"]
            if getuid() == 0 { arguments.append("--no-sandbox") }
            if dark { arguments += ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"] }
            let result = try run("/usr/bin/timeout", arguments + [page.absoluteString])
            #expect(result.status == 0, "\(result.stderr)")
            // What the page itself logs (console messages, failed loads); not the machine's D-Bus or GPU.
            let pageErrors = result.stderr.split(separator: "\n").filter {
                $0.contains("CONSOLE") || $0.contains("net::ERR") || $0.contains("Failed to load") || $0.contains("Refused to")
            }
            #expect(pageErrors.isEmpty, "\(pageErrors)")
            let stats = try run("/usr/bin/python3", [Paths.repo.appendingPathComponent("scripts/png-colours.py").path, png.path,
                                                     "4e79a7", "e15759"])
            let lines = stats.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
            let head = try #require(lines.first)
            #expect(head[0] == "1280" && head[1] == "1000", "\(stats.stdout)")
            #expect((Int(head[2]) ?? 0) > 50, "distinct colours: \(stats.stdout)")
            #expect(head[3] == (dark ? "10151c" : "ffffff"), "background: \(stats.stdout)")
            #expect((Double(head[4]) ?? 0) > 0.05, "drawn share: \(stats.stdout)")
            #expect(lines.dropFirst().allSatisfy { $0.first == "has" }, "\(stats.stdout)")
        }
    }
}

/// `live --html FILE`: the page is written when the capture ends, beside the JSON on stdout,
/// and draws the same timeline.
extension LiveCaptureTests {
    @Test(.enabled(if: Paths.tool("socat"), "needs socat"), .timeLimit(.minutes(2)))
    func htmlPageWrittenWhenTheCaptureEnds() throws {
        let address = LiveEnvironment.loopbackAddress()
        let server = try Background("/usr/bin/socat", ["-T", "5", "UDP4-RECVFROM:7,bind=\(address),fork", "EXEC:/bin/cat"])
        defer { server.stop() }
        usleep(300_000)
        let page = folder.appendingPathComponent("live.html")
        let live = try startLive(["-c", "2", "--duration", "30", "--format", "json", "--html", page.path,
                                  "host", address, "and", "udp"])
        let client = try generate("/bin/sh", ["-c", "printf 'ahoy over udp' | /usr/bin/socat -t 2 - UDP4:\(address):7"])
        #expect(client.stdout == "ahoy over udp")
        let result = live.wait(seconds: 20)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let report = try reportObject(result.stdout)
        let html = try String(contentsOf: page, encoding: .utf8)
        HTMLReportTests.expectSelfContained(html, "live")
        #expect(html.contains("<p class=\"muted mono\">lo</p>"))
        #expect(html.contains("echo</td><td class=\"mono\">7/udp</td>"))
        // The request up, the echo down (in one bin, or two when a bin boundary fell between).
        let bars = HTMLReportTests.bars(html)
        let bins = (report.object("timeline")["bins"] as? [[String: Any]] ?? []).filter {
            !($0["services"] as? [Any] ?? []).isEmpty
        }
        #expect((1...2).contains(bins.count))
        let echo = try #require(report.objects("services").first)
        for toServer in [true, false] {
            let drawn = bars.filter { $0.toServer == toServer }
            let counted = echo.object(toServer ? "to_server" : "to_client")
            #expect(drawn.map(\.packets) == [1] && drawn.map(\.bytes) == [counted.int("bytes") ?? -1], "\(bars)")
        }
    }
}
