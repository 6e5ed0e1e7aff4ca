/// Ethernet II and 802.3 framing, then whatever the EtherType chain leads to.
enum Ethernet {
    enum Field {
        static let destination = 0..<6
        static let etherType = 12
        static let headerLength = 14
    }

    /// `offset`: 0 for the link header, elsewhere for a frame a tunnel or PPI carries.
    /// Inlined into its callers: most frames pass through it, and as a call of its own its
    /// prologue and epilogue cost as much as its work.
    @inline(__always)
    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int = 0) {
        guard cursor.require(Field.headerLength, at: offset, in: .link) else { return }
        let destination = offset &+ Field.destination.lowerBound
        cursor.frame.packet.linkBroadcast = frame.be32(destination) == 0xFFFF_FFFF && frame.be16(destination &+ 4) == 0xFFFF
        let type = EtherType(rawValue: frame.be16(offset &+ Field.etherType))
        // Most frames are untagged IP: straight to its header, without the chain's walk.
        switch type {
        case .ipv4: IPv4.decode(frame, &cursor, at: offset &+ Field.headerLength)
        case .ipv6: IPv6.decode(frame, &cursor, at: offset &+ Field.headerLength)
        default: EtherTypeChain.decode(frame, &cursor, type: type, at: offset &+ Field.headerLength)
        }
    }
}

/// Follows an EtherType through VLAN tags, MPLS label stacks and PPPoE sessions to
/// the IP header. Shared by Ethernet and the Linux cooked headers.
enum EtherTypeChain {
    /// More tags than any real network stacks; a bound keeps hostile frames cheap.
    static let maxTags = 8
    static let maxLabels = 16
    /// MACsec and NSH can wrap further headers; a bound stops hostile nesting.
    static let maxNesting = 4

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, type first: EtherType, at start: Int,
                       depth: Int = 0) {
        guard depth <= maxNesting else { cursor.notIP(protocol: first.rawValue); return }
        var type = first
        var offset = start
        while type.isVLANTag {
            // A tag is 2 bytes of priority/VLAN id, then the next EtherType.
            guard cursor.frame.vlanTags < maxTags else { cursor.notIP(protocol: type.rawValue); return }
            guard cursor.require(4, at: offset, in: .vlan) else { return }
            type = EtherType(rawValue: frame.be16(offset + 2))
            offset += 4
            cursor.frame.vlanTags += 1
        }
        switch type {
        case .ipv4: IPv4.decode(frame, &cursor, at: offset)
        case .ipv6: IPv6.decode(frame, &cursor, at: offset)
        case .mplsUnicast, .mplsMulticast: MPLS.decode(frame, &cursor, at: offset)
        case .pppoeSession: PPPoE.decode(frame, &cursor, at: offset)
        case .macsec: MACsec.decode(frame, &cursor, at: offset, depth: depth)
        case .nsh: NSH.decode(frame, &cursor, at: offset, depth: depth)
        case .pbb where cursor.followTunnels: ProviderBackbone.decode(frame, &cursor, at: offset)
        case .fabricPath where cursor.followTunnels: FabricPath.decode(frame, &cursor, at: offset)
        default: cursor.notIP(protocol: type.rawValue)
        }
    }
}
