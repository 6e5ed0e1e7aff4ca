extension IPAddress {
    /// A multicast group (IPv4 224.0.0.0/4, IPv6 ff00::/8) or the limited broadcast
    /// 255.255.255.255: an address that only receives, never a packet's source. A subnet's
    /// broadcast address cannot be told from a host's without the netmask, so it is not one.
    public var isGroup: Bool {
        if isIPv6 { return high >> 56 == 0xFF }
        let v4 = ipv4Value
        return v4 >> 28 == 0xE || v4 == 0xFFFF_FFFF
    }
}
