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
        if let place = endpoints.place(of: endpoint) {
            reserve(place.ipLength + place.portLength + 3)
            if endpoint.ip.isIPv6 { put(UInt8(ascii: "[")) }
            again(from: place.ip, place.ipLength)
            if endpoint.ip.isIPv6 { put(UInt8(ascii: "]")) }
            put(UInt8(ascii: ":"))
            again(from: place.port, place.portLength)
            return
        }
        if endpoint.ip.isIPv6 { write("[" as StaticString) }
        write(endpoint.ip)
        write(endpoint.ip.isIPv6 ? "]:" : ":" as StaticString)
        write(endpoint.port)
    }
}

extension JSONText {
    /// `{"ip":"10.0.0.1","port":443}`, as a writer's object of two members spells it; copied
    /// from where the record wrote it first when it did (`WrittenEndpoints`).
    mutating func writeObject(_ endpoint: Endpoint) {
        if let place = endpoints.place(of: endpoint) {
            reserve(place.objectLength)
            again(from: place.object, place.objectLength)
            return
        }
        reserve(IPAddress.longestText + 32)
        let object = count
        syntax(#"{"ip":""#)
        let ipLength = append(most: IPAddress.longestText) {
            endpoint.ip.write(into: UnsafeMutableBufferPointer(start: $0, count: IPAddress.longestText))
        }
        syntax(#"","port":"#)
        let port = count
        digits(UInt64(endpoint.port), width: 1)
        let portLength = count - port
        put(UInt8(ascii: "}"))
        endpoints.remember(WrittenEndpoints.Place(endpoint: endpoint, object: object, ipLength: ipLength,
                                                  portLength: portLength))
    }
}
