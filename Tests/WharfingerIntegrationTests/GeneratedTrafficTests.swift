import Foundation
import Synchronization
import Testing

/// A capture from ../shared/bench/gen_pcap.c (realistic mixed traffic: handshakes,
/// mid-stream, refused and unanswered connections, DNS, NTP, fragments, VLANs, IPv6):
/// the report's tallies reconcile with its frame accounting, flow by flow and service by
/// service.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: Paths.shared.appendingPathComponent("bench/gen_pcap.c").path)
                    && Paths.tool("gcc"), "needs ../shared/bench and gcc"))
struct GeneratedTrafficTests {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-gen-\(getpid())")

    /// Built once per test process: the suite's tests run in parallel, and executing the
    /// generator while another test's gcc rewrites it fails with "Text file busy".
    static let generator: Result<String, ReportError> = {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let generator = folder.appendingPathComponent("gen_pcap").path
            let source = Paths.shared.appendingPathComponent("bench/gen_pcap.c").path
            let built = try run("/usr/bin/env", ["gcc", "-O2", "-o", generator, source, "-lm"])
            return built.status == 0 ? .success(generator) : .failure(.failed(built.stderr))
        } catch {
            return .failure(.failed("\(error)"))
        }
    }()

    /// Captures made so far, by size: tests that share a size share the file, and one made
    /// while another test reads it would look cut short.
    static let captures = Mutex<[Int: String]>([:])

    static func capture(packets: Int) throws -> String {
        let generator = try generator.get()
        let made: Result<String, ReportError> = captures.withLock { captures in
            if let path = captures[packets] { return .success(path) }
            let path = folder.appendingPathComponent("mix-\(packets).pcap").path
            guard let result = try? run(generator, ["-q", "-n", "\(packets)", "-s", "3", "-f", "300", "-o", path]) else {
                return .failure(.failed("could not run \(generator)"))
            }
            guard result.status == 0 else { return .failure(.failed(result.stderr)) }
            captures[packets] = path
            return .success(path)
        }
        return try made.get()
    }

    enum ReportError: Error { case failed(String) }

    @Test func talliesReconcileWithFrameAccounting() throws {
        let report = try Report(try Self.capture(packets: 50_000))
        let frames = report.frames
        #expect(frames["total"] == 50_000)
        #expect(frames.filter { $0.key != "total" }.values.reduce(0, +) == 50_000)
        #expect(frames["tcp"]! > 30_000 && frames["udp"]! > 3_000 && frames["fragment"]! > 0 && frames["not-ip"]! > 0)

        // Every TCP and UDP frame is in exactly one service's tally (or the unanswered
        // probes'), and in exactly one flow; so is every later fragment whose first named it.
        #expect(report.fragmentsInConversations > 0)
        #expect(report.packetsAccounted == frames["tcp"]! + frames["udp"]! + report.fragmentsInConversations)
        let flowPackets = report.flows.reduce(0) { $0 + $1.packets("to_server") + $1.packets("to_client") }
        #expect(flowPackets == report.packetsAccounted)
        let probes = report.json["unanswered_probes"] as? [[String: Any]] ?? []
        let serviceFlows = (report.services + probes).reduce(0) { $0 + ($1["flows"] as? Int ?? 0) }
        #expect(serviceFlows == report.flows.count)
        #expect(report.json["flow_count"] as? Int == report.flows.count)

        // gen_pcap's clients use Linux ephemeral ports and its servers a service list.
        let handshakes = report.flows.filter { $0.basis == "handshake" }
        #expect(handshakes.count > report.flows.count / 2)
        let clientPorts = report.flows.filter { $0.proto == "tcp" }.compactMap { Int($0.client.split(separator: ":").last!) }
        let linux = clientPorts.filter { (32768...60999).contains($0) }.count
        #expect(Double(linux) / Double(clientPorts.count) > 0.99)
    }

    /// On a terminal, reading shows progress on stderr and clears it when done; on a
    /// pipe it never appears.
    @Test(.enabled(if: Paths.tool("script"), "needs script(1) for a pseudo-terminal"))
    func progressOnATerminalOnly() throws {
        let path = try Self.capture(packets: 400_000)
        let command = "\(Paths.binary.path) read \(path) --format json > /dev/null"
        let terminal = try run("/usr/bin/script", ["-qec", command, "/dev/null"])
        #expect(terminal.status == 0)
        #expect(terminal.stdout.contains("% read, "), "\(terminal.stdout.prefix(200))")
        #expect(terminal.stdout.contains(" frames, "))
        #expect(terminal.stdout.hasSuffix("\r\u{1B}[K") || terminal.stdout.hasSuffix("\r\u{1B}[K\r\n"))
        let piped = try wharfinger("read", path, "--format", "json")
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty)
    }

    /// A report of tens of thousands of flows is written as their verdicts settle, in
    /// pieces: every flow is there once, and the pieces join into one document.
    @Test func manyFlowsAreListedOnce() throws {
        let report = try Report(try Self.capture(packets: 400_000))
        let flows = report.flows
        #expect(flows.count > 20_000)
        #expect(report.json["flow_count"] as? Int == flows.count)
        let identities = Set(flows.map { "\($0.proto) \($0.client) \($0.server) \($0.raw["first"] ?? "")" })
        #expect(identities.count == flows.count)
        let flowPackets = flows.reduce(0) { $0 + $1.packets("to_server") + $1.packets("to_client") }
        #expect(flowPackets == report.packetsAccounted)
    }

    /// Updating connections on a second core changes nothing in the report.
    @Test func twoThreadsReportWhatOneThreadDoes() throws {
        let path = try Self.capture(packets: 60_000)
        for format in ["json", "text"] {
            let one = try wharfinger("read", path, "--format", format, "--threads", "1")
            let two = try wharfinger("read", path, "--format", format, "--threads", "2")
            #expect(one.status == 0 && two.status == 0)
            #expect(one.stdout == two.stdout, "\(format) reports differ")
            #expect(one.stdout.count > 1000)
        }
    }
}
