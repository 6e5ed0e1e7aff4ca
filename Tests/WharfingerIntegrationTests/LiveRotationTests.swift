import Foundation
import Testing

/// A sensor that runs for weeks: `live` rotating its -w files (-G, as tcpdump) and its
/// conn.log (--rotate, as Zeek), reopening them on SIGHUP, and going on through a full
/// disk. Real traffic on the loopback: curl against python3's http.server.
@Suite(.serialized, .enabled(if: LiveEnvironment.isRoot, "live capture needs root (CI runs the tests as root)"))
struct LiveRotationTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-rotation-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// The issue's acceptance: 12 s of `-G 3 -w 'cap-%H%M%S.pcap' --log conn.log --rotate 3`
    /// give at least 3 whole pcaps and 3 whole logs, a SIGHUP adds one, and the logs hold
    /// exactly the records `read` finds in the pcaps.
    @Test(.enabled(if: Paths.tool("curl"), "needs curl"), .timeLimit(.minutes(2)))
    func rotatedFilesAreCompleteAndHoldEveryRecordOnce() throws {
        let address = LiveEnvironment.loopbackAddress()
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let server = try startHTTPServer(on: address, in: site)
        defer { server.stop() }
        let output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let pcapPattern = output.appendingPathComponent("cap-%H%M%S.pcap").path
        let logPath = output.appendingPathComponent("conn.log").path
        // A closed connection leaves the table after --tcp-idle-timeout, so records reach several logs.
        let live = try startLive(["-G", "3", "-w", pcapPattern, "--log", logPath, "--rotate", "3", "--duration", "12",
                                  "--tcp-idle-timeout", "1", "--format", "json", "host", address, "and", "tcp", "port", "80"])
        let started = Date()
        var signalled = false
        while Date().timeIntervalSince(started) < 11 {
            _ = try generate("/usr/bin/curl", ["-s", "-o", "/dev/null", "--max-time", "2", "http://\(address)/"])
            // SIGHUP away from a --rotate boundary (multiples of 3 s), so its file is told apart;
            // and away from a second's start, as the tool reads time(), which lags the fine clock
            // by up to a kernel tick (a SIGHUP at 22.001 s once closed its file at 21).
            let now = Date().timeIntervalSince1970
            let fraction = now.truncatingRemainder(dividingBy: 1)
            if !signalled && Date().timeIntervalSince(started) > 5 && Int(now) % 3 == 1 && fraction > 0.1 && fraction < 0.6 {
                live.signal(SIGHUP)
                signalled = true
            }
            usleep(200_000)
        }
        let result = live.wait()
        #expect(signalled)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("wharfinger: SIGHUP: reopened "), "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("cannot write"), "stderr: \(result.stderr)")

        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        let pcaps = names.filter { $0.hasPrefix("cap-") && $0.hasSuffix(".pcap") }
        let logs = names.filter { $0.hasPrefix("conn.") && $0 != "conn.log" }
        #expect(pcaps.count >= 3, "\(names)")
        #expect(logs.count >= 4, "\(names)")  // three rotations and the SIGHUP's
        #expect(!names.contains("conn.log"), "the last log is archived at the end: \(names)")

        // Each log whole: its header and its #close; Zeek's archive name, open_close.
        var logRecords: [String] = []
        var closedOffBoundary = 0
        for (index, name) in logs.enumerated() {
            let text = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.first == "#separator \\x09", "\(name)")
            #expect(lines.last?.hasPrefix("#close\t") == true, "\(name)")
            logRecords += lines.filter { !$0.hasPrefix("#") }.map(String.init)
            let times = try #require(archiveTimes(name), "\(name)")
            #expect(times.opened <= times.closed)
            if index < logs.count - 1 && times.closed % 3 != 0 { closedOffBoundary += 1 }
        }
        #expect(closedOffBoundary == 1, "only the SIGHUP closes a log between two rotations: \(logs)")

        // Each pcap whole: `read` opens each alone without damage, and all together give the logs' records.
        for name in pcaps {
            let alone = try wharfinger("read", output.appendingPathComponent(name).path, "--format", "json")
            #expect(alone.status == 0, "\(name): \(alone.stderr)")
        }
        let reread = try wharfinger(arguments: ["read", "--format", "zeek"] + pcaps.map { output.appendingPathComponent($0).path })
        #expect(reread.status == 0, "stderr: \(reread.stderr)")
        let readRecords = reread.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        #expect(logRecords.count >= 10, "curl ran every 0.2 s")
        #expect(logRecords.sorted() == readRecords.sorted())
        #expect(Set(logRecords).count == logRecords.count, "no record written twice")
    }

    /// `-C` with `-W`: tcpdump's ring of numbered files (`ring.pcap0`...`ring.pcap2`), each a
    /// whole pcap; `-G` with `-W` keeps the newest files by time.
    @Test(.enabled(if: Paths.tool("curl"), "needs curl"), .timeLimit(.minutes(1)))
    func sizeAndTimeRingsKeepTheirFiles() throws {
        let address = LiveEnvironment.loopbackAddress()
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let server = try startHTTPServer(on: address, in: site)
        defer { server.stop() }
        let output = folder.appendingPathComponent("rings")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        // 5 KB files: a few curls each.
        let bySize = try startLive(["-C", "0.005", "-W", "3", "-w", output.appendingPathComponent("ring.pcap").path,
                                    "--duration", "5", "host", address, "and", "tcp", "port", "80"])
        let byTime = try startLive(["-G", "1", "-W", "2", "-w", output.appendingPathComponent("time-%H%M%S.pcap").path,
                                    "--duration", "5", "host", address, "and", "tcp", "port", "80"])
        let started = Date()
        while Date().timeIntervalSince(started) < 4 {
            _ = try generate("/usr/bin/curl", ["-s", "-o", "/dev/null", "--max-time", "2", "http://\(address)/"])
            usleep(50_000)
        }
        #expect(bySize.wait().status == 0)
        #expect(byTime.wait().status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(names.filter { $0.hasPrefix("ring.pcap") } == ["ring.pcap0", "ring.pcap1", "ring.pcap2"], "\(names)")
        #expect(names.filter { $0.hasPrefix("time-") }.count == 2, "\(names)")
        for name in names {
            let read = try wharfinger("read", output.appendingPathComponent(name).path)
            #expect(read.status == 0, "\(name): \(read.stderr)")
        }
    }

    /// A full disk: a 64 KiB tmpfs for -w and --log while 40 downloads run. The capture runs
    /// to --duration, each file's failure is one line naming it, the report says output was
    /// lost and the exit status is 74.
    @Test(.enabled(if: Paths.tool("curl"), "needs curl"), .timeLimit(.minutes(2)))
    func aFullDiskIsToldOncePerFileAndTheCaptureGoesOn() throws {
        let address = LiveEnvironment.loopbackAddress()
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Data(repeating: 0x5a, count: 200_000).write(to: site.appendingPathComponent("big.bin"))
        let server = try startHTTPServer(on: address, in: site)
        defer { server.stop() }
        let disk = folder.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        let mount = try run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.path])
        try #require(mount.status == 0, "mount: \(mount.stderr)")
        defer { _ = try? run("/bin/umount", [disk.path]) }

        let pcap = disk.appendingPathComponent("cap.pcap").path
        let log = disk.appendingPathComponent("conn.log").path
        let live = try startLive(["-w", pcap, "--log", log, "--duration", "5", "--tcp-idle-timeout", "1",
                                  "host", address, "and", "tcp", "port", "80"])
        for _ in 0..<40 {
            _ = try generate("/usr/bin/curl", ["-s", "-o", "/dev/null", "--max-time", "2", "http://\(address)/big.bin"])
        }
        let result = live.wait()
        #expect(result.status == 74, "stderr: \(result.stderr)")
        let told = result.stderr.split(separator: "\n").filter { $0.contains("cannot write") }
        #expect(told.filter { $0.contains("cannot write \(pcap): No space left on device") }.count == 1, "stderr: \(result.stderr)")
        #expect(told.filter { $0.contains("cannot write \(log): No space left on device") }.count == 1, "stderr: \(result.stderr)")
        #expect(told.count == 2, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("stopped after --duration"), "stdout: \(result.stdout)")
        #expect(result.stdout.contains("output was lost: 2 write failures"), "stdout: \(result.stdout)")
        // The frames counted are all that came, not what fitted.
        #expect(result.stdout.contains("http"), "the report is printed whole")
    }

    /// Standard output on a full device: the capture runs to its end, one line says the
    /// report could not be written, exit 74.
    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full"), "needs /dev/full"),
          .timeLimit(.minutes(1)), arguments: ["json", "text"])
    func aFullStandardOutputIsToldOnce(format: String) throws {
        let live = try Background("/bin/sh", ["-c", "exec \"$0\" \"$@\" >/dev/full", Paths.binary.path,
                                              "live", "-i", "lo", "--duration", "2", "--format", format,
                                              "host", LiveEnvironment.loopbackAddress()])
        let result = live.wait()
        #expect(result.status == 74, "stderr: \(result.stderr)")
        let told = result.stderr.split(separator: "\n").filter { $0.contains("cannot write") }
        #expect(told == ["wharfinger: cannot write standard output: No space left on device; the report is incomplete"],
                "stderr: \(result.stderr)")
    }

    /// `conn.2026-12-06-18-00-00_2026-12-06-19-00-00.log`: its open and close times (UTC).
    private func archiveTimes(_ name: String) -> (opened: Int, closed: Int)? {
        let parts = name.dropFirst("conn.".count).dropLast(".log".count).split(separator: "_")
        guard parts.count == 2 else { return nil }
        func seconds(_ text: Substring) -> Int? {
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd-HH-mm-ss"
            formatter.timeZone = TimeZone(identifier: "UTC")
            return formatter.date(from: String(text)).map { Int($0.timeIntervalSince1970) }
        }
        guard let opened = seconds(parts[0]), let closed = seconds(parts[1]) else { return nil }
        return (opened, closed)
    }
}
