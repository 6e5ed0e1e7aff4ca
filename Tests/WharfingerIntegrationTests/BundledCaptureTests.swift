import Foundation
import Testing

/// What Captures/README.md and Captures/expected-outcomes.tsv say each bundled capture
/// must show, checked against the binary's output.
@Suite struct BundledCaptureTests {
    struct ExpectedFrame {
        var file: String, frame: Int, outcome: String, layer: String, proto: String, sport: String, dport: String
    }

    static func expectedFrames() throws -> [ExpectedFrame] {
        let text = try String(contentsOf: Paths.captures.appendingPathComponent("expected-outcomes.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return ExpectedFrame(file: c[0], frame: Int(c[1]) ?? 0, outcome: c[2], layer: c[3], proto: c[4],
                                 sport: c[5], dport: c[6])
        }
    }

    static var decodableFiles: [String] {
        guard let rows = try? expectedFrames() else { return [] }
        let refused = Set(rows.filter { $0.outcome == "error" }.map(\.file))
        return Array(Set(rows.map(\.file)).subtracting(refused)).sorted()
    }

    @Test(arguments: decodableFiles)
    func everyFrameHasItsExpectedOutcome(file: String) throws {
        let expected = try Self.expectedFrames().filter { $0.file == file }
        let result = try wharfinger("read", Paths.capture(file), "--packets", "--format", "ndjson")
        #expect(result.status == 0, "\(result.stderr)")
        let frames = result.stdout.split(separator: "\n").map {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(frames.count == expected.count, "\(file): frame count")
        for row in expected {
            guard row.frame >= 1, row.frame <= frames.count else {
                Issue.record("\(file): no frame \(row.frame)")
                continue
            }
            let frame = frames[row.frame - 1]
            let label = "\(file) frame \(row.frame)"
            #expect(frame["outcome"] as? String == row.outcome, "\(label): \(frame)")
            if row.layer != "-" {
                #expect(frame["layer"] as? String == row.layer, "\(label): \(frame["reason"] ?? "")")
                #expect((frame["reason"] as? String)?.contains("at offset") == true, "\(label)")
            }
            if row.proto != "-" {
                let proto = frame["ip_proto"] as? Int
                #expect(proto == (row.proto == "tcp" ? 6 : 17), "\(label)")
            }
            if row.sport != "-" { #expect(frame["sport"] as? Int == Int(row.sport), "\(label)") }
            if row.dport != "-" { #expect(frame["dport"] as? Int == Int(row.dport), "\(label)") }
        }
    }

    @Test func filesThatMustBeRefused() throws {
        let cut = try wharfinger("read", Paths.capture("cut-short.pcap"))
        #expect(cut.status == 5)
        #expect(cut.stderr.contains("file cut short after frame 3"))
        #expect(cut.stdout.contains("total                   3"))
        #expect(try wharfinger("read", Paths.capture("not-a-capture.txt")).status == 65)
        #expect(try wharfinger("read", Paths.capture("unsupported-link.pcap")).status == 3)
    }

    struct Conversation {
        var file: String, proto: String, client: String, server: String, service: String, basis: String
    }

    /// The "Conversations in the recorded captures" table of Captures/README.md.
    static func conversations() throws -> [Conversation] {
        let text = try String(contentsOf: Paths.captures.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = text.range(of: "### Conversations in the recorded captures") else { return [] }
        var rows: [Conversation] = []
        for line in text[start.upperBound...].split(separator: "\n") {
            if line.hasPrefix("#") { break }
            guard line.hasPrefix("| `") else { continue }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "") }
            rows.append(Conversation(file: cells[0], proto: cells[1], client: cells[2], server: cells[3],
                                     service: cells[4], basis: cells[cells.count - 1]))
        }
        return rows
    }

    @Test func recordedConversationsHaveTheRightServer() throws {
        let conversations = try Self.conversations()
        #expect(conversations.count >= 30)
        for (file, rows) in Dictionary(grouping: conversations, by: \.file) {
            let report = try Report(Paths.capture(file))
            #expect(report.flows.count == rows.count, "\(file)")
            for row in rows {
                let flow = report.flows.first { $0.client == row.client && $0.server == row.server && $0.proto == row.proto }
                guard let flow else {
                    Issue.record("\(file): no flow \(row.client) -> \(row.server); have \(report.flows.map { "\($0.client)->\($0.server)" })")
                    continue
                }
                if row.basis.hasPrefix("handshake") {
                    #expect(flow.basis == "handshake", "\(file) \(row.client)")
                } else {
                    #expect(!["handshake", "syn-ack", "simultaneous"].contains(flow.basis), "\(file) \(row.client)")
                }
                if !row.service.hasPrefix("(") {
                    let detected = flow.raw["detected_protocol"] as? String
                    #expect(flow.service == row.service || detected == row.service,
                            "\(file) \(row.client): service \(flow.service ?? "nil"), detected \(detected ?? "nil")")
                }
            }
            let outside = report.framesOutsideConversations
            #expect(report.packetsAccounted + outside == report.frames["total"], "\(file)")
        }
    }

    @Test func ambiguousPairsNameTheRightServer() throws {
        for (file, server) in [("socks-from-1494.pcap", "127.0.0.1:1080"), ("socks-from-1494-nohandshake.pcap", "127.0.0.1:1080"),
                               ("ica-from-1080.pcap", "127.0.0.1:1494"), ("ica-from-1080-nohandshake.pcap", "127.0.0.1:1494")] {
            let report = try Report(Paths.capture(file))
            #expect(report.ambiguous.count == 1, "\(file)")
            let flow = try #require(report.ambiguous.first)
            #expect(flow.server == server, "\(file)")
            // Without the handshake the weights decide which fact weighs most: the SOCKS greeting
            // settles; a lone ICA banner (which the client may echo) weighs less than fan-in.
            #expect(file.contains("nohandshake") ? ["payload", "fan-in"].contains(flow.basis) : flow.basis == "handshake",
                    "\(file): \(flow.basis)")
            #expect(!flow.evidence.isEmpty)
        }
    }

    /// The report points at the frames that did not decode: file, frame number, layer, offset.
    @Test func reportNamesFramesThatDidNotDecode() throws {
        let truncated = Paths.capture("truncated.pcap"), malformed = Paths.capture("malformed.pcap")
        let report = try Report(truncated, [malformed])
        let problems = report.json["decode_problems"] as? [[String: Any]] ?? []
        #expect(problems.count == 10)
        #expect(problems.first?["file"] as? String == truncated)
        #expect(problems.first?["n"] as? Int == 1)
        #expect(problems.first?["layer"] as? String == "link")
        #expect(problems.first?["offset"] as? Int == 0)
        let text = try wharfinger("read", truncated, malformed)
        let expected = (report.frames["truncated"] ?? 0) + (report.frames["malformed"] ?? 0)
        #expect(text.stdout.contains("Frames that did not decode (\(expected); the first 10)"))
        #expect(text.stdout.contains("\(malformed) frame") == false)  // only the first ten are listed
        #expect(text.stdout.contains("\(truncated) frame 5: truncated: ipv6-ext at offset 54"))
    }

    /// "-" reads a capture piped to standard input, as `tcpdump -r -` does, and reports what
    /// the file itself gives; then a named file goes on in the same run.
    @Test func standardInputIsTheFileMinus() throws {
        let pcapng = Paths.capture("http-ipv4.pcapng"), dns = Paths.capture("dns-udp.pcap")
        let piped = try run("/bin/sh", ["-c", "\"$0\" read - \"$2\" --format json < \"$1\"", Paths.binary.path, pcapng, dns])
        let named = try wharfinger("read", pcapng, dns, "--format", "json")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout == named.stdout)
        #expect(named.stdout.contains("\"flow_count\""))
        let junk = try run("/bin/sh", ["-c", "echo junk | \"$0\" read -", Paths.binary.path])
        #expect(junk.status == 65)
        #expect(junk.stderr == "wharfinger: -: not a pcap or pcapng capture file (unknown file format)\n")
    }

    /// The two-thread pipeline gives the same report as one thread on every bundled capture.
    @Test(arguments: decodableFiles)
    func twoThreadsReportWhatOneThreadDoes(file: String) throws {
        let one = try wharfinger("read", Paths.capture(file), "--format", "json", "--threads", "1")
        let two = try wharfinger("read", Paths.capture(file), "--format", "json", "--threads", "2")
        #expect(one.status == 0)
        #expect(one.stdout == two.stdout)
    }
}
