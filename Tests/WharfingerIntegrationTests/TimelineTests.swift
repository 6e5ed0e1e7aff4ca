import Foundation
import Testing

/// The JSON report's `timeline`: over all bins, each named service adds up to its entry
/// of `services`, the probes to `unanswered_probes`, `other` to the services not named, and
/// all rows to the conversations of `flows` (built one by one, apart from the tallies);
/// every bin with traffic lies where a conversation of its row was going.
@Suite struct TimelineTests {
    /// Packets and bytes to the server, then to the client.
    struct Counts: Equatable {
        var values = [0, 0, 0, 0]
        static func += (a: inout Counts, b: Counts) { for i in 0..<4 { a.values[i] += b.values[i] } }
        init() {}
        init(_ toServer: Any?, _ toClient: Any?) {
            let s = toServer as? [String: Any] ?? [:], c = toClient as? [String: Any] ?? [:]
            values = [s["packets"] as? Int ?? -1, s["bytes"] as? Int ?? -1, c["packets"] as? Int ?? -1, c["bytes"] as? Int ?? -1]
        }
    }

    static let bundled = ["http-ipv4.pcap", "http-ipv4.pcapng", "dns-udp.pcap", "connect-scan.pcap", "ipv4-frag.pcap",
                          "udp-fragments.pcap", "tunnel-vxlan.pcap", "servers-by-host.pcap", "refused.pcap",
                          "socks5.pcap", "ica-from-1080.pcap", "connstate-SF-loss.pcap", "malformed.pcap"]
    static let corpus = ["1kxun.pcap", "synscan.pcap", "tcp_scan.pcapng", "quic.pcap", "gnutella.pcap", "bittorrent.pcap", "netflix.pcap"]

    @Test(arguments: bundled)
    func bundledCaptureBinsAddUp(_ name: String) throws {
        try Self.checkTimeline(try Report(Paths.capture(name)), name)
    }

    @Test(.enabled(if: Paths.ndpiCorpusPresent, "../shared/corpus is not beside the repo"), arguments: corpus)
    func corpusCaptureBinsAddUp(_ name: String) throws {
        let path = Paths.ndpiCorpus.appendingPathComponent(name).path
        try #require(FileManager.default.fileExists(atPath: path), "\(path)")
        try Self.checkTimeline(try Report(path), name)
    }

    /// `--bin` sets the width; bins start on its multiples; the sums hold the same.
    @Test func binWidthGiven() throws {
        let report = try Report(Paths.capture("connect-scan.pcap"), ["--bin", "0.005"])
        let timeline = try #require(report.json["timeline"] as? [String: Any])
        #expect(timeline["bin_seconds"] as? Double == 0.005)
        let starts = (timeline["bins"] as? [[String: Any]] ?? []).compactMap { $0["start"] as? Double }
        #expect(starts.count == 7, "0.031 s of capture in 5 ms bins from a multiple of 5 ms")
        for start in starts { #expect(abs((start * 200).rounded() - start * 200) < 1e-3, "\(start)") }
        try Self.checkTimeline(report, "connect-scan --bin 0.005")
        #expect(try wharfinger("read", Paths.capture("http-ipv4.pcap"), "--bin", "0").status != 0)
    }

    static func checkTimeline(_ report: Report, _ name: String) throws {
        let timeline = try #require(report.json["timeline"] as? [String: Any], "\(name)")
        let width = try #require(timeline["bin_seconds"] as? Double)
        let bins = timeline["bins"] as? [[String: Any]] ?? []
        #expect(bins.count <= 300, "\(name): \(bins.count) bins")
        var rows: [String: Counts] = [:]
        var grand = Counts()
        for bin in bins {
            let start = try #require(bin["start"] as? Double)
            for entry in bin["services"] as? [[String: Any]] ?? [] {
                let key = "\(entry["proto"] as? String ?? "-") \(entry["port"] as? Int ?? -1) \(entry["service"] as? String ?? "-")"
                let counts = Counts(entry["to_server"], entry["to_client"])
                rows[key, default: Counts()] += counts
                grand += counts
                // A bin with traffic lies where a conversation of its row was going.
                let proto = entry["proto"] as? String, port = entry["port"] as? Int
                let going = report.flows.contains { flow in
                    (proto == nil || flow.proto == proto) && (port == nil || flow.serverPort == port)
                        && flow.first < start + width + 1e-6 && flow.last > start - 1e-6
                }
                #expect(going, "\(name): \(key) in the bin at \(start)")
            }
        }
        var named = Set<String>()
        var rest = Counts()
        for service in report.services {
            let proto = service["proto"] as? String ?? "?", port = service["port"] as? Int ?? -1
            let counts = Counts(service["to_server"], service["to_client"])
            if let row = rows.first(where: { $0.key.hasPrefix("\(proto) \(port) ") }) {
                #expect(row.value == counts, "\(name): \(row.key)")
                named.insert(row.key)
            } else {
                rest += counts
            }
        }
        #expect((rows.first { $0.key.hasPrefix("- -1 other") }?.value ?? Counts()) == rest, "\(name): other")
        for probes in report.json["unanswered_probes"] as? [[String: Any]] ?? [] {
            let proto = probes["proto"] as? String ?? "?"
            #expect(rows["\(proto) -1 unanswered probes"] == Counts(probes["sent"], probes["returned"]), "\(name): \(proto) probes")
        }
        // All rows together: every packet and byte of the conversations, counted one by one
        // (both directions together: a probe's row counts what the prober sent as to the
        // server, whichever side its conversation names the server).
        var flows = Counts()
        for flow in report.json["flows"] as? [[String: Any]] ?? [] { flows += Counts(flow["to_server"], flow["to_client"]) }
        #expect(grand.values[0] + grand.values[2] == flows.values[0] + flows.values[2], "\(name): packets against the conversations")
        #expect(grand.values[1] + grand.values[3] == flows.values[1] + flows.values[3], "\(name): bytes against the conversations")
    }
}

extension Flow {
    var serverPort: Int? { server.split(separator: ":").last.flatMap { Int($0) } }
    var first: Double { raw["first"] as? Double ?? .nan }
    var last: Double { raw["last"] as? Double ?? .nan }
}
