import WharfingerWire

/// Every frame libpcap delivered, counted once, where it is decoded: by outcome, how many
/// joined no conversation, and the earliest and latest capture times (files may be given
/// out of order). The report's frame accounting; the analyzer sees only conversation frames.
public struct FrameLedger: Sendable {
    /// Frames counted so far: the number of the latest one.
    public var delivered: UInt64 { counted }
    public var outcomes: OutcomeCounts { byOutcome }
    /// Frames that are not TCP or UDP with their ports read.
    public var outsideFlows: UInt64 { outside }
    // The counts behind the read-only names above, visible to `add` where it is inlined
    // (the reading thread's per-frame path, in another module).
    @usableFromInline var counted: UInt64 = 0
    @usableFromInline var byOutcome = OutcomeCounts()
    @usableFromInline var outside: UInt64 = 0
    /// In nanoseconds; max and min until a frame comes.
    @usableFromInline var first = Int64.max
    @usableFromInline var last = Int64.min

    public init() {}

    /// Counts a frame, and returns the transport of the conversation it belongs to
    /// (`DecodedFrame.transport`; nil for frames outside conversations).
    @inlinable @inline(__always) @discardableResult
    public mutating func add(_ frame: borrowing DecodedFrame, time: Timestamp) -> TransportProtocol? {
        counted &+= 1
        byOutcome.add(frame.outcome)
        let transport = frame.transport
        if transport == nil { outside &+= 1 }
        let now = time.totalNanoseconds
        if now < first { first = now }
        if now > last { last = now }
        return transport
    }

    public var firstTimestamp: Timestamp? { delivered > 0 ? Timestamp(totalNanoseconds: first) : nil }
    public var lastTimestamp: Timestamp? { delivered > 0 ? Timestamp(totalNanoseconds: last) : nil }
}
