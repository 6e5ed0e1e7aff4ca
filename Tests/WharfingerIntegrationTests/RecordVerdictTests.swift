import Foundation
import Testing

/// A conversation's record shows the verdict its tallies counted, with the facts it was
/// decided on: decided once, when it was settled, not again when the record is written or
/// read (by then the flow had taught the endpoint memory itself, and the run had grown the
/// memory and the fan-in).
struct RecordVerdictTests {
    /// `ip:port` as the text report prints an endpoint.
    private func endpoint(_ e: [String: Any]) -> String {
        let ip = e.string("ip") ?? "?"
        return (ip.contains(":") ? "[\(ip)]" : ip) + ":\(e.int("port") ?? -1)"
    }

    /// The JSON report writes its flows as each is settled. A flow settled by a payload
    /// message teaches the endpoint memory that its server serves, so each later one to the
    /// same server (its client never such a server) counts that fact, and its record lists it.
    @Test(arguments: ["dns-udp.pcap", "ipv4-frag.pcap"])
    func laterRecordsListTheServerTheirTalliesKnew(_ name: String) throws {
        let run = try wharfinger("read", Paths.capture(name), "--format", "json", "--no-progress")
        #expect(run.status == 0)
        var taught: Set<String> = []
        var checked = 0
        for flow in try reportObject(run.stdout).objects("flows") {
            let proto = flow.string("proto") ?? "?"
            let server = proto + " " + endpoint(flow.object("server"))
            let client = proto + " " + endpoint(flow.object("client"))
            let facts = flow.objects("facts")
            if taught.contains(server) && !taught.contains(client) {
                checked += 1
                #expect(facts.contains { $0.string("kind") == "known-server" && proto + " " + endpoint($0.object("server")) == server },
                        "\(name) \(flow.string("uid") ?? ""): \(flow["evidence"] ?? "")")
            }
            if facts.contains(where: { $0.string("kind") == "payload-message" && proto + " " + endpoint($0.object("server")) == server }) {
                taught.insert(server)
            }
        }
        #expect(checked > 0, "\(name): no conversation to a server known before it")
    }

    /// The text report's largest conversations are read when the report is, long after most
    /// were settled: each shows the basis and confidence its tallies counted, which the JSON
    /// report's flows show as each is settled. A one-second verdict window settles weak
    /// verdicts early in a capture of three hours, before the fan-in the rest shows.
    @Test(.enabled(if: Paths.ndpiCorpusPresent, "../shared/corpus/ndpi is not beside the repo"))
    func theTextReportListsTheTalliedVerdicts() throws {
        let path = Paths.ndpiCorpus.appendingPathComponent("source_engine.pcap").path
        let window = ["--verdict-window", "1", "--no-progress"]
        let report = try reportObject(try wharfinger(arguments: ["read", path, "--format", "json"] + window).stdout)
        var tallied: [String: [String]] = [:]
        for flow in report.objects("flows") {
            let row = [flow.string("proto") ?? "?", endpoint(flow.object("client")), endpoint(flow.object("server"))]
                .joined(separator: " ")
            let confidence = (flow["confidence"] as? NSNumber)?.doubleValue ?? -1
            let verdict = (flow.string("basis") ?? "?") + (flow["weak"] as? Bool == true ? "?" : "")
                + " " + String(format: "%.2f", confidence)
            tallied[row, default: []].append(verdict)
        }
        let lines = try wharfinger(arguments: ["read", path] + window).stdout.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex(of: "Largest conversations"))
        var listed = 0
        for line in lines[(start + 2)...] {
            // proto, client, server, service (- for none), basis, conf, ...
            let columns = line.split(separator: "  ", omittingEmptySubsequences: true)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard line.hasPrefix("  "), columns.count >= 6, columns[0] == "tcp" || columns[0] == "udp" else { break }
            let row = columns[0...2].joined(separator: " ")
            let verdict = columns[4] + " " + columns[5]
            listed += 1
            #expect(tallied[row]?.contains(verdict) == true, "\(row): listed \(verdict), tallied \(tallied[row] ?? [])")
        }
        #expect(listed > 0)
    }
}
