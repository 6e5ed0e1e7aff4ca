import CPcap
import Glibc
import WharfingerWire

/// A pcap file written by libpcap itself: `-w` for live captures, and tests that
/// craft frames. Nanosecond timestamps are kept.
///
/// libpcap buffers the frames in a stdio stream and `pcap_dump` reports nothing: a write
/// that failed (a full disk) shows at the next `flush()` or `close()`, which return its errno.
public final class DumpFile {
    private let dead: OpaquePointer?
    private var dumper: OpaquePointer?
    /// libpcap's stdio stream, whose error flag tells a failed write.
    private var file: UnsafeMutablePointer<FILE>?
    /// The errno of the first write that failed since the last flush.
    private var failure: Int32?
    public let path: String

    /// Writes frames from an open session (keeps its link type and snap length).
    /// `appending`: a file already there keeps its frames and gets more (libpcap checks that
    /// its header matches), as when an output is reopened on SIGHUP; otherwise it is replaced.
    public init(path: String, session: CaptureSession, appending: Bool = false) throws(CaptureError) {
        let opened = appending ? pcap_dump_open_append(session.handle, path) : pcap_dump_open(session.handle, path)
        guard let opened else { throw .readFailed(path: path, detail: session.lastError) }
        self.dead = nil
        self.dumper = opened
        self.file = pcap_dump_file(opened)
        self.path = path
    }

    /// Writes frames of a given link type with no capture behind them.
    public init(path: String, linkType: LinkType, snapLength: Int32 = 262_144) throws(CaptureError) {
        guard let dead = pcap_open_dead_with_tstamp_precision(linkType.rawValue, snapLength, UInt32(PCAP_TSTAMP_PRECISION_NANO)) else {
            throw .readFailed(path: path, detail: "pcap_open_dead failed")
        }
        guard let dumper = pcap_dump_open(dead, path) else {
            let detail = String(cString: pcap_geterr(dead))
            pcap_close(dead)
            throw .readFailed(path: path, detail: detail)
        }
        self.dead = dead
        self.dumper = dumper
        self.file = pcap_dump_file(dumper)
        self.path = path
    }

    deinit {
        if let dumper { pcap_dump_close(dumper) }
        if let dead { pcap_close(dead) }
    }

    /// Appends one frame. `wireLength` may exceed the bytes given, as after a snap length.
    public func write(_ bytes: UnsafeRawBufferPointer, timestamp: Timestamp, wireLength: Int? = nil) {
        guard let dumper else { return }
        var header = pcap_pkthdr()
        header.ts.tv_sec = Int(timestamp.seconds)
        header.ts.tv_usec = Int(timestamp.nanoseconds)
        header.caplen = bpf_u_int32(bytes.count)
        header.len = bpf_u_int32(wireLength ?? bytes.count)
        pcap_dump(UnsafeMutableRawPointer(dumper).assumingMemoryBound(to: UInt8.self), &header,
                  bytes.baseAddress?.assumingMemoryBound(to: UInt8.self))
        // The errno of the write(2) that failed is only good now (a flag read, no lock).
        if failure == nil, let file, ferror_unlocked(file) != 0 { failure = errno }
    }

    /// Writes out what is buffered. The errno of a write that failed since the last call
    /// (this one's or an earlier frame's), nil when all went to the file.
    @discardableResult
    public func flush() -> Int32? {
        guard let dumper else { return nil }
        errno = 0
        let flushed = pcap_dump_flush(dumper) == 0
        if !flushed && failure == nil { failure = errno == 0 ? EIO : errno }
        if failure == nil, let file, ferror(file) != 0 { failure = EIO }
        defer {
            failure = nil
            if let file { clearerr(file) }
        }
        return failure
    }

    /// Flushes and closes the file; later writes are dropped. The errno of a write that
    /// failed, as `flush()`.
    @discardableResult
    public func close() -> Int32? {
        guard let dumper else { return nil }
        let failure = flush()
        pcap_dump_close(dumper)
        self.dumper = nil
        file = nil
        return failure
    }
}
