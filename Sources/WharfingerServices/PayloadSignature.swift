/// Which side a payload's first bytes say their sender is.
public enum PayloadRole: UInt8, Sendable { case client, server }

/// How far a signature settles its sender's role.
public enum PayloadRoleCertainty: UInt8, Sendable {
    /// The bytes alone settle it: a TLS ClientHello, a DNS QR bit, an HTTP request line.
    case certain
    /// The role is the usual one for these bytes, but they are short or generic
    /// (a 2-byte SOCKS5 reply, a bare `220 ` greeting).
    case likely
    /// Both sides send these bytes (SSH version banners). The server speaks first, so the
    /// sender is the server only if it spoke before its peer; the flow analysis knows who did.
    case serverIfFirst
    /// The server sends these bytes first and the client echoes them back (the ICA banner,
    /// seen from both sides in real Citrix sessions): alone, the sender is likely the server;
    /// from both sides, the one who sent first is, since the client waits for the server's.
    case serverThenEcho
    /// The protocol is known, the role is not (NTP symmetric modes).
    case undecided
}

/// A protocol recognised from the first payload bytes a side sent: one of the messages the
/// classifiers know. A one-byte value, so the reading thread hands it to the analysis
/// thread with each frame for nothing, and a flow stores it as it is.
public enum PayloadSignature: UInt8, Sendable, CaseIterable {
    case tlsClientHello, tlsServerHello, sslv2ClientHello
    case sshIdentification
    case icaBanner
    case httpRequest, httpStatus, http2Preface
    case pop3Greeting, imapGreeting, ftpGreeting, smtpGreeting
    /// A bare "220 " greeting: from port 21, 990 or 2121 taken for FTP, else for SMTP.
    case bare220FromFTPPort, bare220
    case smtpHello, pop3User, ftpUser
    case socks4aRequest, socks4Request, socks4Reply, socks5MethodSelection, socks5Greeting, socks5Request
    case postgresqlSSLRequest, postgresqlGSSENCRequest, postgresqlCancelRequest, postgresqlStartup
    case mysqlGreeting
    case dnsQuery, dnsResponse, mdnsQuery, mdnsResponse, llmnrQuery, llmnrResponse
    case ntpClient, ntpServer, ntpBroadcast, ntpSymmetricActive, ntpSymmetricPassive
    case ntpControlRequest, ntpControlResponse
    case dhcpRequest, dhcpReply
    case sipRequest, sipStatus
    case dtlsClientHello, dtlsServerHello
    case stunRequest, stunResponse
    /// NTP symmetric modes with a reserved stratum (above 16) on port 123: unlike the modes'
    /// other signatures these settle the role (see `NTPSignature`), so they are cases of their own.
    case ntpSymmetricActiveReservedStratum, ntpSymmetricPassiveReservedStratum
    case nbnsRequest, nbnsResponse

    private var details: (service: StaticString, role: PayloadRole, evidence: StaticString, certainty: PayloadRoleCertainty) {
        switch self {
        case .tlsClientHello: ("tls", .client, "TLS ClientHello", .certain)
        case .tlsServerHello: ("tls", .server, "TLS ServerHello", .certain)
        case .sslv2ClientHello: ("tls", .client, "SSLv2-format ClientHello", .certain)
        case .sshIdentification:
            ("ssh", .server, "SSH identification string (both sides send one; the server first)", .serverIfFirst)
        case .icaBanner: ("ica", .server, "ICA banner 7F 7F 49 43 41 00", .serverThenEcho)
        case .httpRequest: ("http", .client, "HTTP request line", .certain)
        case .httpStatus: ("http", .server, "HTTP status line", .certain)
        case .http2Preface: ("http", .client, "HTTP/2 connection preface", .certain)
        case .pop3Greeting: ("pop3", .server, "POP3 +OK greeting", .certain)
        case .imapGreeting: ("imap", .server, "IMAP untagged OK greeting", .certain)
        case .ftpGreeting: ("ftp", .server, "FTP 220 greeting", .certain)
        case .smtpGreeting: ("smtp", .server, "SMTP 220 greeting", .certain)
        case .bare220FromFTPPort: ("ftp", .server, "220 greeting (SMTP or FTP)", .likely)
        case .bare220: ("smtp", .server, "220 greeting (SMTP or FTP)", .likely)
        case .smtpHello: ("smtp", .client, "SMTP EHLO/HELO command", .certain)
        case .pop3User: ("pop3", .client, "POP3 USER command", .certain)
        case .ftpUser: ("ftp", .client, "FTP USER command", .certain)
        case .socks4aRequest: ("socks", .client, "SOCKS4a request", .certain)
        case .socks4Request: ("socks", .client, "SOCKS4 request", .certain)
        case .socks4Reply: ("socks", .server, "SOCKS4 reply", .likely)
        case .socks5MethodSelection: ("socks", .server, "SOCKS5 method selection reply", .likely)
        case .socks5Greeting: ("socks", .client, "SOCKS5 greeting", .certain)
        case .socks5Request: ("socks", .client, "SOCKS5 request", .certain)
        case .postgresqlSSLRequest: ("postgresql", .client, "PostgreSQL SSLRequest", .certain)
        case .postgresqlGSSENCRequest: ("postgresql", .client, "PostgreSQL GSSENCRequest", .certain)
        case .postgresqlCancelRequest: ("postgresql", .client, "PostgreSQL CancelRequest", .certain)
        case .postgresqlStartup: ("postgresql", .client, "PostgreSQL StartupMessage (protocol 3.0)", .certain)
        case .mysqlGreeting: ("mysql", .server, "MySQL handshake v10 greeting", .certain)
        case .dnsQuery: ("domain", .client, "DNS QR=0 (query)", .certain)
        case .dnsResponse: ("domain", .server, "DNS QR=1 (response)", .certain)
        case .mdnsQuery: ("mdns", .client, "DNS QR=0 (query)", .certain)
        case .mdnsResponse: ("mdns", .server, "DNS QR=1 (response)", .certain)
        case .llmnrQuery: ("llmnr", .client, "DNS QR=0 (query)", .certain)
        case .llmnrResponse: ("llmnr", .server, "DNS QR=1 (response)", .certain)
        case .ntpClient: ("ntp", .client, "NTP mode 3 (client)", .certain)
        case .ntpServer: ("ntp", .server, "NTP mode 4 (server)", .certain)
        case .ntpBroadcast: ("ntp", .server, "NTP mode 5 (broadcast)", .certain)
        case .ntpSymmetricActive: ("ntp", .client, "NTP mode 1 (symmetric active)", .undecided)
        case .ntpSymmetricPassive: ("ntp", .client, "NTP mode 2 (symmetric passive)", .undecided)
        case .ntpControlRequest: ("ntp", .client, "NTP mode 6 control request", .certain)
        case .ntpControlResponse: ("ntp", .server, "NTP mode 6 control response", .certain)
        case .dhcpRequest: ("dhcp", .client, "DHCP/BOOTP request (op 1)", .certain)
        case .dhcpReply: ("dhcp", .server, "DHCP/BOOTP reply (op 2)", .certain)
        case .sipRequest: ("sip", .client, "SIP request line", .certain)
        case .sipStatus: ("sip", .server, "SIP status line", .certain)
        case .dtlsClientHello: ("dtls", .client, "DTLS ClientHello", .certain)
        case .dtlsServerHello: ("dtls", .server, "DTLS ServerHello or HelloVerifyRequest", .certain)
        case .stunRequest: ("stun", .client, "STUN request", .likely)
        case .stunResponse: ("stun", .server, "STUN response", .likely)
        case .ntpSymmetricActiveReservedStratum: ("ntp", .client, "NTP mode 1 (symmetric active)", .certain)
        case .ntpSymmetricPassiveReservedStratum: ("ntp", .server, "NTP mode 2 (symmetric passive)", .certain)
        case .nbnsRequest: ("netbios-ns", .client, "NBNS request (R=0)", .certain)
        case .nbnsResponse: ("netbios-ns", .server, "NBNS response (R=1)", .certain)
        }
    }

    /// A service name as the registry spells it where there is one ("http", "socks", "ica",
    /// "domain", "ntp"...). TLS is reported as "tls", a protocol rather than a registry name,
    /// because the service under it depends on the port (https, imaps, ldaps...).
    public var service: String { details.service.description }
    /// The role the sender plays. Only meaningful as a verdict when `decidedRole` is non-nil:
    /// for `.serverIfFirst` it is `.server`, for `.undecided` it is `.client` by convention.
    public var role: PayloadRole { details.role }
    /// Short evidence text, e.g. "HTTP request line", "ICA banner 7F 7F 49 43 41 00", "DNS QR=1 (response)".
    public var evidence: String { details.evidence.description }
    /// How far these bytes settle `role`.
    public var certainty: PayloadRoleCertainty { details.certainty }

    /// The role when the bytes suggest it on their own (`.certain`, `.likely`, or a banner the
    /// client echoes), else nil.
    public var decidedRole: PayloadRole? {
        switch certainty {
        case .certain, .likely, .serverThenEcho: role
        case .serverIfFirst, .undecided: nil
        }
    }
}

