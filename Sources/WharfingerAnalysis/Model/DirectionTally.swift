/// Packets and bytes sent in one direction.
public struct DirectionTally: Sendable, Equatable {
    /// Frames, later IP fragments included.
    public var packets: UInt64 = 0
    /// The later fragments among `packets` (a datagram's first fragment is its packet).
    public var laterFragments: UInt64 = 0
    /// Bytes on the wire (libpcap's `len`).
    public var bytes: UInt64 = 0
    /// Bytes libpcap captured (`caplen`); kept apart from wire bytes.
    public var capturedBytes: UInt64 = 0
    /// Transport payload bytes as the IP/TCP/UDP length fields say.
    public var payloadBytes: UInt64 = 0
    /// IP bytes as the (innermost) IP headers' lengths say, what Zeek and IPFIX count.
    public var ipBytes: UInt64 = 0

    public init() {}

    public init(packets: UInt64, bytes: UInt64, capturedBytes: UInt64, payloadBytes: UInt64) {
        self.packets = packets
        self.bytes = bytes
        self.capturedBytes = capturedBytes
        self.payloadBytes = payloadBytes
    }

    @inline(__always)
    mutating func add(wire: Int, captured: Int, payload: Int, ip: Int = 0) {
        packets &+= 1
        ipBytes &+= UInt64(truncatingIfNeeded: ip)
        bytes &+= UInt64(truncatingIfNeeded: wire)
        capturedBytes &+= UInt64(truncatingIfNeeded: captured)
        payloadBytes &+= UInt64(truncatingIfNeeded: max(payload, 0))
    }

    /// A later fragment of one of this side's datagrams: a frame more, and the bytes it
    /// carries; its IP header is not counted again (a reassembled datagram has one).
    mutating func addLaterFragment(wire: Int, captured: Int, payload: Int) {
        var share = FragmentTable.Share()
        share.add(wire: wire, captured: captured, payload: payload)
        addLaterFragments(share)
    }

    /// Later fragments (also those that came before their datagram's first).
    mutating func addLaterFragments(_ share: FragmentTable.Share) {
        packets &+= share.frames
        laterFragments &+= share.frames
        bytes &+= UInt64(truncatingIfNeeded: share.wire)
        capturedBytes &+= UInt64(truncatingIfNeeded: share.captured)
        payloadBytes &+= UInt64(truncatingIfNeeded: share.payload)
        ipBytes &+= UInt64(truncatingIfNeeded: share.payload)
    }

    /// Packets as Zeek counts them: reassembled datagrams, not fragments.
    public var datagrams: UInt64 { packets &- laterFragments }

    mutating func merge(_ other: DirectionTally) {
        packets &+= other.packets
        laterFragments &+= other.laterFragments
        bytes &+= other.bytes
        capturedBytes &+= other.capturedBytes
        payloadBytes &+= other.payloadBytes
        ipBytes &+= other.ipBytes
    }
}
