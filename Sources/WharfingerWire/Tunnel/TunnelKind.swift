/// An encapsulation the decoder follows to the conversation inside it.
public enum TunnelKind: UInt8, Sendable, CaseIterable {
    /// IPv4 or IPv6 directly in IPv4 or IPv6 (protocols 4 and 41: 4in4, 6in4, 4in6, 6in6).
    case ipInIP = 1
    /// GRE (RFC 2784/2890), also as WCCP redirection and transparent Ethernet bridging.
    case gre
    /// PPTP's enhanced GRE (RFC 2637) carrying PPP.
    case pptp
    case erspanI, erspanII, erspanIII
    case vxlan
    /// VXLAN-GPE (UDP 4790), whose header names the next protocol.
    case vxlanGPE
    case geneve
    case gtpU
    case teredo
    /// L2TPv2 data messages (RFC 2661) carrying PPP.
    case l2tp
    /// IEEE 802.1ah provider backbone bridging: a customer frame behind an I-TAG.
    case pbb
    /// Cisco FabricPath: a classical Ethernet frame behind a FabricPath header.
    case fabricPath
    /// A multicast packet sent to the rendezvous point inside a PIM Register message.
    case pimRegister
    /// A wireless station's frame between an access point and its controller.
    case capwap

    /// The name in reports and NDJSON.
    public var name: String {
        switch self {
        case .ipInIP: "ip-in-ip"
        case .gre: "gre"
        case .pptp: "pptp-gre"
        case .erspanI: "erspan-i"
        case .erspanII: "erspan-ii"
        case .erspanIII: "erspan-iii"
        case .vxlan: "vxlan"
        case .vxlanGPE: "vxlan-gpe"
        case .geneve: "geneve"
        case .gtpU: "gtp-u"
        case .teredo: "teredo"
        case .l2tp: "l2tp"
        case .pbb: "pbb"
        case .fabricPath: "fabricpath"
        case .pimRegister: "pim-register"
        case .capwap: "capwap"
        }
    }

    /// What its identifier is called ("vni", "key", "teid"...), for kinds that carry one.
    public var identifierName: StaticString? {
        switch self {
        case .vxlan, .vxlanGPE, .geneve: "vni"
        case .gre: "key"
        case .pptp: "call_id"
        case .erspanII, .erspanIII: "session"
        case .gtpU: "teid"
        case .l2tp: "tunnel_id"
        case .pbb: "isid"
        case .ipInIP, .erspanI, .teredo, .fabricPath, .pimRegister, .capwap: nil
        }
    }

    /// True when both directions of a conversation carry the same identifier, so it can
    /// tell tenants apart. GTP-U TEIDs, L2TP tunnel ids and PPTP call ids are chosen by
    /// each receiver, so they differ per direction and cannot.
    var identifierIsShared: Bool {
        switch self {
        case .vxlan, .vxlanGPE, .geneve, .gre, .erspanII, .erspanIII, .pbb: true
        default: false
        }
    }
}
