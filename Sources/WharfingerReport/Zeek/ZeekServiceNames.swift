import WharfingerAnalysis
import WharfingerServices

/// conn.log's `service` as Zeek writes it: the names of the analyzers that confirmed the
/// protocol, comma-joined, and nothing when none did. A signature stands for the analyzer
/// that would have confirmed those bytes; one Zeek has no analyzer for names none.
enum ZeekServiceNames {
    /// Zeek's analyzer name for a signature's protocol, or nil when Zeek has none built in.
    static func analyzer(_ signature: PayloadSignature) -> StaticString? {
        switch signature {
        case .tlsClientHello, .tlsServerHello, .sslv2ClientHello: "ssl"
        case .dtlsClientHello, .dtlsServerHello: "dtls"
        case .sshIdentification: "ssh"
        case .httpRequest, .httpStatus: "http"
        // Zeek's HTTP analyzer parses HTTP/1; an h2c preface confirms nothing there.
        case .http2Preface: nil
        case .pop3Greeting, .pop3User: "pop3"
        case .imapGreeting: "imap"
        case .ftpGreeting, .ftpUser, .bare220FromFTPPort: "ftp"
        case .smtpGreeting, .smtpHello, .bare220: "smtp"
        case .socks4aRequest, .socks4Request, .socks4Reply, .socks5MethodSelection, .socks5Greeting, .socks5Request:
            "socks"
        case .postgresqlSSLRequest, .postgresqlGSSENCRequest, .postgresqlCancelRequest, .postgresqlStartup:
            "postgresql"
        case .mysqlGreeting: "mysql"
        // Zeek's DNS analyzer also reads mDNS, LLMNR and NetBIOS name service messages.
        case .dnsQuery, .dnsResponse, .mdnsQuery, .mdnsResponse, .llmnrQuery, .llmnrResponse,
             .nbnsRequest, .nbnsResponse:
            "dns"
        case .ntpClient, .ntpServer, .ntpBroadcast, .ntpSymmetricActive, .ntpSymmetricPassive,
             .ntpControlRequest, .ntpControlResponse, .ntpSymmetricActiveReservedStratum,
             .ntpSymmetricPassiveReservedStratum:
            "ntp"
        case .dhcpRequest, .dhcpReply: "dhcp"
        case .sipRequest, .sipStatus: "sip"
        // No analyzer of Zeek's own: Citrix ICA, STUN.
        case .icaBanner, .stunRequest, .stunResponse: nil
        }
    }

    /// Each name once, in the order the protocols were recognised (`ftp-data` first: the
    /// control connection named it before its first byte; what SOCKS carried last, as
    /// Zeek's `socks,http`); nil when there is none.
    static func service(_ recognised: RecognisedProtocols) -> String? {
        guard !recognised.isEmpty else { return nil }
        var names: [StaticString] = []
        if recognised.ftpData { names.append("ftp-data") }
        for signature in [recognised.first, recognised.second, recognised.carried] {
            guard let signature, let name = analyzer(signature) else { continue }
            if !names.contains(where: { $0.description == name.description }) { names.append(name) }
        }
        guard !names.isEmpty else { return nil }
        return names.map(\.description).joined(separator: ",")
    }
}
