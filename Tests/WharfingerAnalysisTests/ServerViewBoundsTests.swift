import Testing
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

/// The servers view and the unexpected services: bounded tables that count every
/// conversation, list what they kept and say how much they did not.
@Suite("Servers view and unexpected services: bounds")
struct ServerViewBoundsTests {
    /// An HTTP exchange (SYN, SYN-ACK, request, response) from `client` to `server`.
    static func http(_ c: TestCapture, _ client: String, _ server: String) {
        c.tcp(client, server, .syn, seq: 1)
        c.tcp(server, client, [.syn, .ack], seq: 100, ack: 2)
        c.tcp(client, server, [.psh, .ack], seq: 2, ack: 101, payload: Payloads.httpGet)
        c.tcp(server, client, [.psh, .ack], seq: 101, ack: 2 + UInt32(Payloads.httpGet.count), payload: Payloads.httpOK)
    }

    @Test("hosts beyond maxServerHosts are counted, not kept; group addresses and refused connections serve nothing")
    func serverHostBound() throws {
        var configuration = AnalysisConfiguration()
        configuration.maxServerHosts = 2
        let c = TestCapture(configuration)
        for (i, server) in ["10.9.9.1", "10.9.9.2", "10.9.9.3"].enumerated() {
            for client in 1...(3 - i) {
                c.udp("10.0.0.\(client):\(50000 + i)", "\(server):53", payload: Payloads.dns(response: false))
                c.udp("\(server):53", "10.0.0.\(client):\(50000 + i)", payload: Payloads.dns(response: true))
            }
        }
        c.udp("10.0.0.1:5353", "224.0.0.251:5353", payload: Payloads.dns(response: false))
        c.udp("10.0.0.1:68", "255.255.255.255:67", payload: Payloads.opaque)
        c.udp("[fe80::1]:546", "[ff02::1:2]:547", payload: Payloads.opaque)
        c.tcp("10.0.0.1:40000", "10.9.9.1:9", .syn, seq: 1)
        c.tcp("10.9.9.1:9", "10.0.0.1:40000", [.rst, .ack], seq: 0, ack: 2)
        let mid = c.snapshot().serverHosts
        let report = c.finish()
        let view = report.serverHosts
        for snapshot in [mid, view] {
            #expect(snapshot.hosts.map(\.address.description) == ["10.9.9.1", "10.9.9.2"])
            #expect(snapshot.hosts.map(\.clients) == [3, 2])
            #expect(snapshot.hosts.map(\.flows) == [3, 2])
            #expect(snapshot.notKeptFlows == 1)
            #expect(snapshot.groupConversations == 3)
            #expect(snapshot.unansweredConnections == 1)
        }
        // Every conversation is somewhere.
        let listed = view.hosts.reduce(0) { $0 + $1.flows }
        #expect(listed + view.notKeptFlows + view.groupConversations + view.unansweredConnections == UInt64(report.flowCount))
        let first = try #require(view.hosts.first)
        #expect(first.services.map(\.port) == [53])
        #expect(first.services.first?.detectedProtocol == "domain")
        #expect(first.basis == .payload)
        #expect(first.toServer.packets == 3 && first.toClient.packets == 3)
    }

    @Test("every unexpected conversation is counted; groups beyond maxUnexpectedServices are not kept")
    func unexpectedBound() throws {
        var configuration = AnalysisConfiguration()
        configuration.maxUnexpectedServices = 2
        let c = TestCapture(configuration)
        for i in 1...3 { Self.http(c, "10.0.0.\(i):41000", "10.9.9.1:9099") }
        Self.http(c, "10.0.0.1:41001", "10.9.9.2:9099")
        Self.http(c, "10.0.0.1:41002", "10.9.9.3:9099")
        Self.http(c, "10.0.0.1:41003", "10.9.9.3:80")  // http where it belongs
        let report = c.finish()
        let view = report.unexpected
        #expect(view.flows == 5)
        #expect(view.services.map(\.server.description) == ["10.9.9.1:9099", "10.9.9.2:9099"])
        #expect(view.services.map(\.flows) == [3, 1])
        #expect(view.services.allSatisfy { $0.detectedProtocol == "http" && $0.transport == .tcp })
        #expect(view.notKeptFlows == 1)
        #expect(UInt64(report.flows.filter(\.detectedProtocolUnexpected).count) == view.flows)
    }
}
