import WharfingerWire

/// A known protocol whose first bytes settle a side's role, and which sides send such bytes,
/// so `explain` can say which payload would settle a port pair (the report words the bytes).
/// Mirrors the signatures in this folder; `SignatureHintMatcherTests` ties each hint to the
/// `PayloadSignature` cases it describes and to the transports the classifier reads them on.
public enum SignatureHint: Sendable, Equatable, CaseIterable {
    // In the order `explain` lists the protocols Wharfinger knows.
    case http, tls, ssh, dns, ntp, socks, ica, smtp, ftp, pop3, imap, mysql, postgresql
    case rtsp, irc, sip, dhcp, stun, dtls, nbns, radius, quic

    /// The hints for a registry name ("socks", "ica", "http-alt"...) that the classifier reads
    /// over `transport`; empty when none is known there.
    public static func hints(forService service: String, transport: TransportProtocol) -> [SignatureHint] {
        hints(forService: service).filter { $0.isRecognised(over: transport) }
    }

    /// The hints for a registry name on either transport; empty when none is known.
    public static func hints(forService service: String) -> [SignatureHint] {
        let name = service.lowercased()
        // STUN and TURN over TLS on TCP, over DTLS on UDP (RFC 8489 section 6.2.3, RFC 7350).
        if ["stuns", "turns", "stun-behaviors"].contains(name) { return [.tls, .dtls] }
        // HTTP/3 runs over QUIC on https's UDP port (RFC 9114 section 3.1).
        if name == "https" { return [.tls, .quic] }
        // DNS over TLS on TCP (RFC 7858), over DTLS (RFC 8094) or QUIC (RFC 9250) on UDP.
        if name == "domain-s" { return [.tls, .dtls, .quic] }
        if isTLSService(name) { return [.tls] }
        if name.contains("dtls") { return [.dtls] }
        switch name {
        case "http", "http-alt", "www-http", "http-mgmt", "http-rpc-epmap": return [.http]
        case "ssh": return [.ssh]
        case "domain", "mdns", "llmnr": return [.dns]
        case "ntp": return [.ntp]
        case "socks": return [.socks]
        case "ica": return [.ica]
        case "smtp", "submission": return [.smtp]
        case "ftp": return [.ftp]
        case "pop3": return [.pop3]
        case "imap": return [.imap]
        case "mysql": return [.mysql]
        case "postgresql": return [.postgresql]
        case "rtsp", "rtsp-alt": return [.rtsp]
        case "irc", "ircu": return [.irc]
        case "sip": return [.sip]
        // Only the server's port: a hint names its port as the server's, and bootpc is the client's.
        case "bootps": return [.dhcp]
        case "stun", "turn", "stun-behavior": return [.stun]
        case "netbios-ns": return [.nbns]
        case "radius", "radius-acct", "radius-dynauth": return [.radius]
        case "quic": return [.quic]
        default: return []
        }
    }

    private static func isTLSService(_ name: String) -> Bool {
        ["ldaps", "imaps", "pop3s", "ftps", "telnets", "nntps", "domain-s", "submissions", "ircs-u",
         "rtsps", "sips"]
            .contains(name) || name.contains("https") || name.hasSuffix("ssl") || name.hasSuffix("-tls")
    }

    /// True when the classifier reads this protocol's messages over `transport`: SIP, DHCP,
    /// STUN, DTLS, NBNS, RADIUS and QUIC only over UDP, NTP too, DNS over both, the rest only over TCP.
    public func isRecognised(over transport: TransportProtocol) -> Bool {
        switch self {
        case .dns: true
        case .ntp, .sip, .dhcp, .stun, .dtls, .nbns, .radius, .quic: transport == .udp
        case .http, .tls, .ssh, .socks, .ica, .smtp, .ftp, .pop3, .imap, .mysql, .postgresql, .rtsp, .irc:
            transport == .tcp
        }
    }

    /// True when the classifier reads this protocol only on its own ports (NBNS's 137, RADIUS's):
    /// no message of it settles a pair of other ports.
    public var isReadOnlyOnItsPorts: Bool { self == .nbns || self == .radius }

    /// True when a client's first bytes have a signature (false when only the server's do).
    public var clientHasSignature: Bool {
        switch self {
        case .ssh, .ica, .imap, .mysql: false
        default: true
        }
    }

    /// True when a server's first bytes have a signature (false when only the client's do).
    public var serverHasSignature: Bool { self != .postgresql }

    /// True when the server talks before the client (banners, greetings). Not IRC's: its
    /// clients register without waiting for the server's NOTICE.
    public var serverSpeaksFirst: Bool {
        switch self {
        case .ssh, .ica, .smtp, .ftp, .pop3, .imap, .mysql: true
        default: false
        }
    }
}
