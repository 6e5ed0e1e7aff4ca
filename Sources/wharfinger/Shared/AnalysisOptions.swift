import ArgumentParser
import WharfingerAnalysis
import WharfingerServices

/// The analysis settings `read` and `live` share.
struct AnalysisOptions: ParsableArguments {
    @Option(name: .long, help: "A services(5) file or IANA CSV that adds to or overrides the built-in IANA registry.")
    var services: String?

    @Option(name: .long, help: "Seconds an established TCP connection may stay idle before it ends.")
    var tcpIdleTimeout: Double = 300

    @Option(name: .long, help: "Seconds a UDP flow may stay idle before it ends.")
    var udpIdleTimeout: Double = 60

    @Option(name: .long, help: "Most connections held at once; past it the longest-idle one ends (its numbers stay in the tallies).")
    var maxFlows: Int = 1 << 20

    func validate() throws {
        guard tcpIdleTimeout > 0, udpIdleTimeout > 0 else { throw ValidationError("idle timeouts must be positive") }
        guard maxFlows >= 16 else { throw ValidationError("--max-flows must be at least 16") }
    }

    func configuration(keepFlowRecords: Bool, flowRecordLimit: Int? = nil) throws -> AnalysisConfiguration {
        let registry = try serviceRegistry(merging: services)
        return AnalysisConfiguration(tcpIdleTimeout: tcpIdleTimeout, udpIdleTimeout: udpIdleTimeout,
                                     maxFlows: maxFlows, keepFlowRecords: keepFlowRecords,
                                     flowRecordLimit: flowRecordLimit, registry: registry)
    }
}
