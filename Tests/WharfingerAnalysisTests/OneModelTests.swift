import Testing
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

/// `read` and `explain` weigh the same port facts with the same weights.
@Suite("One model for read and explain")
struct OneModelTests {
    static let pairs: [(UInt16, UInt16, TransportProtocol)] = [
        (40000, 51820, .udp), (1080, 1494, .tcp), (1026, 3306, .tcp), (8080, 3306, .tcp),
        (51515, 80, .tcp), (5060, 5061, .udp), (40001, 40002, .tcp), (33000, 22, .tcp),
    ]

    @Test("a flow with nothing but its ports shows explain's port facts, and its verdict adds only who sent first",
          arguments: pairs.indices)
    func readAgreesWithExplain(_ index: Int) throws {
        let (pa, pb, transport) = Self.pairs[index]
        let c = TestCapture()
        let a = "10.0.0.1:\(pa)", b = "10.0.0.2:\(pb)"
        if transport == .udp {
            c.udp(a, b, payload: Payloads.opaque)
            c.udp(b, a, payload: Payloads.opaque)
        } else {
            c.tcp(a, b, [.psh, .ack], seq: 1, ack: 1, payload: Payloads.opaque)
            c.tcp(b, a, [.psh, .ack], seq: 1, ack: 13, payload: Payloads.opaque)
        }
        let flow = try #require(c.finish().flow(a, b))
        let explanation = PortPairExplanation(portA: pa, portB: pb, transport: transport)

        // The record lists facts strongest first; explain in the order they are found.
        let portFacts = flow.facts.compactMap { fact in
            fact.kind.flatMap { $0.category == .ports ? "\($0.name) \(fact.server.port)" : nil }
        }
        #expect(portFacts.sorted() == explanation.facts.map { "\($0.kind.name) \($0.serverPort)" }.sorted())
        #expect(flow.facts.compactMap(\.kind).filter { $0.category != .ports } == [.firstSender])

        // The verdict is the explanation's log-odds plus the first sender's weight for b.
        var score = explanation.score
        score.add(.firstSender, serverIsA: false)
        let expectedServer = score.serverIsA.map { $0 ? pa : pb }
        #expect(flow.server.port == expectedServer)
        #expect(abs(flow.confidence - min(score.confidence, 0.99)) < 1e-9)
    }
}
