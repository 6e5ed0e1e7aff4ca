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

    init(keeping: Bool = false) { self.keeping = keeping }
    private var first: Place?
    private var second: Place?

    @inline(__always)
    func place(of endpoint: Endpoint) -> Place? {
        if let first, first.endpoint == endpoint { return first }
        if let second, second.endpoint == endpoint { return second }
        return nil
    }

    mutating func remember(_ place: Place) {
        guard keeping else { return }
        if first == nil { first = place } else if second == nil { second = place }
    }
}
