import Foundation
import Testing
import WharfingerCapture
import WharfingerWire

/// The corpus captures of the link types past Ethernet and Linux cooked (802.11,
/// radiotap, PPI, Cisco HDLC, PPP, NFLOG, IPoIB, ARCnet), read as `wharfinger read` reads them
/// and decoded frame by frame. The expected outcomes are what tshark dissects in the same frames.
@Suite(.enabled(if: Paths.corpusPresent, "../shared/corpus is not beside the repo"))
struct LinkTypeCorpusTests {
    static let ndpiCorpus = Paths.shared.appendingPathComponent("corpus/ndpi/files")

    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var linkType: Int32
        var tcp = 0, udp = 0, otherTransport = 0, notIP = 0, encrypted = 0
        var description: String { file }
    }

    static func decode(_ path: String) throws -> (LinkType?, [DecodedFrame]) {
        do {
            let sink = try DecodingSink.read(path)
            return (sink.linkType, sink.frames)
        } catch .unsupportedLinkType(_, let linkType, _) {
            return (LinkType(rawValue: linkType), [])
        }
    }

    static func check(_ path: String, _ expected: Expected) throws {
        let (type, frames) = try decode(path)
        #expect(type?.rawValue == expected.linkType)
        var counts = OutcomeCounts()
        for frame in frames { counts.add(frame.outcome) }
        #expect(counts[.tcp] == UInt64(expected.tcp))
        #expect(counts[.udp] == UInt64(expected.udp))
        #expect(counts[.otherTransport] == UInt64(expected.otherTransport))
        #expect(counts[.notIP] == UInt64(expected.notIP))
        #expect(counts[.encrypted] == UInt64(expected.encrypted))
        #expect(counts.total == UInt64(expected.tcp + expected.udp + expected.otherTransport
                                       + expected.notIP + expected.encrypted))
    }

    @Test(arguments: [
        Expected(file: "arcnet-rfc1051-arp-icmp-http.pcap", linkType: 129, tcp: 14, udp: 4, otherTransport: 4, notIP: 4),
        Expected(file: "arcnet-rfc1201-arp-icmp-http.pcap", linkType: 129, tcp: 14, udp: 4, otherTransport: 4, notIP: 4),
        Expected(file: "nflog.pcap", linkType: 239, udp: 4),
        Expected(file: "ipoib.pcap", linkType: 242, tcp: 20, otherTransport: 6, notIP: 4),
        Expected(file: "HDLC.pcap", linkType: 104, otherTransport: 10, notIP: 28),
        Expected(file: "chdlc-slarp.pcap", linkType: 104, notIP: 1),
        Expected(file: "ieee802.11_htc.pcap", linkType: 127, udp: 1),
        Expected(file: "ieee802.11_rx-stbc.pcap", linkType: 127, encrypted: 3),
        // PPP, with MPLS inside on 8 and 9 of these frames.
        Expected(file: "lspping-fec-ldp.pcap", linkType: 9, tcp: 3, udp: 10),
        Expected(file: "mpls-traceroute.pcap", linkType: 9, udp: 9, otherTransport: 9),
    ])
    func tcpdumpCorpusFile(_ expected: Expected) throws {
        try Self.check(Paths.corpus.appendingPathComponent(expected.file).path, expected)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: ndpiCorpus.path), "no nDPI corpus"),
          arguments: [
              Expected(file: "BGP_redist.pcap", linkType: 104, tcp: 2),
              Expected(file: "someip_sd_sample.pcap", linkType: 192, udp: 6),
              Expected(file: "dlt_ppp.pcap", linkType: 9, udp: 1),
              // Cisco HDLC frames under LINKTYPE_PPP, as tshark reads them.
              Expected(file: "BGP_Cisco_hdlc_slarp.pcap", linkType: 9, tcp: 14),
          ])
    func ndpiCorpusFile(_ expected: Expected) throws {
        try Self.check(Self.ndpiCorpus.appendingPathComponent(expected.file).path, expected)
    }

    /// Single frames, with the addresses and ports tshark shows for them.
    @Test func framesDecodeToTheirEndpoints() throws {
        let (_, nflog) = try Self.decode(Paths.corpus.appendingPathComponent("nflog.pcap").path)
        #expect(nflog.first?.packet.source.ip.description == "74.82.42.42")
        #expect(nflog.first?.packet.source.port == 53 && nflog.first?.packet.destination.port == 42585)

        let (_, ipoib) = try Self.decode(Paths.corpus.appendingPathComponent("ipoib.pcap").path)
        #expect(ipoib.count > 9 && ipoib[8].packet.source.ip.description == "192.168.56.10")
        #expect(ipoib.count > 9 && ipoib[8].packet.source.port == 34170 && ipoib[8].packet.destination.port == 22)

        let (_, rfc1201) = try Self.decode(Paths.corpus.appendingPathComponent("arcnet-rfc1201-arp-icmp-http.pcap").path)
        #expect(rfc1201.count > 12 && rfc1201[12].packet.source.port == 1027 && rfc1201[12].packet.destination.port == 80)

        let (_, rfc1051) = try Self.decode(Paths.corpus.appendingPathComponent("arcnet-rfc1051-arp-icmp-http.pcap").path)
        #expect(rfc1051.count > 6 && rfc1051[6].outcome == .udp && rfc1051[6].packet.destination.port == 53)

        let (_, htc) = try Self.decode(Paths.corpus.appendingPathComponent("ieee802.11_htc.pcap").path)
        #expect(htc.first?.packet.source.ip.description == "0.0.0.0")
        #expect(htc.first?.packet.source.port == 68 && htc.first?.packet.destination.port == 67)
    }
}
