import WharfingerWire

/// Where a record's endpoints were first written into its JSON text, as
/// `{"ip":"10.0.0.1","port":443}`: a flow's client and server, which its facts and the words
/// of its evidence name again. A later mention copies the bytes from there (all of them for a
/// fact's server, the address and the port for words) instead of formatting them again.
/// Offsets, not pointers: the text may grow meanwhile. Kept only while a record says so
/// (`JSONWriter.keepEndpoints`), and forgotten whenever the text is emptied.
struct WrittenEndpoints {
    struct Place {
        var endpoint: Endpoint
        /// Where its object starts.
        var object: Int
        var ipLength: Int
        var portLength: Int

        static let beforeIP = 7  // {"ip":"
        static let betweenIPAndPort = 9  // ","port":
        var ip: Int { object + Self.beforeIP }
        var port: Int { ip + ipLength + Self.betweenIPAndPort }
        var objectLength: Int { Self.beforeIP + ipLength + Self.betweenIPAndPort + portLength + 1 }
    }

    var keeping = false
    /// How many of `first` and `second` are written.
    private var count = 0
    private var first = Place(endpoint: Endpoint(ip: .unspecified, port: 0), object: 0, ipLength: 0, portLength: 0)
    private var second = Place(endpoint: Endpoint(ip: .unspecified, port: 0), object: 0, ipLength: 0, portLength: 0)

    init(keeping: Bool = false) { self.keeping = keeping }

    @inline(__always)
    func place(of endpoint: Endpoint) -> Place? {
        if count > 0 && Self.same(first.endpoint, endpoint) { return first }
        if count > 1 && Self.same(second.endpoint, endpoint) { return second }
        return nil
    }

    mutating func remember(_ place: Place) {
        guard keeping else { return }
        if count == 0 { first = place } else if count == 1 { second = place } else { return }
        count += 1
    }

    /// `==`, its fields compared here rather than through a call to another module's.
    @inline(__always)
    private static func same(_ a: Endpoint, _ b: Endpoint) -> Bool {
        a.port == b.port && a.ip.low == b.ip.low && a.ip.high == b.ip.high && a.ip.isIPv6 == b.ip.isIPv6
    }
}
