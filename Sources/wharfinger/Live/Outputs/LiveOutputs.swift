import Glibc
import WharfingerReport

/// Every output of a live capture that can fail while it runs: the `-w` files, the
/// `--log` conn.log, standard output and the IPFIX collector. Ticks and SIGHUP reach them
/// all from here, and their failures are gathered in `errors`.
final class LiveOutputs {
    let errors = OutputErrors()
    var capture: RotatingCapture?
    var log: RotatingLog?
    var ipfix: IPFIXWatch?
    private let standardOutput = OutputStream.standardOutput

    /// The capture loop's tick. `whileAnalysisIdle` runs its body with the analysis caught
    /// up and waiting, so what it writes (the conn.log, conversation lines) can be checked,
    /// rotated or reopened between two records.
    func tick(elapsed: Double, whileAnalysisIdle: (() -> Void) -> Void) {
        capture?.tick()
        whileAnalysisIdle {
            log?.tick()
            checkStandardOutput(until: "SIGHUP tries it again")
        }
        ipfix?.tick(elapsed: elapsed, errors: errors)
    }

    /// SIGHUP: every output file closed and opened again, standard output tried again;
    /// one line on stderr names the files now written.
    func reopen(whileAnalysisIdle: (() -> Void) -> Void) {
        capture?.reopen()
        whileAnalysisIdle {
            log?.reopen()
            standardOutput.resume()
        }
        let files = [capture?.currentName, log?.path].compactMap { $0 }
        if !files.isEmpty { errors.say("SIGHUP: reopened " + files.joined(separator: ", ")) }
    }

    /// Standard output's failure, told once (the run is over: nothing more is tried).
    func checkStandardOutput(until: String) {
        standardOutput.flush()
        if let failure = standardOutput.failure {
            errors.failed(.stdout, "standard output", errno: failure, until: until)
        } else {
            errors.recovered(.stdout, "standard output")
        }
    }
}
