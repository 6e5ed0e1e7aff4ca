import ArgumentParser
import FoundationEssentials
import WharfingerAnalysis
import WharfingerServices

/// The analysis settings `read` and `live` share.
struct AnalysisOptions: ParsableArguments {
    @Option(name: .long, help: "A services(5) file or IANA CSV that adds to or overrides the built-in IANA registry.",
            completion: .file())
    var services: String?

    @Option(name: .long, help: "Seconds an established TCP connection may stay idle before it ends (a closed or half-open one lingers 30 s, or this when shorter).")
    var tcpIdleTimeout: Double = 300

    @Option(name: .long, help: "Seconds a UDP flow may stay idle before it ends.")
    var udpIdleTimeout: Double = 60

    @Option(name: .long, help: "Most connections held at once; past it the longest-idle one ends (its numbers stay in the tallies).")
    var maxFlows: Int = 1 << 20

    @Option(name: .long, help: ArgumentHelp(
        "Seconds a connection may stay idle before it is kept packed (about half its memory; no output changes), or \"never\" (default: 10).",
        valueName: "seconds"))
    var parkAfter: String?

    @Option(name: .long, help: ArgumentHelp(
        "Seconds per bin of the report's timeline (JSON timeline, HTML chart); default: picked from the capture's span, 60 to 300 bins.",
        valueName: "seconds"))
    var bin: Double?

    @Option(name: .long, help: ArgumentHelp(
        "Seconds of capture time a conversation whose roles are still uncertain waits after it ends for later evidence (how many peers its endpoints meet) before it is counted and written (default: 60 for live; read: until 65536 wait or the capture ends).",
        valueName: "seconds"))
    var verdictWindow: Double?

    /// A live capture's records are written within a minute of capture time; a file's
    /// weak verdicts wait for the evidence of the whole capture, as far as the buffer holds.
    static let liveVerdictWindow = 60.0

    @Flag(name: .long, help: "Stop at the outer headers of tunnels (GRE, VXLAN, Geneve, GTP-U, IP-in-IP...): the tunnel is the conversation, as before tunnels were followed.")
    var noTunnels = false

    @Option(name: .long, help: ArgumentHelp(
        "1: read, decode and analyse on one thread; 2: update connections on a second core "
            + "(default: 2 for read on a multi-core machine, 1 for live).", valueName: "1|2"),
            completion: .list(["1", "2"]))
    var threads: Int?

    /// Two threads pay off when a core is free for the analysis: reading a file, yes; a live
    /// capture shares the cores with the kernel's handling of the traffic itself (replayed
    /// on loopback at 355k frames/s on two cores with a 512 KiB buffer, one thread dropped
    /// a third as many frames as two).
    var readsOnTwoThreads: Bool { threads.map { $0 == 2 } ?? (ProcessInfo.processInfo.activeProcessorCount > 1) }
    var capturesOnTwoThreads: Bool { threads == 2 }

    func validate() throws {
        guard tcpIdleTimeout > 0, udpIdleTimeout > 0 else { throw ValidationError("idle timeouts must be positive") }
        guard verdictWindow ?? 0 >= 0 else { throw ValidationError("--verdict-window must not be negative") }
        guard maxFlows >= 16 else { throw ValidationError("--max-flows must be at least 16") }
        if let bin, !(bin > 0 && bin < 1e9) { throw ValidationError("--bin takes a positive number of seconds") }
        if let threads, threads != 1 && threads != 2 { throw ValidationError("--threads is 1 or 2") }
        _ = try parkIdleAfter
    }

    /// --park-after as `AnalysisConfiguration.parkIdleAfter`.
    var parkIdleAfter: Double? {
        get throws {
            guard let parkAfter else { return AnalysisConfiguration().parkIdleAfter }
            if parkAfter == "never" { return nil }
            guard let seconds = Double(parkAfter), seconds >= 0, seconds < 1e9 else {
                throw ValidationError("--park-after takes a number of seconds or \"never\"")
            }
            return seconds
        }
    }

    /// `verdictWindow`: the pending-verdict window without --verdict-window (nil: none).
    func configuration(keepFlowRecords: Bool, flowRecordLimit: Int? = nil,
                       verdictWindow defaultWindow: Double? = nil) throws -> AnalysisConfiguration {
        let registry = try serviceRegistry(merging: services)
        // A closed or half-open connection lingers 30 s, or the idle timeout when that is
        // shorter: with --tcp-idle-timeout 5 no connection outlives 5 idle seconds.
        var configuration = AnalysisConfiguration(
            tcpIdleTimeout: tcpIdleTimeout,
            tcpTransitoryTimeout: min(AnalysisConfiguration().tcpTransitoryTimeout, tcpIdleTimeout),
            udpIdleTimeout: udpIdleTimeout,
            maxFlows: maxFlows, keepFlowRecords: keepFlowRecords,
            flowRecordLimit: flowRecordLimit, registry: registry)
        configuration.timelineBinSeconds = bin
        configuration.parkIdleAfter = try parkIdleAfter
        configuration.pendingVerdictWindow = verdictWindow ?? defaultWindow
        return configuration
    }
}
