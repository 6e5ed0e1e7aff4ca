import Testing
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

/// A multicast group or the broadcast address only receives: it is named the responder by
/// a fact of its own (unless a payload names the other side: then the two tie), is no server
/// in the tallies, and stays out of fan-in and endpoint memory.
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
            #expect(!flow.facts.contains { $0.kind == .fanIn || $0.kind == .knownServer })
        }
        let service = try #require(report.service(.udp, 62976))
        #expect(service.flows == 4 && service.clients == 4)
        #expect(service.servers == 0)
        let group = EndpointKey(endpoint("255.255.255.255:62976"), transport: .udp)
        #expect(c.analyzer.fanIn.peerCount(group) == 0)
        #expect(!c.analyzer.knownServers.contains(group, asking: 0))
    }

    /// A request sent to a group (an SSDP M-SEARCH): the group is the responder, its payload
    /// fact and the group fact agree.
    @Test func aRequestToAGroupNamesTheGroup() throws {
        let c = TestCapture()
        c.udp("10.0.0.5:53124", "239.255.255.250:1900", payload: Array("M-SEARCH * HTTP/1.1\r\n\r\n".utf8))
        let report = c.finish()
        let flow = try #require(report.flow("10.0.0.5:53124", "239.255.255.250:1900"))
        #expect(flow.server == endpoint("239.255.255.250:1900"))
        #expect(report.service(.udp, 1900)?.servers == 0)
    }

    /// A DHCP server's reply broadcast to 255.255.255.255:68 (as in 1kxun.pcap): the reply
    /// names the sender the server and ties with the group fact, so DHCP's port pair decides
    /// and the DHCP server stays the server (tshark's dissection agrees).
    @Test func aReplyBroadcastKeepsItsServer() throws {
        var reply = [UInt8](repeating: 0, count: 240)
        reply[0] = 2; reply[1] = 1; reply[2] = 6
        reply[236] = 0x63; reply[237] = 0x82; reply[238] = 0x53; reply[239] = 0x63
        let c = TestCapture()
        c.udp("192.168.119.1:67", "255.255.255.255:68", payload: reply)
        let report = c.finish()
        let flow = try #require(report.flow("192.168.119.1:67", "255.255.255.255:68"))
        #expect(flow.server == endpoint("192.168.119.1:67"))
        #expect(flow.facts.contains { $0.kind == .groupAddress && !$0.supports })
        #expect(report.service(.udp, 68) == nil)
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
        #expect(!flow.facts.contains { $0.kind == .groupAddress })
    }
}
