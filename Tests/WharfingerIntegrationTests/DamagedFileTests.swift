import Foundation
import Testing
import WharfingerWire

/// A file damaged part-way loses nothing: the report covers the frames before the damage
/// and every other file of the run, one line names the damaged file and the frame after
/// which it broke, and the run ends with status 5.
@Suite struct DamagedFileTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-damaged-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Ways a bundled capture is damaged at test time, each after `framesBefore` good frames.
    enum Damage: String, CaseIterable {
        /// A pcap record header whose capture length is beyond the file's snap length.
        case captureLengthBeyondSnapLength
        /// A pcap file that ends inside a record.
        case cutShortInsideRecord
        /// A pcapng packet block whose length is not a multiple of 4 (libpcap reads the file).
        case pcapngBlockLength

        var source: String { self == .pcapngBlockLength ? "http-ipv4.pcapng" : "http-ipv4.pcap" }
        var framesBefore: Int { 10 }
        /// The start of the message, and libpcap's words inside it.
        var message: (start: String, libpcap: String) {
            switch self {
            case .captureLengthBeyondSnapLength: ("damaged record", "invalid packet capture length 262145")
            case .cutShortInsideRecord: ("file cut short", "truncated dump file")
            case .pcapngBlockLength: ("damaged record", "has a length of 30 that is not a multiple of 4")
            }
        }

        /// The damaged file, and its good part (the bytes before the damaged record) as a
        /// capture of its own.
        func apply(to bytes: [UInt8]) -> (damaged: [UInt8], goodPart: [UInt8]) {
            var damaged = bytes
            switch self {
            case .captureLengthBeyondSnapLength:
                let record = pcapRecordOffsets(bytes)[framesBefore]
                let snapLength = littleEndian32(bytes, at: 16)
                setLittleEndian32(&damaged, at: record + 8, to: snapLength + 1)
                return (damaged, Array(bytes[..<record]))
            case .cutShortInsideRecord:
                let record = pcapRecordOffsets(bytes)[framesBefore]
                return (Array(bytes[..<(record + 16 + 20)]), Array(bytes[..<record]))
            case .pcapngBlockLength:
                let block = pcapngPacketBlockOffsets(bytes)[framesBefore]
                setLittleEndian32(&damaged, at: block + 4, to: 30)
                return (damaged, Array(bytes[..<block]))
            }
        }
    }

    func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func json(_ result: RunResult) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]) ?? [:]
    }

    /// A file's own frame counts by outcome, from its own report.
    func frameCounts(_ path: String) throws -> [String: Int] {
        let result = try wharfinger("read", path, "--format", "json")
        #expect(result.status == 0, "\(path): \(result.stderr)")
        return (json(result)["frames"] as? [String: Int]) ?? [:]
    }

    @Test(arguments: Damage.allCases)
    func damagedFileBetweenTwoGoodOnesLosesNothing(damage: Damage) throws {
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Paths.capture(damage.source))))
        let (damagedBytes, goodPartBytes) = damage.apply(to: original)
        let extension_ = damage == .pcapngBlockLength ? "pcapng" : "pcap"
        let damaged = try write(damagedBytes, "\(damage.rawValue).\(extension_)")
        let goodPart = try write(goodPartBytes, "\(damage.rawValue)-good-part.\(extension_)")
        let first = Paths.capture("dns-udp.pcap"), last = Paths.capture("udp-socat.pcap")

        // What the run must add up to: each part's own report, and the good part is exactly
        // the frames before the damaged record.
        var expected: [String: Int] = [:]
        for part in [first, goodPart, last] {
            expected.merge(try frameCounts(part), uniquingKeysWith: +)
        }
        #expect(try frameCounts(goodPart)["total"] == damage.framesBefore)
        if Paths.tool("tshark") {
            // tshark reads the same frames of the damaged file before it gives up.
            let tshark = try run("/usr/bin/tshark", ["-r", damaged, "-T", "fields", "-e", "frame.number"])
            #expect(tshark.stdout.split(separator: "\n").count == damage.framesBefore, "\(tshark.stderr)")
        }

        let line = "wharfinger: \(damaged): \(damage.message.start) after frame \(damage.framesBefore) ("
        let report = try wharfinger("read", first, damaged, last, "--format", "json")
        #expect(report.status == 5)
        #expect(report.stderr.split(separator: "\n").count == 1, "\(report.stderr)")
        #expect(report.stderr.hasPrefix(line), "\(report.stderr)")
        #expect(report.stderr.contains(damage.message.libpcap), "\(report.stderr)")
        #expect(json(report)["frames"] as? [String: Int] == expected)
        #expect(json(report)["complete"] as? Bool == false)

        let text = try wharfinger("read", first, damaged, last, "--format", "text")
        #expect(text.status == 5)
        #expect(text.stderr.hasPrefix(line), "\(text.stderr)")
        let total = expected["total"] ?? -1
        #expect(text.stdout.hasPrefix("\(total) frames, "), "\(text.stdout.prefix(200))")
        let accounting = "  total" + String(repeating: " ", count: 12 + 8 - "\(total)".count) + "\(total)  = \(total) frames read by libpcap"
        #expect(text.stdout.contains(accounting), "\(text.stdout)")
    }

    /// Two damaged files: both are named, in the order read, and every good frame counts.
    @Test func eachDamagedFileIsNamed() throws {
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Paths.capture("http-ipv4.pcap"))))
        let beyond = try write(Damage.captureLengthBeyondSnapLength.apply(to: original).damaged, "twice-beyond.pcap")
        let result = try wharfinger("read", beyond, Paths.capture("cut-short.pcap"), Paths.capture("dns-udp.pcap"),
                                    "--format", "json")
        #expect(result.status == 5)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("wharfinger: \(beyond): damaged record after frame 10 (") == true)
        #expect(lines.last?.hasPrefix("wharfinger: \(Paths.capture("cut-short.pcap")): file cut short after frame 3 (") == true)
        let dns = try frameCounts(Paths.capture("dns-udp.pcap"))["total"] ?? -1
        #expect((json(result)["frames"] as? [String: Int])?["total"] == 10 + 3 + dns)
    }

    /// `first` and `last` are the earliest and latest frame times, whatever the order of
    /// the files: here the latest file first and the earliest in the middle.
    @Test(.enabled(if: Paths.tool("tshark"), "tshark is not installed"))
    func filesOutOfOrderGiveTheEarliestAndLatestTimes() throws {
        let files = ["udp-socat.pcap", "nanosecond.pcap", "http-ipv4.pcap"].map(Paths.capture)
        var times: [String] = []
        for file in files {
            let tshark = try run("/usr/bin/tshark", ["-r", file, "-T", "fields", "-e", "frame.time_epoch"])
            times += tshark.stdout.split(separator: "\n").map(String.init)
        }
        let sorted = times.sorted { nanoseconds($0) < nanoseconds($1) }
        let (earliest, latest) = (try #require(sorted.first), try #require(sorted.last))
        #expect(nanoseconds(earliest) < nanoseconds(latest))

        let text = try wharfinger(arguments: ["read"] + files)
        #expect(text.status == 0, "\(text.stderr)")
        // The header's second line: both times in UTC, to the millisecond.
        let span = try #require(text.stdout.split(separator: "\n").dropFirst().first)
        let first = ReadableReportTests.utc(Timestamp(totalNanoseconds: nanoseconds(earliest)))
        let last = ReadableReportTests.utc(Timestamp(totalNanoseconds: nanoseconds(latest)))
        #expect(span.hasPrefix("\(first) UTC to \(last) UTC ("), "\(span)")

        let report = try wharfinger(arguments: ["read"] + files + ["--format", "json"])
        let summary = ReadableReportTests.summaryText(report.stdout)
        let jsonFirst = try #require(summary.firstMatch(of: /"first":([0-9.]+)/)?.1)
        let jsonLast = try #require(summary.firstMatch(of: /"last":([0-9.]+)/)?.1)
        #expect(nanoseconds(jsonFirst) == nanoseconds(earliest))
        #expect(nanoseconds(jsonLast) == nanoseconds(latest))
    }
}

/// "1795219200.5" or "1795219200.000000005" as nanoseconds since the epoch (exact, unlike a Double).
private func nanoseconds(_ text: some StringProtocol) -> Int64 {
    let parts = text.split(separator: ".", maxSplits: 1)
    let fraction = parts.count > 1 ? String(parts[1].prefix(9)) : ""
    let padded = fraction + String(repeating: "0", count: 9 - fraction.count)
    return (Int64(parts.first ?? "") ?? -1) * 1_000_000_000 + (Int64(padded) ?? -1)
}

private func littleEndian32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
    (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
}

private func setLittleEndian32(_ bytes: inout [UInt8], at offset: Int, to value: UInt32) {
    for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
}

/// Where each record of a little-endian pcap file starts (after the 24-byte file header;
/// a record is a 16-byte header, then its captured length of bytes).
private func pcapRecordOffsets(_ bytes: [UInt8]) -> [Int] {
    precondition(littleEndian32(bytes, at: 0) == 0xA1B2_C3D4, "a little-endian microsecond pcap")
    var offsets: [Int] = [], offset = 24
    while offset + 16 <= bytes.count {
        offsets.append(offset)
        offset += 16 + Int(littleEndian32(bytes, at: offset + 8))
    }
    return offsets
}

/// Where each enhanced packet block (type 6) of a little-endian pcapng file starts.
private func pcapngPacketBlockOffsets(_ bytes: [UInt8]) -> [Int] {
    precondition(littleEndian32(bytes, at: 8) == 0x1A2B_3C4D, "a little-endian pcapng section")
    var offsets: [Int] = [], offset = 0
    while offset + 12 <= bytes.count {
        if littleEndian32(bytes, at: offset) == 6 { offsets.append(offset) }
        offset += Int(littleEndian32(bytes, at: offset + 4))
    }
    return offsets
}
