import CPcap
import WharfingerWire

/// An open libpcap handle, offline or live. It owns the handle and closes it.
/// Frames reach the caller's closure as borrowed bytes straight from libpcap's buffer.
public final class CaptureSession {
    let handle: OpaquePointer
    /// The file path or device name, for messages.
    public let source: String
    public let isLive: Bool
    /// A file's end or a breakLoop was reached: later dispatches return nil at once.
    private var reachedEnd = false

    /// The stdio buffer of an offline handle's file, freed once libpcap has closed the file.
    private let readBuffer: UnsafeMutableRawPointer?

    init(handle: OpaquePointer, source: String, isLive: Bool, readBuffer: UnsafeMutableRawPointer? = nil) {
        self.handle = handle
        self.source = source
        self.isLive = isLive
        self.readBuffer = readBuffer
    }

    deinit {
        pcap_close(handle)
        readBuffer?.deallocate()
    }

    public var linkType: LinkType { LinkType(rawValue: pcap_datalink(handle)) }

    /// Compiles a BPF expression with libpcap and installs it.
    public func setFilter(_ expression: String) throws(CaptureError) {
        var program = bpf_program()
        // The netmask only matters to "ip broadcast"; tcpdump passes "unknown" for files too.
        guard pcap_compile(handle, &program, expression, 1, bpf_u_int32(PCAP_NETMASK_UNKNOWN)) == 0 else {
            throw .badFilter(expression: expression, detail: lastError)
        }
        defer { pcap_freecode(&program) }
        guard pcap_setfilter(handle, &program) == 0 else {
            throw .badFilter(expression: expression, detail: lastError)
        }
    }

    var lastError: String { String(cString: pcap_geterr(handle)) }

    /// Stops a dispatch in progress. Safe from a signal handler or another thread.
    public func breakLoop() { pcap_breakloop(handle) }

    /// Hands up to `limit` frames (-1: a buffer's worth live, all offline) to `body`.
    /// Returns how many were handed over, or nil at end of file or after breakLoop.
    public func dispatch(limit: Int32, _ body: (FrameHeader, borrowing RawSpan) -> Void) throws(CaptureError) -> Int32? {
        try withoutActuallyEscaping(body) { (escapable) throws(CaptureError) -> Int32? in
            var context = DispatchContext(body: escapable)
            let result = withUnsafeMutablePointer(to: &context) { pointer in
                pcap_dispatch(handle, limit, dispatchCallback, UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: UInt8.self))
            }
            return try outcome(of: result)
        }
    }

    /// The same as `dispatch(limit:_:)`, for the per-frame hot path: `sink.receive` is
    /// called directly, with no closure and no reference counting per frame.
    ///
    /// Files are read with `pcap_next_ex` in a loop, so the sink stays a plain parameter
    /// here (a C callback could reach it only through a pointer, retaining it per frame).
    /// Live handles keep `pcap_dispatch`, which returns after each kernel buffer, so the
    /// caller regains control even while frames keep coming.
    public func dispatch(limit: Int32, to sink: some FrameSink) throws(CaptureError) -> Int32? {
        guard !isLive else {
            var context = SinkContext(sink: sink)
            let result = withUnsafeMutablePointer(to: &context) { pointer in
                pcap_dispatch(handle, limit, sinkCallback, UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: UInt8.self))
            }
            return try outcome(of: result)
        }
        guard !reachedEnd else { return nil }
        var header: UnsafeMutablePointer<pcap_pkthdr>?
        var data: UnsafePointer<UInt8>?
        var count: Int32 = 0
        while limit < 0 || count < limit {
            let status = pcap_next_ex(handle, &header, &data)
            guard status == 1, let header, let data else {
                if status == PCAP_ERROR { throw readError(lastError) }
                // PCAP_ERROR_BREAK: end of file, or breakLoop (which libpcap forgets once reported).
                reachedEnd = true
                return count > 0 ? count : nil
            }
            let h = header.pointee
            sink.receive(frameHeader(h), RawSpan(_unsafeBytes: UnsafeRawBufferPointer(start: data, count: Int(h.caplen))))
            count += 1
        }
        return count
    }

    private func outcome(of result: Int32) throws(CaptureError) -> Int32? {
        switch result {
        case PCAP_ERROR_BREAK: return nil
        case PCAP_ERROR: throw readError(lastError)
        case 0 where !isLive: return nil
        default: return result
        }
    }

    func readError(_ detail: String) -> CaptureError {
        isLive ? .liveFailed(device: source, detail: detail) : .readFailed(path: source, detail: detail)
    }
}

/// Receives each frame of `CaptureSession.dispatch(limit:to:)`: the bytes are libpcap's
/// own buffer, valid only during the call.
public protocol FrameSink: AnyObject {
    func receive(_ header: FrameHeader, _ bytes: borrowing RawSpan)
}

/// What the C callback needs: the Swift closure, reached through libpcap's `user` pointer.
private struct DispatchContext {
    let body: (FrameHeader, borrowing RawSpan) -> Void
}

/// The sink, unretained: the dispatch call's caller keeps it alive.
private struct SinkContext {
    unowned(unsafe) let sink: any FrameSink
}

/// libpcap's header as a `FrameHeader`. Opened with nanosecond precision, tv_usec holds
/// nanoseconds.
@inline(__always)
private func frameHeader(_ h: pcap_pkthdr) -> FrameHeader {
    FrameHeader(timestamp: Timestamp(seconds: Int64(h.ts.tv_sec), nanoseconds: UInt32(truncatingIfNeeded: h.ts.tv_usec)),
                capturedLength: Int(h.caplen), wireLength: Int(h.len))
}

private let dispatchCallback: pcap_handler = { user, header, bytes in
    guard let user, let header, let bytes else { return }
    let context = UnsafeRawPointer(user).assumingMemoryBound(to: DispatchContext.self)
    let h = header.pointee
    let span = RawSpan(_unsafeBytes: UnsafeRawBufferPointer(start: bytes, count: Int(h.caplen)))
    context.pointee.body(frameHeader(h), span)
}

private let sinkCallback: pcap_handler = { user, header, bytes in
    guard let user, let header, let bytes else { return }
    let h = header.pointee
    let span = RawSpan(_unsafeBytes: UnsafeRawBufferPointer(start: bytes, count: Int(h.caplen)))
    UnsafeRawPointer(user).assumingMemoryBound(to: SinkContext.self).pointee.sink.receive(frameHeader(h), span)
}
