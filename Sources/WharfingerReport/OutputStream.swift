import Glibc

/// Buffered writes to a file descriptor: one write(2) per 64 KiB, not per line.
///
/// A write that fails (a full disk, /dev/full, an I/O error) is remembered, not retried:
/// what follows is dropped and `failure` names the error, so the command can say so once
/// and exit with a status that tells output was lost (cat and tcpdump do the same).
public final class OutputStream {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let flushThreshold = 1 << 16
    /// The `errno` of the first write that failed; nil while every write succeeded.
    public private(set) var failure: Int32?

    // The CLI writes from one thread; live capture stops from a signal via pcap_breakloop only.
    nonisolated(unsafe) public static let standardOutput = OutputStream(descriptor: STDOUT_FILENO)
    nonisolated(unsafe) public static let standardError = OutputStream(descriptor: STDERR_FILENO)

    public init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(flushThreshold * 2)
    }

    /// A file created (or truncated) for writing; nil with `errno` set when it cannot be.
    public convenience init?(creating path: String) {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        self.init(descriptor: descriptor)
    }

    public var isTerminal: Bool { isatty(descriptor) == 1 }

    public func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushThreshold { flush() }
    }

    public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushThreshold { flush() }
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= flushThreshold { flush() }
    }

    public func flush() {
        var start = 0
        buffer.withUnsafeBytes { raw in
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
        buffer.removeAll(keepingCapacity: true)
    }
}
