import CPcap
import WharfingerWire

/// An open libpcap handle, offline or live. It owns the handle and closes it.
/// Frames reach the caller's sink as borrowed bytes straight from libpcap's buffer.
public final class CaptureSession {
    let handle: OpaquePointer
    /// The file path or device name, for messages.
    public let source: String
    public let isLive: Bool
    /// A file's end or a breakLoop was reached: later dispatches return nil at once.
    private var reachedEnd = false
    /// Frames a file has handed over so far.
    private(set) var framesRead: UInt64 = 0

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

    /// Hands up to `limit` frames (-1: a buffer's worth live, all offline) to `sink`, whose
    /// `receive` is called directly, with no closure per frame. Returns how many were
    /// handed over, or nil at end of file or after breakLoop.
    ///
    /// Both are read with `pcap_dispatch`, whose callback reaches the sink unretained through
    /// its `user` pointer (`FrameSink.receive(unretained:_:_:)`). A file's frames point into
    /// libpcap's buffer without copying; the callback counts what it hands over, for the
    /// damage message. `pcap_next_ex` cost a call through its one-frame read loop per frame.
    /// A device's dispatch returns after each kernel buffer, so the caller regains control
    /// even while frames keep coming, and `pcap_next_ex` would copy each frame out of the
    /// kernel's ring on Linux.
    public func dispatch(limit: Int32, to sink: some FrameSink) throws(CaptureError) -> Int32? {
        isLive ? try dispatchDevice(limit: limit, to: sink) : try readFile(limit: limit, to: sink)
    }

    private func readFile(limit: Int32, to sink: some FrameSink) throws(CaptureError) -> Int32? {
        guard !reachedEnd else { return nil }
        var context = SinkContext(sink: sink)
        // Counted on the way out, thrown errors included: the damage message says after which frame.
        defer { framesRead &+= UInt64(context.count) }
        let result = withUnsafeMutablePointer(to: &context) { pointer in
            pcap_dispatch(handle, limit, sinkCallback, UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: UInt8.self))
        }
        switch result {
        case PCAP_ERROR: throw readError(lastError)
        case PCAP_ERROR_BREAK, 0:
            // The end of the file, or breakLoop (which libpcap forgets once reported).
            reachedEnd = true
            return context.count > 0 ? context.count : nil
        default: return result
        }
    }

    private func dispatchDevice(limit: Int32, to sink: some FrameSink) throws(CaptureError) -> Int32? {
        var context = SinkContext(sink: sink)
        let result = withUnsafeMutablePointer(to: &context) { pointer in
            pcap_dispatch(handle, limit, sinkCallback, UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: UInt8.self))
        }
        switch result {
        case PCAP_ERROR_BREAK: return nil
        case PCAP_ERROR: throw readError(lastError)
        default: return result
        }
    }

    /// `dispatch(limit:to:)` with a closure for the sink, for tools that keep a few frames
    /// (the fuzzer's seeds): the same read loop, plus a closure call per frame.
    public func dispatch(limit: Int32, _ body: (FrameHeader, borrowing RawSpan) -> Void) throws(CaptureError) -> Int32? {
        try withoutActuallyEscaping(body) { (escapable) throws(CaptureError) -> Int32? in
            try dispatch(limit: limit, to: ClosureSink(body: escapable))
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

    /// `receive` on the sink `sink` points to, unretained: libpcap's callback reaches the
    /// sink only through a pointer, and through a reference it would retain and release it
    /// per frame. The default is the one to use.
    static func receive(unretained sink: UnsafeRawPointer, _ header: FrameHeader, _ bytes: borrowing RawSpan)
}

extension FrameSink {
    // Inlinable, so each sink's witness is specialized: a direct call of its `receive`.
    @inlinable @inline(__always)
    public static func receive(unretained sink: UnsafeRawPointer, _ header: FrameHeader, _ bytes: borrowing RawSpan) {
        Unmanaged<Self>.fromOpaque(sink)._withUnsafeGuaranteedRef { $0.receive(header, bytes) }
    }
}

/// What the C callback reaches through libpcap's `user` pointer: the sink, and the count of
/// frames it was handed.
private struct SinkContext {
    /// The sink, unretained (the dispatch call's caller keeps it alive), and its type: a
    /// metatype, which a call through it does not retain.
    let sink: UnsafeRawPointer
    let type: any FrameSink.Type
    /// Frames handed over in this dispatch (a file's error loses `pcap_dispatch`'s count).
    var count: Int32 = 0

    init<Sink: FrameSink>(sink: Sink) {
        self.sink = UnsafeRawPointer(Unmanaged.passUnretained(sink).toOpaque())
        type = Sink.self
    }
}

/// A closure as a sink, for `dispatch(limit:_:)`.
private final class ClosureSink: FrameSink {
    let body: (FrameHeader, borrowing RawSpan) -> Void

    init(body: @escaping (FrameHeader, borrowing RawSpan) -> Void) { self.body = body }

    func receive(_ header: FrameHeader, _ bytes: borrowing RawSpan) { body(header, bytes) }
}

/// libpcap's header as a `FrameHeader`. Opened with nanosecond precision, tv_usec holds
/// nanoseconds.
@inline(__always)
private func frameHeader(_ h: pcap_pkthdr) -> FrameHeader {
    FrameHeader(timestamp: Timestamp(seconds: Int64(h.ts.tv_sec), nanoseconds: UInt32(truncatingIfNeeded: h.ts.tv_usec)),
                capturedLength: Int(h.caplen), wireLength: Int(h.len))
}

private let sinkCallback: pcap_handler = { user, header, bytes in
    guard let user, let header, let bytes else { return }
    let h = header.pointee
    let span = RawSpan(_unsafeBytes: UnsafeRawBufferPointer(start: bytes, count: Int(h.caplen)))
    let context = UnsafeMutableRawPointer(user).assumingMemoryBound(to: SinkContext.self)
    context.pointee.type.receive(unretained: context.pointee.sink, frameHeader(h), span)
    context.pointee.count &+= 1
}
