import WharfingerWire

extension JSONWriter {
    /// An epoch time in seconds with nine decimals, as `Timestamp.epochText` spells it.
    public mutating func time(_ timestamp: Timestamp) {
        decimal(timestamp.seconds, fraction: UInt64(timestamp.nanoseconds), fractionDigits: 9)
    }
}
