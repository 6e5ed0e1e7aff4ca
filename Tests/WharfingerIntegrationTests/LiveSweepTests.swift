import Foundation
import Testing

/// A sweep of 20,000 closed ports on loopback, captured live: every probe is a SYN
/// answered by a RST and must be counted as a rejected connection, with nothing dropped,
/// and the peak memory must stay within the bound docs/live.md states.
@Suite(.serialized, .enabled(if: LiveEnvironment.isRoot, "live capture needs root (CI runs the tests as root)"))
struct LiveSweepTests {
    static let probes = 20_000
    static let firstPort = 10_001

    /// docs/live.md's bound: 40 MiB + the kernel buffer (-B) + 3 KiB per conversation kept.
    static func memoryBoundKiB(conversations: Int, bufferKiB: Int = 8192) -> Int {
        40 * 1024 + bufferKiB + 3 * conversations
    }

    @Test(.enabled(if: Paths.tool("time") && Paths.tool("python3"), "needs /usr/bin/time and python3"),
          .timeLimit(.minutes(3)))
    func closedPortSweepIsCountedProbeByProbe() throws {
        let address = LiveEnvironment.loopbackAddress()
        // /usr/bin/time reports the peak resident set (VmHWM) once wharfinger exits.
        // -c: a SYN and a RST per probe; --duration bounds the run if frames went missing.
        let live = try Background("/usr/bin/time", ["-f", "peak-kib %M", Paths.binary.path, "live", "-i", "lo",
                                                    "-c", "\(2 * Self.probes)", "--duration", "90", "--format", "json",
                                                    // List every probe (the default lists the 10,000 largest).
                                                    "--max-flow-records", "\(Self.probes)",
                                                    "tcp", "and", "host", address])
        guard live.waitForStderr("listening on lo") else { throw LiveTestError.notListening(live.stderrSoFar) }
        let sweep = Paths.repo.appendingPathComponent("scripts/loopback-port-sweep.py").path
        let probe = try generate("/usr/bin/env", ["python3", sweep, address, "\(Self.firstPort)", "\(Self.probes)", "60"],
                                 timeout: 90)
        #expect(probe.status == 0, "sweep: \(probe.stderr)")
        let result = live.wait(seconds: 100)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let report = try reportObject(result.stdout)
        let capture = report.object("capture")
        #expect(capture.string("stopped_by") == "count")
        #expect(capture.int("dropped_by_kernel") == 0)
        #expect(report.object("frames").int("tcp") == 2 * Self.probes)

        let flows = report.objects("flows")
        #expect(flows.count == Self.probes)
        let rejected = flows.filter { $0.string("end") == "rejected" && $0.string("basis") == "handshake" }
        #expect(rejected.count == Self.probes)
        let ports = Set(rejected.compactMap { $0.object("server").int("port") })
        let expected = Set(Self.firstPort..<(Self.firstPort + Self.probes))
        #expect(ports.count == expected.count && ports.isSubset(of: expected),
                "\(expected.subtracting(ports).count) ports missing, \(ports.subtracting(expected).count) unexpected")
        #expect(rejected.allSatisfy { $0.object("server").string("ip") == address })
        #expect(rejected.allSatisfy { $0.object("to_server").int("packets") == 1 && $0.object("to_client").int("packets") == 1 })

        let peak = result.stderr.split(separator: "\n").last { $0.hasPrefix("peak-kib ") }
            .flatMap { Int($0.dropFirst("peak-kib ".count)) }
        let bound = Self.memoryBoundKiB(conversations: Self.probes)
        #expect(peak != nil && peak! <= bound, "peak \(peak ?? -1) KiB, bound \(bound) KiB")
    }
}
