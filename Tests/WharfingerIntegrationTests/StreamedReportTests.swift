import Foundation
import Testing

/// `read --format json` writes its flows as their verdicts settle, then the summary: the flows
/// are the conversations NDJSON writes one per line (the same exporter path), with the same
/// verdicts, and the summary's tallies count them.
struct StreamedReportTests {
    /// Each conversation as both outputs print it: uid, client, server, basis, weak flag, packets.
    private func shape(_ flow: [String: Any]) -> String {
        let client = flow.object("client"), server = flow.object("server")
        return [flow.string("uid") ?? "", flow.string("proto") ?? "",
                "\(client.string("ip") ?? ""):\(client.int("port") ?? -1)",
                "\(server.string("ip") ?? ""):\(server.int("port") ?? -1)",
                flow.string("basis") ?? "", "\(flow["weak"] as? Bool ?? false)",
                "\(flow.object("to_server").int("packets") ?? -1)/\(flow.object("to_client").int("packets") ?? -1)"]
            .joined(separator: " ")
    }

    /// Real traffic with weak verdicts that wait for later evidence (a peer-to-peer mesh over
    /// minutes, a game server), and a bundled capture.
    @Test(.enabled(if: Paths.ndpiCorpusPresent, "../shared/corpus/ndpi is not beside the repo"),
          arguments: ["gnutella.pcap", "source_engine.pcap", "teamspeak3.pcap"])
    func flowsAreTheConversationLines(_ name: String) throws {
        let path = Paths.ndpiCorpus.appendingPathComponent(name).path
        let run = try wharfinger("read", path, "--format", "json", "--no-progress")
        #expect(run.status == 0)
        // The flows come first: they were written before the summary was known.
        #expect(run.stdout.hasPrefix("{\"flows\":["))
        let report = try reportObject(run.stdout)
        let flows = report.objects("flows")
        let lines = try wharfinger("read", path, "--format", "ndjson", "--no-progress").stdout
            .split(separator: "\n").map { line in
                try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            }
        #expect(!flows.isEmpty)
        #expect(flows.map(shape) == lines.map(shape))
        #expect(report.int("flow_count") == flows.count)
        let weak = flows.filter { $0["weak"] as? Bool == true }.count
        #expect(report.int("weak_verdict_flows") == weak)
        let servicePackets = report.objects("services").reduce(0) {
            $0 + ($1.object("to_server").int("packets") ?? 0) + ($1.object("to_client").int("packets") ?? 0)
        }
        let probePackets = report.objects("unanswered_probes").reduce(0) {
            $0 + ($1.object("sent").int("packets") ?? 0) + ($1.object("returned").int("packets") ?? 0)
        }
        let flowPackets = flows.reduce(0) {
            $0 + ($1.object("to_server").int("packets") ?? 0) + ($1.object("to_client").int("packets") ?? 0)
        }
        #expect(flowPackets == servicePackets + probePackets)
    }

    /// A window in read settles a weak verdict with the evidence of its next minute only: on
    /// a capture of hours (source_engine.pcap, 3 h 14 min), the flows and the tallies agree
    /// under either setting, and every flow is listed once.
    @Test(.enabled(if: Paths.ndpiCorpusPresent, "../shared/corpus/ndpi is not beside the repo"))
    func aWindowKeepsRecordsAndTalliesTogether() throws {
        let path = Paths.ndpiCorpus.appendingPathComponent("source_engine.pcap").path
        for window in [[], ["--verdict-window", "60"]] {
            let report = try reportObject(try wharfinger(arguments: ["read", path, "--format", "json", "--no-progress"] + window).stdout)
            let flows = report.objects("flows")
            #expect(Set(flows.compactMap { $0.string("uid") }).count == flows.count)
            #expect(report.int("flow_count") == flows.count)
            let weak = flows.filter { $0["weak"] as? Bool == true }.count
            let serviceWeak = report.objects("services").reduce(0) { $0 + ($1.int("weak_flows") ?? 0) }
                + report.objects("unanswered_probes").reduce(0) { $0 + ($1.int("weak_flows") ?? 0) }
            #expect(report.int("weak_verdict_flows") == weak, "window \(window)")
            #expect(serviceWeak == weak, "window \(window)")
        }
    }
}
