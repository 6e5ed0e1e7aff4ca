import WharfingerWire

/// The networks conn.log calls local (Zeek's `Site::local_nets`): `local_orig` and
/// `local_resp` say whether each end is in one. Empty: both are left unset, as Zeek
/// leaves them when no local networks are configured.
public struct LocalNetworks: Sendable {
    struct Network: Sendable {
        var address: IPAddress
        var prefix: Int
    }

    var networks: [Network] = []

    public init() {}

    /// `10.0.0.0/8,192.168.0.0/16,fd00::/8`: CIDR blocks (an address alone is a /32 or
    /// /128), comma-separated. Nil names the first block that is not one.
    public static func parse(_ list: String) -> Result<LocalNetworks, LocalNetworksError> {
        var parsed = LocalNetworks()
        for item in list.split(separator: ",", omittingEmptySubsequences: true) {
            let text = item.trimmingSpaces
            let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            guard let address = IPAddress(String(parts[0])) else { return .failure(LocalNetworksError(block: text)) }
            let width = address.isIPv6 ? 128 : 32
            var prefix = width
            if parts.count == 2 {
                guard let bits = Int(parts[1]), bits >= 0, bits <= width else {
                    return .failure(LocalNetworksError(block: text))
                }
                prefix = bits
            }
            parsed.networks.append(Network(address: address, prefix: prefix))
        }
        guard !parsed.networks.isEmpty else { return .failure(LocalNetworksError(block: list)) }
        return .success(parsed)
    }

    public var isEmpty: Bool { networks.isEmpty }

    /// In one of the networks: the address's first `prefix` bits are the network's.
    public func contains(_ ip: IPAddress) -> Bool {
        networks.contains { network in
            guard network.address.isIPv6 == ip.isIPv6 else { return false }
            if !ip.isIPv6 {
                let mask: UInt32 = network.prefix == 0 ? 0 : ~0 << UInt32(32 - network.prefix)
                return ip.ipv4Value & mask == network.address.ipv4Value & mask
            }
            let highBits = min(network.prefix, 64), lowBits = max(network.prefix - 64, 0)
            let highMask: UInt64 = highBits == 0 ? 0 : ~0 << UInt64(64 - highBits)
            let lowMask: UInt64 = lowBits == 0 ? 0 : ~0 << UInt64(64 - lowBits)
            return ip.high & highMask == network.address.high & highMask
                && ip.low & lowMask == network.address.low & lowMask
        }
    }
}

/// A `--local-nets` block that is no CIDR block.
public struct LocalNetworksError: Error, Sendable {
    public var block: String
    public var message: String { "--local-nets: '\(block)' is not a network (CIDR such as 10.0.0.0/8 or fd00::/8)" }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
