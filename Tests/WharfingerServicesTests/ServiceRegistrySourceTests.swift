import Foundation
import Testing

import WharfingerWire
@testable import WharfingerServices

/// The built-in registry is generated from the committed source text IANA/services by the
/// product's own services(5) parser. This test regenerates ServiceRegistry+IANA.swift and fails
/// when the result differs from what is committed: a hand edit, or a source updated without
/// regenerating. `scripts/generate-service-registry.sh` runs it with WHARFINGER_WRITE_REGISTRY=1,
/// which writes the file instead.
@Suite("The built-in registry and its source")
struct ServiceRegistrySourceTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/WharfingerServices")
    static let source = folder.appendingPathComponent("IANA/services")
    static let generated = folder.appendingPathComponent("ServiceRegistry+IANA.swift")

    @Test("regenerating ServiceRegistry+IANA.swift from IANA/services reproduces the committed file")
    func regeneratingReproducesTheCommittedFile() throws {
        let swift = try RegistryGenerator.swiftSource(services: String(contentsOf: Self.source, encoding: .utf8))
        if ProcessInfo.processInfo.environment["WHARFINGER_WRITE_REGISTRY"] == "1" {
            try swift.write(to: Self.generated, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.generated, encoding: .utf8)
        let expected = swift.split(separator: "\n", omittingEmptySubsequences: false)
        let found = committed.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(expected, found).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expected.count, found.count)
        #expect(expected.count == found.count && first == expected.count,
                "ServiceRegistry+IANA.swift differs from what IANA/services generates from line \(first + 1): run scripts/generate-service-registry.sh")
    }

    /// What the built-in table answers, port by port, against the source merged as a
    /// `--services` file: the same names and descriptions, and no entry missing either way.
    @Test("the built-in table answers as the source file does, port by port")
    func builtInTableRoundTripsTheSource() throws {
        var merged = ServiceRegistry()
        try merged.merge(contentsOf: Self.source.path)
        var builtInCount = 0
        for transport in [TransportProtocol.tcp, .udp] {
            for port in UInt16.min...UInt16.max {
                let builtIn = ServiceRegistry.iana.entry(port: port, transport: transport)
                if builtIn != nil { builtInCount += 1 }
                guard let fromFile = merged.entry(port: port, transport: transport) else { continue }
                #expect(fromFile.source != .iana, "\(port)/\(transport.name) is built in but not in the file")
                #expect(builtIn?.name == fromFile.name, "\(port)/\(transport.name)")
                #expect(builtIn?.description == fromFile.description, "\(port)/\(transport.name)")
                #expect(ServiceRegistry.iana.name(port: port, transport: transport) == fromFile.name)
            }
        }
        #expect(merged.mergedEntryCount == builtInCount)
    }
}

/// Packs a services(5) text into ServiceRegistry+IANA.swift's literals (the layout
/// ServiceRegistry+IANAArrays.swift unpacks): the sorted names and the sorted descriptions one
/// string literal each, one entry a line; per transport, the ports (ascending), name indices
/// and description indices as four hex digits per value. String literals because swiftc
/// compiles them in seconds, where array literals of ~12,000 elements took about a minute.
enum RegistryGenerator {
    static let noDescription = 0xFFFF

    static func swiftSource(services: String) throws -> String {
        // TCP and UDP only (the parser drops the rest); the first entry for a port wins, as
        // getservbyport(3) and `--services` do.
        let transports: [TransportProtocol] = [.tcp, .udp]
        var table: [[UInt16: (name: String, description: String)]] = [[:], [:]]
        for entry in try ServicesFileParser.parseServicesFormat(services, path: "IANA/services") {
            let t = transports.firstIndex(of: entry.transport)!
            if table[t][entry.port] == nil { table[t][entry.port] = (entry.name, entry.description ?? "") }
        }
        // Sorted by their bytes, so the order does not depend on Unicode collation.
        func sorted(_ strings: Set<String>) -> [String] {
            strings.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
        let names = sorted(Set(table.flatMap { $0.values.map(\.name) }))
        let descriptions = sorted(Set(table.flatMap { $0.values.map(\.description) }.filter { !$0.isEmpty }))
        precondition(names.count < noDescription && descriptions.count < noDescription)
        let nameIndex = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let descriptionIndex = Dictionary(uniqueKeysWithValues: descriptions.enumerated().map { ($1, $0) })

        var out = [
            "// GENERATED from IANA/services by scripts/generate-service-registry.sh. Do not edit by hand.",
            "//",
            "// Source: the IANA Service Name and Transport Protocol Port Number Registry",
            "// (https://www.iana.org/assignments/service-names-port-numbers/), as Wireshark keeps it in",
            "// services(5) form (Debian libwireshark-data's /usr/share/wireshark/services), committed",
            "// verbatim as Sources/WharfingerServices/IANA/services.",
            "// TCP and UDP only; where IANA lists several names for a port, the first wins.",
            "// ServiceRegistrySourceTests fails when this file and its source disagree.",
            "",
            "extension ServiceRegistry {",
            "    /// The built-in registry, packed; ServiceRegistry+IANAArrays.swift unpacks it at first use",
            "    /// and BuiltInServiceTable.swift looks things up in it.",
            "    enum IANA {",
            "        static let nameCount = \(names.count)",
            "        /// Every service name, sorted, one a line; entries refer to them by line index.",
            "        static let packedNames: StaticString = \(linesLiteral(names))",
            "        static let descriptionCount = \(descriptions.count)",
            "        /// IANA's descriptions, sorted, one a line; 0xFFFF in a description index means none.",
            "        static let packedDescriptions: StaticString = \(linesLiteral(descriptions))",
            "        static let noDescription: UInt16 = 0xFFFF",
        ]
        for (t, transport) in transports.enumerated() {
            let ports = table[t].keys.sorted()
            let upper = transport.name.uppercased()
            out += [
                "        static let \(transport.name)EntryCount = \(ports.count)",
                "        /// Assigned \(upper) ports, ascending, four hex digits each.",
                "        static let packed\(upper)Ports: StaticString = \(hexLiteral(ports.map(Int.init)))",
                "        /// Index into the names for each \(upper) port.",
                "        static let packed\(upper)NameIndices: StaticString = "
                    + hexLiteral(ports.map { nameIndex[table[t][$0]!.name]! }),
                "        /// Index into the descriptions for each \(upper) port.",
                "        static let packed\(upper)DescriptionIndices: StaticString = "
                    + hexLiteral(ports.map { descriptionIndex[table[t][$0]!.description] ?? noDescription }),
            ]
        }
        out += ["    }", "}", ""]
        return out.joined(separator: "\n")
    }

    /// A multi-line StaticString literal, one item a line.
    static func linesLiteral(_ items: [String]) -> String {
        let rows = items.map { item in
            precondition(!item.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" }, "control character in \(item)")
            return "        " + item.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\t", with: "\\t")
        }
        return "\"\"\"\n" + rows.joined(separator: "\n") + "\n        \"\"\""
    }

    /// A multi-line StaticString literal of four hex digits per value, 32 values a line.
    static func hexLiteral(_ values: [Int]) -> String {
        var rows: [String] = []
        for start in stride(from: 0, to: values.count, by: 32) {
            rows.append("        " + values[start..<min(start + 32, values.count)].map { value in
                let digits = String(value, radix: 16)
                return String(repeating: "0", count: 4 - digits.count) + digits
            }.joined())
        }
        return "\"\"\"\n" + rows.joined(separator: "\n") + "\n        \"\"\""
    }
}
