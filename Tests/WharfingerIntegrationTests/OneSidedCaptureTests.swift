import Foundation
import Testing

/// A tap that sees one direction only: copies of real captures keeping one side's packets
/// (made with tcpdump filters, as one would), and the corpus's own asymmetric capture. The
/// truth comes from tshark on the original: the sender of each SYN is the client.
@Suite(.enabled(if: Paths.tool("tcpdump") && Paths.tool("tshark"), "needs tcpdump and tshark"))
struct OneSidedCaptureTests {
    /// A bundled loopback capture's copy through `filter`: the server listens on 8000.
    struct Copy {
        var filter: String
        var seen: String          // the role whose packets are kept
        var basis: String         // what the verdict rests on in the copy
    }

    static let copies = [
        Copy(filter: "tcp dst port 8000", seen: "client", basis: "handshake"),
        Copy(filter: "tcp src port 8000", seen: "server", basis: "syn-ack"),
        // Without the handshake: the HTTP request or status line decides.
        Copy(filter: "tcp dst port 8000 and tcp[tcpflags] & tcp-syn == 0", seen: "client", basis: "payload"),
        Copy(filter: "tcp src port 8000 and tcp[tcpflags] & tcp-syn == 0", seen: "server", basis: "payload"),
    ]

    @Test("one direction of a real HTTP capture: one_sided names the side kept, the evidence says so last",
          arguments: 0..<copies.count)
    func oneDirectionOfBundledCapture(_ index: Int) throws {
        let copy = Self.copies[index]
        let original = Paths.capture("http-ipv4.pcap")
        let truth = try synSenders(original)
        #expect(truth.count == 2)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("one-sided-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("copy.pcap").path
        let made = try run("/usr/bin/env", ["tcpdump", "-r", original, "-w", path, copy.filter])
        #expect(made.status == 0, "\(made.stderr)")

        let flows = try tcpFlows(path)
        #expect(flows.count == 2)
        for flow in flows {
            let client = endpoint(flow["client"]), server = endpoint(flow["server"])
            #expect(truth.contains(client) && server == "127.0.0.1:8000", "\(client) -> \(server)")
            #expect(flow["one_sided"] as? String == copy.seen)
            #expect(flow["basis"] as? String == copy.basis)
            let evidence = flow["evidence"] as? [String] ?? []
            let seen = copy.seen == "client" ? client : server
            #expect(evidence.last?.hasPrefix("one-sided: only \(seen)'s packets were captured") == true, "\(evidence)")
            // Who sent first is the side captured: it says nothing, and is not weighed.
            let kinds = (flow["facts"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
            #expect(!kinds.contains("first-sender"), "\(kinds)")
            // The client's ACK after its SYN shows the SYN was answered, though not in the capture.
            #expect(!evidence.contains("SYN never answered"), "\(evidence)")
            #expect(flow["end"] as? String != "syn-unanswered")
        }
        // The text report says why its other side's columns are empty.
        let text = try wharfinger("read", path, "--no-progress").stdout
        #expect(text.contains("\n2 conversations seen from one side only (the \(copy.seen)'s packets alone;"), "\(text)")
    }

    @Test("both directions captured: no conversation is one-sided")
    func bothDirections() throws {
        for file in ["http-ipv4.pcap", "http-ipv6.pcap", "ica-from-1080.pcap"] {
            let flows = try tcpFlows(Paths.capture(file))
            #expect(!flows.isEmpty)
            for flow in flows { #expect(flow["one_sided"] is NSNull, "\(file): \(flow["one_sided"] ?? "missing")") }
            #expect(!(try wharfinger("read", Paths.capture(file), "--no-progress").stdout.contains("one side")), "\(file)")
        }
    }

    /// nDPI's http_asymmetric.pcapng was recorded where routing is asymmetric: of one
    /// connection only the client's packets, of another only the server's.
    @Test("a real asymmetric capture: each connection seen one way is one-sided, on the side tshark shows",
          .enabled(if: Paths.ndpiCorpusPresent, "../shared/corpus/ndpi is not beside the repo"))
    func asymmetricCapture() throws {
        let path = Paths.ndpiCorpus.appendingPathComponent("http_asymmetric.pcapng").path
        let frames = try run("/usr/bin/env", ["tshark", "-n", "-r", path, "-Y", "tcp", "-T", "fields",
                                              "-e", "ip.src", "-e", "tcp.srcport", "-e", "tcp.flags"])
        var sent: Set<String> = [], synFrom: Set<String> = [], synAckFrom: Set<String> = []
        for line in frames.stdout.split(separator: "\n") {
            let cols = line.split(separator: "\t").map(String.init)
            guard cols.count == 3, let flags = UInt16(cols[2].dropFirst(2), radix: 16) else { continue }
            let who = "\(cols[0]):\(cols[1])"
            sent.insert(who)
            if flags & 0x02 != 0 && flags & 0x10 == 0 { synFrom.insert(who) }
            if flags & 0x02 != 0 && flags & 0x10 != 0 { synAckFrom.insert(who) }
        }
        // Two connections; Zeek's attempt timer ends the client-only one 5 s after its SYN, its
        // FIN 5.1 s in is a conversation of its own (conn.log: S0 then SH).
        let flows = try tcpFlows(path)
        #expect(flows.count == 3)
        #expect(Set(flows.map { endpoint($0["client"]) + " " + endpoint($0["server"]) }).count == 2)
        for flow in flows {
            let client = endpoint(flow["client"]), server = endpoint(flow["server"])
            let onlyClient = sent.contains(client) && !sent.contains(server)
            let onlyServer = sent.contains(server) && !sent.contains(client)
            #expect(onlyClient != onlyServer, "\(client) -> \(server)")
            #expect(flow["one_sided"] as? String == (onlyClient ? "client" : "server"))
            // The roles as the SYN or SYN-ACK captured give them.
            #expect(synFrom.contains(client) || synAckFrom.contains(server), "\(client) -> \(server)")
        }
        let clientOnly = flows.count { $0["one_sided"] as? String == "client" }
        let serverOnly = flows.count { $0["one_sided"] as? String == "server" }
        #expect(clientOnly > 0 && serverOnly > 0)
        let text = try wharfinger("read", path, "--no-progress").stdout
        #expect(text.contains("\n\(flows.count) conversations seen from one side only (\(clientOnly) the client's packets alone, "
                              + "\(serverOnly) the server's;"), "\(text)")
    }
}

/// The endpoints ("ip:port") that sent a SYN without ACK, as tshark reads the capture.
private func synSenders(_ path: String) throws -> Set<String> {
    let result = try run("/usr/bin/env", ["tshark", "-n", "-r", path, "-Y", "tcp.flags.syn == 1 && tcp.flags.ack == 0",
                                          "-T", "fields", "-e", "ip.src", "-e", "tcp.srcport"])
    return Set(result.stdout.split(separator: "\n").map { $0.replacingOccurrences(of: "\t", with: ":") })
}

private func tcpFlows(_ path: String) throws -> [[String: Any]] {
    let result = try wharfinger("read", path, "--format", "json", "--no-progress")
    let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    return (report["flows"] as? [[String: Any]] ?? []).filter { $0["proto"] as? String == "tcp" }
}

private func endpoint(_ value: Any?) -> String {
    let e = value as? [String: Any] ?? [:]
    let ip = e["ip"] as? String ?? "?"
    return (ip.contains(":") ? "[\(ip)]" : ip) + ":\(e["port"] as? Int ?? -1)"
}

/// scripts/measure-verdicts.py --one-sided on a few corpus captures: the copies it makes hold,
/// of each labelled connection, the server's packets only and no handshake (checked with
/// tshark on the copies, not by the script's own account), and Wharfinger marks the
/// conversations it scores one-sided. Skips without ../shared.
@Suite(.enabled(if: Paths.ndpiCorpusPresent && Paths.tool("tshark") && Paths.tool("editcap"),
                "needs ../shared/corpus/ndpi, tshark and editcap"))
struct OneSidedMeasurementTests {
    @Test("measure-verdicts.py --one-sided server keeps only the servers' packets and scores them")
    func serverOnlyCopies() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("measure-one-sided-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let script = Paths.repo.appendingPathComponent("scripts/measure-verdicts.py").path
        let result = try run("/usr/bin/env", ["python3", script, "--one-sided", "server", "--no-peers", "--subset", "12",
                                              "--work", work.path, "--wharfinger", Paths.binary.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("only the server's packets kept:"), "\(result.stdout)")
        #expect(result.stdout.contains("likely-server port rule"))

        var labelled = 0, kept = 0
        let cache = work.appendingPathComponent("cache-server-only")
        for name in try FileManager.default.contentsOfDirectory(atPath: cache.path) where name.hasSuffix(".json") {
            let entry = try JSONSerialization.jsonObject(with: Data(contentsOf: cache.appendingPathComponent(name))) as? [String: Any] ?? [:]
            let connections = entry["labelled"] as? [[String: Any]] ?? []
            guard !connections.isEmpty, let copy = entry["stripped"] as? String else { continue }
            let frames = try run("/usr/bin/env", ["tshark", "-n", "-r", copy, "-Y", "tcp", "-T", "fields", "-E", "occurrence=f",
                                                  "-e", "ip.src", "-e", "ipv6.src", "-e", "tcp.srcport",
                                                  "-e", "ip.dst", "-e", "ipv6.dst", "-e", "tcp.dstport", "-e", "tcp.flags"])
            var sent: [String: Int] = [:]   // "src>dst" -> frames, with SYN frames apart
            for line in frames.stdout.split(separator: "\n") {
                let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard c.count == 7, let flags = UInt16(c[6].dropFirst(2), radix: 16) else { continue }
                // IPv4 or IPv6 (one is empty); tshark's IPv6 form is Python's compressed one.
                let key = "\(c[0] + c[1]):\(c[2])>\(c[3] + c[4]):\(c[5])"
                sent[key, default: 0] += 1
                if flags & 0x02 != 0 { sent["SYN " + key, default: 0] += 1 }
            }
            for connection in connections {
                let client = pair(connection["client"]), server = pair(connection["server"])
                labelled += 1
                #expect(sent["\(client)>\(server)"] == nil, "\(name): \(client) -> \(server) kept client frames")
                #expect(sent["SYN \(server)>\(client)"] == nil, "\(name): SYN-ACK kept")
                kept += (sent["\(server)>\(client)"] ?? 0) > 0 ? 1 : 0
            }
        }
        #expect(labelled >= 20 && kept >= 10, "\(labelled) labelled, \(kept) with server frames")

        // The connections scored: Wharfinger marks nearly all one-sided, naming the server seen.
        let dataset = try String(contentsOf: work.appendingPathComponent("server-only-dataset.jsonl"), encoding: .utf8)
        let records = dataset.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let marked = records.filter { (($0["wharfinger"] as? [String: Any])?["one_sided"] as? String) == "server" }
        #expect(records.count == kept)
        #expect(marked.count * 10 >= records.count * 9, "\(marked.count) of \(records.count) marked")
    }
}

private func pair(_ value: Any?) -> String {
    let p = value as? [Any] ?? []
    return "\(p.first as? String ?? "?"):\(p.last as? Int ?? -1)"
}
