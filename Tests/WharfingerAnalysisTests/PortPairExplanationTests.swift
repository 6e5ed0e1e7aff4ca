import Foundation
import Testing
import WharfingerServices
@testable import WharfingerAnalysis

/// The probability the facts' weights give the side they add up for.
private func probability(_ weights: Double...) -> Double {
    let sum = weights.reduce(0, +)
    return 1 / (1 + exp(-abs(sum)))
}

@Suite struct PortPairExplanationTests {
    @Test func socksAgainstICA() {
        let explanation = PortPairExplanation(portA: 1080, portB: 1494, transport: .tcp)
        #expect(explanation.portA.name == "socks")
        #expect(explanation.portB.name == "ica")
        #expect(explanation.portB.ephemeralRanges == [.oldStacks])
        // Both registered, both common service ports, both in the old stacks' range: only
        // the lower port tells them apart.
        #expect(explanation.facts.map(\.kind) == [.lowerPort])
        #expect(explanation.favouredServerPort == 1080)
        #expect(abs(explanation.probability - probability(RoleFact.lowerPort.weight)) < 1e-12)
        #expect(explanation.confidence == .weak)
        #expect(explanation.hintsB.map(\.protocolName) == ["ICA"])
        #expect(explanation.settlingEvidence.contains(
            "SOCKS: a SOCKS greeting (05 NMETHODS METHODS..., or 04 01 PORT IP USER 00) sent from the 1494 side means 1080 is the SOCKS server"))
        #expect(explanation.settlingEvidence.contains(
            "ICA: the ICA banner 7F 7F 49 43 41 00 sent first by a side marks that side as the ICA server (expected from 1494)"))
        #expect(explanation.lines == [
            "Ports 1080 and 1494 over TCP",
            "  1080/tcp socks (Socks); registered range 1024-49151; in ephemeral range old-stack 1024-4999",
            "  1494/tcp ica; registered range 1024-49151; in ephemeral range old-stack 1024-4999",
            "Port facts, weighed as `read` weighs them (log-likelihood for the port named server):",
            "  1080: port 1080 is lower than 1494 +" + decimalText(RoleFact.lowerPort.weight, digits: 1),
            "  favours 1080 as the server: probability "
                + decimalText(explanation.probability, digits: 2)
                + " from the ports alone (confidence: weak)",
            "What would settle it:",
            "  - the TCP handshake: the side that sends the SYN (without ACK) is the client; the SYN+ACK comes from the server",
            "  - SOCKS: a SOCKS greeting (05 NMETHODS METHODS..., or 04 01 PORT IP USER 00) sent from the 1494 side means 1080 is the SOCKS server",
            "  - SOCKS: a SOCKS5 method selection reply (05 00) sent by a side marks that side as the SOCKS server (expected from 1080)",
            "  - ICA: the ICA banner 7F 7F 49 43 41 00 sent first by a side marks that side as the ICA server (expected from 1494)",
            "  - fan-in: the port that many different peers (or many source ports of one peer) connect to is the server's",
        ])
    }

    @Test func dnsBetweenTwoPort53s() {
        let explanation = PortPairExplanation(portA: 53, portB: 53, transport: .udp)
        #expect(explanation.favouredServerPort == nil)
        #expect(explanation.confidence == .none)
        #expect(explanation.verdict == "both sides use the same port, so ports cannot tell (confidence: none)")
        #expect(explanation.settlingEvidence == [
            "who sent first: the first datagram usually comes from the client (weak on UDP)",
            "DNS: a DNS query (QR bit 0) marks its sender as the client",
            "DNS: a DNS response (QR bit 1) marks its sender as the server",
            "fan-in: the port that many different peers (or many source ports of one peer) connect to is the server's",
        ])
    }

    @Test func oldStackClientAgainstADatabase() {
        let explanation = PortPairExplanation(portA: 1026, portB: 3306, transport: .tcp)
        #expect(explanation.portA.name != nil)
        #expect(explanation.favouredServerPort == 3306)
        // Both lie in the old stacks' range 1024-4999: the common service port tells them apart.
        #expect(explanation.facts.map(\.kind) == [.commonServicePort, .lowerPort])
        #expect(explanation.lines.contains(
            "  3306: port 3306 is a commonly deployed service port (mysql), 1026 is not +"
                + decimalText(RoleFact.commonServicePort.weight, digits: 1)))
        #expect(abs(explanation.probability - probability(RoleFact.commonServicePort.weight,
                                                           -RoleFact.lowerPort.weight)) < 1e-12)
    }

    @Test func webServerAgainstAnEphemeralPort() {
        let explanation = PortPairExplanation(portA: 51515, portB: 80, transport: .tcp)
        #expect(explanation.facts.map(\.kind)
                == [.wellKnownPort, .commonServicePort, .registeredPort, .ephemeralPort, .lowerPort])
        #expect(explanation.facts.allSatisfy { $0.serverPort == 80 })
        #expect(explanation.favouredServerPort == 80)
        #expect(explanation.confidence == .strong)
        #expect(explanation.hintsA.isEmpty)
        #expect(explanation.settlingEvidence.contains(
            "HTTP: an HTTP request line (GET /..., POST /...) sent from the 51515 side means 80 is the HTTP server"))
        #expect(explanation.lines.contains(
            "  80: 51515 is in the IANA dynamic range 49152-65535 +" + decimalText(RoleFact.ephemeralPort.weight, digits: 1)))
    }

    @Test func twoCommonServicePortsLeaveOnlyTheLowerOne() {
        let explanation = PortPairExplanation(portA: 8080, portB: 3306, transport: .tcp)
        // 3306 lies in the old stacks' client range, 8080 does not; 3306 is the lower port.
        #expect(explanation.facts.map(\.kind) == [.oldStackPort, .lowerPort])
        #expect(explanation.facts.map(\.serverPort) == [8080, 3306])
        let difference = RoleFact.oldStackPort.weight - RoleFact.lowerPort.weight
        #expect(explanation.favouredServerPort == (difference > 0 ? 8080 : difference < 0 ? 3306 : nil))
        #expect(explanation.settlingEvidence.contains(
            "MySQL: a MySQL greeting (protocol 10 and a version string) sent first by a side marks that side as the MySQL server (expected from 3306)"))
        #expect(explanation.settlingEvidence.contains(
            "HTTP: an HTTP request line (GET /..., POST /...) sent from the 3306 side means 8080 is the HTTP server"))
    }

    @Test func unassignedPairsFallBackToGenericAdvice() {
        let explanation = PortPairExplanation(portA: 40001, portB: 40002, transport: .tcp)
        #expect(explanation.favouredServerPort == 40001)
        #expect(explanation.confidence == .weak)
        #expect(explanation.settlingEvidence.contains("any payload signature Wharfinger knows (HTTP, TLS, SSH, DNS, NTP,"
            + " SOCKS, ICA, SMTP, FTP, POP3, IMAP, MySQL, PostgreSQL) from either side"))
    }

    @Test func mergedNamesChangeTheExplanation() throws {
        var registry = ServiceRegistry()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-explain-\(UUID().uuidString)").path
        try "socks 40001/tcp\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try registry.merge(contentsOf: path)
        let explanation = PortPairExplanation(portA: 40001, portB: 40002, transport: .tcp, registry: registry)
        #expect(explanation.portA.name == "socks")
        #expect(explanation.hintsA.map(\.protocolName) == ["SOCKS"])
    }
}

@Suite struct SignatureHintTests {
    @Test func hintsFollowRegistryNames() {
        #expect(SignatureHint.hints(forService: "https").map(\.protocolName) == ["TLS"])
        #expect(SignatureHint.hints(forService: "imaps").map(\.protocolName) == ["TLS"])
        #expect(SignatureHint.hints(forService: "pcsync-https").map(\.protocolName) == ["TLS"])
        #expect(SignatureHint.hints(forService: "http-alt").map(\.protocolName) == ["HTTP"])
        #expect(SignatureHint.hints(forService: "mdns").map(\.protocolName) == ["DNS"])
        #expect(SignatureHint.hints(forService: "ica").first?.serverSpeaksFirst == true)
        #expect(SignatureHint.hints(forService: "x11").isEmpty)
    }
}
