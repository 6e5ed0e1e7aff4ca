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
        #expect(explanation.hintsB == [.ica])
        #expect(explanation.settlingEvidence == [
            .handshake,
            .clientSignature(.socks, serverPort: 1080, clientPort: 1494),
            .serverSignature(.socks, serverPort: 1080),
            .serverSignature(.ica, serverPort: 1494),
            .fanIn,
        ])
    }

    @Test func dnsBetweenTwoPort53s() {
        let explanation = PortPairExplanation(portA: 53, portB: 53, transport: .udp)
        #expect(explanation.favouredServerPort == nil)
        #expect(explanation.confidence == .none)
        #expect(explanation.settlingEvidence == [
            .firstDatagram,
            .signatureMarksSender(.dns, role: .client),
            .signatureMarksSender(.dns, role: .server),
            .fanIn,
        ])
    }

    @Test func oldStackClientAgainstADatabase() {
        let explanation = PortPairExplanation(portA: 1026, portB: 3306, transport: .tcp)
        #expect(explanation.portA.name != nil)
        #expect(explanation.favouredServerPort == 3306)
        // Both lie in the old stacks' range 1024-4999: the common service port tells them apart.
        #expect(explanation.facts.map(\.kind) == [.commonServicePort, .lowerPort])
        #expect(explanation.facts.first == PortRoleFact(kind: .commonServicePort, serverPort: 3306, otherPort: 1026))
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
        #expect(explanation.settlingEvidence.contains(.clientSignature(.http, serverPort: 80, clientPort: 51515)))
        #expect(explanation.facts.first { $0.kind == .ephemeralPort }?.range == .iana)
    }

    @Test func twoCommonServicePortsLeaveOnlyTheLowerOne() {
        let explanation = PortPairExplanation(portA: 8080, portB: 3306, transport: .tcp)
        // 3306 lies in the old stacks' client range, 8080 does not; 3306 is the lower port.
        #expect(explanation.facts.map(\.kind) == [.oldStackPort, .lowerPort])
        #expect(explanation.facts.map(\.serverPort) == [8080, 3306])
        let difference = RoleFact.oldStackPort.weight - RoleFact.lowerPort.weight
        #expect(explanation.favouredServerPort == (difference > 0 ? 8080 : difference < 0 ? 3306 : nil))
        #expect(explanation.settlingEvidence.contains(.serverSignature(.mysql, serverPort: 3306)))
        #expect(explanation.settlingEvidence.contains(.clientSignature(.http, serverPort: 8080, clientPort: 3306)))
    }

    @Test func unassignedPairsFallBackToGenericAdvice() {
        let explanation = PortPairExplanation(portA: 40001, portB: 40002, transport: .tcp)
        #expect(explanation.favouredServerPort == 40001)
        #expect(explanation.confidence == .weak)
        #expect(explanation.settlingEvidence == [.handshake, .anyKnownSignature(over: .tcp), .fanIn])
    }

    @Test func rtspOnItsPortNamesTheRTSPServer() {
        let explanation = PortPairExplanation(portA: 554, portB: 40000, transport: .tcp)
        #expect(explanation.hintsA == [.rtsp])
        #expect(explanation.settlingEvidence == [
            .handshake,
            .clientSignature(.rtsp, serverPort: 554, clientPort: 40000),
            .serverSignature(.rtsp, serverPort: 554),
            .fanIn,
        ])
    }

    /// The classifier reads SIP only over UDP: over TCP its port gets no SIP hint, but a note.
    @Test func sipIsOfferedOnlyOverUDP() {
        let udp = PortPairExplanation(portA: 5060, portB: 5062, transport: .udp)
        #expect(udp.settlingEvidence == [
            .firstDatagram,
            .clientSignature(.sip, serverPort: 5060, clientPort: 5062),
            .serverSignature(.sip, serverPort: 5060),
            .fanIn,
        ])
        let tcp = PortPairExplanation(portA: 5060, portB: 5062, transport: .tcp)
        #expect(tcp.hintsA.isEmpty)
        #expect(tcp.hintsOnOtherTransport == [.sip])
        #expect(tcp.settlingEvidence
                == [.handshake, .recognisedOnlyOver(.sip, transport: .udp), .anyKnownSignature(over: .tcp), .fanIn])
    }

    /// bootpc is the client's port: whichever order the ports come in, 67 is DHCP's server.
    @Test(arguments: [(UInt16(67), UInt16(68)), (68, 67)])
    func dhcpNamesBootpsTheServer(portA: UInt16, portB: UInt16) {
        let explanation = PortPairExplanation(portA: portA, portB: portB, transport: .udp)
        #expect(explanation.settlingEvidence == [
            .firstDatagram,
            .clientSignature(.dhcp, serverPort: 67, clientPort: 68),
            .serverSignature(.dhcp, serverPort: 67),
            .fanIn,
        ])
    }

    @Test func nbnsBetweenTwoPort137sMarksEachSender() {
        let explanation = PortPairExplanation(portA: 137, portB: 137, transport: .udp)
        #expect(explanation.settlingEvidence == [
            .firstDatagram,
            .signatureMarksSender(.nbns, role: .client),
            .signatureMarksSender(.nbns, role: .server),
            .fanIn,
        ])
    }

    @Test func mergedNamesChangeTheExplanation() throws {
        var registry = ServiceRegistry()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-explain-\(UUID().uuidString)").path
        try "socks 40001/tcp\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try registry.merge(contentsOf: path)
        let explanation = PortPairExplanation(portA: 40001, portB: 40002, transport: .tcp, registry: registry)
        #expect(explanation.portA.name == "socks")
        #expect(explanation.hintsA == [.socks])
    }
}

@Suite struct SignatureHintTests {
    @Test func hintsFollowRegistryNames() {
        #expect(SignatureHint.hints(forService: "https") == [.tls, .quic])
        #expect(SignatureHint.hints(forService: "imaps") == [.tls])
        #expect(SignatureHint.hints(forService: "pcsync-https") == [.tls])
        #expect(SignatureHint.hints(forService: "http-alt") == [.http])
        #expect(SignatureHint.hints(forService: "mdns") == [.dns])
        #expect(SignatureHint.hints(forService: "ica").first?.serverSpeaksFirst == true)
        #expect(SignatureHint.hints(forService: "x11").isEmpty)
    }

    @Test func hintsFollowTheTransportTheClassifierReads() {
        #expect(SignatureHint.hints(forService: "ircu", transport: .tcp) == [.irc])
        #expect(SignatureHint.hints(forService: "rtsp-alt", transport: .tcp) == [.rtsp])
        #expect(SignatureHint.hints(forService: "rtsps", transport: .tcp) == [.tls])
        #expect(SignatureHint.hints(forService: "sips", transport: .tcp) == [.tls])
        #expect(SignatureHint.hints(forService: "sip", transport: .tcp).isEmpty)
        #expect(SignatureHint.hints(forService: "stun", transport: .udp) == [.stun])
        // STUN over TLS on TCP, over DTLS on UDP.
        #expect(SignatureHint.hints(forService: "stuns", transport: .tcp) == [.tls])
        #expect(SignatureHint.hints(forService: "stuns", transport: .udp) == [.dtls])
        #expect(SignatureHint.hints(forService: "babel-dtls", transport: .udp) == [.dtls])
        // 443/udp is QUIC's (HTTP/3).
        #expect(SignatureHint.hints(forService: "https", transport: .udp) == [.quic])
        #expect(SignatureHint.hints(forService: "domain", transport: .tcp) == [.dns])
        // Cisco's serial tunnel ports, not STUN; bootpc is DHCP's client port.
        #expect(SignatureHint.hints(forService: "stun-p1").isEmpty)
        #expect(SignatureHint.hints(forService: "bootpc").isEmpty)
    }
}
