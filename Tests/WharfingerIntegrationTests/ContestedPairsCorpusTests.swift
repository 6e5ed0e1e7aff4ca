import Foundation
import Testing

/// Issue 18 on real captures: the ambiguous section holds only pairs whose ports alone leave
/// the roles open (never DNS, DHCP, DHCPv6...), the 1080/1494 captures stay in it; group
/// addresses are responders and no servers; nothing on port 137 is called DNS.
@Suite struct ContestedPairsCorpusTests {
    /// Ports whose service settles the roles by itself: never the server of a contested pair.
    static let settlingServerPorts: Set<Int> = [53, 67, 547, 80, 443, 22, 123, 5353, 5355]

    /// What `wharfinger explain` (another path through the port model) gives the server.
    static func explained(server: Int, client: Int, proto: String) throws -> Double {
        let result = try wharfinger("explain", "\(server)", "\(client)", "--proto", proto)
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("from the ports alone") })
        // "favours 1080 as the server: probability 0.54 from the ports alone (...)"
        let words = line.split(separator: " ")
        let at = try #require(words.firstIndex(of: "probability"))
        let probability = try #require(Double(words[at + 1]))
        let favoured = line.contains("favours \(server) ") ? probability : 1 - probability
        return line.contains("cannot tell") ? 0.5 : favoured
    }

    /// Checks one report's ambiguous section; returns the distinct pairs it lists.
    static func checkAmbiguous(_ report: Report, _ file: String) -> Set<[String]> {
        let count = report.json["ambiguous_count"] as? Int ?? -1
        #expect(count >= report.ambiguous.count, "\(file)")
        var pairs: Set<[String]> = []
        var lastLean = 0.0
        for flow in report.ambiguous {
            let serverPort = (flow.raw["server"] as? [String: Any])?["port"] as? Int ?? -1
            let clientPort = (flow.raw["client"] as? [String: Any])?["port"] as? Int ?? -1
            #expect(!settlingServerPorts.contains(serverPort), "\(file): \(flow.client) -> \(flow.server)")
            #expect(serverPort != clientPort, "\(file): \(flow.server)")
            // A group only receives: nothing to contest (1kxun.pcap's broadcasts to 62976 were listed).
            #expect(flow.basis != "group-address", "\(file): \(flow.client) -> \(flow.server)")
            guard let probability = flow.raw["ports_probability"] as? Double else {
                Issue.record("\(file): no ports_probability")
                continue
            }
            #expect(max(probability, 1 - probability) < 0.75, "\(file): \(flow.server) \(probability)")
            // Most contested first.
            let lean = abs(probability - 0.5)
            #expect(lean >= lastLean - 0.005, "\(file): \(flow.server) after a pair leaning \(lastLean)")
            lastLean = lean
            pairs.insert([flow.proto, "\(serverPort)", "\(clientPort)", "\(probability)"])
        }
        return pairs
    }

    /// The port model's answer, through `explain`, agrees with the listed probability.
    static func checkExplained(_ pairs: Set<[String]>) throws {
        for pair in pairs {
            let explained = try explained(server: Int(pair[1])!, client: Int(pair[2])!, proto: pair[0])
            #expect(abs(explained - Double(pair[3])!) < 0.011, "\(pair)")
        }
    }

    @Test func bundledCapturesListOnlyContestedPairs() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Paths.captures.path)
            .filter { $0.hasSuffix(".pcap") || $0.hasSuffix(".pcapng") }.sorted()
        var pairs: Set<[String]> = []
        for file in files {
            guard let report = try? Report(Paths.capture(file)) else { continue }
            pairs.formUnion(Self.checkAmbiguous(report, file))
            if file.hasPrefix("socks-from-1494") || file.hasPrefix("ica-from-1080") {
                #expect(report.ambiguous.contains { Set([$0.client, $0.server]) == ["127.0.0.1:1080", "127.0.0.1:1494"] }, "\(file)")
            }
        }
        try Self.checkExplained(pairs)
    }

    @Test(.enabled(if: Paths.ndpiCorpusPresent, "../shared/corpus is not beside the repo"))
    func corpusListsOnlyContestedPairs() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Paths.ndpiCorpus.path).sorted()
        var pairs: Set<[String]> = [], listed = 0
        for file in files {
            guard let report = try? Report(Paths.ndpiCorpus.appendingPathComponent(file).path) else { continue }
            pairs.formUnion(Self.checkAmbiguous(report, file))
            listed += report.ambiguous.count
        }
        #expect(listed > 0)
        try Self.checkExplained(pairs)
    }

    /// 1kxun.pcap and teams.pcap: broadcast and multicast destinations are responders by
    /// their own fact (tied by a payload that names the other side), no service counts one among its servers, and port 137 is NBNS.
    @Test(.enabled(if: Paths.ndpiCorpusPresent, "../shared/corpus is not beside the repo"),
          arguments: ["1kxun.pcap", "teams.pcap"])
    func groupAddressesAndNBNS(file: String) throws {
        let report = try Report(Paths.ndpiCorpus.appendingPathComponent(file).path)
        func isGroup(_ ip: String) -> Bool {
            if ip.contains(":") { return ip.lowercased().hasPrefix("ff") }
            let first = Int(ip.split(separator: ".").first ?? "") ?? 0
            return (224...239).contains(first) || ip == "255.255.255.255"
        }
        var groups = 0, nbns = 0
        for flow in report.flows {
            let client = flow.raw["client"] as? [String: Any] ?? [:], server = flow.raw["server"] as? [String: Any] ?? [:]
            // A group is the client only when a payload names the other side the server (a DHCP
            // server's reply broadcast to 255.255.255.255): the two facts tie, the ports decide.
            if isGroup(client["ip"] as? String ?? "") {
                #expect(flow.basis == "payload" && flow.mentions("can only receive"), "\(file): \(flow.client) is named the client")
            }
            if isGroup(server["ip"] as? String ?? "") {
                groups += 1
                #expect(flow.mentions("can only receive"), "\(file): \(flow.server) \(flow.basis)")
                #expect(!flow.mentions("distinct peers"), "\(file): \(flow.server) fan-in")
            }
            if client["port"] as? Int == 137 || server["port"] as? Int == 137 {
                let detected = flow.raw["detected_protocol"] as? String
                #expect(detected != "domain", "\(file): \(flow.client) -> \(flow.server)")
                if detected == "netbios-ns" { nbns += 1 }
            }
        }
        #expect(groups > 0, "\(file)")
        // 1kxun's NetBIOS name queries and registrations are NBNS; teams.pcap has none.
        if file == "1kxun.pcap" { #expect(nbns > 0) }
        // Every service's servers are unicast hosts: a service only groups received has none.
        // A subnet's broadcast address (teams.pcap's 192.168.1.255) is a group its frames'
        // link layer told, which its conversations' reasons say.
        for service in report.services {
            let port = service["port"] as? Int ?? -1, proto = service["proto"] as? String ?? ""
            let served = report.flows.filter {
                let ip = (($0.raw["server"] as? [String: Any])?["ip"] as? String) ?? ""
                return $0.proto == proto && ($0.raw["server"] as? [String: Any])?["port"] as? Int == port
                    && !isGroup(ip) && !$0.mentions("\(ip):\(port) is a broadcast address")
            }
            let unicastServers = Set(served.map { ($0.raw["server"] as? [String: Any])?["ip"] as? String ?? "" })
            #expect(service["servers"] as? Int == unicastServers.count, "\(file): \(proto)/\(port)")
        }
    }
}
