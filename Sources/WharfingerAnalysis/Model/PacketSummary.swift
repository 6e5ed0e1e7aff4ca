import WharfingerWire

/// What the connection analyzer reads of one frame: its outcome, addresses, ports and TCP
/// fields, its tunnel, and libpcap's lengths and time. 88 bytes, where a `DecodedFrame` alone
/// takes 240: a two-thread pipeline hands this over per frame, so less of
/// each record crosses from one core's cache to the other's.
public struct PacketSummary: Sendable {
    var srcHigh: UInt64, srcLow: UInt64
    var dstHigh: UInt64, dstLow: UInt64
    /// Capture time in nanoseconds since the epoch.
    var time: Int64
    /// `TunnelChain.context` and `.path`: 0 outside tunnels.
    var tunnel: UInt64
    var tunnelPath: UInt64
    var seq: UInt32, ack: UInt32
    var payloadLength: UInt32
    var wireLength: UInt32, capturedLength: UInt32
    var srcPort: UInt16, dstPort: UInt16
    /// The TCP window field; the IP and transport headers' bytes (IP length = these + payload).
    var window: UInt16
    var headerBytes: UInt16
    var outcome: FrameOutcome
    var tcpFlags: TCPFlags
    var isIPv6: Bool
    var hasPorts: Bool

    public init(_ frame: borrowing DecodedFrame, timestamp: Timestamp, wireLength: Int, capturedLength: Int) {
        srcHigh = frame.src.high; srcLow = frame.src.low
        dstHigh = frame.dst.high; dstLow = frame.dst.low
        time = timestamp.totalNanoseconds
        tunnel = frame.tunnel.context
        tunnelPath = frame.tunnel.path
        seq = frame.seq; ack = frame.ack
        payloadLength = UInt32(truncatingIfNeeded: frame.payloadLength)
        self.wireLength = UInt32(truncatingIfNeeded: wireLength)
        self.capturedLength = UInt32(truncatingIfNeeded: capturedLength)
        srcPort = frame.srcPort; dstPort = frame.dstPort
        window = frame.window
        headerBytes = UInt16(clamping: frame.payloadOffset - frame.networkOffset)
        outcome = frame.outcome
        tcpFlags = frame.tcpFlags
        isIPv6 = frame.src.isIPv6
        hasPorts = frame.hasPorts
    }

    var src: IPAddress { IPAddress(high: srcHigh, low: srcLow, isIPv6: isIPv6) }
    var dst: IPAddress { IPAddress(high: dstHigh, low: dstLow, isIPv6: isIPv6) }
}
