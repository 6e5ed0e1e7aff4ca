import ArgumentParser
import Glibc
import WharfingerCapture
import WharfingerReport
import WharfingerServices

/// Ends the run with one line on stderr and the error's own exit status.
func fail(_ error: CaptureError) -> ExitCode {
    warn(error)
    return ExitCode(error.exitStatus)
}

/// One error line on stderr for a file whose trouble does not end the run (a damaged pcapng
/// block: the next file is read, and the run's exit status says so at the end).
func warn(_ error: CaptureError) {
    OutputStream.standardOutput.flush()
    OutputStream.standardError.write("wharfinger: \(error.message)\n")
    OutputStream.standardError.flush()
}

/// A services file that cannot be read (66, like a missing capture) or has a bad line (65).
func fail(_ error: ServicesFileError) -> ExitCode {
    OutputStream.standardError.write("wharfinger: \(error.text)\n")
    OutputStream.standardError.flush()
    return ExitCode(error.line == nil ? 66 : 65)
}

/// IPFIX export that cannot start (a bad destination 64, an unknown host 68, a refused
/// connection 69) or lost messages on the way (69).
func fail(_ error: IPFIXExportError) -> ExitCode {
    OutputStream.standardOutput.flush()
    OutputStream.standardError.write("wharfinger: \(error.message)\n")
    OutputStream.standardError.flush()
    return ExitCode(error.exitStatus)
}

/// An output file (a conn.log) that cannot be created: 73, sysexits' EX_CANTCREAT.
func fail(cannotWrite path: String, errno code: Int32) -> ExitCode {
    OutputStream.standardError.write("wharfinger: cannot write \(path): \(String(cString: strerror(code)))\n")
    OutputStream.standardError.flush()
    return ExitCode(73)
}

/// `--metrics` cannot be served: bad address text (64) or nowhere to listen (6).
func fail(_ error: MetricsEndpointError) -> ExitCode {
    OutputStream.standardError.write("wharfinger: \(error.message)\n")
    OutputStream.standardError.flush()
    return ExitCode(error.exitStatus)
}

/// Standard output lost what was written to it (a full disk, /dev/full): one line naming the
/// error and 74, sysexits' EX_IOERR. Checked after the last write of a command.
func checkStandardOutput() throws {
    let out = OutputStream.standardOutput
    out.flush()
    guard let code = out.failure else { return }
    OutputStream.standardError.write("wharfinger: cannot write standard output: \(String(cString: strerror(code)))\n")
    OutputStream.standardError.flush()
    throw ExitCode(74)
}
