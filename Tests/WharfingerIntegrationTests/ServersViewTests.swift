import Foundation
import Testing

/// The servers view (`hosts`, "Servers by host") and the unexpected services (`unexpected`,
/// "Unexpected services") of `read`: what real programs served in a recorded capture, and
/// every unexpected service of nDPI's captures in the text as in the JSON.
@Suite struct ServersViewTests {
    struct Host: Equatable {
        var ip: String, flows: Int, clients: Int, basis: String, services: [String]
    }

    static func hosts(_ report: Report) -> [Host] {
        (report.json["hosts"] as? [[String: Any]] ?? []).map { host in
            let services = (host["services"] as? [[String: Any]] ?? []).map { s in
                "\(s["port"] as? Int ?? -1)/\(s["proto"] as? String ?? "?") \(s["service"] as? String ?? "-")"
                    + " \(s["detected_protocol"] as? String ?? "-") \(s["flows"] as? Int ?? -1)"
            }
            return Host(ip: host["ip"] as? String ?? "?", flows: host["flows"] as? Int ?? -1,
                        clients: host["clients"] as? Int ?? -1, basis: host["basis"] as? String ?? "?",
                        services: services)
        }
    }

    /// Captures/servers-by-host.pcap (Captures/README.md): three addresses served; the
    /// refused connection and the multicast datagram name no server.
    @Test func recordedServersAreListedWithTheirServices() throws {
        let file = Paths.capture("servers-by-host.pcap")
        let report = try Report(file)
        #expect(Self.hosts(report) == [
            Host(ip: "127.0.0.1", flows: 2, clients: 2, basis: "handshake", services: ["8000/tcp irdmi http 2"]),
            Host(ip: "127.0.0.2", flows: 2, clients: 2, basis: "handshake",
                 services: ["4444/tcp krb524 - 1", "9099/tcp - http 1"]),
            Host(ip: "127.0.0.3", flows: 1, clients: 1, basis: "ports", services: ["7/udp echo - 1"]),
        ])
        #expect(report.json["unanswered_connections"] as? Int == 1)
        #expect(report.json["group_conversations"] as? Int == 1)
        #expect(report.json["hosts_not_kept_flows"] as? Int == 0)
        // A host's traffic is the sum of the conversations it served (not the one it refused).
        for host in report.json["hosts"] as? [[String: Any]] ?? [] {
            let served = report.flows.filter {
                $0.server.hasPrefix("\(host["ip"] as? String ?? "?"):") && !["rejected", "syn-unanswered"].contains($0.end)
            }
            for direction in ["to_server", "to_client"] {
                let packets = served.reduce(0) { $0 + (($1.raw[direction] as? [String: Int])?["packets"] ?? 0) }
                #expect((host[direction] as? [String: Int])?["packets"] == packets, "\(host["ip"] ?? "") \(direction)")
            }
        }

        let text = try wharfinger("read", file).stdout
        let section = Self.section("Servers by host", of: text)
        #expect(section.count == 7, "\(section)")
        #expect(section.contains { $0.hasPrefix("  127.0.0.2 ") && $0.hasSuffix("handshake  4444/tcp krb524, 9099/tcp - (http)") },
                "\(section)")
        #expect(section.contains { $0.hasPrefix("  127.0.0.3 ") && $0.hasSuffix("ports      7/udp echo") }, "\(section)")
        #expect(section.contains("  1 TCP connection refused or unanswered: no server listed"))
        #expect(section.contains("  1 conversation to broadcast or multicast addresses: a group only receives"))
        #expect(!text.contains("239.1.2.3  "))
    }

    /// The lines of the text report's section titled `title`, up to the blank line after it.
    static func section(_ title: String, of text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix(title) }) else { return [] }
        return Array(lines[start...].prefix { !$0.isEmpty })
    }

    /// Acceptance of issue 18: the text shows every unexpected service the JSON has, each
    /// once with its conversations, and both count every such conversation of the capture.
    @Test(.enabled(if: Paths.ndpiCorpusPresent, "../shared/corpus/ndpi is not beside the repo"),
          arguments: ["1kxun.pcap", "trickbot.pcap"])
    func textListsEveryUnexpectedServiceOfTheJSON(name: String) throws {
        let file = Paths.ndpiCorpus.appendingPathComponent(name).path
        let report = try Report(file)
        let unexpected = report.json["unexpected"] as? [[String: Any]] ?? []
        let count = report.json["unexpected_count"] as? Int ?? -1
        let flagged = report.flows.filter { $0.raw["unexpected_service"] is String }
        #expect(!unexpected.isEmpty)
        #expect(count == flagged.count)
        #expect(unexpected.reduce(0) { $0 + ($1["flows"] as? Int ?? 0) } == count)

        let text = try wharfinger("read", file).stdout
        let section = Self.section("Unexpected services", of: text)
        #expect(section.first == "Unexpected services (\(count) conversation\(count == 1 ? "" : "s"))")
        #expect(section.count == unexpected.count + 1, "\(section)")
        for group in unexpected {
            let flows = group["flows"] as? Int ?? 0
            let line = "  \(group["proto"] as? String ?? "?") \(Self.server(group)): "
                + "\(group["text"] as? String ?? "?"), \(flows) conversation\(flows == 1 ? "" : "s")"
            #expect(section.contains(line), "\(name): \(line) not in \(section)")
        }
        // Each flagged conversation belongs to exactly one group.
        for flow in flagged {
            #expect(unexpected.contains { group in
                Self.server(group) == flow.server
                    && group["detected_protocol"] as? String == flow.raw["detected_protocol"] as? String
            }, "\(name): \(flow.server)")
        }
    }

    /// "10.0.0.1:80" or "[2001:db8::1]:80", as the text report and `Flow.server` write it.
    static func server(_ group: [String: Any]) -> String {
        let server = group["server"] as? [String: Any] ?? [:]
        let ip = server["ip"] as? String ?? "?"
        return (ip.contains(":") ? "[\(ip)]" : ip) + ":\(server["port"] as? Int ?? -1)"
    }
}
