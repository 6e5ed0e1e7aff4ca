import Testing
import WharfingerServices
import WharfingerWire
@testable import WharfingerAnalysis

/// A detected protocol on a port the registry gives another name of the same protocol is
/// not unexpected: RTSP on rtsp-alt (8554) and rtsps (322), IRC on ircu (6665-6669) and
/// ircs-u (6697). Off them it still is (IRC on irdmi's 8000, as in nDPI's irc.pcap).
@Suite struct HomePortsTests {
    let homes = HomePorts(registry: ServiceRegistry())

    @Test func rtspOnItsOtherPorts() {
        #expect(!homes.isUnexpected(.rtspRequest, port: 554, transport: .tcp))
        #expect(!homes.isUnexpected(.rtspRequest, port: 8554, transport: .tcp))
        #expect(!homes.isUnexpected(.rtspStatus, port: 322, transport: .tcp))
        #expect(homes.isUnexpected(.rtspStatus, port: 8080, transport: .tcp))
    }

    @Test func ircOnItsOtherPorts() {
        #expect(!homes.isUnexpected(.ircRegistration, port: 194, transport: .tcp))
        #expect(!homes.isUnexpected(.ircRegistration, port: 6667, transport: .tcp))
        #expect(!homes.isUnexpected(.ircServerMessage, port: 6697, transport: .tcp))
        #expect(homes.isUnexpected(.ircServerMessage, port: 8000, transport: .tcp))
    }

    /// QUIC has no registry name: its home is https's UDP port, and DNS over QUIC's domain-s.
    /// RADIUS keeps its first ports, 1645 and 1646, which IANA gave to others.
    @Test func quicAndRADIUSHomes() {
        #expect(!homes.isUnexpected(.quicPacket, port: 443, transport: .udp))
        #expect(!homes.isUnexpected(.quicPacket, port: 853, transport: .udp))
        #expect(homes.isUnexpected(.quicPacket, port: 4443, transport: .udp))
        #expect(!homes.isUnexpected(.radiusRequest, port: 1813, transport: .udp))
        #expect(!homes.isUnexpected(.radiusRequest, port: 1645, transport: .udp))
        #expect(homes.isUnexpected(.radiusResponse, port: 1700, transport: .udp))
    }
}
