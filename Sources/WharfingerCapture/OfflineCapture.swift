import CPcap
import Glibc
import WharfingerWire

extension CaptureSession {
    /// Opens a pcap or pcapng file through libpcap, keeping nanosecond timestamps.
    public static func openFile(_ path: String) throws(CaptureError) -> CaptureSession {
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
        let (opened, detail) = withErrorBuffer {
            pcap_open_offline_with_tstamp_precision(path, UInt32(PCAP_TSTAMP_PRECISION_NANO), $0)
        }
        guard let handle = opened else {
            if detail.contains("Permission denied") { throw .permissionDenied(path: path, detail: detail) }
            throw .notACapture(path: path, detail: detail)
        }
        return CaptureSession(handle: handle, source: path, isLive: false)
    }

    /// How far into the file libpcap has read, for progress. Nil for live captures.
    public var fileOffset: Int64? {
        guard !isLive, let file = pcap_file(handle) else { return nil }
        let offset = ftello(file)
        return offset >= 0 ? Int64(offset) : nil
    }

    /// Classifies a read error at end of file: libpcap says "truncated dump file" when
    /// the file ends inside a record.
    public func isCutShort(_ error: CaptureError) -> String? {
        if case .readFailed(_, let detail) = error, detail.contains("truncated") { return detail }
        return nil
    }
}
