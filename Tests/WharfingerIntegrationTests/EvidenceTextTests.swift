import Testing
import WharfingerReport
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

/// The report's words for a verdict's reasons and a record's unexpected service: the
/// analysis hands over values, these sentences are what the text and JSON reports print.
struct EvidenceTextTests {
    private func endpoint(_ text: String) -> Endpoint {
        let colon = text.lastIndex(of: ":")!
        return Endpoint(ip: IPAddress(String(text[..<colon]))!, port: UInt16(text[text.index(after: colon)...])!)
    }

    /// The words as the text report prints them; the JSON report writes the same words
    /// straight into its buffer, and this checks they are the same.
    private func text(_ fact: Evidence, transport: TransportProtocol = .tcp) -> String {
        let text = fact.text(registry: .iana, transport: transport)
        var json = JSONWriter(capacity: 8)
        json.string { fact.write(registry: .iana, transport: transport, to: &$0) }
        #expect(String(decoding: json.bytes, as: UTF8.self) == "\"" + text + "\"")
        return text
    }

    private func portFact(_ kind: RoleFact, _ a: UInt16, _ b: UInt16, transport: TransportProtocol = .tcp) -> PortRoleFact {
        var found: PortRoleFact?
        PortRoleFacts.forEach(a, b, transport: transport, registry: .iana) { if $0.kind == kind { found = $0 } }
        return found!
    }

    @Test func handshake() {
        #expect(text(.syn(from: endpoint("10.0.0.1:51514"), count: 1)) == "SYN from 10.0.0.1:51514")
        #expect(text(.syn(from: endpoint("10.0.0.1:40000"), count: 3)) == "SYN from 10.0.0.1:40000 (sent 3 times)")
        #expect(text(.synAck(from: endpoint("10.0.0.2:443"))) == "SYN-ACK from 10.0.0.2:443")
        #expect(text(.synAckBeforeSyn) == "SYN-ACK captured before its SYN (ack = SYN seq + 1)")
        #expect(text(.rejected(by: endpoint("10.0.0.9:3389"))) == "SYN answered by RST from 10.0.0.9:3389")
        #expect(text(.synUnanswered) == "SYN never answered")
        #expect(text(.simultaneousOpen(first: endpoint("10.0.0.1:50500"), second: endpoint("10.0.0.2:7000")))
                == "simultaneous open: both 10.0.0.1:50500 and 10.0.0.2:7000 sent SYN")
    }

    @Test func payloads() {
        let server = endpoint("10.0.0.2:1494")
        #expect(text(.payload(sender: server, senderIsServer: true, signature: .icaBanner))
                == "server sent ICA banner 7F 7F 49 43 41 00")
        #expect(text(.payload(sender: server, senderIsServer: true, signature: .httpRequest))
                == "server 10.0.0.2:1494 sent HTTP request line (a client's message)")
        #expect(text(.sameBannerFirst(server: server, signature: .icaBanner, echoed: true))
                == "both sides sent the ica banner; 10.0.0.2:1494 sent it first, the client echoes it")
        #expect(text(.ftpData(listener: endpoint("10.0.0.2:60004"), kind: .pasv))
                == "FTP 227 PASV reply announced 10.0.0.2:60004 as the data listener")
        #expect(text(.ftpData(listener: endpoint("10.0.0.1:51210"), kind: .port))
                == "FTP PORT command announced 10.0.0.1:51210 as the data listener")
    }

    /// A port fact reads as `explain` prints it: one text per fact.
    @Test func portFactsAsExplainWordsThem() {
        let registered = portFact(.registeredPort, 51515, 53, transport: .udp)
        #expect(text(.port(registered), transport: .udp) == "port 53 is registered (domain), 51515 is not")
        let explanation = PortPairExplanation(portA: 51515, portB: 53, transport: .udp)
        #expect(ExplainText(explanation).lines.contains("  53: port 53 is registered (domain), 51515 is not +"
                                           + decimalText(RoleFact.registeredPort.weight, digits: 1)))
        #expect(text(.port(portFact(.ephemeralPort, 51515, 53))) == "51515 is in the IANA dynamic range 49152-65535")
    }

    @Test("a weighed reason carries its weight; one against the verdict says so")
    func weights() {
        let fanIn = VerdictFact(evidence: .fanIn(busy: endpoint("10.0.0.5:45000"), peers: 5,
                                                 other: endpoint("10.0.0.9:40001"), otherPeers: 1),
                                kind: .fanIn, server: endpoint("10.0.0.5:45000"), supports: true)
        #expect(fanIn.text(registry: .iana, transport: .tcp)
                == "10.0.0.5:45000 talks to 5 distinct peers, 10.0.0.9:40001 to 1 (+"
                + decimalText(RoleFact.fanIn.weight, digits: 1) + ")")
        let lower = VerdictFact(evidence: .port(portFact(.lowerPort, 40001, 45000)), kind: .lowerPort,
                                server: endpoint("10.0.0.9:40001"), supports: false)
        #expect(lower.text(registry: .iana, transport: .tcp)
                == "against: port 40001 is lower than 45000 (-" + decimalText(RoleFact.lowerPort.weight, digits: 1) + ")")
        let syn = VerdictFact(evidence: .syn(from: endpoint("10.0.0.1:51514"), count: 1),
                              server: endpoint("10.0.0.2:80"), supports: true)
        #expect(syn.text(registry: .iana, transport: .tcp) == "SYN from 10.0.0.1:51514")
    }

    @Test func unexpectedService() {
        var record = Conversation(
            transport: .tcp, client: endpoint("10.0.0.1:51000"), server: endpoint("10.0.0.2:22"), service: "ssh",
            detectedProtocol: "http", detectedProtocolUnexpected: true,
            recognised: RecognisedProtocols(first: .httpRequest), basis: .handshake, confidence: 0.99,
            facts: [], first: Timestamp(totalNanoseconds: 0), last: Timestamp(totalNanoseconds: 0),
            toServer: DirectionTally(), toClient: DirectionTally(), ending: .fin, tunnel: 0, identity: 0,
            serverSentFirst: false, exchange: nil)
        #expect(record.unexpectedServiceText == "http on tcp/22 (registered: ssh)")
        record.service = nil
        record.server.port = 60022
        record.detectedProtocol = "ssh"
        #expect(record.unexpectedServiceText == "ssh on unusual port 60022")
        record.detectedProtocolUnexpected = false
        #expect(record.unexpectedServiceText == nil)
    }
}
