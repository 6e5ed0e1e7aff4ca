import WharfingerWire
import Testing
import WharfingerServices

@Suite struct ServiceRegistryTests {
    let registry = ServiceRegistry.iana

    @Test(arguments: [
        (UInt16(80), TransportProtocol.tcp, "http"), (443, .tcp, "https"), (22, .tcp, "ssh"),
        (53, .tcp, "domain"), (53, .udp, "domain"), (123, .udp, "ntp"), (1080, .tcp, "socks"),
        (1494, .tcp, "ica"), (3306, .tcp, "mysql"), (8080, .tcp, "http-alt"), (21, .tcp, "ftp"),
        (20, .tcp, "ftp-data"), (5353, .udp, "mdns"), (5432, .tcp, "postgresql"),
    ])
    func builtInNames(port: UInt16, transport: TransportProtocol, expected: String) {
        #expect(registry.name(port: port, transport: transport) == expected)
    }

    @Test func firstNameWinsWhereIANAListsSeveral() {
        // IANA lists "compressnet" for both 2 and 3, and several names for some ports; the file's first wins.
        #expect(registry.name(port: 2, transport: .tcp) == "compressnet")
        #expect(registry.name(port: 3, transport: .tcp) == "compressnet")
    }

    @Test func rangesInTheSourceAreExpanded() {
        // "x11 6000-6063/tcp/udp" in Wireshark's copy.
        #expect(registry.name(port: 6000, transport: .tcp) == "x11")
        #expect(registry.name(port: 6063, transport: .udp) == "x11")
    }

    @Test func transportsAreSeparate() {
        // imap is TCP-only in the registry; 443 is assigned on both.
        #expect(registry.name(port: 143, transport: .tcp) == "imap")
        #expect(registry.name(port: 143, transport: .udp) == nil)
        #expect(registry.name(port: 443, transport: .udp) == "https")
    }

    @Test func unassignedPortsHaveNoName() {
        #expect(registry.name(port: 0, transport: .tcp) == nil)
        #expect(registry.name(port: 51515, transport: .tcp) == nil)
        #expect(registry.name(port: 65535, transport: .udp) == nil)
    }

    @Test func portsOfAService() {
        #expect(registry.ports(service: "http-alt", transport: .tcp) == [591, 8008, 8080])
        #expect(registry.ports(service: "http", transport: .tcp) == [80])
        #expect(registry.ports(service: "domain", transport: .udp) == [53])
        #expect(registry.ports(service: "no-such-service", transport: .tcp) == [])
    }

    /// Every port's name lists that port among the name's ports, and every name's ports are
    /// ascending and named by it: the ports-by-name index agrees with the by-port lookup.
    @Test(arguments: [TransportProtocol.tcp, .udp])
    func portsOfEveryServiceAgreeWithTheirNames(transport: TransportProtocol) {
        var byName: [String: [UInt16]] = [:]
        for port in UInt16.min...UInt16.max {
            if let name = registry.name(port: port, transport: transport) { byName[name, default: []].append(port) }
        }
        #expect(byName.count > 1000)
        for (name, ports) in byName {
            #expect(registry.ports(service: name, transport: transport) == ports, "\(name)")
        }
    }

    @Test func entriesCarryIANADescriptions() {
        let entry = registry.entry(port: 1080, transport: .tcp)
        #expect(entry == ServiceEntry(name: "socks", description: "Socks", source: .iana))
        #expect(registry.entry(port: 1494, transport: .tcp)?.description == nil)
    }

    @Test func describeGathersWhatIsKnownOfAPort() {
        let description = registry.describe(port: 1080, transport: .tcp)
        #expect(description.range == .registered)
        #expect(description.ephemeralRanges == [.oldStacks])
        #expect(description.entry?.name == "socks")
        let unassigned = registry.describe(port: 51515, transport: .udp)
        #expect(unassigned.entry == nil && unassigned.range == .dynamic && unassigned.ephemeralRanges == [.iana, .linux])
    }
}

/// The whole built-in table, pinned: any change in how the generated data is stored must give
/// back every entry as before. Regenerating from a newer services file changes these numbers
/// on purpose; update them then (the round trip in ServicesFileMergeTests checks the new file).
@Suite struct BuiltInTableInvariantTests {
    @Test func everyEntryIsAsGenerated() {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a 64
        var counts: [TransportProtocol: Int] = [:]
        var names = Set<String>(), descriptions = Set<String>()
        for transport in [TransportProtocol.tcp, .udp] {
            for port in UInt16.min...UInt16.max {
                guard let entry = ServiceRegistry.iana.entry(port: port, transport: transport) else { continue }
                counts[transport, default: 0] += 1
                names.insert(entry.name)
                if let description = entry.description { descriptions.insert(description) }
                for byte in "\(transport.name) \(port) \(entry.name) \(entry.description ?? "-")\n".utf8 {
                    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                }
            }
        }
        #expect(counts == [.tcp: 5948, .udp: 5556])
        #expect(names.count == 6149)
        #expect(descriptions.count == 5378)
        #expect(hash == 0x8bcb_bbb4_9d17_1aab)
    }
}
