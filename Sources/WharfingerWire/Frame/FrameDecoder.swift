/// Decodes one frame's link, network and transport headers in place. It reads the
/// borrowed bytes, never copies them and never allocates.
public struct FrameDecoder: Sendable {
    public let linkType: LinkType
    /// Follow tunnels to the conversation inside them; false stops at the outer headers.
    public let followTunnels: Bool

    /// Nil for link types the decoder does not know.
    public init?(linkType: LinkType, followTunnels: Bool = true) {
        guard linkType.isSupported else { return nil }
        self.linkType = linkType
        self.followTunnels = followTunnels
    }

    /// `frame` holds the captured bytes; `wireLength` is the frame's length on the wire.
    public func decode(_ frame: borrowing RawSpan, wireLength: Int) -> DecodedFrame {
        var decoded = DecodedFrame()
        withUnsafeMutablePointer(to: &decoded) { decode(frame, wireLength: wireLength, into: $0) }
        return decoded
    }

    /// The same, written over `decoded`: the per-frame path decodes every frame into one
    /// `DecodedFrame` it keeps, where returning one copied it out (a `memcpy` per frame).
    public func decode(_ frame: borrowing RawSpan, wireLength: Int, into decoded: UnsafeMutablePointer<DecodedFrame>) {
        decoded.pointee = DecodedFrame()
        do {
            var cursor = DecodeCursor(filling: decoded, capturedLength: frame.byteCount,
                                      wireLength: max(wireLength, frame.byteCount), followTunnels: followTunnels)
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
            case .ppp: PPP.decodeLink(frame, &cursor)
            case .nflog: NFLOG.decode(frame, &cursor)
            case .pflog: PFLOG.decode(frame, &cursor)
            case .ipoib: IPoIB.decode(frame, &cursor)
            case .arcnetBSD: ARCnet.decodeBSD(frame, &cursor)
            case .arcnetLinux: ARCnet.decodeLinux(frame, &cursor)
            default: RawIP.decode(frame, &cursor, at: 0)
            }
        }
    }
}

/// The decode in progress: the frame being filled in and the lengths every layer
/// checks against.
struct DecodeCursor {
    /// The frame being filled in, the caller's own (`FrameDecoder.decode(_:wireLength:into:)`).
    private let output: UnsafeMutablePointer<DecodedFrame>
    var frame: DecodedFrame {
        unsafeAddress { UnsafePointer(output) }
        nonmutating unsafeMutableAddress { output }
    }
    /// Both shrink when a link header says the frame ends in a checksum (`dropTrailer`).
    private(set) var capturedLength: Int
    private(set) var wireLength: Int
    let followTunnels: Bool

    init(filling output: UnsafeMutablePointer<DecodedFrame>, capturedLength: Int, wireLength: Int,
         followTunnels: Bool = true) {
        self.output = output
        self.capturedLength = capturedLength
        self.wireLength = wireLength
        self.followTunnels = followTunnels
    }

    /// True when a tunnel here may be followed: tunnels are on, and the outer packet is
    /// whole (a first fragment's inner packet is cut, so its frame stays the outer one).
    @inline(__always)
    var mayEnterTunnel: Bool { followTunnels && !frame.isFragment }

    /// Records a tunnel hop whose outer IP header is the one decoded last, and clears the
    /// values the inner layers fill in. False (and the frame malformed) past the depth limit.
    mutating func enterTunnel(_ kind: TunnelKind, identifier: UInt32? = nil, udpOffset: Int = 0,
                              at offset: Int, in layer: Layer) -> Bool {
        let hop = TunnelHop(kind: kind, ipVersion: frame.ipVersion, ipOffset: Int(frame.packet.networkOffset),
                            udpOffset: udpOffset, identifier: identifier)
        guard frame.tunnel.append(hop, outer: frame.packet.source.ip, frame.packet.destination.ip,
                                  identity: &frame.packet.tunnel) else {
            malformed(layer, at: offset, .tunnelsTooDeep, value: TunnelChain.maxDepth)
            return false
        }
        frame.outcome = .notIP
        frame.ipVersion = 0
        frame.ipProto = 0
        frame.packet.source = .unspecified
        frame.packet.destination = .unspecified
        frame.packet.hasPorts = false
        frame.packet.payloadLength = 0
        frame.packet.payloadOffset = 0
        frame.isFragment = false
        frame.packet.fragment = .whole
        frame.packet.fragmentID = 0
        // The inner packet has no link layer of its own unless an inner Ethernet header says.
        frame.packet.linkBroadcast = false
        return true
    }

    /// Captured bytes from `offset` on.
    @inline(__always)
    func available(from offset: Int) -> Int { max(0, capturedLength &- offset) }

    /// True when `count` bytes are captured at `offset`; otherwise records a truncation.
    @inline(__always)
    mutating func require(_ count: Int, at offset: Int, in layer: Layer) -> Bool {
        if capturedLength &- offset >= count { return true }
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
