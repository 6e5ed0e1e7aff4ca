/// What a known protocol's first bytes look like from each side, in words, so `explain`
/// can say which payload would settle a port pair. Mirrors the signatures in this folder;
/// `SignatureHintTests` ties each hint to the `PayloadSignature` cases it describes.
public struct SignatureHint: Sendable, Equatable {
    /// Protocol name for people, e.g. "SOCKS", "ICA".
    public var protocolName: String
    /// What the client's first bytes look like, or nil when only the server has a signature.
    public var clientSends: String?
    /// What the server's first bytes look like, or nil when only the client has a signature.
    public var serverSends: String?
    /// True when the server talks before the client (banners, greetings).
    public var serverSpeaksFirst: Bool

    /// The hints for a registry name ("socks", "ica", "http-alt"...); empty when none is known.
    public static func hints(forService service: String) -> [SignatureHint] {
        let name = service.lowercased()
        if isTLSService(name) { return [tls] }
        switch name {
        case "http", "http-alt", "www-http", "http-mgmt", "http-rpc-epmap": return [http]
        case "ssh": return [ssh]
        case "domain", "mdns", "llmnr": return [dns]
        case "ntp": return [ntp]
        case "socks": return [socks]
        case "ica": return [ica]
        case "smtp", "submission": return [smtp]
        case "ftp": return [ftp]
        case "pop3": return [pop3]
        case "imap": return [imap]
        case "mysql": return [mysql]
        case "postgresql": return [postgresql]
        default: return []
        }
    }

    /// Every hint, in the order `explain` lists the protocols Wharfinger knows.
    public static let all = [http, tls, ssh, dns, ntp, socks, ica, smtp, ftp, pop3, imap, mysql, postgresql]

    private static func isTLSService(_ name: String) -> Bool {
        ["https", "ldaps", "imaps", "pop3s", "ftps", "telnets", "nntps", "domain-s", "submissions", "ircs-u"]
            .contains(name) || name.contains("https") || name.hasSuffix("ssl") || name.hasSuffix("-tls")
    }

    static let http = SignatureHint(protocolName: "HTTP", clientSends: "an HTTP request line (GET /..., POST /...)",
                                    serverSends: "an HTTP status line (HTTP/1.1 200 ...)", serverSpeaksFirst: false)
    static let tls = SignatureHint(protocolName: "TLS", clientSends: "a TLS ClientHello (16 03 0x .. .. 01)",
                                   serverSends: "a TLS ServerHello (16 03 0x .. .. 02)", serverSpeaksFirst: false)
    static let ssh = SignatureHint(protocolName: "SSH", clientSends: nil,
                                   serverSends: "the first SSH identification string (SSH-2.0-...)", serverSpeaksFirst: true)
    static let dns = SignatureHint(protocolName: "DNS", clientSends: "a DNS query (QR bit 0)",
                                   serverSends: "a DNS response (QR bit 1)", serverSpeaksFirst: false)
    static let ntp = SignatureHint(protocolName: "NTP", clientSends: "an NTP mode 3 (client) packet",
                                   serverSends: "an NTP mode 4 (server) packet", serverSpeaksFirst: false)
    static let socks = SignatureHint(protocolName: "SOCKS",
                                     clientSends: "a SOCKS greeting (05 NMETHODS METHODS..., or 04 01 PORT IP USER 00)",
                                     serverSends: "a SOCKS5 method selection reply (05 00)", serverSpeaksFirst: false)
    static let ica = SignatureHint(protocolName: "ICA", clientSends: nil,
                                   serverSends: "the ICA banner 7F 7F 49 43 41 00", serverSpeaksFirst: true)
    static let smtp = SignatureHint(protocolName: "SMTP", clientSends: "an EHLO or HELO command",
                                    serverSends: "a 220 ... ESMTP greeting", serverSpeaksFirst: true)
    static let ftp = SignatureHint(protocolName: "FTP", clientSends: "a USER command",
                                   serverSends: "a 220 FTP greeting", serverSpeaksFirst: true)
    static let pop3 = SignatureHint(protocolName: "POP3", clientSends: "a USER command",
                                    serverSends: "a +OK greeting", serverSpeaksFirst: true)
    static let imap = SignatureHint(protocolName: "IMAP", clientSends: nil,
                                    serverSends: "a * OK greeting", serverSpeaksFirst: true)
    static let mysql = SignatureHint(protocolName: "MySQL", clientSends: nil,
                                     serverSends: "a MySQL greeting (protocol 10 and a version string)", serverSpeaksFirst: true)
    static let postgresql = SignatureHint(protocolName: "PostgreSQL",
                                          clientSends: "a StartupMessage (protocol 3.0) or SSLRequest (00 00 00 08 04 D2 16 2F)",
                                          serverSends: nil, serverSpeaksFirst: false)
}
