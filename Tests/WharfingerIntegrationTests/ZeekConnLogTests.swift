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
            #expect(log.records.count == report.int("flow_count"), "\(name)")
            #expect(Set(logged) == Set(expected), "\(name)")
            // A uid per connection (the same connection in two files, as in the .pcapng copy, keeps its uid).
            #expect(Set(log.records.compactMap { $0["uid"]?.text }).count == log.records.count, "\(name)")
            for record in log.records {
                // Tunnelled conversations name their tunnel as the report does.
                if case .set(let parents) = record["tunnel_parents"] {
                    #expect(parents.allSatisfy { $0.hasPrefix("t") && $0.count == 17 }, "\(name)")
                }
                #expect(VerdictBasis.allCases.map(\.rawValue).contains(record["basis"]?.text ?? ""))
            }
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
        let live = try startLive(["--format", "json", "-w", written, "--log", logPath, "host", address, "and", "tcp", "port", "80"])
        for _ in 0..<3 {
            #expect(try generate("/usr/bin/curl", ["-s", "-o", "/dev/null", "--max-time", "5", "http://\(address)/"]).status == 0)
        }
        usleep(400_000)
        live.signal(SIGINT)
        let result = live.wait()
        #expect(result.status == 0, "stderr: \(result.stderr)")

        let liveLog = try ZeekLog.parse(try String(contentsOfFile: logPath, encoding: .utf8))
        let reread = try wharfinger("read", written, "--format", "zeek")
        let readLog = try ZeekLog.parse(reread.stdout)
        #expect(liveLog.records.count == 3)
        #expect(liveLog.records.allSatisfy { $0["conn_state"]?.text == "SF" && $0["id.resp_p"]?.text == "80" })
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
