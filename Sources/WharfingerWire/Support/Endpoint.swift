/// One side of a conversation: an address and a port, the same fixed-size value from the
/// decoder to the reports.
public struct Endpoint: Hashable, Sendable, Comparable {
    public var ip: IPAddress
    public var port: UInt16

    public init(ip: IPAddress, port: UInt16) {
        self.ip = ip
        self.port = port
    }

    public static let unspecified = Endpoint(ip: .unspecified, port: 0)

    public static func < (a: Endpoint, b: Endpoint) -> Bool {
        a.ip != b.ip ? a.ip < b.ip : a.port < b.port
    }
}

extension Endpoint: CustomStringConvertible {
    /// `10.0.0.1:443`, or `[2001:db8::1]:443` for IPv6.
    public var description: String {
        ip.isIPv6 ? "[\(ip)]:\(port)" : "\(ip):\(port)"
    }
}
