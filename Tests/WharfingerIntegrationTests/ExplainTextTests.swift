import WharfingerAnalysis
import Testing
import WharfingerReport
import WharfingerServices

/// `explain`'s words: the services hand over the port facts, their score and what would
/// settle a pair; these are the lines a person reads.
struct ExplainTextTests {
    @Test func socksAgainstICA() {
        let explanation = PortPairExplanation(portA: 1080, portB: 1494, transport: .tcp)
        #expect(ExplainText(explanation).lines == [
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
        let text = ExplainText(PortPairExplanation(portA: 53, portB: 53, transport: .udp))
        #expect(text.verdict == "both sides use the same port, so ports cannot tell (confidence: none)")
        #expect(text.lines.suffix(5) == [
            "What would settle it:",
            "  - who sent first: the first datagram usually comes from the client (weak on UDP)",
            "  - DNS: a DNS query (QR bit 0) marks its sender as the client",
            "  - DNS: a DNS response (QR bit 1) marks its sender as the server",
            "  - fan-in: the port that many different peers (or many source ports of one peer) connect to is the server's",
        ])
    }

    @Test func portFactsCarryTheirWeights() {
        let database = ExplainText(PortPairExplanation(portA: 1026, portB: 3306, transport: .tcp))
        #expect(database.lines.contains("  3306: port 3306 is a commonly deployed service port (mysql), 1026 is not +"
                                        + decimalText(RoleFact.commonServicePort.weight, digits: 1)))
        let web = ExplainText(PortPairExplanation(portA: 51515, portB: 80, transport: .tcp))
        #expect(web.lines.contains(
            "  80: 51515 is in the IANA dynamic range 49152-65535 +" + decimalText(RoleFact.ephemeralPort.weight, digits: 1)))
        #expect(web.lines.contains(
            "  - HTTP: an HTTP request line (GET /..., POST /...) sent from the 51515 side means 80 is the HTTP server"))
    }

    @Test func unassignedPairsFallBackToGenericAdvice() {
        let text = ExplainText(PortPairExplanation(portA: 40001, portB: 40002, transport: .tcp))
        #expect(text.lines.contains("  - any payload signature Wharfinger reads over TCP (HTTP, TLS, SSH, DNS,"
            + " SOCKS, ICA, SMTP, FTP, POP3, IMAP, MySQL, PostgreSQL, RTSP, IRC) from either side"))
    }

    @Test func aServersFirstBytesSayWhetherItSpeaksFirst() {
        let text = ExplainText(PortPairExplanation(portA: 8080, portB: 3306, transport: .tcp))
        #expect(text.lines.contains("  - MySQL: a MySQL greeting (protocol 10 and a version string) sent first by a side"
            + " marks that side as the MySQL server (expected from 3306)"))
        #expect(text.lines.contains(
            "  - HTTP: an HTTP request line (GET /..., POST /...) sent from the 3306 side means 8080 is the HTTP server"))
    }

    @Test func aPortIsSummarisedWithItsRanges() {
        let registry = ServiceRegistry.iana
        #expect(registry.describe(port: 51515, transport: .udp).summary
            == "51515/udp unassigned; dynamic/private range 49152-65535; in ephemeral range IANA dynamic 49152-65535, Linux default 32768-60999")
        #expect(registry.describe(port: 80, transport: .tcp).summary.hasSuffix("; in no common ephemeral range"))
        #expect(PortRange.allCases.map(\.name) == ["well-known", "registered", "dynamic/private"])
    }

    @Test func numbersHaveFixedDecimalsAndSigns() {
        #expect(decimalText(1.68, digits: 1, signed: true) == "+1.7")
        #expect(decimalText(-0.18, digits: 1, signed: true) == "-0.2")
        #expect(decimalText(-0.04, digits: 1, signed: true) == "+0.0")
        #expect(decimalText(0.5723, digits: 2) == "0.57")
        #expect(decimalText(2.5, digits: 3) == "2.500")
        #expect(decimalText(28.44, digits: 0) == "28")
    }

    /// A signature is one value per distinct message: no two read the same.
    @Test func everySignatureReadsDistinctly() {
        let texts = PayloadSignature.allCases.map { "\($0.service)|\($0.role)|\($0.text)|\($0.certainty)" }
        #expect(Set(texts).count == PayloadSignature.allCases.count)
    }
}
