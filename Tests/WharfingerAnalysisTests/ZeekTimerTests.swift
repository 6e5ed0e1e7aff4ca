import Testing
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

/// Zeek's close and attempt timers end a TCP conversation in the flow table itself, for every
/// output, without the conn.log's exchange history (docs/conn-log.md, "Record boundaries").
@Suite("Zeek's close and attempt timers")
struct ZeekTimerTests {
    static let client = "10.0.0.1:51000", server = "10.0.0.2:80"

    func tcpFlows(_ report: AnalysisReport) -> [Conversation] {
        report.flows.filter { $0.transport == .tcp }.sorted { $0.first < $1.first }
    }

    @Test("a close completes when both sides have closed; a packet 5 s later begins a new conversation")
    func closeTimer() throws {
        let c = TestCapture()
        c.tcp(Self.client, Self.server, .syn, seq: 100)
        c.tcp(Self.server, Self.client, [.syn, .ack], seq: 500, ack: 101)
        c.tcp(Self.client, Self.server, .ack, seq: 101, ack: 501)
        c.tcp(Self.client, Self.server, [.fin, .ack], seq: 101, ack: 501, after: 1)
        // Only the client has closed: the server's data 6 s later is the same conversation.
        c.tcp(Self.server, Self.client, [.psh, .ack], seq: 501, ack: 102, payload: Payloads.opaque, after: 6)
        c.tcp(Self.server, Self.client, [.fin, .ack], seq: 513, ack: 102, after: 1)
        c.tcp(Self.client, Self.server, .ack, seq: 102, ack: 514, after: 4)
        // 5.5 s after the server's FIN completed the close: a conversation of its own.
        c.tcp(Self.client, Self.server, .ack, seq: 102, ack: 514, after: 1.5)
        let flows = tcpFlows(c.finish())
        #expect(flows.count == 2)
        #expect(flows.map { $0.toServer.packets + $0.toClient.packets } == [7, 1])
        // The late ACK has no handshake; it still names the server the connection had.
        #expect(flows.allSatisfy { $0.server.port == 80 }, "\(flows.map(\.basis))")
    }

    @Test("the later part learns its server from the earlier one: endpoint memory on the same four-tuple")
    func laterPartRemembersTheServer() throws {
        // Two ephemeral ports: the ports say little. The server's late ACK comes first in its
        // part, which alone would make it the client.
        let client = "10.0.0.1:40000", server = "10.0.0.2:45000"
        let c = TestCapture()
        c.tcp(client, server, .syn, seq: 100)
        c.tcp(server, client, [.syn, .ack], seq: 500, ack: 101)
        c.tcp(client, server, .ack, seq: 101, ack: 501)
        c.tcp(client, server, [.fin, .ack], seq: 101, ack: 501)
        c.tcp(server, client, [.fin, .ack], seq: 501, ack: 102)
        c.tcp(server, client, .ack, seq: 502, ack: 102, after: 6)
        let flows = tcpFlows(c.finish())
        #expect(flows.count == 2)
        #expect(flows.map(\.server.port) == [45000, 45000])
        #expect(flows.last?.basis == .endpointMemory)
    }

    @Test("an attempt the responder left unanswered for 5 s ends, though it sent bare ACKs")
    func attemptTimer() throws {
        let c = TestCapture()
        c.tcp(Self.client, Self.server, .syn, seq: 100)
        // A bare ACK (no SYN-ACK, no payload) leaves Zeek's responder inactive.
        c.tcp(Self.server, Self.client, .ack, seq: 900, ack: 77, after: 1)
        c.tcp(Self.client, Self.server, [.psh, .ack], seq: 101, ack: 1, payload: Payloads.httpGet, after: 5)
        let flows = tcpFlows(c.finish())
        #expect(flows.count == 2)
        #expect(flows.map(\.toServer.packets) == [1, 1])
        #expect(flows.allSatisfy { $0.server.port == 80 }, "\(flows.map(\.basis))")
    }

    @Test("an attempt whose responder sent payload, or whose client closed, is no attempt to end")
    func noAttemptTimer() throws {
        let answered = TestCapture()
        answered.tcp(Self.client, Self.server, .syn, seq: 100)
        answered.tcp(Self.server, Self.client, [.psh, .ack], seq: 900, ack: 101, payload: Payloads.opaque, after: 1)
        answered.tcp(Self.client, Self.server, [.psh, .ack], seq: 101, ack: 913, payload: Payloads.opaque, after: 5)
        #expect(tcpFlows(answered.finish()).count == 1)

        // The client's RST 1 s in, with its peer silent, completes the close: 5 s after it,
        // not 5 s after the SYN, a packet begins a new conversation.
        let reset = TestCapture()
        reset.tcp(Self.client, Self.server, .syn, seq: 100)
        reset.tcp(Self.client, Self.server, .rst, seq: 101, after: 1)
        reset.tcp(Self.client, Self.server, .ack, seq: 101, ack: 1, after: 4.5)
        reset.tcp(Self.client, Self.server, .ack, seq: 101, ack: 1, after: 1)
        #expect(tcpFlows(reset.finish()).map(\.toServer.packets) == [3, 1])
    }
}
