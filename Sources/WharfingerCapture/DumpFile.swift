import CPcap
import WharfingerWire

/// A pcap file written by libpcap itself: `-w` for live captures, and tests that
/// craft frames. Nanosecond timestamps are kept.
public final class DumpFile {
    private let dead: OpaquePointer?
    private let dumper: OpaquePointer
    public let path: String

    /// Writes frames from an open session (keeps its link type and snap length).
    public init(path: String, session: CaptureSession) throws(CaptureError) {
        guard let dumper = pcap_dump_open(session.handle, path) else {
            throw .readFailed(path: path, detail: session.lastError)
        }
        self.dead = nil
        self.dumper = dumper
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
        self.path = path
    }

    deinit {
        pcap_dump_close(dumper)
        if let dead { pcap_close(dead) }
    }

    /// Appends one frame. `wireLength` may exceed the bytes given, as after a snap length.
    public func write(_ bytes: UnsafeRawBufferPointer, timestamp: Timestamp, wireLength: Int? = nil) {
        var header = pcap_pkthdr()
        header.ts.tv_sec = Int(timestamp.seconds)
        header.ts.tv_usec = Int(timestamp.nanoseconds)
        header.caplen = bpf_u_int32(bytes.count)
        header.len = bpf_u_int32(wireLength ?? bytes.count)
        pcap_dump(UnsafeMutableRawPointer(dumper).assumingMemoryBound(to: UInt8.self), &header,
                  bytes.baseAddress?.assumingMemoryBound(to: UInt8.self))
    }

    public func flush() { pcap_dump_flush(dumper) }
}
