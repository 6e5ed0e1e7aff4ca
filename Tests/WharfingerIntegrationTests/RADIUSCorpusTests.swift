import Foundation
import Testing

/// nDPI's capture of RADIUS traffic (fuzz-2020-02-16-11740.pcap: a NAS at 10.12.64.30:29200
/// and servers on 1812 and 1813, with many addresses and ports mangled). Where a server's answer came
/// first, the NAS's port seemed to talk to many peers, and fan-in named it the server. The
/// answer's code says who sent it: tshark's `radius.code` is the truth here.
@Suite(.enabled(if: Paths.ndpiCorpusPresent, "../shared/corpus is missing"))
struct RADIUSCorpusTests {
    static let capture = "fuzz-2020-02-16-11740.pcap"

    @Test func answersFromPort1812NameItTheServer() throws {
        let path = Paths.ndpiCorpus.appendingPathComponent(Self.capture).path
        let json = try wharfinger("read", path, "--format", "json", "--no-progress")
        try #require(json.status == 0, "\(json.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let flows = try #require(report["flows"] as? [[String: Any]])
        let radius = flows.filter { $0["detected_protocol"] as? String == "radius" }
        #expect(radius.count > 60, "\(radius.count)")
        for flow in radius {
            let server = flow["server"] as? [String: Any], client = flow["client"] as? [String: Any]
            #expect([1812, 1813].contains(server?["port"] as? Int), "\(flow)")
            #expect(![1812, 1813].contains(client?["port"] as? Int), "\(flow)")
            #expect(flow["basis"] as? String == "payload", "\(flow)")
        }
        // The ones the ports alone, and fan-in, got wrong before: the server spoke first.
        let answeredFirst = radius.filter {
            ($0["evidence"] as? [String])?.contains { $0.hasPrefix("server sent RADIUS answer") } == true
                && ($0["to_server"] as? [String: Any])?["packets"] as? Int == 0
        }
        #expect(answeredFirst.count >= 7, "\(answeredFirst.count)")
        // No service the registry puts elsewhere: radius-acct is RADIUS's.
        #expect((report["unexpected"] as? [[String: Any]] ?? []).allSatisfy {
            ($0["detected_protocol"] as? String) != "radius"
        })
    }
}
