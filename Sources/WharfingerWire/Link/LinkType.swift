/// A libpcap link-layer header type (LINKTYPE_/DLT_ value). Open: any number is a
/// value; `isSupported` says whether the decoder knows it.
public struct LinkType: RawRepresentable, Hashable, Sendable {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    public static let null = LinkType(rawValue: 0)
    public static let ethernet = LinkType(rawValue: 1)
    /// DLT_RAW has the value 12 on most systems and 14 on OpenBSD; 101 is LINKTYPE_RAW.
    public static let raw = LinkType(rawValue: 12)
    public static let rawOpenBSD = LinkType(rawValue: 14)
    public static let rawLinktype = LinkType(rawValue: 101)
    public static let loop = LinkType(rawValue: 108)
    public static let linuxSLL = LinkType(rawValue: 113)
    public static let ipv4 = LinkType(rawValue: 228)
    public static let ipv6 = LinkType(rawValue: 229)
    public static let linuxSLL2 = LinkType(rawValue: 276)
    public static let arcnetBSD = LinkType(rawValue: 7)
    public static let ppp = LinkType(rawValue: 9)
    public static let ciscoHDLC = LinkType(rawValue: 104)
    public static let ieee80211 = LinkType(rawValue: 105)
    public static let pflog = LinkType(rawValue: 117)
    public static let ieee80211Radiotap = LinkType(rawValue: 127)
    public static let arcnetLinux = LinkType(rawValue: 129)
    public static let ppi = LinkType(rawValue: 192)
    public static let nflog = LinkType(rawValue: 239)
    public static let ipoib = LinkType(rawValue: 242)

    public static let supported: [LinkType] = [
        .null, .ethernet, .raw, .rawOpenBSD, .rawLinktype, .loop, .linuxSLL, .ipv4, .ipv6, .linuxSLL2,
        .ieee80211, .ieee80211Radiotap, .ppi, .ciscoHDLC, .nflog, .pflog, .ipoib, .arcnetBSD, .arcnetLinux, .ppp,
    ]

    public var isSupported: Bool { LinkType.supported.contains(self) }

    /// The supported types by libpcap's names, each once: "NULL, EN10MB, RAW, ...".
    public static var supportedNames: String {
        var names: [String] = []
        for type in supported where !names.contains(type.name) { names.append(type.name) }
        return names.joined(separator: ", ")
    }

    /// libpcap's name for the supported types.
    public var name: String {
        switch rawValue {
        case 0: "NULL"
        case 1: "EN10MB"
        case 12, 14, 101: "RAW"
        case 108: "LOOP"
        case 113: "LINUX_SLL"
        case 228: "IPV4"
        case 229: "IPV6"
        case 276: "LINUX_SLL2"
        case 7: "ARCNET"
        case 9: "PPP"
        case 104: "C_HDLC"
        case 105: "IEEE802_11"
        case 117: "PFLOG"
        case 127: "IEEE802_11_RADIO"
        case 129: "ARCNET_LINUX"
        case 192: "PPI"
        case 239: "NFLOG"
        case 242: "IPOIB"
        default: "DLT \(rawValue)"
        }
    }
}
