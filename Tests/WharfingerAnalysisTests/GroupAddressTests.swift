import Testing
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

/// A multicast group or the broadcast address only receives: it is named the responder by
/// a fact of its own, is no server in the tallies, and stays out of fan-in and endpoint memory.
@Suite struct GroupAddressTests {
    @Test(arguments: ["224.0.0.251", "239.255.255.250", "255.255.255.255", "ff02::1", "ff05::1:3"])
    func groupAddresses(text: String) {
        #expect(IPAddress(text)!.isGroup)
    }

    @Test(arguments: ["10.0.0.1", "192.168.255.255", "223.255.255.255", "240.0.0.1", "0.0.0.0", "fe80::1", "2001:db8::ff"])
    func unicastAddresses(text: String) {
        #expect(!IPAddress(text)!.isGroup)
    }

    /// As in 1kxun.pcap: four hosts broadcast to port 62976 from port 62976.
    @Test func broadcastIsTheResponderNotAFanInServer() throws {
        let c = TestCapture()
        for host in 1...4 {
            c.udp("192.168.5.\(host):62976", "255.255.255.255:62976", payload: Payloads.opaque)
        }
        let report = c.finish()
        for host in 1...4 {
            let flow = try #require(report.flow("192.168.5.\(host):62976", "255.255.255.255:62976"))
            #expect(flow.server == endpoint("255.255.255.255:62976"))
            #expect(flow.basis == .groupAddress)
            #expect(flow.leadsWith(.groupAddress(endpoint("255.255.255.255:62976"))))
            #expect(!flow.evidence.contains { $0.kind == .fanIn || $0.kind == .knownServer })
        }
        let service = try #require(report.service(.udp, 62976))
        #expect(service.flows == 4 && service.clients == 4)
        #expect(service.servers == 0)
        let group = EndpointKey(endpoint("255.255.255.255:62976"), transport: .udp)
        #expect(c.analyzer.fanIn.peerCount(group) == 0)
        #expect(!c.analyzer.knownServers.contains(group, asking: 0))
    }

    /// An mDNS answer multicast by the host that answers: the group is still the responder.
    @Test func groupOutweighsAPayloadAnswerSentToIt() throws {
        let c = TestCapture()
        c.udp("10.0.0.5:5353", "224.0.0.251:5353", payload: Payloads.dns(response: true))
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.5:5353", "224.0.0.251:5353"))
        #expect(flow.server == endpoint("224.0.0.251:5353"))
        #expect(flow.basis == .groupAddress)
        #expect(flow.evidence.contains { $0.kind == .payloadMessage && !$0.supports })
        #expect(report.service(.udp, 5353)?.servers == 0)
    }

    /// A host that sends to many groups gains no fan-in, so its own unicast conversations
    /// are not read as served by it.
    @Test func sendingToGroupsMakesNoFanIn() {
        let c = TestCapture()
        for group in 1...5 {
            c.udp("[fe80::5]:546", "[ff02::1:\(group)]:547", payload: Payloads.opaque)
        }
        _ = c.finish()
        #expect(c.analyzer.fanIn.peerCount(EndpointKey(endpoint("[fe80::5]:546"), transport: .udp)) == 0)
    }
}

/// A group address that sends is no real group (an anonymised capture's random addresses):
/// no group fact names it.
@Suite struct GroupAddressThatSendsTests {
    @Test func aSendingGroupGetsNoGroupFact() throws {
        let c = TestCapture()
        c.udp("225.110.130.102:44066", "10.0.0.5:19000", payload: Payloads.opaque)
        let report = c.finish()
        let flow = try #require(report.flow("225.110.130.102:44066", "10.0.0.5:19000"))
        #expect(flow.basis != .groupAddress)
        #expect(!flow.evidence.contains { $0.kind == .groupAddress })
    }
}
