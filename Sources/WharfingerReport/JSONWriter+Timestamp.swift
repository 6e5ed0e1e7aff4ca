import WharfingerWire

extension JSONWriter {
    /// An epoch time in seconds with nine decimals, as `Timestamp.epochText` spells it.
    public mutating func time(_ timestamp: Timestamp) {
        decimal(timestamp.seconds, fraction: UInt64(timestamp.nanoseconds), fractionDigits: 9)
    }

    /// The seconds from `first` to `last` with nine decimals (exact: `last` minus `first`).
    public mutating func interval(from first: Timestamp, to last: Timestamp) {
        time(Timestamp(totalNanoseconds: max(0, last.totalNanoseconds &- first.totalNanoseconds)))
    }
}
