import WharfingerWire

extension DecodeStop {
    /// One line naming layer and offset, e.g. `ipv4 at offset 14: header cut short (needs 20 bytes, 6 captured)`.
    public var text: String {
        var detail = problem.text
        switch problem {
        case .shortHeader:
            detail += " (needs \(needed) bytes, \(available) captured)"
        case .ipv4HeaderLengthBelowMinimum, .tcpDataOffsetBelowMinimum:
            detail += " (\(value))"
        case .ipv4TotalLengthBelowHeader, .udpLengthBelowMinimum, .udpLengthBeyondDatagram,
             .tcpHeaderBeyondSegment, .ipv6ExtensionBeyondPayload, .transportHeaderBeyondPacket,
             .linkHeaderLengthBelowMinimum:
            detail += " (\(value) bytes)"
        case .badIPVersion:
            detail += " (version \(value))"
        case .ipv6ExtensionChainTooLong, .extensionChainTooLong:
            detail += " (more than \(value) headers)"
        case .tunnelsTooDeep:
            detail += " (more than \(value))"
        case .extensionHeaderLengthZero:
            break
        }
        return "\(layer.name) at offset \(offset): \(detail)"
    }
}

extension StopProblem {
    /// What went wrong, without the numbers: "header cut short", "IHL below 5".
    var text: String {
        switch self {
        case .shortHeader: "header cut short"
        case .badIPVersion: "IP version field does not match the link's protocol"
        case .ipv4HeaderLengthBelowMinimum: "IHL below 5"
        case .ipv4TotalLengthBelowHeader: "total length below the header length"
        case .ipv6ExtensionChainTooLong: "extension header chain too long"
        case .ipv6ExtensionBeyondPayload: "extension header runs past the payload length"
        case .tcpDataOffsetBelowMinimum: "data offset below 5"
        case .tcpHeaderBeyondSegment: "data offset runs past the IP payload"
        case .udpLengthBelowMinimum: "length below 8"
        case .udpLengthBeyondDatagram: "length runs past the IP payload"
        case .transportHeaderBeyondPacket: "IP payload too short for the transport header"
        case .tunnelsTooDeep: "tunnels nested too deep"
        case .extensionHeaderLengthZero: "extension header length 0"
        case .extensionChainTooLong: "extension header chain too long"
        case .linkHeaderLengthBelowMinimum: "header length below the minimum"
        }
    }
}

extension Layer {
    /// The layer's name in a decode stop's line and JSON: "ipv4", "ipv6-ext", "802.11".
    public var name: String {
        switch self {
        case .link: "link"
        case .vlan: "vlan"
        case .mpls: "mpls"
        case .pppoe: "pppoe"
        case .ipv4: "ipv4"
        case .ipv6: "ipv6"
        case .ipv6Extension: "ipv6-ext"
        case .tcp: "tcp"
        case .udp: "udp"
        case .ppp: "ppp"
        case .gre: "gre"
        case .erspan: "erspan"
        case .vxlan: "vxlan"
        case .geneve: "geneve"
        case .gtpU: "gtp-u"
        case .teredo: "teredo"
        case .l2tp: "l2tp"
        case .pbb: "pbb"
        case .fabricPath: "fabricpath"
        case .pim: "pim"
        case .capwap: "capwap"
        case .radiotap: "radiotap"
        case .ppi: "ppi"
        case .ieee80211: "802.11"
        case .llc: "llc"
        case .ciscoHDLC: "c-hdlc"
        case .nflog: "nflog"
        case .pflog: "pflog"
        case .ipoib: "ipoib"
        case .arcnet: "arcnet"
        }
    }
}
