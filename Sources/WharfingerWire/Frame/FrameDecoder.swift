/// Decodes one frame's link, network and transport headers in place. It reads the
/// borrowed bytes, never copies them and never allocates.
public struct FrameDecoder: Sendable {
    public let linkType: LinkType

    /// Nil for link types the decoder does not know.
    public init?(linkType: LinkType) {
        guard linkType.isSupported else { return nil }
        self.linkType = linkType
    }

    /// `frame` holds the captured bytes; `wireLength` is the frame's length on the wire.
    public func decode(_ frame: borrowing RawSpan, wireLength: Int) -> DecodedFrame {
        var cursor = DecodeCursor(capturedLength: frame.byteCount, wireLength: max(wireLength, frame.byteCount))
        switch linkType {
        case .ethernet: Ethernet.decode(frame, &cursor)
        case .linuxSLL: LinuxCooked.decodeSLL(frame, &cursor)
        case .linuxSLL2: LinuxCooked.decodeSLL2(frame, &cursor)
        case .null: NullLoopback.decode(frame, &cursor, networkOrder: false)
        case .loop: NullLoopback.decode(frame, &cursor, networkOrder: true)
        case .ipv4: IPv4.decode(frame, &cursor, at: 0)
        case .ipv6: IPv6.decode(frame, &cursor, at: 0)
        case .ieee80211: IEEE80211.decode(frame, &cursor, at: 0)
        case .ieee80211Radiotap: Radiotap.decode(frame, &cursor)
        case .ppi: PPI.decode(frame, &cursor)
        case .ciscoHDLC: CiscoHDLC.decode(frame, &cursor)
        case .nflog: NFLOG.decode(frame, &cursor)
        case .pflog: PFLOG.decode(frame, &cursor)
        case .ipoib: IPoIB.decode(frame, &cursor)
        case .arcnetBSD: ARCnet.decodeBSD(frame, &cursor)
        case .arcnetLinux: ARCnet.decodeLinux(frame, &cursor)
        default: RawIP.decode(frame, &cursor, at: 0)
        }
        return cursor.frame
    }
}

/// The decode in progress: the frame being filled in and the lengths every layer
/// checks against.
struct DecodeCursor {
    var frame = DecodedFrame()
    /// Both shrink when a link header says the frame ends in a checksum (`dropTrailer`).
    private(set) var capturedLength: Int
    private(set) var wireLength: Int

    init(capturedLength: Int, wireLength: Int) {
        self.capturedLength = capturedLength
        self.wireLength = wireLength
    }

    /// Captured bytes from `offset` on.
    @inline(__always)
    func available(from offset: Int) -> Int { max(0, capturedLength - offset) }

    /// True when `count` bytes are captured at `offset`; otherwise records a truncation.
    @inline(__always)
    mutating func require(_ count: Int, at offset: Int, in layer: Layer) -> Bool {
        if capturedLength - offset >= count { return true }
        stop(.truncated, DecodeStop(layer: layer, offset: offset, needed: count,
                                    available: available(from: offset), problem: .shortHeader))
        return false
    }

    /// Leaves a trailer (a frame check sequence) out of both lengths, so no layer counts it.
    mutating func dropTrailer(_ count: Int) {
        wireLength = max(0, wireLength - count)
        capturedLength = min(capturedLength, wireLength)
    }

    @inline(__always)
    mutating func stop(_ outcome: FrameOutcome, _ stop: DecodeStop) {
        frame.outcome = outcome
        frame.stop = stop
    }

    @inline(__always)
    mutating func malformed(_ layer: Layer, at offset: Int, _ problem: StopProblem, value: Int) {
        stop(.malformed, DecodeStop(layer: layer, offset: offset, needed: 0,
                                    available: available(from: offset), problem: problem, value: value))
    }

    @inline(__always)
    mutating func notIP(protocol value: UInt16) {
        frame.outcome = .notIP
        frame.linkProtocol = value
    }
}
