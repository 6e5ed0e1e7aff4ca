import WharfingerWire

/// Protocols IANA gives two ports, one for each role: the ports alone then say who serves,
/// though both are well-known, commonly deployed and registered (DHCP: bootps 67 and bootpc
/// 68; DHCPv6: dhcpv6-server 547 and dhcpv6-client 546).
public enum ServicePortPairs {
    /// (server's port, client's port).
    static let pairs: [(server: UInt16, client: UInt16)] = [(67, 68), (547, 546)]

    /// The server's port when `a` and `b` are such a pair, else nil. Both transports: IANA
    /// registers these ports for TCP too.
    public static func serverPort(_ a: UInt16, _ b: UInt16) -> UInt16? {
        // Every pair's ports are well-known: asked for every ended flow, most of which have
        // a port above, this answers without reaching the list.
        guard a < 1024 && b < 1024 else { return nil }
        for pair in pairs where (pair.server == a && pair.client == b) || (pair.server == b && pair.client == a) {
            return pair.server
        }
        return nil
    }
}
