import Foundation
import Testing
import WharfingerAnalysis

/// `--format zeek` / `zeek-json` and `live --log`: Zeek's conn.log, read back with a reader
/// that follows Zeek's TSV rules (ZeekLogReader.swift).
@Suite struct ZeekConnLogTests {
    /// Every bundled capture that reads cleanly.
    static let captures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Paths.captures.path)) ?? []
        return names.filter { $0.hasSuffix(".pcap") || $0.hasSuffix(".pcapng") }.sorted()
    }()

    static let jsonSamples: Set<String> = ["http-ipv6.pcap", "dns-udp.pcap", "socks5.pcap", "tunnel-vxlan-tenants.pcap",
                                           "ica-from-1080-nohandshake.pcap", "refused.pcap"]

    struct Conversation: Hashable {
        var proto: String, client: String, clientPort: Int, server: String, serverPort: Int
        var toServer: Int, toClient: Int
    }

    @Test func everyBundledCaptureGivesAConnLogWithTheReportsConversations() throws {
        var records = 0
        for name in Self.captures {
            let json = try wharfinger("read", Paths.capture(name), "--format", "json")
            guard json.status == 0 else { continue }  // the damaged and unsupported ones
            let report = try reportObject(json.stdout)
            // conn.log counts datagrams as Zeek does: a later fragment is part of its datagram.
            func datagrams(_ side: String, of flow: [String: Any]) -> Int {
                (flow.object(side).int("packets") ?? -1) - (flow.object(side).int("later_fragments") ?? 0)
            }
            let expected = report.objects("flows").map { flow in
                Conversation(proto: flow.string("proto") ?? "", client: flow.object("client").string("ip") ?? "",
                             clientPort: flow.object("client").int("port") ?? -1,
                             server: flow.object("server").string("ip") ?? "",
                             serverPort: flow.object("server").int("port") ?? -1,
                             toServer: datagrams("to_server", of: flow), toClient: datagrams("to_client", of: flow))
            }

            let tsv = try wharfinger("read", Paths.capture(name), "--format", "zeek")
            #expect(tsv.status == 0, "\(name): \(tsv.stderr)")
            let log = try ZeekLog.parse(tsv.stdout)
            #expect(log.path == "conn" && log.closed, "\(name)")
            #expect(log.fields.prefix(21) == ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto",
                                              "service", "duration", "orig_bytes", "resp_bytes", "conn_state",
                                              "local_orig", "local_resp", "missed_bytes", "history", "orig_pkts",
                                              "orig_ip_bytes", "resp_pkts", "resp_ip_bytes", "tunnel_parents"])
            let logged = log.records.map { r in
                Conversation(proto: r["proto"]?.text ?? "", client: r["id.orig_h"]?.text ?? "",
                             clientPort: Int(r["id.orig_p"]?.text ?? "") ?? -2,
                             server: r["id.resp_h"]?.text ?? "", serverPort: Int(r["id.resp_p"]?.text ?? "") ?? -2,
                             toServer: Int(r["orig_pkts"]?.text ?? "") ?? -2, toClient: Int(r["resp_pkts"]?.text ?? "") ?? -2)
            }
            // Besides the conversations, a record per tunnel carried in UDP, as Zeek logs them.
            let udpTunnels = report.objects("tunnels").filter { tunnel in
                let kind = tunnel.objects("chain").last?.string("kind") ?? ""
                return ["vxlan", "geneve", "gtp-u", "teredo"].contains(kind)
            }
            let tunnelRecords = log.records.filter { $0["basis"] == .unset }
            let conversations = log.records.filter { $0["basis"] != .unset }
            #expect(tunnelRecords.count == udpTunnels.count, "\(name)")
            #expect(conversations.count == report.int("flow_count"), "\(name)")
            #expect(Set(logged.enumerated().filter { log.records[$0.offset]["basis"] != .unset }.map(\.element))
                    == Set(expected), "\(name)")
            // The same conversations, drawn once by the flow table: the same uids.
            #expect(Set(conversations.compactMap { $0["uid"]?.text })
                    == Set(report.objects("flows").compactMap { $0.string("uid") }), "\(name)")
            // A uid per connection (the same connection in two files, as in the .pcapng copy, keeps its uid).
            #expect(Set(log.records.compactMap { $0["uid"]?.text }).count == log.records.count, "\(name)")
            let tunnelUIDs = Set(tunnelRecords.compactMap { $0["uid"]?.text })
            var parentsNamed: Set<String> = []
            for record in conversations {
                #expect(VerdictBasis.allCases.map(\.rawValue).contains(record["basis"]?.text ?? ""))
                // Tunnelled conversations name their tunnel by a uid, as Zeek's tunnel_parents.
                if case .set(let parents) = record["tunnel_parents"] {
                    #expect(parents.count == 1 && parents.allSatisfy { $0.hasPrefix("C") && $0.count == 12 }, "\(name)")
                    parentsNamed.formUnion(parents)
                }
            }
            // Every tunnel record is the parent of the conversations inside (tunnel-depth5.pcap's
            // are deeper than the four levels followed, and are no conversations).
            if !parentsNamed.isEmpty { #expect(tunnelUIDs.isSubset(of: parentsNamed), "\(name)") }
            records += log.records.count

            // The JSON lines carry the same records, Zeek's field names, unset fields left out
            // (checked on a few captures: the debug binary's runs add up).
            guard Self.jsonSamples.contains(name) else { continue }
            let lines = try wharfinger("read", Paths.capture(name), "--format", "zeek-json")
            #expect(lines.status == 0)
            let objects = try lines.stdout.split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
            #expect(objects.count == log.records.count, "\(name)")
            for (object, record) in zip(objects, log.records) {
                #expect(object.string("uid") == record["uid"]?.text)
                #expect(object.string("conn_state") == record["conn_state"]?.text)
                #expect(object.string("history") == record["history"]?.text)
                #expect(object.int("orig_ip_bytes") == Int(record["orig_ip_bytes"]?.text ?? ""))
                #expect(object.int("resp_bytes") == record["resp_bytes"]?.text.flatMap { Int($0) })
                #expect((object["local_orig"] == nil) == (record["local_orig"] == .unset))
            }
        }
        #expect(records > 100)
    }

    /// Captures/connstate-*.pcap: one per conn_state, with the values Zeek's rules give
    /// (worked out by hand in scripts/craft-conn-state-captures.py).
    @Test func eachConnStateHasACaptureThatGivesIt() throws {
        let table = try String(contentsOf: Paths.captures.appendingPathComponent("connstate-expected.tsv"), encoding: .utf8)
        let rows = table.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        var states: Set<String> = []
        for row in rows.dropFirst() {
            let expected = Dictionary(uniqueKeysWithValues: zip(header, row))
            let file = expected["file"]!
            let result = try wharfinger("read", Paths.capture(file), "--format", "zeek")
            #expect(result.status == 0)
            let log = try ZeekLog.parse(result.stdout)
            #expect(log.records.count == 1, "\(file)")
            guard let record = log.records.first else { continue }
            for field in header.dropFirst() {
                #expect(record[field]?.text == expected[field], "\(file): \(field)")
            }
            #expect(record["id.orig_h"]?.text == "192.0.2.10" && record["id.resp_p"]?.text == "80", "\(file)")
            states.insert(expected["conn_state"]!)

            let json = try wharfinger("read", Paths.capture(file), "--format", "zeek-json")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(object.string("conn_state") == expected["conn_state"] && object.string("history") == expected["history"])
            #expect(object.int("missed_bytes") == Int(expected["missed_bytes"]!))
        }
        #expect(states == ["S0", "S1", "SF", "REJ", "S2", "S3", "RSTO", "RSTR", "RSTOS0", "RSTRH", "SH", "SHR", "OTH"])
    }

    @Test func zeekFormatsRefuseFramesAndLiveRefusesStdoutFormats() throws {
        let packets = try wharfinger("read", Paths.capture("http-ipv4.pcap"), "--packets", "--format", "zeek")
        #expect(packets.status == 64)
        #expect(packets.stderr.contains("log of connections"))
    }

    @Test(.enabled(if: LiveEnvironment.isRoot, "live capture needs root (CI runs the tests as root)"), .enabled(if: Paths.tool("curl"), "needs curl"),
          .timeLimit(.minutes(2)))
    func liveLogAgreesWithReadingTheWrittenFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-zeek-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let address = LiveEnvironment.loopbackAddress()
        let server = try startHTTPServer(on: address, in: folder, page: "hello\n")
        defer { server.stop() }

        let written = folder.appendingPathComponent("live.pcap").path
        let logPath = folder.appendingPathComponent("conn.log").path
        let live = try startLive(["--format", "json", "-w", written, "--log", logPath, "--local-nets", "127.0.0.0/8",
                                  "host", address, "and", "tcp", "port", "80"])
        for _ in 0..<3 {
            #expect(try generate("/usr/bin/curl", ["-s", "-o", "/dev/null", "--max-time", "5", "http://\(address)/"]).status == 0)
        }
        usleep(400_000)
        live.signal(SIGINT)
        let result = live.wait()
        #expect(result.status == 0, "stderr: \(result.stderr)")

        let liveLog = try ZeekLog.parse(try String(contentsOfFile: logPath, encoding: .utf8))
        let reread = try wharfinger("read", written, "--format", "zeek", "--local-nets", "127.0.0.0/8")
        let readLog = try ZeekLog.parse(reread.stdout)
        #expect(liveLog.records.count == 3)
        #expect(liveLog.records.allSatisfy { $0["conn_state"]?.text == "SF" && $0["id.resp_p"]?.text == "80" })
        #expect(liveLog.records.allSatisfy { $0["local_orig"]?.text == "T" && $0["service"]?.text == "http" })
        // Every value agrees, uids included (they come from the connection, not the run).
        let sortKey: ([String: ZeekLog.Value]) -> String = { $0["uid"]?.text ?? "" }
        #expect(liveLog.records.sorted { sortKey($0) < sortKey($1) } == readLog.records.sorted { sortKey($0) < sortKey($1) })
    }
}

/// conn.log's `service`: Zeek's analyzer names, only where a payload confirmed the protocol.
@Suite struct ZeekServiceTests {
    /// Captures/zeek-service-expected.tsv, checked against tshark's dissection (Captures/README.md).
    @Test func everyBundledCaptureNamesTheProtocolsItsPayloadsConfirm() throws {
        let table = try String(contentsOf: Paths.captures.appendingPathComponent("zeek-service-expected.tsv"), encoding: .utf8)
        var expected: [String: [String: Int]] = [:]
        for row in table.split(separator: "\n").dropFirst() {
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            expected[cells[0], default: [:]][cells[1...3].joined(separator: " ")] = Int(cells[4])
        }
        var read: Set<String> = []
        for name in ZeekConnLogTests.captures {
            let result = try wharfinger("read", Paths.capture(name), "--format", "zeek")
            // A damaged capture (cut-short.pcap) still logs what it read before the damage.
            guard result.stdout.hasPrefix("#separator") else { continue }
            let log = try ZeekLog.parse(result.stdout)
            var found: [String: Int] = [:]
            for record in log.records {
                let service = record["service"]?.text ?? "-"
                let key = service == "-" ? "- - -"
                    : [record["proto"]?.text ?? "", record["id.resp_p"]?.text ?? "", service].joined(separator: " ")
                found[key, default: 0] += 1
                // The registry's name moved to a column of our own.
                #expect(log.fields.last == "port_service", "\(name)")
            }
            #expect(found == expected[name] ?? [:], "\(name)")
            read.insert(name)
        }
        // Every capture the table names was read (none was renamed or lost).
        #expect(Set(expected.keys).isSubset(of: read))
        #expect(expected.values.contains { $0.keys.contains("tcp 1080 socks,http") })
    }
}

/// Record boundaries and tunnels as Zeek draws them.
@Suite struct ZeekRecordTests {
    /// Captures/refused-retry.pcap: curl tried 127.0.0.1:40000 -> 8081 three times, each SYN
    /// refused (tshark: three SYNs and three RST-ACKs on the one four-tuple). Zeek starts a new
    /// connection on every SYN once the old one was reset: three REJ records.
    @Test func aRefusedPortRetriedGivesARecordPerSYN() throws {
        let result = try wharfinger("read", Paths.capture("refused-retry.pcap"), "--format", "zeek")
        #expect(result.status == 0)
        let log = try ZeekLog.parse(result.stdout)
        #expect(log.records.count == 3)
        #expect(log.records.allSatisfy {
            $0["conn_state"]?.text == "REJ" && $0["history"]?.text == "Sr" && $0["id.orig_p"]?.text == "40000"
                && $0["id.resp_p"]?.text == "8081" && $0["orig_pkts"]?.text == "1" && $0["resp_pkts"]?.text == "1"
        })
        #expect(Set(log.records.compactMap { $0["uid"]?.text }).count == 3)
    }

    /// Captures/refused-same-isn.pcap (scripts/craft-conn-state-captures.py): a SYN refused by
    /// an RST-ACK, sent again with the same sequence number twice, half a second apart. Zeek's
    /// reuse test asks for no new sequence number once a side has reset: three REJ records.
    @Test func aRefusedSYNSentAgainWithItsSequenceNumberIsANewRecord() throws {
        let result = try wharfinger("read", Paths.capture("refused-same-isn.pcap"), "--format", "zeek")
        #expect(result.status == 0)
        let log = try ZeekLog.parse(result.stdout)
        #expect(log.records.map { $0["ts"]?.text ?? "" } == ["1795564800.000000", "1795564800.500100", "1795564801.000200"])
        #expect(log.records.allSatisfy { $0["conn_state"]?.text == "REJ" && $0["history"]?.text == "Sr" })
        // The report counts the same three conversations.
        let report = try reportObject(try wharfinger("read", Paths.capture("refused-same-isn.pcap"), "--format", "json").stdout)
        #expect(report.int("flow_count") == 3)
    }

    /// Captures/one-sided-attempt.pcap (scripts/craft-conn-state-captures.py, whose docstring
    /// works the values out from Zeek's rules): only the client's packets; SYN at 0 and 1 s,
    /// ACK and request at 1.2 s, ACK and FIN at 6 s. Zeek's attempt timer ends the attempt 5 s
    /// after its SYN: S0 then SH, where one record would say SH.
    @Test func anAttemptUnansweredFor5SecondsEndsAsZeeksAttemptTimerEndsIt() throws {
        let log = try ZeekLog.parse(try wharfinger("read", Paths.capture("one-sided-attempt.pcap"), "--format", "zeek").stdout)
        let fields = ["ts", "conn_state", "history", "orig_pkts", "orig_bytes", "resp_pkts", "duration"]
        let rows = log.records.map { record in fields.map { record[$0]?.text ?? "-" } }
        #expect(rows == [["1795564800.000000", "S0", "SAD", "4", "33", "0", "1.210000"],
                         ["1795564806.000000", "SH", "AF", "2", "0", "0", "0.010000"]])
        // The report draws the same two conversations, and names the same server in both:
        // the later one has no handshake, its opening segment (payload) says the client.
        try expectReportDrawsTheLogsPieces("one-sided-attempt.pcap", log: log, server: "192.0.2.20", port: 80)
    }

    /// Captures/closed-then-late-ack.pcap (scripts/craft-conn-state-captures.py): the FINs at
    /// 0.07 and 0.08 s, the last ACK at 0.09 s and again at 6.09 s. Zeek removes the closed
    /// connection 5 s after the close (tcp_close_delay), so the late ACK is a record of its own.
    @Test func aPacketLongAfterTheCloseIsARecordOfItsOwn() throws {
        let log = try ZeekLog.parse(try wharfinger("read", Paths.capture("closed-then-late-ack.pcap"), "--format", "zeek").stdout)
        let fields = ["ts", "conn_state", "history", "orig_pkts", "resp_pkts", "duration"]
        let rows = log.records.map { record in fields.map { record[$0]?.text ?? "-" } }
        #expect(rows == [["1795564800.000000", "SF", "ShADadFf", "6", "4", "0.080000"],
                         ["1795564806.090000", "OTH", "A", "1", "0", "-"]])
        try expectReportDrawsTheLogsPieces("closed-then-late-ack.pcap", log: log, server: "192.0.2.20", port: 80)
    }

    /// The JSON report of `name` lists the conn.log's records as its flows (the same uids),
    /// each with `server`:`port` as its server.
    private func expectReportDrawsTheLogsPieces(_ name: String, log: ZeekLog, server: String, port: Int) throws {
        let report = try reportObject(try wharfinger("read", Paths.capture(name), "--format", "json").stdout)
        let flows = report.objects("flows")
        #expect(flows.count == log.records.count, "\(name)")
        #expect(Set(flows.compactMap { $0.string("uid") }) == Set(log.records.compactMap { $0["uid"]?.text }), "\(name)")
        for flow in flows {
            #expect(flow.object("server").string("ip") == server && flow.object("server").int("port") == port,
                    "\(name): \(flow.string("basis") ?? "")")
        }
    }

    /// Captures/tunnel-vxlan.pcap (scripts/craft-tunnel-captures.py): one HTTP exchange in
    /// VXLAN between 203.0.113.1 and .2. tshark counts, on the outer headers, 7 frames from
    /// 203.0.113.1:45900 to 4789 (804 IP bytes, 608 UDP payload bytes) and 6 back (828, 660).
    @Test func aVXLANCaptureGivesTheOuterRecordThatTheInnerOneNames() throws {
        for style in ["zeek", "zeek-json"] {
            let result = try wharfinger("read", Paths.capture("tunnel-vxlan.pcap"), "--format", style)
            #expect(result.status == 0)
            var records: [[String: String]] = []
            if style == "zeek" {
                records = try ZeekLog.parse(result.stdout).records.map { record in
                    record.compactMapValues { value -> String? in
                        switch value {
                        case .unset: nil
                        case .set(let items): items.joined(separator: ",")
                        default: value.text
                        }
                    }
                }
            } else {
                for line in result.stdout.split(separator: "\n") {
                    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                    records.append(object.mapValues { value in
                        (value as? [Any]).map { $0.map { "\($0)" }.joined(separator: ",") } ?? "\(value)"
                    })
                }
            }
            #expect(records.count == 2, "\(style)")
            let outer = try #require(records.first { $0["service"] == "vxlan" })
            let inner = try #require(records.first { $0["proto"] == "tcp" })
            #expect(outer["proto"] == "udp" && outer["id.orig_h"] == "203.0.113.1" && outer["id.orig_p"] == "45900")
            #expect(outer["id.resp_h"] == "203.0.113.2" && outer["id.resp_p"] == "4789")
            #expect(outer["orig_pkts"] == "7" && outer["orig_ip_bytes"] == "804" && outer["orig_bytes"] == "608")
            #expect(outer["resp_pkts"] == "6" && outer["resp_ip_bytes"] == "828" && outer["resp_bytes"] == "660")
            #expect(outer["conn_state"] == "SF" && outer["history"] == "Dd")
            #expect(inner["tunnel_parents"] == outer["uid"], "\(style)")
            #expect(inner["service"] == "http" && inner["id.resp_p"] == "80")
        }
    }

    /// Captures/connstate-SF.pcap: handshake and exchange 10 ms apart from t=0 to 0.06 s, the
    /// client's FIN at 0.07, the server's at 0.08, the last ACK at 0.09. Zeek stops the clock
    /// once both sides closed: duration 0.08. connstate-S1.pcap never closes: its last packet, 0.06.
    @Test func durationEndsAtTheLastPacketBeforeBothSidesClosed() throws {
        for (file, duration) in [("connstate-SF.pcap", "0.080000"), ("connstate-S1.pcap", "0.060000")] {
            let log = try ZeekLog.parse(try wharfinger("read", Paths.capture(file), "--format", "zeek").stdout)
            #expect(log.records.first?["duration"]?.text == duration, "\(file)")
        }
    }

    /// `--local-nets`: local_orig and local_resp say which ends are in the networks given.
    @Test func localNetworksSetLocalOrigAndLocalResp() throws {
        let result = try wharfinger("read", Paths.capture("tunnel-vxlan.pcap"), "--format", "zeek",
                                    "--local-nets", "192.0.2.0/25, 2001:db8::/32")
        #expect(result.status == 0, "\(result.stderr)")
        let log = try ZeekLog.parse(result.stdout)
        let inner = try #require(log.records.first { $0["proto"]?.text == "tcp" })
        let outer = try #require(log.records.first { $0["proto"]?.text == "udp" })
        #expect(inner["local_orig"]?.text == "T" && inner["local_resp"]?.text == "T")
        #expect(outer["local_orig"]?.text == "F" && outer["local_resp"]?.text == "F")
        let narrow = try ZeekLog.parse(try wharfinger("read", Paths.capture("tunnel-vxlan.pcap"), "--format", "zeek",
                                                      "--local-nets", "192.0.2.1").stdout)
        let one = try #require(narrow.records.first { $0["proto"]?.text == "tcp" })
        #expect(one["local_orig"]?.text == "T" && one["local_resp"]?.text == "F")
        let bad = try wharfinger("read", Paths.capture("tunnel-vxlan.pcap"), "--format", "zeek", "--local-nets", "192.0.2.0/40")
        #expect(bad.status == 64 && bad.stderr.contains("192.0.2.0/40"))
        let notALog = try wharfinger("read", Paths.capture("tunnel-vxlan.pcap"), "--local-nets", "10.0.0.0/8")
        #expect(notALog.status == 64)
    }
}

/// The readers Zeek's users load conn.log with: parsezeeklogs and zat (Python packages,
/// installed by .ci/run with pip). Skips when either is not importable.
@Suite struct ZeekReaderTests {
    static let available: Bool = {
        (try? run("/usr/bin/env", ["python3", "-c", "import parsezeeklogs, zat"]).status) == 0
    }()

    /// scripts/check-zeek-readers.py loads each log with both and checks every column's type
    /// against `#types` (and the TSV against the JSON lines).
    @Test(.enabled(if: ZeekReaderTests.available, "needs parsezeeklogs and zat (pip install parsezeeklogs zat)"))
    func parsezeeklogsAndZatLoadTheLogWithItsTypes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-readers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = Paths.repo.appendingPathComponent("scripts/check-zeek-readers.py").path
        for name in ["tunnel-vxlan.pcap", "dns-udp.pcap", "connstate-SF-loss.pcap", "socks5.pcap", "connect-scan.pcap",
                     "udp-fragments.pcap", "refused-retry.pcap"] {
            var paths: [String] = []
            for style in ["zeek", "zeek-json"] {
                // Local networks, so that the bool columns are set too.
                let result = try wharfinger("read", Paths.capture(name), "--format", style,
                                            "--local-nets", "192.0.2.0/24,127.0.0.0/8,::1")
                #expect(result.status == 0)
                let path = folder.appendingPathComponent("\(name).\(style)").path
                try result.stdout.write(toFile: path, atomically: true, encoding: .utf8)
                paths.append(path)
            }
            let check = try run("/usr/bin/env", ["python3", script] + paths)
            #expect(check.status == 0, "\(name): \(check.stderr)")
        }
    }
}
