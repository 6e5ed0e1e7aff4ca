import Foundation
import Testing
import WharfingerCapture
import WharfingerWire

/// The errors users hit reading files: each its own one-line message and exit status.
@Suite struct ReadErrorTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-errors-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// A small valid Ethernet capture written by libpcap: `count` UDP frames.
    func writeCapture(_ name: String, linkType: LinkType = .ethernet, count: Int = 3) throws -> String {
        let path = folder.appendingPathComponent(name).path
        let file = try DumpFile(path: path, linkType: linkType)
        var frame: [UInt8] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0x08, 0x00,
                              0x45, 0, 0, 29, 0, 0, 0, 0, 64, 17, 0, 0, 127, 0, 0, 1, 127, 0, 0, 2,
                              0x30, 0x39, 0, 53, 0, 9, 0, 0, 0x61]
        for i in 0..<count {
            frame[35] = UInt8(i)
            frame.withUnsafeBytes { file.write($0, timestamp: Timestamp(seconds: 1_795_219_200 + Int64(i), nanoseconds: 5)) }
        }
        return path
    }

    func oneLine(_ result: RunResult) -> String {
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Backtrac"))
        return result.stderr
    }

    @Test func missingFile() throws {
        let result = try wharfinger("read", "/nonexistent/x.pcap")
        #expect(result.status == 66)
        #expect(oneLine(result) == "wharfinger: /nonexistent/x.pcap: no such file\n")
    }

    @Test func notACaptureFile() throws {
        let path = folder.appendingPathComponent("notes.txt").path
        try "these are not packets\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try wharfinger("read", path)
        #expect(result.status == 65)
        #expect(oneLine(result).contains("\(path): not a pcap or pcapng capture file"))
    }

    @Test func fileCutShortReportsWhatWasReadThenFails() throws {
        let path = try writeCapture("cut.pcap", count: 3)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        let size = try handle.seekToEnd()
        try handle.truncate(atOffset: size - 10)
        try handle.close()
        let result = try wharfinger("read", path, "--format", "json")
        #expect(result.status == 5)
        #expect(oneLine(result).contains("\(path): file cut short after frame 2"))
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let frames = report?["frames"] as? [String: Any]
        #expect(frames?["total"] as? Int == 2)
        #expect(frames?["udp"] as? Int == 2)
        #expect(report?["complete"] as? Bool == false)
    }

    @Test func filterThatDoesNotCompile() throws {
        let path = try writeCapture("ok.pcap")
        let result = try wharfinger("read", path, "--filter", "tcp port banana")
        #expect(result.status == 2)
        #expect(oneLine(result).hasPrefix("wharfinger: filter 'tcp port banana' does not compile: "))
    }

    @Test func filterSelectsFrames() throws {
        let path = try writeCapture("filter.pcap", count: 4)
        let result = try wharfinger("read", path, "--filter", "udp dst port 53", "--packets", "--format", "ndjson")
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 4)
        let none = try wharfinger("read", path, "--filter", "tcp", "--packets", "--format", "ndjson")
        #expect(none.status == 0)
        #expect(none.stdout.isEmpty)
    }

    @Test func unsupportedLinkTypeNamesItAndTheSupportedOnes() throws {
        let path = try writeCapture("bluetooth.pcap", linkType: LinkType(rawValue: 187))
        let result = try wharfinger("read", path)
        #expect(result.status == 3)
        let line = oneLine(result)
        #expect(line.contains("link type BLUETOOTH_HCI_H4 (187) is not supported"))
        #expect(line.contains("EN10MB") && line.contains("LINUX_SLL2"))
    }

    @Test func severalFilesNumberFramesAcrossTheRun() throws {
        let a = try writeCapture("a.pcap", count: 2), b = try writeCapture("b.pcap", count: 3)
        let result = try wharfinger("read", a, b, "--packets", "--format", "ndjson")
        #expect(result.status == 0)
        let numbers = result.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["n"] as? Int
        }
        #expect(numbers == [1, 2, 3, 4, 5])
    }

    @Test func nanosecondTimestampsAreKept() throws {
        let path = try writeCapture("ns.pcap", count: 1)
        let result = try wharfinger("read", path, "--packets", "--format", "ndjson")
        #expect(result.stdout.contains("\"ts\":1795219200.000000005,"))
    }

    @Test(.enabled(if: getuid() == 0 && Paths.tool("setpriv"), "needs root and setpriv to become another user"))
    func unreadableFile() throws {
        let path = try writeCapture("secret.pcap")
        chmod(path, 0o600)
        chmod(folder.path, 0o755)
        let result = try run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups",
                                                  Paths.binary.path, "read", path])
        #expect(result.status == 77)
        #expect(oneLine(result).contains("\(path): permission denied"))
    }

    /// Standard output on a full device (/dev/full fails every write with ENOSPC): the report
    /// is lost, so one line says so and the status is 74, in every format, as cat would.
    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full"), "needs /dev/full"),
          arguments: [["read"], ["read", "--format", "json"], ["read", "--format", "zeek"], ["read", "--packets"]])
    func fullOutputDevice(_ command: [String]) throws {
        let path = try writeCapture("full.pcap")
        let result = try run("/bin/sh", ["-c", "exec \"$0\" \"$@\" >/dev/full", Paths.binary.path]
                                        + command.prefix(1) + [path] + command.dropFirst())
        #expect(result.status == 74)
        #expect(oneLine(result) == "wharfinger: cannot write standard output: No space left on device\n")
    }

    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full"), "needs /dev/full"))
    func explainToFullOutputDevice() throws {
        let result = try run("/bin/sh", ["-c", "exec \"$0\" explain 1080 1494 >/dev/full", Paths.binary.path])
        #expect(result.status == 74)
        #expect(oneLine(result).contains("cannot write standard output"))
    }
}
