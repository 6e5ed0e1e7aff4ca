import Foundation
import Testing
import WharfingerReport

/// `wharfinger read --ipfix`: a real collector (nfcapd) lists what the report says; the
/// messages read back by the tests' own parser have RFC 7011's structure over UDP and TCP;
/// tshark's IPFIX dissector finds nothing wrong in them; errors end the run with one line.
struct IPFIXExportTests {
    /// Bundled captures in time order (so no flow looks active across a jump of the clock):
    /// IPv4 and IPv6, TCP closed by FIN and refused, UDP still going at the end, and one
    /// four-tuple whose second connection has the roles the other way round.
    static let bundled = ["http-ipv4.pcap", "http-ipv6.pcap", "dns-udp.pcap", "socks5.pcap", "refused.pcap",
                          "udp-socat.pcap", "socks-from-1494.pcap", "ica-from-1080.pcap"]

    /// A UDP flow whose roles are a guess (payload one way, both ports ephemeral), then a
    /// 13-second TCP connection with a segment every half second, which an active timeout
    /// of 3 s exports several times. A day before the bundled captures.
    static func longAndWeak() throws -> String {
        var builder = CaptureBuilder()
        builder.udp("10.9.0.3:40001", "10.9.0.4:40002", payload: Array(repeating: 0x41, count: 20))
        builder.udp("10.9.0.3:40001", "10.9.0.4:40002", payload: Array(repeating: 0x42, count: 30))
        builder.step = 500_000_000
        let client = "10.9.0.1:40000", server = "10.9.0.2:8080"
        builder.tcp(client, server, "S", seq: 100)
        builder.tcp(server, client, "S.", seq: 500, ack: 101)
        builder.tcp(client, server, ".", seq: 101, ack: 501)
        var next: UInt32 = 101
        for index in 0..<10 {
            let payload = Array(repeating: UInt8(index), count: 10 + index)
            builder.tcp(client, server, "P.", seq: next, ack: 501, payload: payload)
            next += UInt32(payload.count)
            builder.tcp(server, client, ".", seq: 501, ack: next)
        }
        builder.tcp(client, server, "F.", seq: next, ack: 501)
        builder.tcp(server, client, "F.", seq: 501, ack: next + 1)
        builder.tcp(client, server, ".", seq: next + 1, ack: 502)
        return try builder.write("ipfix-long-and-weak")
    }

    /// 300 DNS-like exchanges, every fourth over IPv6: more records than fit in 16 messages.
    static func manyFlows() throws -> String {
        var builder = CaptureBuilder()
        for index in 0..<300 {
            let v6 = index % 4 == 0
            let client = v6 ? "[2001:db8::\(index + 1)]:\(41_000 + index)" : "10.8.\(index / 200).\(index % 200 + 1):\(41_000 + index)"
            let server = v6 ? "[2001:db8::53]:53" : "10.8.255.53:53"
            builder.udp(client, server, payload: Array(repeating: UInt8(index % 256), count: 30))
            builder.udp(server, client, payload: Array(repeating: UInt8(index % 256), count: 60))
        }
        return try builder.write("ipfix-many-flows")
    }

    // MARK: - A real collector

    @Test(.enabled(if: Paths.tool("nfcapd") && Paths.tool("nfdump") && Paths.tool("tshark") && Paths.tool("mergecap"),
                   "needs nfdump's nfcapd, tshark and mergecap"),
          .timeLimit(.minutes(1)))
    func nfcapdListsTheFlowsOfTheReport() throws {
        let files = try [Self.longAndWeak()] + Self.bundled.map(Paths.capture)
        let collector = try Nfcapd.start()
        let sent = try wharfinger(arguments: ["read"] + files + ["--ipfix", "udp://127.0.0.1:\(collector.port)",
                                                                "--active-timeout", "3", "--format", "json"])
        #expect(sent.status == 0, "stderr: \(sent.stderr)")
        let report = try reportObject(sent.stdout)
        let csv = try collector.stopAndDump(["-o", "csv"])
        let raw = try collector.dump(["-o", "raw"])
        #expect(collector.log.contains("Sequence Errors: 0"), "\(collector.log)")

        // nfdump's CSV: one row per record, with its forward and reverse counts.
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first?.split(separator: ",").map(String.init))
        let rows = lines.dropFirst().prefix { !$0.isEmpty && !$0.hasPrefix("Summary") }
            .map { Dictionary(uniqueKeysWithValues: zip(header, $0.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces) })) }
        // nfdump -o raw: the same records in the same order, with biflowDirection and flowEndReason.
        let blocks = raw.stdout.components(separatedBy: "Flow Record:").dropFirst().map(Self.rawFields)
        try #require(blocks.count == rows.count)

        struct Seen { var records = 0; var ipkt: UInt64 = 0, opkt: UInt64 = 0, ibyt: UInt64 = 0, obyt: UInt64 = 0
                      var directions: Set<String> = [], reasons: [String] = [] }
        var seen: [String: Seen] = [:]
        for (row, block) in zip(rows, blocks) {
            let proto = row["pr"] == "TCP" ? "tcp" : "udp"
            let bracket = { (ip: String) in ip.contains(":") ? "[\(ip)]" : ip }
            let key = "\(proto) \(bracket(row["sa"] ?? "")):\(row["sp"] ?? "") > \(bracket(row["da"] ?? "")):\(row["dp"] ?? "")"
            #expect(block["src port"] == row["sp"] && block["dst port"] == row["dp"])
            var entry = seen[key, default: Seen()]
            entry.records += 1
            entry.ipkt += UInt64(row["ipkt"] ?? "") ?? 0
            entry.opkt += UInt64(row["opkt"] ?? "") ?? 0
            entry.ibyt += UInt64(row["ibyt"] ?? "") ?? 0
            entry.obyt += UInt64(row["obyt"] ?? "") ?? 0
            entry.directions.insert(block["biFlow Dir"] ?? "none")
            entry.reasons.append(block["end reason"] ?? "none")
            seen[key] = entry
        }

        // The report's flows, with tshark's IP bytes per direction.
        let tshark = try TsharkPackets(files)
        let flows = report.objects("flows")
        #expect(flows.count == 24)
        #expect(Set(seen.keys).count == flows.count)
        var weak = 0, repeated = 0
        for flow in flows {
            let proto = flow.string("proto") ?? ""
            let client = Self.endpoint(flow.object("client")), server = Self.endpoint(flow.object("server"))
            let key = "\(proto) \(client) > \(server)"
            let entry = try #require(seen[key], "nfdump lacks \(key)")
            #expect(entry.ipkt == UInt64(flow.object("to_server").int("packets") ?? -1), "\(key)")
            #expect(entry.opkt == UInt64(flow.object("to_client").int("packets") ?? -1), "\(key)")
            let first = flow["first"] as? Double ?? 0, lastSeen = flow["last"] as? Double ?? 0
            #expect(entry.ibyt == tshark.octets("\(proto) \(client) > \(server)", from: first, to: lastSeen), "\(key)")
            #expect(entry.obyt == tshark.octets("\(proto) \(server) > \(client)", from: first, to: lastSeen), "\(key)")
            // biflowDirection: initiator unless the verdict is weak, in every record of the flow.
            let isWeak = flow["weak"] as? Bool ?? false
            weak += isWeak ? 1 : 0
            #expect(entry.directions == [isWeak ? "0x00" : "0x01 initiator"], "\(key)")
            // flowEndReason: active timeout for the records before the last; the last says how it ended.
            let last: String = switch flow.string("end") {
            case "fin", "rst", "rejected", "superseded": "0x03 end of Flow detected"
            case "end-of-capture": "0x04 forced end"
            case "idle", "syn-unanswered": "0x01 idle timeout"
            default: "unexpected end \(flow.string("end") ?? "")"
            }
            #expect(entry.reasons.last == last, "\(key)")
            #expect(entry.reasons.dropLast().allSatisfy { $0 == "0x02 active timeout" }, "\(key): \(entry.reasons)")
            repeated += entry.records > 1 ? 1 : 0
        }
        #expect(weak == 1)
        // The 13-second connection, exported every 3 s of capture time, and the last.
        #expect(seen["tcp 10.9.0.1:40000 > 10.9.0.2:8080"]?.records == 5)
        #expect(repeated >= 1)
    }

    // MARK: - The messages themselves, and tshark

    @Test(.enabled(if: Paths.tool("tshark"), "needs tshark"), .timeLimit(.minutes(1)))
    func udpMessagesStayUnderTheMTUAndRefreshTheirTemplates() throws {
        let capture = try Self.manyFlows()
        let collector = try LoopbackCollector(tcp: false)
        let sent = try wharfinger("read", capture, "--ipfix", collector.url, "--observation-domain", "4242",
                                  "--format", "zeek-json")
        #expect(sent.status == 0, "stderr: \(sent.stderr)")
        let datagrams = collector.datagrams(waiting: 1)
        var reading = IPFIXReading()
        try reading.read(datagrams: datagrams)
        let messages = reading.messages
        #expect(messages.count > 16)
        var sequence: UInt32 = 0
        var sinceTemplates = 0
        for message in messages {
            #expect(message.version == 10 && message.domain == 4242)
            #expect(message.length <= 1400)
            #expect(message.sequence == sequence)
            sequence &+= UInt32(message.records.count)
            sinceTemplates = message.setIDs.first == 2 ? 0 : sinceTemplates + 1
            #expect(sinceTemplates < 16)
        }
        #expect(messages.first?.setIDs.first == 2)
        #expect(messages.filter { $0.setIDs.first == 2 }.count >= 2)
        // Full messages: the next record would not have fitted.
        for message in messages.dropLast() { #expect(message.length > 1400 - 104) }
        #expect(Set(messages.flatMap(\.setIDs)) == [2, 256, 257])
        try expectRecordsMatchTheConnLog(reading.records, connLog: sent.stdout, count: 300)

        let dissected = try IPFIXTshark.dissect(IPFIXTshark.capture(datagrams: datagrams), tcp: false)
        #expect(!dissected.contains("Malformed"))
        #expect(!dissected.contains("Warns (") && !dissected.contains("Errors ("), "\(dissected.suffix(2000))")
        #expect(dissected.components(separatedBy: "Flow End Reason: Forced end").count - 1 == 300)
    }

    @Test(.enabled(if: Paths.tool("tshark"), "needs tshark"), .timeLimit(.minutes(1)))
    func tcpSendsTemplatesOnceAndDelimitsMessagesByLength() throws {
        let capture = try Self.manyFlows()
        let collector = try LoopbackCollector(tcp: true)
        let sent = try wharfinger("read", capture, "--ipfix", collector.url, "--format", "zeek-json")
        #expect(sent.status == 0, "stderr: \(sent.stderr)")
        let stream = collector.stream()
        var reading = IPFIXReading()
        try reading.read(stream: stream)
        #expect(reading.messages.count >= 3)
        #expect(reading.messages.filter { $0.setIDs.contains(2) }.count == 1)
        #expect(reading.messages.first?.setIDs.first == 2)
        #expect(reading.messages.allSatisfy { $0.length <= 8192 && $0.domain == 1 })
        try expectRecordsMatchTheConnLog(reading.records, connLog: sent.stdout, count: 300)

        // Segments cut across message boundaries: tshark reassembles the stream.
        let dissected = try IPFIXTshark.dissect(IPFIXTshark.capture(stream: stream), tcp: true)
        #expect(!dissected.contains("Malformed"))
        #expect(!dissected.contains("Warns (") && !dissected.contains("Errors ("), "\(dissected.suffix(2000))")
        #expect(dissected.components(separatedBy: "Flow End Reason: Forced end").count - 1 == 300)
    }

    /// Each record against the conn.log written by the same run (`--format zeek-json` with
    /// `--ipfix`): its flowId is the uid's identity, its counts the log's packets and IP bytes.
    private func expectRecordsMatchTheConnLog(_ records: [IPFIXReading.Record], connLog: String, count: Int) throws {
        let log = try connLog.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(log.count == count)
        #expect(records.count == count)
        let byUID = Dictionary(uniqueKeysWithValues: records.map { (ZeekConnLog.uid($0.flowID), $0) })
        for entry in log {
            let record = try #require(byUID[entry.string("uid") ?? ""])
            #expect(record.source == entry.string("id.orig_h") && record.sourcePort == entry.int("id.orig_p"))
            #expect(record.destination == entry.string("id.resp_h") && record.destinationPort == entry.int("id.resp_p"))
            #expect(record.packets == UInt64(entry.int("orig_pkts") ?? -1))
            #expect(record.reversePackets == UInt64(entry.int("resp_pkts") ?? -1))
            #expect(record.octets == UInt64(entry.int("orig_ip_bytes") ?? -1))
            #expect(record.reverseOctets == UInt64(entry.int("resp_ip_bytes") ?? -1))
            #expect(record.proto == 17 && record.endReason == 4 && record.biflowDirection == 1)
            #expect(record.applicationName == "domain")
        }
    }

    // MARK: - Errors

    @Test(.timeLimit(.minutes(1)))
    func aCollectorThatCannotBeReachedEndsTheRunWithOneLine() throws {
        let capture = Paths.capture("http-ipv4.pcap")
        let refused = try wharfinger("read", capture, "--ipfix", "tcp://127.0.0.1:\(LiveEnvironment.freePort())")
        #expect(refused.status == 69)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.hasSuffix("cannot connect (Connection refused)\n"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1)

        // A label longer than 63 bytes: glibc refuses the name itself, so no DNS query leaves
        // the machine (a .invalid name alone would still be asked of the resolver).
        let host = String(repeating: "a", count: 64) + ".invalid"
        let unknown = try wharfinger("read", capture, "--ipfix", "udp://\(host):4739")
        #expect(unknown.status == 68)
        #expect(unknown.stderr.hasPrefix("wharfinger: IPFIX collector udp://\(host):4739: host not found"))

        let bad = try wharfinger("read", capture, "--ipfix", "udp://127.0.0.1")
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--ipfix 'udp://127.0.0.1': a port is needed after the host"))

        // Over UDP nobody answers; the kernel reports the port unreachable on the next
        // send, so messages are lost: the report is still written, and the run says so.
        let lost = try wharfinger("read", Self.manyFlows(), "--ipfix", "udp://127.0.0.1:\(LoopbackCollector.freeUDPPort())",
                                  "--format", "json")
        #expect(lost.status == 69)
        #expect(lost.stderr.contains("messages could not be sent (Connection refused)"), "\(lost.stderr)")
        #expect(try reportObject(lost.stdout).int("flow_count") == 300)
    }

    // MARK: - Helpers

    static func endpoint(_ object: [String: Any]) -> String {
        let ip = object.string("ip") ?? ""
        return (ip.contains(":") ? "[\(ip)]" : ip) + ":\(object.int("port") ?? -1)"
    }

    /// "name = value" lines of one `nfdump -o raw` record.
    static func rawFields(_ block: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in block.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            fields[parts[0].trimmingCharacters(in: .whitespaces)] = parts[1].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }
}

/// nfdump's collector on a loopback port, writing into a folder of its own.
final class Nfcapd {
    let port: UInt16
    let folder: URL
    private let process: Background
    private(set) var log = ""

    private init(port: UInt16, folder: URL, process: Background) {
        self.port = port
        self.folder = folder
        self.process = process
    }

    static func start() throws -> Nfcapd {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-nfcapd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let port = try LoopbackCollector.freeUDPPort()
        let process = try Background("/usr/bin/nfcapd", ["-p", "\(port)", "-b", "127.0.0.1", "-w", folder.path, "-t", "60"])
        guard process.waitForStderr("Startup") else {
            throw LiveTestError.serverDidNotStart(process.wait(seconds: 1).stderr)
        }
        return Nfcapd(port: port, folder: folder, process: process)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// SIGTERM (nfcapd then closes its file), then nfdump on what it wrote.
    func stopAndDump(_ arguments: [String]) throws -> RunResult {
        usleep(300_000)  // the last datagrams reach the socket before the signal
        process.signal(SIGTERM)
        log = process.wait(seconds: 10).stderr
        return try dump(arguments)
    }

    func dump(_ arguments: [String]) throws -> RunResult {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("nfcapd.") && !$0.contains("current") }.sorted()
        guard let first = files.first, let last = files.last else { throw LiveTestError.notJSON("nfcapd wrote nothing") }
        // nfcapd starts a file each minute (-t 60): a run across a minute's end leaves two,
        // which nfdump reads in order as a range.
        let input = files.count == 1 ? ["-r", folder.appendingPathComponent(first).path]
            : ["-R", folder.appendingPathComponent(first).path + ":" + last]
        return try run("/usr/bin/nfdump", input + arguments)
    }
}
