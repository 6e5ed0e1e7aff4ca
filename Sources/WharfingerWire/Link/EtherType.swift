/// The protocol field of Ethernet, 802.1Q tags, Linux cooked headers. Open: unknown
/// values are ordinary values.
public struct EtherType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let ipv4 = EtherType(rawValue: 0x0800)
    public static let arp = EtherType(rawValue: 0x0806)
    public static let vlan = EtherType(rawValue: 0x8100)
    public static let qinq = EtherType(rawValue: 0x88a8)
    /// The pre-standard QinQ outer tag some switches still send.
    public static let qinqLegacy = EtherType(rawValue: 0x9100)
    public static let ipv6 = EtherType(rawValue: 0x86dd)
    public static let mplsUnicast = EtherType(rawValue: 0x8847)
    public static let mplsMulticast = EtherType(rawValue: 0x8848)
    public static let pppoeDiscovery = EtherType(rawValue: 0x8863)
    public static let pppoeSession = EtherType(rawValue: 0x8864)
    public static let macsec = EtherType(rawValue: 0x88e5)
    public static let nsh = EtherType(rawValue: 0x894f)
    /// IEEE 802.1ah provider backbone bridging's I-TAG.
    public static let pbb = EtherType(rawValue: 0x88e7)
    public static let fabricPath = EtherType(rawValue: 0x8903)

    /// Values up to 1500 are 802.3 lengths, not protocols.
    public var isLength: Bool { rawValue <= 1500 }
    public var isVLANTag: Bool { self == .vlan || self == .qinq || self == .qinqLegacy }
}
