import Testing
import WharfingerWire

@testable import WharfingerServices

/// `CommonServicePorts.contains` answers from a bit per port: it must name exactly the
/// curated lists, port by port, for each transport.
@Suite struct CommonServicePortsTests {
    @Test func theBitsNameExactlyTheListedPorts() {
        for (transport, list) in [(TransportProtocol.tcp, CommonServicePorts.tcp), (.udp, CommonServicePorts.udp)] {
            let listed = Set(list)
            let wrong = (0...UInt16.max).filter { CommonServicePorts.contains($0, transport: transport) != listed.contains($0) }
            #expect(wrong.isEmpty, "\(transport): \(wrong.prefix(10))")
        }
    }
}
