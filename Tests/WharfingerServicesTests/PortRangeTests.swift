import WharfingerWire
import Testing
import WharfingerServices

@Suite struct PortRangeTests {
    @Test func ianaRanges() {
        #expect(PortRange(0) == .wellKnown)
        #expect(PortRange(1023) == .wellKnown)
        #expect(PortRange(1024) == .registered)
        #expect(PortRange(49151) == .registered)
        #expect(PortRange(49152) == .dynamic)
        #expect(PortRange(65535) == .dynamic)
        #expect(PortRange.registered.contains(8080) && !PortRange.registered.contains(80))
    }

    @Test func ephemeralMembership() {
        #expect(EphemeralRange.containing(80) == [])
        #expect(EphemeralRange.containing(1494) == [.oldStacks])
        #expect(EphemeralRange.containing(40000) == [.linux])
        #expect(EphemeralRange.containing(51515) == [.iana, .linux])
        #expect(EphemeralRange.containing(61000) == [.iana])
        #expect(EphemeralRange.containing(5000) == [])
    }

    @Test func transportNames() {
        #expect(TransportProtocol(name: "TCP") == .tcp)
        #expect(TransportProtocol(name: "udp") == .udp)
        #expect(TransportProtocol(name: "sctp") == nil)
        #expect(TransportProtocol.udp.name == "udp")
    }
}
