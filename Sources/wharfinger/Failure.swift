import ArgumentParser
import Glibc
import WharfingerCapture
import WharfingerReport

/// Ends the run with one line on stderr and the error's own exit status.
func fail(_ error: CaptureError) -> ExitCode {
    OutputStream.standardOutput.flush()
    OutputStream.standardError.write("wharfinger: \(error.message)\n")
    OutputStream.standardError.flush()
    return ExitCode(error.exitStatus)
}
