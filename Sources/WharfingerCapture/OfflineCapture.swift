import CPcap
import Glibc
import WharfingerWire

extension CaptureSession {
    /// Opens a pcap or pcapng file through libpcap, keeping nanosecond timestamps. "-" is
    /// standard input, as in `tcpdump -r -`: a capture piped in.
    public static func openFile(_ path: String) throws(CaptureError) -> CaptureSession {
        let file = path == "-" ? try openStandardInput() : try open(path)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: readBufferSize, alignment: 4096)
        prepare(file, buffer: buffer)
        let (opened, detail) = withErrorBuffer {
            pcap_fopen_offline_with_tstamp_precision(file, UInt32(PCAP_TSTAMP_PRECISION_NANO), $0)
        }
        guard let handle = opened else {
            fclose(file)  // libpcap leaves a file it could not open to its caller
            buffer.deallocate()
            throw .notACapture(path: path, detail: detail)
        }
        return CaptureSession(handle: handle, source: path, isLive: false, readBuffer: buffer)
    }

    /// Standard input as a file of its own (on a duplicate of its descriptor, which libpcap
    /// closes with the session).
    private static func openStandardInput() throws(CaptureError) -> UnsafeMutablePointer<FILE> {
        let descriptor = dup(STDIN_FILENO)
        guard descriptor >= 0, let file = fdopen(descriptor, "rb") else {
            if descriptor >= 0 { close(descriptor) }
            throw .notACapture(path: "-", detail: "standard input: \(String(cString: strerror(errno)))")
        }
        return file
    }

    /// Opens a file for reading, or says why it cannot be read.
    private static func open(_ path: String) throws(CaptureError) -> UnsafeMutablePointer<FILE> {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == EACCES { throw .permissionDenied(path: path, detail: String(cString: strerror(errno))) }
            throw .fileMissing(path: path)
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw .notACapture(path: path, detail: "is a directory")
        }
        guard access(path, R_OK) == 0 else {
            throw .permissionDenied(path: path, detail: String(cString: strerror(errno)))
        }
        guard let file = fopen(path, "rb") else {
            if errno == EACCES { throw .permissionDenied(path: path, detail: String(cString: strerror(errno))) }
            throw .notACapture(path: path, detail: String(cString: strerror(errno)))
        }
        return file
    }

    /// libpcap reads each record with fread; stdio's default 4 KiB buffer would make that a
    /// read(2) per 4 KiB. A larger buffer reads the same bytes in far fewer system calls.
    /// And only the reading thread touches the file: without `FSETLOCKING_BYCALLER` every
    /// fread of a multi-threaded process takes the FILE's lock, an atomic per record, slow
    /// whenever the lock's cache line is wanted by the other core.
    private static func prepare(_ file: UnsafeMutablePointer<FILE>, buffer: UnsafeMutableRawPointer) {
        setvbuf(file, buffer.assumingMemoryBound(to: CChar.self), _IOFBF, readBufferSize)
        __fsetlocking(file, Int32(FSETLOCKING_BYCALLER))
    }

    /// The stdio buffer libpcap reads a file through.
    static let readBufferSize = 1 << 17

    /// How far into the file libpcap has read, for progress. Nil for live captures.
    public var fileOffset: Int64? {
        guard !isLive, let file = pcap_file(handle) else { return nil }
        let offset = ftello(file)
        return offset >= 0 ? Int64(offset) : nil
    }

    /// Classifies a read error part-way through the file as damage: libpcap says "truncated"
    /// when the file ends inside a record, and names any record it cannot believe (a
    /// capture length beyond the snap length, a bad pcapng block). Nil for anything else,
    /// an I/O error among them. `frames`: how many of this file's frames were read.
    public func damage(_ error: CaptureError, afterFrame frames: UInt64) -> CaptureError? {
        guard !isLive, case .readFailed(let path, let detail) = error,
              !detail.hasPrefix("error reading dump file") else { return nil }
        if detail.contains("truncated") { return .cutShort(path: path, frames: frames, detail: detail) }
        return .damagedRecord(path: path, frames: frames, detail: detail)
    }
}
