import WharfingerWire

/// Every frame libpcap delivered, counted once, where it is decoded: by outcome, how many
/// joined no conversation, and the earliest and latest capture times (files may be given
/// out of order). The report's frame accounting; the analyzer sees only conversation frames.
public struct FrameLedger: Sendable {
    /// Frames counted so far: the number of the latest one.
    public private(set) var delivered: UInt64 = 0
    public private(set) var outcomes = OutcomeCounts()
    /// Frames that are not TCP or UDP with their ports read.
    public private(set) var outsideFlows: UInt64 = 0
    /// In nanoseconds; max and min until a frame comes.
    private var first = Int64.max
    private var last = Int64.min

    public init() {}

    /// Counts a frame, and returns the transport of the conversation it belongs to
    /// (`DecodedFrame.transport`; nil for frames outside conversations).
    @inline(__always) @discardableResult
    public mutating func add(_ frame: borrowing DecodedFrame, time: Timestamp) -> TransportProtocol? {
        delivered &+= 1
        outcomes.add(frame.outcome)
        let transport = frame.transport
        if transport == nil { outsideFlows &+= 1 }
        let now = time.totalNanoseconds
        if now < first { first = now }
        if now > last { last = now }
        return transport
    }

    public var firstTimestamp: Timestamp? { delivered > 0 ? Timestamp(totalNanoseconds: first) : nil }
    public var lastTimestamp: Timestamp? { delivered > 0 ? Timestamp(totalNanoseconds: last) : nil }
}
