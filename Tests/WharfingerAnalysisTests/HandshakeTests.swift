import Testing
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

@Suite("TCP handshakes")
struct HandshakeTests {
    @Test("full handshake, data, FIN exchange")
    func fullHandshake() throws {
        let c = TestCapture()
        c.tcp("10.0.0.1:51514", "10.0.0.2:443", .syn, seq: 100)
        c.tcp("10.0.0.2:443", "10.0.0.1:51514", [.syn, .ack], seq: 900, ack: 101)
        c.tcp("10.0.0.1:51514", "10.0.0.2:443", .ack, seq: 101, ack: 901)
        c.tcp("10.0.0.1:51514", "10.0.0.2:443", [.psh, .ack], seq: 101, ack: 901, payload: Payloads.opaque)
        c.tcp("10.0.0.2:443", "10.0.0.1:51514", [.psh, .ack], seq: 901, ack: 113, payload: Payloads.opaque2)
        c.tcp("10.0.0.1:51514", "10.0.0.2:443", [.fin, .ack], seq: 113, ack: 909)
        c.tcp("10.0.0.2:443", "10.0.0.1:51514", [.fin, .ack], seq: 909, ack: 114)
        c.tcp("10.0.0.1:51514", "10.0.0.2:443", .ack, seq: 114, ack: 910)
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.1:51514", "10.0.0.2:443"))
        #expect(flow.client == TestCapture.endpoint("10.0.0.1:51514"))
        #expect(flow.server == TestCapture.endpoint("10.0.0.2:443"))
        #expect(flow.basis == .handshake)
        #expect(flow.confidence >= 0.99)
        #expect(flow.leadsWith(.syn(from: endpoint("10.0.0.1:51514"), count: 1)))
        #expect(flow.shows(.synAck(from: endpoint("10.0.0.2:443"))))
        #expect(flow.ending == .fin)
        #expect(flow.toServer.packets == 5)
        #expect(flow.toClient.packets == 3)
        #expect(flow.toServer.payloadBytes == UInt64(Payloads.opaque.count))
        #expect(flow.toClient.payloadBytes == UInt64(Payloads.opaque2.count))
        #expect(flow.toServer.bytes == 5 * 54 + UInt64(Payloads.opaque.count))
        let tally = try #require(report.service(.tcp, 443))
        #expect(tally.flows == 1 && tally.clients == 1 && tally.servers == 1 && tally.weakFlows == 0)
        #expect(tally.toServer == flow.toServer && tally.toClient == flow.toClient)
        #expect(report.services.count == 1)
        #expect(report.weakVerdictFlows == 0)
    }

    @Test("a retransmitted SYN, then answered, is one connection")
    func retransmittedSyn() throws {
        let c = TestCapture()
        c.tcp("10.0.0.1:40000", "10.0.0.2:8080", .syn, seq: 7)
        c.tcp("10.0.0.1:40000", "10.0.0.2:8080", .syn, seq: 7, after: 1)
        c.tcp("10.0.0.1:40000", "10.0.0.2:8080", .syn, seq: 7, after: 2)
        c.tcp("10.0.0.2:8080", "10.0.0.1:40000", [.syn, .ack], seq: 70, ack: 8)
        c.tcp("10.0.0.1:40000", "10.0.0.2:8080", .ack, seq: 8, ack: 71)
        let report = c.finish()
        #expect(report.flowCount == 1)
        let flow = try #require(report.flow("10.0.0.1:40000", "10.0.0.2:8080"))
        #expect(flow.client.port == 40000)
        #expect(flow.basis == .handshake)
        #expect(flow.shows(.syn(from: endpoint("10.0.0.1:40000"), count: 3)))
        #expect(flow.toServer.packets == 4)
        #expect(flow.ending == .endOfCapture)
    }

    @Test("a SYN never answered")
    func synUnanswered() throws {
        let c = TestCapture()
        c.tcp("10.0.0.1:40001", "10.0.0.9:22", .syn, seq: 1)
        c.tcp("10.0.0.1:40001", "10.0.0.9:22", .syn, seq: 1, after: 1)
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.1:40001", "10.0.0.9:22"))
        #expect(flow.client == TestCapture.endpoint("10.0.0.1:40001"))
        #expect(flow.basis == .handshake)
        #expect(flow.ending == .synUnanswered)
        #expect(flow.shows(.synUnanswered))
        #expect(flow.toClient.packets == 0)
        // It reached no service: tallied as an unanswered probe, not under ssh.
        #expect(report.service(.tcp, 22) == nil)
        #expect(report.unansweredProbes.map(\.transport) == [.tcp])
        #expect(report.unansweredProbes.first?.flows == 1)
        #expect(report.unansweredProbes.first?.sent.packets == 2)
    }

    @Test("a SYN answered by RST: the prober is the client, the connection rejected")
    func synRejected() throws {
        let c = TestCapture()
        c.tcp("10.0.0.66:61000", "10.0.0.9:3389", .syn, seq: 5000)
        c.tcp("10.0.0.9:3389", "10.0.0.66:61000", [.rst, .ack], seq: 0, ack: 5001)
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.66:61000", "10.0.0.9:3389"))
        #expect(flow.client.port == 61000)
        #expect(flow.server.port == 3389)
        #expect(flow.basis == .handshake)
        #expect(flow.ending == .rejected)
        #expect(flow.shows(.rejected(by: endpoint("10.0.0.9:3389"))))
    }

    @Test("only the SYN-ACK, then data: its sender is the server")
    func synAckOnly() throws {
        let c = TestCapture()
        // Server on the higher, unregistered-looking port: the SYN-ACK must beat the port evidence.
        c.tcp("10.1.0.2:50123", "10.1.0.1:2049", [.syn, .ack], seq: 10, ack: 99)
        c.tcp("10.1.0.1:2049", "10.1.0.2:50123", .ack, seq: 99, ack: 11)
        c.tcp("10.1.0.1:2049", "10.1.0.2:50123", [.psh, .ack], seq: 99, ack: 11, payload: Payloads.opaque)
        c.tcp("10.1.0.2:50123", "10.1.0.1:2049", [.psh, .ack], seq: 11, ack: 111, payload: Payloads.opaque2)
        let report = c.finish()
        let flow = try #require(report.flow("10.1.0.2:50123", "10.1.0.1:2049"))
        #expect(flow.server == TestCapture.endpoint("10.1.0.2:50123"))
        #expect(flow.basis == .synAck)
        #expect(flow.confidence == 0.95)
        #expect(flow.leadsWith(.synAck(from: endpoint("10.1.0.2:50123"))))
        #expect(report.service(.tcp, 50123)?.flows == 1)
        #expect(report.service(.tcp, 2049) == nil)
    }

    @Test("a SYN-ACK captured before its SYN does not fool the verdict")
    func reorderedSynAck() throws {
        let c = TestCapture()
        c.tcp("10.0.0.2:80", "10.0.0.1:52000", [.syn, .ack], seq: 3000, ack: 401)
        c.tcp("10.0.0.1:52000", "10.0.0.2:80", .syn, seq: 400)
        c.tcp("10.0.0.1:52000", "10.0.0.2:80", .ack, seq: 401, ack: 3001)
        c.tcp("10.0.0.1:52000", "10.0.0.2:80", [.psh, .ack], seq: 401, ack: 3001, payload: Payloads.httpGet)
        let report = c.finish()
        #expect(report.flowCount == 1)
        let flow = try #require(report.flow("10.0.0.1:52000", "10.0.0.2:80"))
        #expect(flow.client.port == 52000)
        #expect(flow.basis == .handshake)
        #expect(flow.shows(.synAckBeforeSyn))
        #expect(flow.toServer.packets == 3 && flow.toClient.packets == 1)
    }

    @Test("a SYN-ACK with an unrelated ack and a later SYN are two connections")
    func unrelatedSynAckThenSyn() throws {
        let c = TestCapture()
        c.tcp("10.0.0.2:80", "10.0.0.1:52000", [.syn, .ack], seq: 3000, ack: 12345)
        c.tcp("10.0.0.1:52000", "10.0.0.2:80", .syn, seq: 400)
        let report = c.finish()
        #expect(report.flowCount == 2)
        #expect(report.flows.map(\.basis).sorted { $0.rawValue < $1.rawValue } == [.handshake, .synAck])
        #expect(report.flows.allSatisfy { $0.server.port == 80 })
    }

    @Test("simultaneous open is called so, and the other evidence picks the roles")
    func simultaneousOpen() throws {
        let c = TestCapture()
        c.tcp("10.0.0.1:50500", "10.0.0.2:7000", .syn, seq: 100)
        c.tcp("10.0.0.2:7000", "10.0.0.1:50500", .syn, seq: 900)
        c.tcp("10.0.0.1:50500", "10.0.0.2:7000", [.syn, .ack], seq: 100, ack: 901)
        c.tcp("10.0.0.2:7000", "10.0.0.1:50500", [.syn, .ack], seq: 900, ack: 101)
        let report = c.finish()
        #expect(report.flowCount == 1)
        let flow = try #require(report.flow("10.0.0.1:50500", "10.0.0.2:7000"))
        #expect(flow.basis == .simultaneous)
        #expect(flow.leadsWith(.simultaneousOpen(first: endpoint("10.0.0.1:50500"), second: endpoint("10.0.0.2:7000"))))
        // 50500 is in the IANA dynamic range, 7000 is not: 7000 serves.
        #expect(flow.server.port == 7000)
        #expect(flow.showsPort(.ephemeralPort, server: 7000, other: 50500, range: .iana))
    }

    @Test("the same four-tuple reused with roles swapped is a new connection")
    func reusedWithRolesSwapped() throws {
        let c = TestCapture()
        c.tcp("10.0.0.1:5000", "10.0.0.2:6000", .syn, seq: 1)
        c.tcp("10.0.0.2:6000", "10.0.0.1:5000", [.syn, .ack], seq: 50, ack: 2)
        c.tcp("10.0.0.1:5000", "10.0.0.2:6000", [.fin, .ack], seq: 2, ack: 51)
        c.tcp("10.0.0.2:6000", "10.0.0.1:5000", [.fin, .ack], seq: 51, ack: 3)
        c.tcp("10.0.0.1:5000", "10.0.0.2:6000", .ack, seq: 3, ack: 52)
        c.tcp("10.0.0.2:6000", "10.0.0.1:5000", .syn, seq: 7000, after: 2)
        c.tcp("10.0.0.1:5000", "10.0.0.2:6000", [.syn, .ack], seq: 8000, ack: 7001)
        c.tcp("10.0.0.2:6000", "10.0.0.1:5000", .ack, seq: 7001, ack: 8001)
        let report = c.finish()
        #expect(report.flowCount == 2)
        let ordered = report.flows.sorted { $0.first < $1.first }
        #expect(ordered[0].client == TestCapture.endpoint("10.0.0.1:5000"))
        #expect(ordered[0].ending == .fin)
        #expect(ordered[0].toServer.packets == 3 && ordered[0].toClient.packets == 2)
        #expect(ordered[1].client == TestCapture.endpoint("10.0.0.2:6000"))
        #expect(ordered[1].basis == .handshake)
        #expect(ordered[1].toServer.packets == 2 && ordered[1].toClient.packets == 1)
        #expect(report.service(.tcp, 6000)?.flows == 1)
        #expect(report.service(.tcp, 5000)?.flows == 1)
    }

    @Test("a SYN with a new ISN starts a new connection; the unanswered one ends")
    func newIsn() throws {
        let c = TestCapture()
        c.tcp("10.0.0.1:45000", "10.0.0.2:25", .syn, seq: 10)
        c.tcp("10.0.0.1:45000", "10.0.0.2:25", .syn, seq: 99999, after: 1)
        c.tcp("10.0.0.2:25", "10.0.0.1:45000", [.syn, .ack], seq: 5, ack: 100000)
        let report = c.finish()
        #expect(report.flowCount == 2)
        let endings = report.flows.sorted { $0.first < $1.first }.map(\.ending)
        #expect(endings == [.synUnanswered, .endOfCapture])
    }

    @Test("RST ends a connection; a stray ACK after it stays with it")
    func rstEnds() throws {
        let c = TestCapture()
        c.tcp("10.0.0.1:45001", "10.0.0.2:443", .syn, seq: 10)
        c.tcp("10.0.0.2:443", "10.0.0.1:45001", [.syn, .ack], seq: 5, ack: 11)
        c.tcp("10.0.0.1:45001", "10.0.0.2:443", [.rst, .ack], seq: 11, ack: 6)
        c.tcp("10.0.0.2:443", "10.0.0.1:45001", .ack, seq: 6, ack: 11)
        let report = c.finish()
        #expect(report.flowCount == 1)
        #expect(report.flows.first?.ending == .rst)
    }
}
