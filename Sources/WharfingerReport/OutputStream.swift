import Glibc

/// Buffered writes to a file descriptor: one write(2) per 64 KiB, not per line.
///
/// A write that fails (a full disk, /dev/full, an I/O error) is remembered, not retried:
/// what follows is dropped and `failure` names the error, so the command can say so once
/// and exit with a status that tells output was lost (cat and tcpdump do the same).
public final class OutputStream {
    /// -1 once closed: what is written then is dropped.
    private var descriptor: Int32
    /// One owner, no reference counting: a conn.log line or a JSON piece is one copy in.
    /// Unchecked: the checks are per thread and would catch only a write within a write,
    /// which none makes, at two runtime calls a line.
    @exclusivity(unchecked) private var buffer: ByteBuffer
    private let flushThreshold = 1 << 16
    /// The `errno` of the first write that failed; nil while every write succeeded.
    public private(set) var failure: Int32?

    // The CLI writes from one thread; live capture stops from a signal via pcap_breakloop only.
    nonisolated(unsafe) public static let standardOutput = OutputStream(descriptor: STDOUT_FILENO)
    nonisolated(unsafe) public static let standardError = OutputStream(descriptor: STDERR_FILENO)

    public init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer = ByteBuffer(capacity: flushThreshold * 2)
    }

    /// A file created (or truncated) for writing; nil with `errno` set when it cannot be.
    /// `appending`: a file already there is kept and written after its end (an output
    /// reopened on SIGHUP).
    public convenience init?(creating path: String, appending: Bool = false) {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (appending ? O_APPEND : O_TRUNC), 0o644)
        guard descriptor >= 0 else { return nil }
        self.init(descriptor: descriptor)
    }

    /// Flushes and closes the descriptor (a file this stream created; never the standard
    /// streams). The errno of a write that failed, as `failure`.
    @discardableResult
    public func close() -> Int32? {
        flush()
        if descriptor > STDERR_FILENO {
            if Glibc.close(descriptor) != 0 && failure == nil { failure = errno }
            descriptor = -1
        }
        return failure
    }

    /// Forgets a failure, so writing is tried again (standard output, after SIGHUP).
    public func resume() { failure = nil }

    public var isTerminal: Bool { isatty(descriptor) == 1 }

    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    /// A piece of at least the threshold goes out as it is, after what is buffered: the
    /// buffer never grows to hold a large report (it keeps its capacity).
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count >= flushThreshold {
            flush()
            return writeOut(UnsafeRawBufferPointer(bytes))
        }
        guard let base = bytes.baseAddress else { return }
        buffer.reserve(bytes.count)
        buffer.put(base, bytes.count)
        if buffer.count >= flushThreshold { flush() }
    }

    public func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    public func flush() {
        writeOut(UnsafeRawBufferPointer(buffer.written))
        buffer.count = 0
    }

    private func writeOut(_ raw: UnsafeRawBufferPointer) {
        guard descriptor >= 0 else { return }
        var start = 0
        while failure == nil && start < raw.count {
            let written = Glibc.write(descriptor, raw.baseAddress! + start, raw.count - start)
            if written < 0 {
                if errno == EINTR { continue }
                // A closed pipe (| head) ends the process with SIGPIPE before this.
                failure = errno
                return
            }
            start += written
        }
    }
}
