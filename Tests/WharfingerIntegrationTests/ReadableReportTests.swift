import Foundation
import Glibc
import Testing
import WharfingerReport
import WharfingerWire

/// What a person reads (issue 18, items 7 and 8): times in UTC, tcpdump's trailing filter
/// words, the conn.log's uid on JSON flows, NDJSON conversations, the frame table's reader,
/// exact packet counts and weak verdicts marked.
@Suite struct ReadableReportTests {
    /// Captures of several conversations each, read as one run.
    static let several = [Paths.capture("ica-from-1080.pcap"), Paths.capture("socks-from-1494.pcap"),
                          Paths.capture("http-ipv4.pcap"), Paths.capture("dns-udp.pcap")]

    // MARK: - Times

    /// The date arithmetic agrees with glibc's gmtime_r from 1900 to 2200.
    @Test func civilDatesAgreeWithGmtime() {
        var seconds: Int64 = -2_208_988_800  // 1900-01-01
        while seconds < 7_258_118_400 {  // 2200-01-01
            var time = time_t(seconds)
            var parts = tm()
            gmtime_r(&time, &parts)
            let expected = String(format: "%04d-%02d-%02d %02d:%02d:%02d", parts.tm_year + 1900, parts.tm_mon + 1,
                                  parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec)
            let text = TimeText.utc(Timestamp(seconds: seconds, nanoseconds: 0), fractionDigits: 0)
            if text != expected {
                Issue.record("\(seconds): \(text), gmtime_r says \(expected)")
                return
            }
            seconds += 86_400 * 3 + 3_727  // every few days, at another time of day
        }
    }

    @Test func durationsReadAsTheirUnits() {
        let second: Int64 = 1_000_000_000
        #expect(TimeText.duration(nanoseconds: 1_234_400_000) == "1.234 s")
        #expect(TimeText.duration(nanoseconds: 0) == "0.000 s")
        #expect(TimeText.duration(nanoseconds: 192 * second) == "3 m 12 s")
        #expect(TimeText.duration(nanoseconds: (2 * 3600 + 3 * 60 + 12) * second) == "2 h 03 m 12 s")
        #expect(TimeText.duration(nanoseconds: (4 * 86_400 + 2 * 3600 + 3 * 60) * second) == "4 d 02 h 03 m")
        #expect(TimeText.duration(nanoseconds: (5 * 365 + 305) * 86_400 * second) == "5 y 305 d")
    }

    /// The header's first and last frame, in UTC to the millisecond, are the JSON's epoch seconds.
    @Test func headerHasReadableUTCTimes() throws {
        let text = try wharfinger(arguments: ["read"] + Self.several)
        #expect(text.status == 0, "\(text.stderr)")
        let json = try wharfinger(arguments: ["read"] + Self.several + ["--format", "json"])
        let summary = Self.summaryText(json.stdout)
        let first = try #require(Self.epoch(summary, key: "first")), last = try #require(Self.epoch(summary, key: "last"))
        let header = text.stdout.split(separator: "\n")
        try #require(header.count > 2)
        let report = try reportObject(json.stdout)
        #expect(header[0] == "\(report.object("frames").int("total") ?? -1) frames, \(report.int("flow_count") ?? -1) conversations")
        // These captures span seconds: the duration is in seconds to the millisecond.
        let milliseconds = (last.totalNanoseconds - first.totalNanoseconds + 500_000) / 1_000_000
        try #require(milliseconds < 60_000)
        let duration = String(format: "%d.%03d s", Int(milliseconds / 1000), Int(milliseconds % 1000))
        #expect(header[1] == "\(Self.utc(first)) UTC to \(Self.utc(last)) UTC (\(duration))", "\(header[1])")
    }

    /// `--packets` text writes each frame's time as tcpdump's -tttt (in UTC by default, or
    /// local) or -tt; the NDJSON keeps epoch seconds.
    @Test func packetsTimesFollowTimeStyle() throws {
        let file = Paths.capture("http-ipv4.pcap")
        let frames = try wharfinger("read", file, "--packets", "--format", "ndjson")
        let epochs = frames.stdout.split(separator: "\n").compactMap { Self.epoch(String($0), key: "ts") }
        try #require(epochs.count > 3)
        func times(_ arguments: [String], environment: [String] = []) throws -> [String] {
            let result = try run("/usr/bin/env", environment + [Paths.binary.path, "read", file, "--packets"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            // "N <time> IP ...": the time is what lies between the number and " IP".
            return result.stdout.split(separator: "\n").compactMap { line in
                guard let space = line.firstIndex(of: " "), let ip = line.range(of: " IP") else { return nil }
                return String(line[line.index(after: space)..<ip.lowerBound])
            }
        }
        let microseconds = { (time: Timestamp) in String(format: ".%06d", Int(time.nanoseconds / 1000)) }
        #expect(try times([]) == epochs.map { Self.utc($0, fractionDigits: 0) + microseconds($0) })
        #expect(try times(["--time", "utc"]) == times([]))
        #expect(try times(["--time", "epoch"]) == epochs.map(\.epochText))
        // Nine hours east of UTC, with no daylight saving: JST-9 in POSIX's spelling.
        let tokyo = epochs.map { Timestamp(seconds: $0.seconds + 9 * 3600, nanoseconds: $0.nanoseconds) }
        #expect(try times(["--time", "local"], environment: ["TZ=JST-9"])
                == tokyo.map { Self.utc($0, fractionDigits: 0) + microseconds($0) })
        #expect(try wharfinger("read", file, "--time", "epoch").status == 64)  // a report's times are UTC
    }

    // MARK: - Filter words

    @Test func trailingFilterWordsAreTheFilter() throws {
        for filter in ["tcp port 8000", "udp", "not tcp"] {
            let words = filter.split(separator: " ").map(String.init)
            for format in ["text", "json"] {
                let trailing = try wharfinger(arguments: ["read"] + Self.several + ["--format", format] + words)
                let option = try wharfinger(arguments: ["read"] + Self.several + ["--format", format, "--filter", filter])
                #expect(trailing.status == 0, "\(filter): \(trailing.stderr)")
                #expect(trailing.stdout == option.stdout, "\(filter) \(format)")
            }
            // As one quoted word too.
            let quoted = try wharfinger(arguments: ["read"] + Self.several + [filter])
            let option = try wharfinger(arguments: ["read"] + Self.several + ["--filter", filter])
            #expect(quoted.stdout == option.stdout, "\(filter)")
        }
        let all = try reportObject(try wharfinger(arguments: ["read"] + Self.several + ["--format", "json"]).stdout)
        let http = try reportObject(try wharfinger(arguments: ["read"] + Self.several + ["--format", "json", "tcp", "port", "8000"]).stdout)
        // The words filtered: fewer frames, and no UDP.
        #expect((http.object("frames").int("total") ?? 0) < (all.object("frames").int("total") ?? 0))
        #expect(http.object("frames").int("udp") == 0)
        #expect((http.object("frames").int("tcp") ?? 0) > 0)
        // A mistyped capture file is told as missing, not compiled as a filter.
        let missing = try wharfinger("read", Paths.capture("http-ipv4.pcap"), "no-such.pcap", "tcp")
        #expect(missing.status != 0 && missing.stderr.contains("no-such.pcap: no such file"), "\(missing.stderr)")
        // Words and --filter together are refused.
        #expect(try wharfinger("read", Paths.capture("http-ipv4.pcap"), "tcp", "--filter", "udp").status == 64)
    }

    // MARK: - uid, duration, NDJSON

    /// The corpus captures where Zeek's close or attempt timer ends a conversation that
    /// goes on (a late ACK, a FIN retransmitted long after the close, SYNs retried past 5 s).
    static let splitByZeekTimers = [
        "1kxun.pcap", "KakaoTalk_chat.pcap", "alexa-app.pcapng", "android.pcap", "anyconnect-vpn.pcap", "atg.pcap",
        "bt-http.pcapng", "edonkey.pcap", "fuzz-2006-06-26-2594.pcap", "gnutella.pcap", "http_asymmetric.pcapng",
        "netflix.pcap", "ocs.pcap", "sites.pcapng", "syslog.pcap", "tls_1.2_unidirectional_client.pcapng",
        "wechat.pcap",
    ]

    /// The JSON report's flow uids are exactly the conn.log's, and its durations are last - first.
    @Test func jsonFlowUidsAreTheConnLogs() throws {
        // The two crafted captures begin the same connection at the same instant: read apart.
        var captures = [Self.several, [Paths.capture("closed-then-late-ack.pcap")], [Paths.capture("one-sided-attempt.pcap")]]
        if Paths.ndpiCorpusPresent {
            captures += Self.splitByZeekTimers.map { [Paths.ndpiCorpus.appendingPathComponent($0).path] }
        }
        for files in captures {
            let json = try wharfinger(arguments: ["read"] + files + ["--format", "json"])
            let log = try wharfinger(arguments: ["read"] + files + ["--format", "zeek-json"])
            #expect(json.status == 0 && log.status == 0, "\(json.stderr) \(log.stderr)")
            let flows = try reportObject(json.stdout).objects("flows")
            let uids = flows.compactMap { $0.string("uid") }
            #expect(uids.count == flows.count && flows.count > 1, "\(files)")
            #expect(Set(uids).count == uids.count)
            // The flow table draws every conversation's boundaries, Zeek's timers included:
            // the conn.log's conversations (its tunnel records have no basis) are the flows.
            let logUids = try Self.lines(log.stdout).filter { $0["basis"] != nil }.compactMap { $0.string("uid") }
            #expect(logUids.count == uids.count, "\(files)")
            #expect(Set(logUids) == Set(uids), "\(files)")
            // Each flow's duration, to the nanosecond, in the JSON text.
            for flow in Self.flowTexts(json.stdout) {
                guard let first = Self.epoch(flow, key: "first"), let last = Self.epoch(flow, key: "last"),
                      let duration = Self.epoch(flow, key: "duration") else {
                    Issue.record("no first, last or duration: \(flow.prefix(200))")
                    continue
                }
                #expect(duration.totalNanoseconds == last.totalNanoseconds - first.totalNanoseconds)
            }
        }
    }

    /// `--format ndjson` without `--packets`: one conversation per line, every one, the
    /// same uids as the report; the frame accounting on stderr.
    @Test func ndjsonWritesEveryConversation() throws {
        var captures = [Self.several]
        if Paths.ndpiCorpusPresent {
            captures.append([Paths.ndpiCorpus.appendingPathComponent("teams.pcap").path])
        }
        for files in captures {
            let ndjson = try wharfinger(arguments: ["read"] + files + ["--format", "ndjson"])
            #expect(ndjson.status == 0, "\(ndjson.stderr)")
            let report = try reportObject(try wharfinger(arguments: ["read"] + files + ["--format", "json"]).stdout)
            let lines = try Self.lines(ndjson.stdout)
            #expect(lines.count == report.int("flow_count"), "\(files)")
            #expect(lines.compactMap { $0.string("uid") }.sorted()
                    == report.objects("flows").compactMap { $0.string("uid") }.sorted())
            #expect(lines.allSatisfy { $0.object("to_server").int("packets") != nil && $0.string("basis") != nil })
            let total = report.object("frames").int("total") ?? -1
            #expect(ndjson.stderr.contains("total") && ndjson.stderr.contains("= \(total) frames read by libpcap"),
                    "\(ndjson.stderr)")
        }
    }

    // MARK: - The text's tables

    /// The frame table says who read the frames: the block reader reads the mixed pcapng file.
    @Test(.enabled(if: MixedCapture.toolsPresent, "mergecap and editcap are not installed"))
    func frameTableNamesTheReader() throws {
        let (merged, _) = try MixedCapture.make()
        let blocks = try wharfinger("read", merged)
        #expect(blocks.stdout.contains("= 32 frames read by the pcapng block reader"), "\(blocks.stdout)")
        let both = try wharfinger("read", Paths.capture("dns-udp.pcap"), merged)
        #expect(both.stdout.range(of: #"= \d+ read: \d+ by libpcap, 32 by the pcapng block reader"#,
                                  options: .regularExpression) != nil, "\(both.stdout)")
        let one = try wharfinger("read", Paths.capture("http-ipv4.pcap"))
        #expect(one.stdout.range(of: #"= \d+ frames read by libpcap\n"#, options: .regularExpression) != nil)
    }

    /// Packet counts are exact in both tables (fix2.pcap has a conversation of 1304 packets one way,
    /// once "1.3K"), and a weak verdict's basis carries a `?`.
    @Test(.enabled(if: Paths.ndpiCorpusPresent, "../shared/corpus/ndpi is not beside the repo"))
    func exactPacketsAndWeakVerdictsMarked() throws {
        for name in ["source_engine.pcap", "fix2.pcap"] {
            let path = Paths.ndpiCorpus.appendingPathComponent(name).path
            let text = try wharfinger("read", path).stdout
            let report = try reportObject(try wharfinger("read", path, "--format", "json").stdout)
            let rows = Self.rows(of: "Largest conversations", in: text)
            try #require(!rows.isEmpty)
            var weak = 0
            for row in rows {
                guard let flow = report.objects("flows").first(where: {
                    "\($0.object("client").string("ip") ?? ""):\($0.object("client").int("port") ?? 0)" == row["client"]
                        && "\($0.object("server").string("ip") ?? ""):\($0.object("server").int("port") ?? 0)" == row["server"]
                }) else {
                    Issue.record("\(name): no JSON flow for \(row)")
                    continue
                }
                let isWeak = flow["weak"] as? Bool == true
                weak += isWeak ? 1 : 0
                #expect(row["basis"] == (flow.string("basis") ?? "") + (isWeak ? "?" : ""), "\(row)")
                #expect(row["pkts>srv"] == flow.object("to_server").int("packets").map(String.init), "\(row)")
                #expect(row["pkts>cli"] == flow.object("to_client").int("packets").map(String.init), "\(row)")
            }
            if name == "source_engine.pcap" { #expect(weak == report.int("weak_verdict_flows") && weak > 0) }
            let services = Self.rows(of: "Services by traffic", in: text)
            for (row, service) in zip(services, report.objects("services")) {
                #expect(row["pkts>srv"] == service.object("to_server").int("packets").map(String.init), "\(row)")
                #expect(row["pkts>cli"] == service.object("to_client").int("packets").map(String.init), "\(row)")
            }
            #expect(!services.isEmpty)
        }
    }

    /// `read --help` explains the columns; neither command's help lists a format it refuses.
    @Test func helpExplainsColumnsAndListsAcceptedFormats() throws {
        let read = try wharfinger("read", "--help").stdout
        for column in ["pkts>srv", "bytes>cli", "basis", "a ? marks a", "start", "duration"] {
            #expect(read.contains(column), "\(column)")
        }
        let live = try wharfinger("live", "--help").stdout
        #expect(!live.contains("zeek-json;") && !live.contains("values: text"), "\(live)")
        #expect(live.contains("text, json or ndjson"))
    }

    // MARK: - Helpers

    /// `YYYY-MM-DD HH:MM:SS.mmm` by Foundation's calendar, independently of `TimeText`.
    static func utc(_ time: Timestamp, fractionDigits: Int = 3) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                            from: Date(timeIntervalSince1970: TimeInterval(time.seconds)))
        var text = String(format: "%04d-%02d-%02d %02d:%02d:%02d", parts.year!, parts.month!, parts.day!,
                          parts.hour!, parts.minute!, parts.second!)
        if fractionDigits == 3 { text += String(format: ".%03d", Int(time.nanoseconds / 1_000_000)) }
        return text
    }

    /// `"key":123.456789012` in JSON text, exactly, as a timestamp.
    static func epoch(_ json: String, key: String) -> Timestamp? {
        guard let range = json.range(of: "\"\(key)\":\\s*-?[0-9]+\\.[0-9]+", options: .regularExpression) else { return nil }
        let number = json[range].split(separator: ":").last!.trimmingCharacters(in: .whitespaces)
        let parts = number.split(separator: ".")
        guard parts.count == 2, let seconds = Int64(parts[0]) else { return nil }
        let fraction = String(parts[1]).padding(toLength: 9, withPad: "0", startingAt: 0)
        return Timestamp(seconds: seconds, nanoseconds: UInt32(fraction)!)
    }

    /// Each flow object of a JSON report, as its text (from `{"uid":` to the next one).
    static func flowTexts(_ json: String) -> [String] {
        guard let flows = json.range(of: "\"flows\":") else { return [] }
        let end = json.range(of: summaryStart)?.lowerBound ?? json.endIndex
        return json[flows.upperBound..<end].components(separatedBy: "{\"uid\":").dropFirst().map { $0 }
    }

    /// Where a JSON report's summary begins: the flows come first, the frames right after them.
    static let summaryStart = "],\"frames\":"

    /// A JSON report's text after its flows: its top-level members, then the other sections.
    static func summaryText(_ json: String) -> String {
        json.range(of: summaryStart).map { String(json[$0.lowerBound...]) } ?? json
    }

    static func lines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], "\($0)")
        }
    }

    /// A text table's rows under `title`, by column name (cells are parted by two spaces or more).
    static func rows(of title: String, in text: String) -> [[String: String]] {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: title), start + 1 < lines.count else { return [] }
        func cells(_ line: String) -> [String] {
            line.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let headers = cells(lines[start + 1])
        var rows: [[String: String]] = []
        for line in lines[(start + 2)...] {
            guard line.hasPrefix("  "), !line.hasPrefix("  ..."), case let values = cells(line),
                  values.count == headers.count else { break }
            rows.append(Dictionary(uniqueKeysWithValues: zip(headers, values)))
        }
        return rows
    }
}
