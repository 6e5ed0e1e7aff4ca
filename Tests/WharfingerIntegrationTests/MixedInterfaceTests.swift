import Foundation
import Testing

/// A pcapng of three bundled captures with different link types and snap lengths, joined
/// end to end by `mergecap -a` at test time (libpcap refuses it): Ethernet (snap length 262144), Linux
/// cooked cut to a snap length of 96, raw IP.
enum MixedCapture {
    static var toolsPresent: Bool { Paths.tool("mergecap") && Paths.tool("editcap") }

    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-mixed-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// The merged file and its sources, in the order read one after another. Built once per
    /// test process (a static let is initialised once, even with tests running in parallel).
    static func make() throws -> (merged: String, sources: [String]) { try built.get() }

    private static let built = Result { () throws -> (merged: String, sources: [String]) in
        let short = folder.appendingPathComponent("sll-snap96.pcap").path
        let merged = folder.appendingPathComponent("mixed.pcapng").path
        let sources = [Paths.capture("http-ipv4.pcap"), short, Paths.capture("raw.pcap")]
        let cut = folder.appendingPathComponent("sll-cut.pcap").path
        let edit = try run("/usr/bin/editcap", ["-F", "pcap", "-s", "96", Paths.capture("sll.pcap"), cut])
        guard edit.status == 0 else { throw Failure(description: "editcap: \(edit.stderr)") }
        // editcap cuts the frames but keeps the header's snap length: set it to 96 (bytes 16..<20, little-endian).
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: cut)))
        guard bytes.count > 24 && bytes[0..<4] == [0xd4, 0xc3, 0xb2, 0xa1] else {
            throw Failure(description: "editcap did not write a little-endian pcap")
        }
        bytes.replaceSubrange(16..<20, with: [96, 0, 0, 0])
        try Data(bytes).write(to: URL(fileURLWithPath: short))
        let merge = try run("/usr/bin/mergecap", ["-F", "pcapng", "-a", "-w", merged] + sources)
        guard merge.status == 0 else { throw Failure(description: "mergecap: \(merge.stderr)") }
        return (merged, sources)
    }
}

@Suite(.enabled(if: MixedCapture.toolsPresent, "mergecap/editcap (tshark's package) are not installed"))
struct MixedInterfaceTests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try wharfinger(arguments: ["read"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// Each element as canonical JSON text, sorted: the same flows or services in any order.
    func canonical(_ value: Any?) -> [String] {
        ((value as? [Any]) ?? []).map {
            String(decoding: (try? JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
        }.sorted()
    }

    @Test func mergedFileReportsWhatItsSourcesReport() throws {
        let (merged, sources) = try MixedCapture.make()
        let together = try json([merged]), apart = try json(sources)
        #expect(NSDictionary(dictionary: together["frames"] as? [String: Any] ?? [:])
                    .isEqual(to: apart["frames"] as? [String: Any] ?? [:]))
        #expect((together["frames"] as? [String: Any])?["total"] as? Int == 32)
        #expect(together["flow_count"] as? Int == apart["flow_count"] as? Int)
        #expect(canonical(together["flows"]) == canonical(apart["flows"]))
        #expect(canonical(together["services"]) == canonical(apart["services"]))
        #expect(apart["interfaces"] == nil)
        let interfaces = together["interfaces"] as? [[String: Any]] ?? []
        #expect(Set(interfaces.compactMap { $0["link_type"] as? String }) == ["EN10MB", "LINUX_SLL", "RAW"])
        #expect(Set(interfaces.compactMap { $0["snap_length"] as? Int }) == [262_144, 96])
        #expect(interfaces.compactMap { $0["frames"] as? Int }.reduce(0, +) == 32)
    }

    @Test func everyFrameNamesItsInterface() throws {
        let (merged, _) = try MixedCapture.make()
        let result = try wharfinger("read", merged, "--packets", "--format", "ndjson")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 32)
        #expect(lines.allSatisfy { $0.contains("\"interface\":") })
    }
}
