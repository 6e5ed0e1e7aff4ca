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
    case rtspRequest, rtspStatus
    /// A client's NICK, USER, CAP LS (or PASS then one of them); a server's prefixed line or NOTICE AUTH.
    case ircRegistration, ircServerMessage
    /// A RADIUS request (access, accounting, dynamic authorization, Status-Server) or answer.
    case radiusRequest, radiusResponse
    /// A QUIC Initial or Handshake packet (both sides send them); what only a client sends
    /// (0-RTT, an Initial with a token, a reserved version); what only a server sends (Version
    /// Negotiation, Retry).
    case quicPacket, quicClientPacket, quicServerPacket

    private var details: (service: StaticString, role: PayloadRole, certainty: PayloadRoleCertainty) {
        switch self {
        case .tlsClientHello: ("tls", .client, .certain)
        case .tlsServerHello: ("tls", .server, .certain)
        case .sslv2ClientHello: ("tls", .client, .certain)
        case .sshIdentification: ("ssh", .server, .serverIfFirst)
        case .icaBanner: ("ica", .server, .serverThenEcho)
        case .httpRequest: ("http", .client, .certain)
        case .httpStatus: ("http", .server, .certain)
        case .http2Preface: ("http", .client, .certain)
        case .pop3Greeting: ("pop3", .server, .certain)
        case .imapGreeting: ("imap", .server, .certain)
        case .ftpGreeting: ("ftp", .server, .certain)
        case .smtpGreeting: ("smtp", .server, .certain)
        case .bare220FromFTPPort: ("ftp", .server, .likely)
        case .bare220: ("smtp", .server, .likely)
        case .smtpHello: ("smtp", .client, .certain)
        case .pop3User: ("pop3", .client, .certain)
        case .ftpUser: ("ftp", .client, .certain)
        case .socks4aRequest: ("socks", .client, .certain)
        case .socks4Request: ("socks", .client, .certain)
        case .socks4Reply: ("socks", .server, .likely)
        case .socks5MethodSelection: ("socks", .server, .likely)
        case .socks5Greeting: ("socks", .client, .certain)
        case .socks5Request: ("socks", .client, .certain)
        case .postgresqlSSLRequest: ("postgresql", .client, .certain)
        case .postgresqlGSSENCRequest: ("postgresql", .client, .certain)
        case .postgresqlCancelRequest: ("postgresql", .client, .certain)
        case .postgresqlStartup: ("postgresql", .client, .certain)
        case .mysqlGreeting: ("mysql", .server, .certain)
        case .dnsQuery: ("domain", .client, .certain)
        case .dnsResponse: ("domain", .server, .certain)
        case .mdnsQuery: ("mdns", .client, .certain)
        case .mdnsResponse: ("mdns", .server, .certain)
        case .llmnrQuery: ("llmnr", .client, .certain)
        case .llmnrResponse: ("llmnr", .server, .certain)
        case .ntpClient: ("ntp", .client, .certain)
        case .ntpServer: ("ntp", .server, .certain)
        case .ntpBroadcast: ("ntp", .server, .certain)
        case .ntpSymmetricActive: ("ntp", .client, .undecided)
        case .ntpSymmetricPassive: ("ntp", .client, .undecided)
        case .ntpControlRequest: ("ntp", .client, .certain)
        case .ntpControlResponse: ("ntp", .server, .certain)
        case .dhcpRequest: ("dhcp", .client, .certain)
        case .dhcpReply: ("dhcp", .server, .certain)
        case .sipRequest: ("sip", .client, .certain)
        case .sipStatus: ("sip", .server, .certain)
        case .dtlsClientHello: ("dtls", .client, .certain)
        case .dtlsServerHello: ("dtls", .server, .certain)
        case .stunRequest: ("stun", .client, .likely)
        case .stunResponse: ("stun", .server, .likely)
        case .ntpSymmetricActiveReservedStratum: ("ntp", .client, .certain)
        case .ntpSymmetricPassiveReservedStratum: ("ntp", .server, .certain)
        case .nbnsRequest: ("netbios-ns", .client, .certain)
        case .nbnsResponse: ("netbios-ns", .server, .certain)
        case .rtspRequest: ("rtsp", .client, .certain)
        case .rtspStatus: ("rtsp", .server, .certain)
        case .ircRegistration: ("irc", .client, .certain)
        case .ircServerMessage: ("irc", .server, .certain)
        case .radiusRequest: ("radius", .client, .certain)
        case .radiusResponse: ("radius", .server, .certain)
        case .quicPacket: ("quic", .client, .undecided)
        case .quicClientPacket: ("quic", .client, .certain)
        case .quicServerPacket: ("quic", .server, .certain)
        }
    }

    /// A service name as the registry spells it where there is one ("http", "socks", "ica",
    /// "domain", "ntp"...). TLS is reported as "tls", a protocol rather than a registry name,
    /// because the service under it depends on the port (https, imaps, ldaps...).
    public var service: String { Self.serviceNames[Int(rawValue)] }
    /// `service` for every case, by raw value (0, 1, 2...): made once, so naming a flow's
    /// protocol (once per exported conversation) does not build the string each time.
    private static let serviceNames: [String] = allCases.map { $0.details.service.description }
    /// The role the sender plays. Only meaningful as a verdict when `decidedRole` is non-nil:
    /// for `.serverIfFirst` it is `.server`, for `.undecided` it is `.client` by convention.
    public var role: PayloadRole { details.role }
    /// How far these bytes settle `role`.
    public var certainty: PayloadRoleCertainty { details.certainty }

    /// An FTP control message (`service` is "ftp"), said without building the name: the
    /// analysis asks on every side's first payload.
    public var isFTP: Bool {
        switch self {
        case .ftpGreeting, .bare220FromFTPPort, .ftpUser: true
        default: false
        }
    }

    /// A SOCKS message: after the proxy's handshake the connection carries another protocol.
    public var isSOCKS: Bool {
        switch self {
        case .socks4aRequest, .socks4Request, .socks4Reply, .socks5MethodSelection, .socks5Greeting, .socks5Request:
            true
        default: false
        }
    }

    /// The role when the bytes suggest it on their own (`.certain`, `.likely`, or a banner the
    /// client echoes), else nil.
    public var decidedRole: PayloadRole? {
        switch certainty {
        case .certain, .likely, .serverThenEcho: role
        case .serverIfFirst, .undecided: nil
        }
    }
}

