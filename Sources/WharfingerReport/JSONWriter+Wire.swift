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

    /// An address as a string, as `IPAddress.description` spells it.
    public mutating func address(_ ip: IPAddress) {
        plainString(most: IPAddress.longestText) { ip.write(into: $0) }
    }
}

extension JSONText {
    /// `10.0.0.1`, as `IPAddress.description` spells it.
    public mutating func write(_ ip: IPAddress) {
        writePlain(most: IPAddress.longestText) { ip.write(into: $0) }
    }

    /// `10.0.0.1:443` or `[2001:db8::1]:443`, as `Endpoint.description` spells it.
    public mutating func write(_ endpoint: Endpoint) {
        if endpoint.ip.isIPv6 { write("[" as StaticString) }
        write(endpoint.ip)
        write(endpoint.ip.isIPv6 ? "]:" : ":" as StaticString)
        write(endpoint.port)
    }
}
