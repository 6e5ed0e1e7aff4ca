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
        case .ircRegistration, .ircServerMessage: "irc"
        case .radiusRequest, .radiusResponse: "radius"
        case .quicPacket, .quicClientPacket, .quicServerPacket: "quic"
        // No analyzer of Zeek's own: Citrix ICA, STUN, RTSP.
        case .icaBanner, .stunRequest, .stunResponse, .rtspRequest, .rtspStatus: nil
        }
    }

    /// Each name once, in the order the protocols were recognised (`ftp-data` first: the
    /// control connection named it before its first byte; what SOCKS carried last, as
    /// Zeek's `socks,http`), one at a time: a conn.log writes them for every connection.
    static func forEachName(_ recognised: RecognisedProtocols, _ body: (StaticString) -> Void) {
        guard !recognised.isEmpty else { return }
        if recognised.ftpData { body("ftp-data") }
        let first = recognised.first.flatMap(analyzer)
        let second = recognised.second.flatMap(analyzer)
        let carried = recognised.carried.flatMap(analyzer)
        func repeats(_ name: StaticString, _ earlier: StaticString?) -> Bool {
            guard let earlier, earlier.utf8CodeUnitCount == name.utf8CodeUnitCount else { return false }
            if earlier.utf8Start == name.utf8Start { return true }  // the same literal, as a rule
            return (0..<name.utf8CodeUnitCount).allSatisfy { name.utf8Start[$0] == earlier.utf8Start[$0] }
        }
        if let first { body(first) }
        if let second, !repeats(second, first) { body(second) }
        if let carried, !repeats(carried, first), !repeats(carried, second) { body(carried) }
    }

    /// Whether there is any name.
    static func hasNames(_ recognised: RecognisedProtocols) -> Bool {
        var any = false
        forEachName(recognised) { _ in any = true }
        return any
    }

    /// The comma-joined names' bytes.
    static func forEachByte(_ recognised: RecognisedProtocols, _ put: (UInt8) -> Void) {
        var first = true
        forEachName(recognised) { name in
            if !first { put(UInt8(ascii: ",")) }
            first = false
            for index in 0..<name.utf8CodeUnitCount { put(name.utf8Start[index]) }
        }
    }
}
