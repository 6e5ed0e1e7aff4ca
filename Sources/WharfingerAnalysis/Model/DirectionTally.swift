/// Packets and bytes sent in one direction.
public struct DirectionTally: Sendable, Equatable {
    public var packets: UInt64 = 0
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

    mutating func merge(_ other: DirectionTally) {
        packets &+= other.packets
        bytes &+= other.bytes
        capturedBytes &+= other.capturedBytes
        payloadBytes &+= other.payloadBytes
        ipBytes &+= other.ipBytes
    }
}
