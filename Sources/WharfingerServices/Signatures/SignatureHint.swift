/// A known protocol whose first bytes settle a side's role, and which sides send such bytes,
/// so `explain` can say which payload would settle a port pair (the report words the bytes).
/// Mirrors the signatures in this folder; `SignatureHintMatcherTests` ties each hint to the
/// `PayloadSignature` cases it describes.
public enum SignatureHint: Sendable, Equatable, CaseIterable {
    // In the order `explain` lists the protocols Wharfinger knows.
    case http, tls, ssh, dns, ntp, socks, ica, smtp, ftp, pop3, imap, mysql, postgresql

    /// The hints for a registry name ("socks", "ica", "http-alt"...); empty when none is known.
    public static func hints(forService service: String) -> [SignatureHint] {
        let name = service.lowercased()
        if isTLSService(name) { return [.tls] }
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
        default: return []
        }
    }

    private static func isTLSService(_ name: String) -> Bool {
        ["https", "ldaps", "imaps", "pop3s", "ftps", "telnets", "nntps", "domain-s", "submissions", "ircs-u"]
            .contains(name) || name.contains("https") || name.hasSuffix("ssl") || name.hasSuffix("-tls")
    }

    /// True when a client's first bytes have a signature (false when only the server's do).
    public var clientHasSignature: Bool {
        switch self {
        case .ssh, .ica, .imap, .mysql: false
        default: true
        }
    }

    /// True when a server's first bytes have a signature (false when only the client's do).
    public var serverHasSignature: Bool { self != .postgresql }

    /// True when the server talks before the client (banners, greetings).
    public var serverSpeaksFirst: Bool {
        switch self {
        case .ssh, .ica, .smtp, .ftp, .pop3, .imap, .mysql: true
        default: false
        }
    }
}
