import Testing
import WharfingerServices

@Suite struct PortPairExplanationTests {
    @Test func socksAgainstICA() {
        let explanation = PortPairExplanation(portA: 1080, portB: 1494, transport: .tcp)
        #expect(explanation.portA.name == "socks")
        #expect(explanation.portB.name == "ica")
        #expect(explanation.portB.ephemeralRanges == [.oldStacks])
        #expect(explanation.evidenceA.score == 4)
        #expect(explanation.evidenceB.score == 3)
        #expect(explanation.favouredServerPort == 1080)
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
            "Port evidence alone:",
            "  1080 scores 4: assigned to socks +2, a commonly deployed service port +2, in ephemeral range old-stack -1, lower port +1",
            "  1494 scores 3: assigned to ica +2, a commonly deployed service port +2, in ephemeral range old-stack -1",
            "  favours 1080 as the server (confidence: weak)",
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
        #expect(explanation.lines.contains(
            "  3306 scores 3: assigned to mysql +2, a commonly deployed service port +2, in ephemeral range old-stack -1"))
    }

    @Test func webServerAgainstAnEphemeralPort() {
        let explanation = PortPairExplanation(portA: 51515, portB: 80, transport: .tcp)
        #expect(explanation.evidenceB.score == 7)
        #expect(explanation.evidenceA.score == -2)
        #expect(explanation.favouredServerPort == 80)
        #expect(explanation.confidence == .strong)
        #expect(explanation.hintsA.isEmpty)
        #expect(explanation.settlingEvidence.contains(
            "HTTP: an HTTP request line (GET /..., POST /...) sent from the 51515 side means 80 is the HTTP server"))
        #expect(explanation.lines.contains(
            "  51515 scores -2: unassigned, in ephemeral range IANA dynamic, Linux default -2"))
    }

    @Test func twoAssignedServicesScoreTheSame() {
        let explanation = PortPairExplanation(portA: 8080, portB: 3306, transport: .tcp)
        #expect(explanation.favouredServerPort == nil)
        #expect(explanation.verdict == "the ports score the same, so ports cannot tell (confidence: none)")
        #expect(explanation.settlingEvidence.contains(
            "MySQL: a MySQL greeting (protocol 10 and a version string) sent first by a side marks that side as the MySQL server (expected from 3306)"))
        #expect(explanation.settlingEvidence.contains(
            "HTTP: an HTTP request line (GET /..., POST /...) sent from the 3306 side means 8080 is the HTTP server"))
    }

    @Test func unassignedPairsFallBackToGenericAdvice() {
        let explanation = PortPairExplanation(portA: 40001, portB: 40002, transport: .tcp)
        #expect(explanation.favouredServerPort == 40001)
        #expect(explanation.confidence == .weak)
        #expect(explanation.settlingEvidence.contains { $0.hasPrefix("any payload signature Wharfinger knows") })
    }

    @Test func mergedNamesChangeTheExplanation() throws {
        var registry = ServiceRegistry()
        let path = try temporaryFile("socks 40001/tcp\n")
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
