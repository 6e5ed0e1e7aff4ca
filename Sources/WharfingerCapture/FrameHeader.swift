import WharfingerWire

/// libpcap's per-frame header as values: when, how long on the wire, how much captured.
public struct FrameHeader: Sendable {
    public var timestamp: Timestamp
    public var capturedLength: Int
    public var wireLength: Int

    public init(timestamp: Timestamp, capturedLength: Int, wireLength: Int) {
        self.timestamp = timestamp
        self.capturedLength = capturedLength
        self.wireLength = wireLength
    }
}
