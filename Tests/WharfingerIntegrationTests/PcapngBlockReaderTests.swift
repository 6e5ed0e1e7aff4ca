import Foundation
import Testing

/// pcapng files libpcap refuses, written byte by byte: two sections of opposite byte
/// order, interfaces with different link types, time resolutions and offsets, damaged
/// blocks. `wharfinger read` reads them with its pcapng block reader.
@Suite struct PcapngBlockReaderTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-pcapng-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func ndjson(_ text: String) -> [[String: Any]] {
        text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    func report(_ result: RunResult) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]) ?? [:]
    }

    /// Two sections, little- then big-endian, each with two interfaces of different link
    /// types (so libpcap refuses the file before its first frame): nanosecond, microsecond
    /// with an offset, and 2^-20 second clocks; a simple packet block and blocks the reader
    /// steps over.
    func twoSections() -> PcapngBuilder {
        var file = PcapngBuilder()
        file.section(bigEndian: false)
        file.interface(linkType: 1, snapLength: 65535, name: "eth0", tsresol: 9)
        file.interface(linkType: 101, snapLength: 256, name: "tun0", tsoffset: 100)
        file.otherBlock(type: 4, body: [0, 0, 0, 0])  // an empty Name Resolution Block
        file.packet(interface: 0, units: 1_795_219_200_123_456_789, data: SampleFrames.ethernetUDP)
        file.packet(interface: 1, units: 1_795_219_201_000_007, data: SampleFrames.ipv4UDP)
        file.section(bigEndian: true)
        file.interface(linkType: 228, snapLength: 0, tsresol: 0x80 | 20)
        file.interface(linkType: 1, snapLength: 65535, name: "eth1", tsresol: 9)
        file.otherBlock(type: 0x4000_0BAD, body: [1, 2, 3])  // a custom block
        file.packet(interface: 0, units: (1_795_219_202 << 20) + (1 << 19), data: SampleFrames.ipv4UDP)
        file.packet(interface: 1, units: 1_795_219_203_000_000_001, data: SampleFrames.ethernetUDP)
        file.simplePacket(data: SampleFrames.ipv4UDP)
        return file
    }

    @Test func sectionsOfBothByteOrdersReadWithEachInterfacesTime() throws {
        let file = path("two-sections.pcapng")
        try twoSections().write(to: file)
        let result = try wharfinger("read", file, "--packets", "--format", "ndjson")
        #expect(result.status == 0, "\(result.stderr)")
        let frames = ndjson(result.stdout)
        try #require(frames.count == 5)
        #expect(result.stdout.contains("\"ts\":1795219200.123456789,"))  // if_tsresol 9
        #expect(result.stdout.contains("\"ts\":1795219301.000007000,"))  // microseconds, if_tsoffset 100
        #expect(result.stdout.contains("\"ts\":1795219202.500000000,"))  // 2^-20 s, big-endian
        #expect(result.stdout.contains("\"ts\":1795219203.000000001,"))  // nanoseconds, big-endian
        #expect(result.stdout.contains("\"n\":5,\"ts\":0.000000000,"))  // a simple packet has no time
        #expect(frames.map { $0["interface"] as? Int } == [0, 1, 2, 3, 2])  // numbered across sections
        #expect(frames.map { $0["interface_name"] as? String } == ["eth0", "tun0", nil, "eth1", nil])
        #expect(frames.allSatisfy { $0["outcome"] as? String == "udp" && $0["dport"] as? Int == 53 })
        #expect(result.stderr.contains("interface 2: IPV4 (228), snap length 0, 2 frames"))
    }

    @Test func reportListsTheInterfaces() throws {
        let file = path("two-sections-report.pcapng")
        try twoSections().write(to: file)
        let result = try wharfinger("read", file, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = report(result)
        let interfaces = json["interfaces"] as? [[String: Any]] ?? []
        #expect(interfaces.map { $0["link_type"] as? String } == ["EN10MB", "RAW", "IPV4", "EN10MB"])
        #expect(interfaces.map { $0["frames"] as? Int } == [1, 1, 2, 1])
        #expect(interfaces.map { $0["name"] as? String } == ["eth0", "tun0", nil, "eth1"])
        #expect((json["frames"] as? [String: Any])?["udp"] as? Int == 5)
        let text = try wharfinger("read", file)
        #expect(text.stdout.contains("Interfaces (pcapng read without libpcap)\n  \(file) interface 0 (eth0): EN10MB (1), snap length 65535, 1 frames\n"))
    }

    /// Files libpcap reads keep their output: no interface fields, no interface section.
    @Test func filesLibpcapReadsNameNoInterface() throws {
        let result = try wharfinger("read", Paths.capture("http-ipv4.pcapng"), "--packets", "--format", "ndjson")
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\"interface\""))
        let report = try wharfinger("read", Paths.capture("http-ipv4.pcapng"), "--format", "json")
        #expect(!report.stdout.contains("\"interfaces\"") && !report.stdout.contains("unsupported-link"))
    }

    /// libpcap delivers the frames before the second interface, then refuses: the block
    /// reader passes over those and goes on.
    @Test func framesLibpcapDeliveredBeforeRefusingAreNotCountedTwice() throws {
        var file = PcapngBuilder()
        file.section(bigEndian: false)
        file.interface(linkType: 1, snapLength: 65535)
        file.packet(interface: 0, units: 1, data: SampleFrames.ethernetUDP)
        file.packet(interface: 0, units: 2, data: SampleFrames.ethernetUDP)
        file.interface(linkType: 101, snapLength: 128)
        file.packet(interface: 1, units: 3, data: SampleFrames.ipv4UDP)
        file.packet(interface: 0, units: 4, data: SampleFrames.ethernetUDP)
        let name = path("late-interface.pcapng")
        try file.write(to: name)
        let result = try wharfinger("read", name, "--packets", "--format", "ndjson")
        #expect(result.status == 0, "\(result.stderr)")
        let frames = ndjson(result.stdout)
        #expect(frames.map { $0["n"] as? Int } == [1, 2, 3, 4])
        #expect(frames.map { $0["interface"] as? Int } == [nil, nil, 1, 0])
        #expect(result.stderr.contains("interface 0: EN10MB (1), snap length 65535, 3 frames"))
        let filtered = try wharfinger("read", name, "--packets", "--format", "ndjson", "--filter", "udp and ip[9] = 17")
        #expect(filtered.status == 0, "\(filtered.stderr)")
        #expect(ndjson(filtered.stdout).count == 4)
    }

    @Test func frameOnAnUnsupportedLinkTypeIsCountedNotFatal() throws {
        var file = PcapngBuilder()
        file.section(bigEndian: false)
        file.interface(linkType: 187, snapLength: 65535, name: "hci0")  // Bluetooth HCI first
        file.interface(linkType: 1, snapLength: 65535)
        file.packet(interface: 0, units: 1, data: [1, 0x03, 0x0c, 0])
        file.packet(interface: 1, units: 2, data: SampleFrames.ethernetUDP)
        let name = path("bluetooth-first.pcapng")
        try file.write(to: name)
        let result = try wharfinger("read", name, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let frames = report(result)["frames"] as? [String: Any]
        #expect(frames?["unsupported-link"] as? Int == 1)
        #expect(frames?["udp"] as? Int == 1)
        #expect(frames?["total"] as? Int == 2)
        let packets = try wharfinger("read", name, "--packets", "--format", "ndjson")
        #expect(packets.stdout.contains("\"interface\":0,\"interface_name\":\"hci0\",\"outcome\":\"unsupported-link\""))
        #expect(packets.stdout.contains("\"link_type\":187"))
    }

    /// A damaged block: the frames before it are kept, the message names its offset, exit
    /// status 5 as for a file cut short, and the next file is still read.
    @Test(arguments: [
        (UInt32(4096), "runs past the end of the file"),
        (UInt32(30), "is not a multiple of 4"),
        (UInt32(8), "is below the minimum of 12"),
        (UInt32(0x4000_0000), "exceeds the maximum"),
    ])
    func damagedBlockKeepsTheFramesBeforeItAndNamesItsOffset(length: UInt32, problem: String) throws {
        var file = PcapngBuilder()
        file.section(bigEndian: length == 30)
        file.interface(linkType: 1, snapLength: 65535)
        file.interface(linkType: 113, snapLength: 96)
        file.packet(interface: 0, units: 1, data: SampleFrames.ethernetUDP)
        file.packet(interface: 0, units: 2, data: SampleFrames.ethernetUDP)
        let offset = file.offset
        file.damagedBlock(length: length, then: [UInt8](repeating: 0, count: 40))
        let name = path("damaged-\(length).pcapng")
        try file.write(to: name)
        let result = try wharfinger("read", name, Paths.capture("raw.pcap"), "--format", "json")
        #expect(result.status == 5, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("wharfinger: \(name): damaged pcapng block at byte offset \(offset), after frame 2 ("))
        #expect(result.stderr.contains(problem), "\(result.stderr)")
        let json = report(result)
        #expect(json["complete"] as? Bool == false)
        #expect((json["frames"] as? [String: Any])?["total"] as? Int == 2 + 4)  // raw.pcap's 4 frames too
    }

    @Test func trailingLengthThatDisagreesIsDamage() throws {
        var file = PcapngBuilder()
        file.section(bigEndian: false)
        file.interface(linkType: 1, snapLength: 65535)
        file.interface(linkType: 101, snapLength: 65535)
        file.packet(interface: 1, units: 1, data: SampleFrames.ipv4UDP)
        let offset = file.offset
        file.packet(interface: 0, units: 2, data: SampleFrames.ethernetUDP)
        var bytes = file.bytes
        bytes[bytes.count - 4] ^= 0x40
        let name = path("trailer.pcapng")
        try Data(bytes).write(to: URL(fileURLWithPath: name))
        let result = try wharfinger("read", name, "--packets", "--format", "ndjson")
        #expect(result.status == 5)
        #expect(result.stderr.contains("damaged pcapng block at byte offset \(offset), after frame 1 (block length"))
        #expect(ndjson(result.stdout).count == 1)
    }

    @Test func packetOnAnUndescribedInterfaceIsDamage() throws {
        var file = PcapngBuilder()
        file.section(bigEndian: true)
        file.interface(linkType: 1, snapLength: 65535)
        file.interface(linkType: 101, snapLength: 65535)
        let offset = file.offset
        file.packet(interface: 7, units: 1, data: SampleFrames.ipv4UDP)
        let name = path("no-interface.pcapng")
        try file.write(to: name)
        let result = try wharfinger("read", name)
        #expect(result.status == 5)
        #expect(result.stderr.contains("at byte offset \(offset), after frame 0 (packet block names interface 7"))
    }
}
