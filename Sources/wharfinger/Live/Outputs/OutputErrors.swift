import Glibc
import WharfingerReport

/// Write failures of a live capture's outputs. The capture goes on through them: an
/// output that starts failing is told once on stderr (the file and the error) and
/// counted, and told again when it writes again; the counts go to the report, the live
/// view and `wharfinger_output_errors_total`, and the exit status says output was lost.
final class OutputErrors {
    /// Each output of a run, at most one of each: a metric label.
    enum Output: String, CaseIterable {
        case pcap, log, stdout, ipfix
    }

    private(set) var counts: [Output: UInt64] = [:]
    /// The outputs failing now, and the name each failed under.
    private var failing: [Output: String] = [:]
    /// The latest error of each output that failed, for the report.
    private(set) var lastErrors: [Output: String] = [:]

    var total: UInt64 { counts.values.reduce(0, +) }
    /// A file or standard output lost something (IPFIX losses have a status of their own).
    var lostOutput: Bool { counts.contains { $0.key != .ipfix && $0.value > 0 } }

    /// `name` failed with `error`: told and counted unless the output is failing already.
    /// `until` says when writing is tried again.
    func failed(_ output: Output, _ name: String, error: String, until: String) {
        guard failing[output] == nil else { return }
        failing[output] = name
        counts[output, default: 0] += 1
        lastErrors[output] = "\(name): \(error)"
        say("cannot write \(name): \(error); \(until)")
    }

    func failed(_ output: Output, _ name: String, errno code: Int32, until: String) {
        failed(output, name, error: String(cString: strerror(code)), until: until)
    }

    /// The output writes again, to `name`, after failing.
    func recovered(_ output: Output, _ name: String) {
        guard failing.removeValue(forKey: output) != nil else { return }
        say("writing \(name) again")
    }

    func isFailing(_ output: Output) -> Bool { failing[output] != nil }

    /// One line on stderr, `wharfinger: ` and `line`.
    func say(_ line: String) {
        OutputStream.standardError.write("wharfinger: \(line)\n")
        OutputStream.standardError.flush()
    }
}
