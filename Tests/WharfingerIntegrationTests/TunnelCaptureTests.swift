import Foundation
import Testing

/// The bundled tunnel captures (Captures/tunnel-*.pcap, made as Captures/README.md says):
/// each inner conversation, as Captures/tunnel-expected.tsv names it, is reported with its
/// verdict and frame count, inside a tunnel of the kinds it was built with.
struct TunnelCaptureTests {
    /// The encapsulations each capture was built with, outermost first, by the report's names.
    static let chains: [String: [String]] = [
        "tunnel-vxlan.pcap": ["vxlan"], "tunnel-vxlan-nohandshake.pcap": ["vxlan"],
        "tunnel-vxlan-8472.pcap": ["vxlan"], "tunnel-vxlan-tenants.pcap": ["vxlan"],
        "tunnel-4in6.pcap": ["ip-in-ip"], "tunnel-6in6.pcap": ["ip-in-ip"], "tunnel-4in4.pcap": ["ip-in-ip"],
        "tunnel-6in4.pcap": ["ip-in-ip"], "tunnel-gre.pcap": ["gre"], "tunnel-gretap.pcap": ["gre"],
        "tunnel-pptp.pcap": ["pptp-gre"], "tunnel-erspan1.pcap": ["erspan-i"], "tunnel-erspan2.pcap": ["erspan-ii"],
        "tunnel-erspan3.pcap": ["erspan-iii"], "tunnel-geneve.pcap": ["geneve"], "tunnel-gtpu.pcap": ["gtp-u"],
        "tunnel-teredo.pcap": ["teredo"], "tunnel-l2tp.pcap": ["l2tp"], "tunnel-pbb.pcap": ["pbb"],
        "tunnel-fabricpath.pcap": ["fabricpath"], "tunnel-nested.pcap": ["gre", "vxlan"],
        "tunnel-depth4.pcap": ["gre", "vxlan", "geneve", "ip-in-ip"],
    ]

    struct Row: CustomTestStringConvertible, Sendable {
        var file: String, chain: String, client: String, server: String, transport: String, frames: Int
        var testDescription: String { "\(file) \(chain)" }
    }

    static var rows: [Row] {
        let text = (try? String(contentsOf: Paths.captures.appendingPathComponent("tunnel-expected.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let c = line.split(separator: "\t").map(String.init)
            guard c.count == 6, c[0] != "tunnel-depth5.pcap" else { return nil }
            // "1-5,11-17": frame ranges.
            let frames = c[5].split(separator: ",").reduce(0) { sum, range in
                let ends = range.split(separator: "-").compactMap { Int($0) }
                return sum + (ends.count == 2 ? ends[1] - ends[0] + 1 : 1)
            }
            return Row(file: c[0], chain: c[1], client: c[2], server: c[3], transport: c[4], frames: frames)
        }
    }

    static func report(_ file: String, _ extra: [String] = []) throws -> [String: Any] {
        let result = try run(Paths.binary.path, ["read", Paths.capture(file), "--format", "json", "--no-progress"] + extra)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// "[2001:db8::1]:80" or "192.0.2.1:80", as the TSV writes endpoints.
    static func endpoint(_ value: Any?) -> String {
        let e = value as? [String: Any] ?? [:]
        let ip = e["ip"] as? String ?? ""
        return (ip.contains(":") ? "[\(ip)]" : ip) + ":\(e["port"] ?? "")"
    }

    @Test(arguments: rows)
    func innerConversationHasItsVerdict(row: Row) throws {
        let report = try Self.report(row.file)
        var chains: [String: [[String: Any]]] = [:]
        for tunnel in report["tunnels"] as? [[String: Any]] ?? [] {
            chains[tunnel["id"] as? String ?? ""] = tunnel["chain"] as? [[String: Any]] ?? []
        }
        // Where the TSV names a VNI, the flow must be in that tenant's tunnel.
        let wantedVNI = row.chain.hasPrefix("vxlan vni ") ? row.chain.split(separator: " ").prefix(3).joined(separator: " ") : nil
        let matching = (report["flows"] as? [[String: Any]] ?? []).filter {
            Self.endpoint($0["client"]) == row.client && Self.endpoint($0["server"]) == row.server
                && $0["proto"] as? String == row.transport
                && (wantedVNI == nil || "vxlan " + (Self.vni(of: $0, chains) ?? "") == wantedVNI)
        }
        let flow = try #require(matching.first, "\(row.file): no \(row.client) -> \(row.server)")
        let hops = chains[flow["tunnel"] as? String ?? ""] ?? []
        #expect(hops.compactMap { $0["kind"] as? String } == Self.chains[row.file], "\(row.file): \(hops)")
        if row.file.contains("nohandshake") {
            #expect(flow["basis"] as? String != "handshake")
        } else {
            #expect(flow["basis"] as? String == "handshake")
        }
        let packets = [flow["to_server"], flow["to_client"]].reduce(0) {
            $0 + ((($1 as? [String: Any])?["packets"] as? Int) ?? 0)
        }
        #expect(packets == row.frames, "\(row.file): \(packets) packets, the TSV says \(row.frames)")
    }

    /// "vni 100" of the flow's innermost VXLAN hop, to pick the tenant the row names.
    static func vni(of flow: [String: Any], _ chains: [String: [[String: Any]]]) -> String? {
        (chains[flow["tunnel"] as? String ?? ""] ?? []).last { $0["vni"] != nil }.map { "vni \($0["vni"]!)" }
    }

    /// Two tenants reuse the same addresses and ports: two conversations, one per VNI.
    @Test func overlappingTenantsStayApart() throws {
        let report = try Self.report("tunnel-vxlan-tenants.pcap")
        let flows = report["flows"] as? [[String: Any]] ?? []
        #expect(flows.count == 2)
        #expect(Set(flows.compactMap { $0["tunnel"] as? String }).count == 2)
        let services = report["services"] as? [[String: Any]] ?? []
        #expect(services.first?["flows"] as? Int == 2)
    }

    /// Five tunnels deep is past the limit: every frame malformed, naming the reason, and no
    /// conversation; the frames still add up.
    @Test func nestingPastTheLimitIsMalformed() throws {
        let report = try Self.report("tunnel-depth5.pcap")
        let frames = report["frames"] as? [String: Any] ?? [:]
        #expect(frames["malformed"] as? Int == frames["total"] as? Int)
        #expect((report["flows"] as? [Any])?.isEmpty == true)
        let lines = try run(Paths.binary.path, ["read", Paths.capture("tunnel-depth5.pcap"), "--packets", "--format", "ndjson"])
        #expect(lines.stdout.contains("tunnels nested too deep (more than 4)"), "\(lines.stdout.prefix(400))")
    }

    /// --no-tunnels: the tunnel is the conversation, as before tunnels were followed (each
    /// VTEP sends from its own source port, so each direction is a VXLAN flow of its own).
    @Test func noTunnelsReportsTheOuterConversations() throws {
        let report = try Self.report("tunnel-vxlan.pcap", ["--no-tunnels"])
        let flows = report["flows"] as? [[String: Any]] ?? []
        #expect(!flows.isEmpty)
        #expect(flows.allSatisfy { ($0["server"] as? [String: Any])?["port"] as? Int == 4789 && $0["tunnel"] == nil })
        #expect(report["tunnels"] == nil)
    }
}
