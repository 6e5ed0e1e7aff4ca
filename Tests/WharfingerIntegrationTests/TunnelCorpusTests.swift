import Foundation
import Testing

/// Tunnel captures other people recorded (nDPI's and tcpdump's test suites): the report's
/// conversations are the ones inside the tunnels, as tshark's innermost layers name them,
/// each tied to a tunnel of the expected kind; `--no-tunnels` gives the outer view back.
@Suite(.enabled(if: Paths.corpusPresent && Paths.ndpiCorpusPresent && Paths.tool("tshark"),
                "../shared/corpus or tshark is missing"))
struct TunnelCorpusTests {
    static let files: [(String, String)] = [
        ("ndpi/files/4in4tunnel.pcap", "ip-in-ip"), ("ndpi/files/4in6tunnel.pcap", "ip-in-ip"),
        ("ndpi/files/6in4tunnel.pcap", "ip-in-ip"), ("ndpi/files/6in6tunnel.pcap", "ip-in-ip"),
        ("ndpi/files/gre.pcapng", "pptp-gre"), ("ndpi/files/ipv6_in_gtp.pcap", "gtp-u"),
        ("ndpi/files/vxlan.pcap", "vxlan"), ("tcpdump/files/geneve.pcap", "geneve"),
        ("tcpdump/files/geneve-gcp.pcap", "geneve"), ("tcpdump/files/erspan-type-ii-2.pcap", "erspan-ii"),
        ("tcpdump/files/gso-ipv6-vxlan-ipv4.pcap", "vxlan"), ("tcpdump/files/pim-packet-assortment.pcap", "pim-register"),
    ]

    // nDPI's teredo.pcap and tcpdump's other ERSPAN and VXLAN captures carry only ICMP or
    // ARP inside: no conversation to compare (the bundled tunnel captures cover those kinds).

    /// A conversation as an unordered pair of endpoints and its transport.
    struct Conversation: Hashable, CustomStringConvertible {
        var proto: String
        var endpoints: Set<String>
        var description: String { proto + " " + endpoints.sorted().joined(separator: " ") }
    }

    @Test(arguments: files)
    func innerConversationsAreReported(file: String, kind: String) throws {
        let path = Paths.shared.appendingPathComponent("corpus/" + file).path
        let theirs = try tsharkInnermost(path)
        try #require(!theirs.isEmpty, "tshark found no conversation in a tunnel in \(file)")

        let result = try run(Paths.binary.path, ["read", path, "--format", "json", "--no-progress"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let tunnels = report["tunnels"] as? [[String: Any]] ?? []
        var kinds: [String: [String]] = [:]
        for tunnel in tunnels {
            kinds[tunnel["id"] as? String ?? ""] = (tunnel["chain"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        }
        var ours: [Conversation: [String]] = [:]
        for flow in report["flows"] as? [[String: Any]] ?? [] {
            let client = flow["client"] as? [String: Any] ?? [:], server = flow["server"] as? [String: Any] ?? [:]
            let conversation = Conversation(proto: flow["proto"] as? String ?? "",
                                            endpoints: ["\(client["ip"] ?? ""):\(client["port"] ?? "")",
                                                        "\(server["ip"] ?? ""):\(server["port"] ?? "")"])
            ours[conversation] = (flow["tunnel"] as? String).flatMap { kinds[$0] } ?? []
        }
        for conversation in theirs {
            let chain = try #require(ours[conversation], "\(file): \(conversation) is not in the report")
            #expect(chain.contains(kind), "\(file): \(conversation) is in tunnel \(chain), not \(kind)")
        }
    }

    /// With --no-tunnels, nDPI's VXLAN capture is one service: VXLAN itself.
    @Test func noTunnelsKeepsTheOuterView() throws {
        let path = Paths.ndpiCorpus.appendingPathComponent("vxlan.pcap").path
        let result = try run(Paths.binary.path, ["read", path, "--format", "json", "--no-progress", "--no-tunnels"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let services = report["services"] as? [[String: Any]] ?? []
        #expect(services.map { "\($0["port"] ?? "")/\($0["proto"] ?? "")" } == ["4789/udp"])
        #expect(report["tunnels"] == nil)
    }

    /// tshark's innermost TCP/UDP conversation of each frame that passed a tunnel (more
    /// than one IP layer, or an Ethernet frame inside), by the last IP layer's addresses.
    private func tsharkInnermost(_ path: String) throws -> Set<Conversation> {
        let fields = ["frame.protocols", "ip.src", "ip.dst", "ipv6.src", "ipv6.dst",
                      "tcp.srcport", "tcp.dstport", "udp.srcport", "udp.dstport"]
        let result = try run("/usr/bin/tshark", ["-n", "-o", "ip.defragment:FALSE", "-o", "ipv6.defragment:FALSE",
                                                 "-r", path, "-T", "fields", "-E", "separator=\t",
                                                 "-E", "occurrence=a", "-E", "aggregator=,"]
                                                + fields.flatMap { ["-e", $0] })
        var conversations = Set<Conversation>()
        for line in result.stdout.split(separator: "\n") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == fields.count else { continue }
            let layers = columns[0].split(separator: ":").map(String.init)
            guard let last = layers.lastIndex(where: { $0 == "tcp" || $0 == "udp" }),
                  !layers.contains("icmp"), !layers.contains("icmpv6"),
                  !layers[(last + 1)...].contains(where: { ["ip", "ipv6", "eth"].contains($0) }),
                  let network = layers[..<last].lastIndex(where: { $0 == "ip" || $0 == "ipv6" }),
                  layers.filter({ $0 == "ip" || $0 == "ipv6" }).count > 1 || layers[..<network].contains("vxlan")
                    || layers[..<network].contains("erspan")
            else { continue }
            func lastValue(_ column: Int) -> String { columns[column].split(separator: ",").last.map(String.init) ?? "" }
            let v6 = layers[network] == "ipv6"
            let tcp = layers[last] == "tcp"
            let src = lastValue(v6 ? 3 : 1), dst = lastValue(v6 ? 4 : 2)
            let sport = lastValue(tcp ? 5 : 7), dport = lastValue(tcp ? 6 : 8)
            conversations.insert(Conversation(proto: layers[last], endpoints: ["\(src):\(sport)", "\(dst):\(dport)"]))
        }
        return conversations
    }
}
