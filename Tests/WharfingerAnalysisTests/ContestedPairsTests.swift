import Testing
@testable import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

/// The ambiguous section lists the pairs whose two ports alone leave the roles open, however
/// the verdict was then settled, most contested first, and keeps a bounded number of them.
@Suite struct ContestedPairsTests {
    /// DHCP's paired ports, DHCPv6's and a DNS server port settle the roles by themselves.
    @Test func portsThatSettleTheRolesAreNotListed() {
        let c = TestCapture()
        c.udp("10.0.0.5:68", "10.0.0.1:67", payload: Payloads.opaque)
        c.udp("[fe80::5]:546", "[fe80::1]:547", payload: Payloads.opaque)
        c.udp("10.0.0.5:12345", "10.0.0.1:53", payload: Payloads.dns(response: false))
        let report = c.finish()
        #expect(report.flowCount == 3)
        #expect(report.ambiguousCount == 0)
        #expect(report.ambiguous.isEmpty)
    }

    @Test func equalPortsAreNotListed() {
        let c = TestCapture()
        c.udp("10.0.0.5:137", "10.0.0.6:137", payload: Payloads.opaque)
        #expect(c.finish().ambiguousCount == 0)
    }

    /// 1080/1494 (0.54 from the ports) comes before 6346/28681 (0.64: Gnutella's registered
    /// port against an unregistered one, as in the corpus), whichever ends first.
    @Test func mostContestedComeFirst() throws {
        let c = TestCapture()
        c.udp("10.0.0.1:28681", "10.0.0.2:6346", payload: Payloads.opaque)
        c.tcp("10.0.0.1:1080", "10.0.0.2:1494", .ack, seq: 1, ack: 1, payload: Payloads.icaBanner)
        let report = c.finish()
        #expect(report.ambiguousCount == 2)
        #expect(report.ambiguous.map { Set([$0.flow.client.port, $0.flow.server.port]) } == [[1080, 1494], [6346, 28681]])
        let ica = try #require(report.ambiguous.first)
        // The banner's sender is the server; the ports alone leaned the other way.
        #expect(ica.flow.server.port == 1080 && ica.flow.basis == .payload)
        let expected = PortRoleFacts.probability(serverPort: 1080, otherPort: 1494, transport: .tcp, registry: .iana)
        #expect(abs(ica.portsProbability - expected) < 0.006)
        #expect(report.ambiguous.allSatisfy { max($0.portsProbability, 1 - $0.portsProbability) < PortRoleFacts.settlingConfidence })
    }

    /// An unanswered SYN between two contested ports is a probe, not a conversation: it is
    /// tallied with the unanswered probes and listed nowhere else (a scan's refused ports
    /// filled the section with hundreds before).
    @Test func unansweredProbesAreNotContested() {
        let c = TestCapture()
        c.tcp("10.0.0.1:1494", "10.0.0.2:1080", .syn, seq: 1)
        c.tcp("10.0.0.1:36050", "10.0.0.2:32778", .syn, seq: 1)
        let report = c.finish()
        #expect(report.ambiguousCount == 0)
        #expect(report.unansweredProbes.reduce(0) { $0 + Int($1.flows) } == 2)
    }

    /// Past the limit every contested flow is still counted, and the kept ones are the most
    /// contested, not the first to end.
    @Test func keepsTheMostContestedWithinItsLimit() {
        var configuration = AnalysisConfiguration()
        configuration.maxAmbiguousRecords = 2
        let c = TestCapture(configuration)
        // Leaning pairs first (0.64): a registered port against an unregistered one.
        for (index, port) in [6346, 5193, 7624].enumerated() {
            c.udp("10.0.1.\(index + 1):\(port)", "10.0.2.1:28681", payload: Payloads.opaque)
        }
        c.tcp("10.0.0.1:1080", "10.0.0.2:1494", .ack, seq: 1, ack: 1, payload: Payloads.opaque2)
        c.tcp("10.0.0.3:45000", "10.0.0.4:41000", .ack, seq: 1, ack: 1, payload: Payloads.opaque2)
        let report = c.finish()
        #expect(report.ambiguousCount == 5)
        #expect(report.ambiguous.count == 2)
        let kept = Set(report.ambiguous.map { [$0.flow.client.port, $0.flow.server.port].sorted() })
        #expect(kept == [[1080, 1494], [41000, 45000]], "\(kept)")
    }

    /// The shortcut `ContestedPairs.lean` takes: a plain port against one in a modern
    /// ephemeral range reaches the settling confidence, for every plain port, with the
    /// range bounds and the commonly deployed service ports that lie in those ranges.
    @Test func anEphemeralPortAgainstAPlainOneSettles() {
        for transport in [TransportProtocol.tcp, .udp] {
            let commonEphemeral = (transport == .tcp ? CommonServicePorts.tcp : CommonServicePorts.udp)
                .filter { PortRoleFacts.modernEphemeral($0) != nil }
            for client in [32768, 40000, 49152, 50000, 60999, 61000, 65535] + commonEphemeral {
                #expect(PortRoleFacts.modernEphemeral(client) != nil)
                var weakest = 1.0
                for plain in UInt16(0)..<32768 {
                    let p = PortRoleFacts.score(plain, client, transport: transport, registry: .iana).confidence
                    weakest = min(weakest, p)
                }
                #expect(weakest >= PortRoleFacts.settlingConfidence, "\(transport) \(client): \(weakest)")
            }
        }
    }

    /// A snapshot sees live contested flows too, with the same bound.
    @Test func snapshotCountsLiveFlows() {
        let c = TestCapture()
        c.tcp("10.0.0.1:1080", "10.0.0.2:1494", .ack, seq: 1, ack: 1, payload: Payloads.opaque)
        let snapshot = c.snapshot()
        #expect(snapshot.ambiguousCount == 1)
        #expect(snapshot.ambiguous.first?.flow.server.port != nil)
    }
}
