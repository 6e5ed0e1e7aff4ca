import ArgumentParser
import WharfingerAnalysis
import WharfingerReport

/// IPFIX export, shared by `read` and `live`.
struct ExportOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Export each conversation to an IPFIX collector as an RFC 5103 biflow (client = source).",
        valueName: "udp://host:port|tcp://host:port"))
    var ipfix: String?

    @Option(name: .long, help: ArgumentHelp("With --ipfix: the observation domain id (default: 1).", valueName: "id"))
    var observationDomain: UInt32?

    @Option(name: .long, help: ArgumentHelp(
        "With --ipfix: export a conversation still going every SECONDS of capture time, with its counts since its previous record (default: 60).",
        valueName: "seconds"))
    var activeTimeout: Double?

    static let defaultActiveTimeout = 60.0

    func validate() throws {
        if let ipfix {
            do { _ = try IPFIXDestination(url: ipfix) } catch { throw ValidationError(error.message) }
        } else if observationDomain != nil || activeTimeout != nil {
            throw ValidationError("--observation-domain and --active-timeout go with --ipfix")
        }
        if let activeTimeout, !(activeTimeout > 0) { throw ValidationError("--active-timeout must be positive") }
    }

    /// The IPFIX exporter, its collector resolved and (over TCP) connected; nil without
    /// --ipfix. The analysis is set up for it: flows still going are handed over every
    /// --active-timeout seconds.
    func ipfixExporter(configuring analysis: inout AnalysisConfiguration) throws -> IPFIXExporter? {
        guard let ipfix else { return nil }
        analysis.activeTimeout = activeTimeout ?? Self.defaultActiveTimeout
        do {
            return try IPFIXExporter(destination: IPFIXDestination(url: ipfix),
                                     options: IPFIXExporter.Options(observationDomain: observationDomain ?? 1))
        } catch {
            throw fail(error)
        }
    }
}
