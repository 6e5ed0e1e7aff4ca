import WharfingerWire

import WharfingerServices

/// Role probes the analysis does itself for the two UDP protocols whose ports are the
/// same on both sides or carry no role: NTP's mode and DNS's QR bit. Used when the
/// payload classifier recognises nothing.
enum RoleProbes {
    static let ntpPort: UInt16 = 123
    static let dnsPorts: (UInt16, UInt16) = (53, 5353)

    static func probe(_ payload: borrowing RawSpan, transport: TransportProtocol,
                      srcPort: UInt16, dstPort: UInt16) -> PayloadSignature? {
        guard transport == .udp else { return nil }
        let length = payload.byteCount
        if srcPort == ntpPort || dstPort == ntpPort, length >= 48 {
            let first = payload.unsafeLoad(fromByteOffset: 0, as: UInt8.self)
            let version = (first >> 3) & 7
            let mode = first & 7
            guard version >= 1 && version <= 4 else { return nil }
            switch mode {
            case 1: return .ntpSymmetricActiveProbed
            case 2: return .ntpSymmetricPassiveProbed
            case 3: return .ntpClient
            case 4: return .ntpServer
            case 5: return .ntpBroadcast
            default: return nil
            }
        }
        if isDNSPort(srcPort) || isDNSPort(dstPort), length >= 12 {
            let flags = payload.unsafeLoad(fromByteOffset: 2, as: UInt8.self)
            let opcode = (flags >> 3) & 0x0f
            guard opcode <= 6 else { return nil }
            let isResponse = flags & 0x80 != 0
            if srcPort == 5353 || dstPort == 5353 { return isResponse ? .mdnsResponse : .mdnsQuery }
            return isResponse ? .dnsResponse : .dnsQuery
        }
        return nil
    }

    private static func isDNSPort(_ p: UInt16) -> Bool { p == dnsPorts.0 || p == dnsPorts.1 }
}
