import WharfingerServices

/// What a known protocol's first bytes look like from each side, in words.
extension SignatureHint {
    /// The protocol's name for people, e.g. "SOCKS", "ICA".
    public var protocolName: String {
        switch self {
        case .http: "HTTP"
        case .tls: "TLS"
        case .ssh: "SSH"
        case .dns: "DNS"
        case .ntp: "NTP"
        case .socks: "SOCKS"
        case .ica: "ICA"
        case .smtp: "SMTP"
        case .ftp: "FTP"
        case .pop3: "POP3"
        case .imap: "IMAP"
        case .mysql: "MySQL"
        case .postgresql: "PostgreSQL"
        case .rtsp: "RTSP"
        case .irc: "IRC"
        case .sip: "SIP"
        case .dhcp: "DHCP"
        case .stun: "STUN"
        case .dtls: "DTLS"
        case .nbns: "NBNS"
        case .radius: "RADIUS"
        case .quic: "QUIC"
        }
    }

    /// What the client's first bytes look like (only read when `clientHasSignature`).
    var clientSends: String {
        switch self {
        case .http: "an HTTP request line (GET /..., POST /...)"
        case .tls: "a TLS ClientHello (16 03 0x .. .. 01)"
        case .dns: "a DNS query (QR bit 0)"
        case .ntp: "an NTP mode 3 (client) packet"
        case .socks: "a SOCKS greeting (05 NMETHODS METHODS..., or 04 01 PORT IP USER 00)"
        case .smtp: "an EHLO or HELO command"
        case .ftp, .pop3: "a USER command"
        case .postgresql: "a StartupMessage (protocol 3.0) or SSLRequest (00 00 00 08 04 D2 16 2F)"
        case .rtsp: "an RTSP request line (OPTIONS rtsp://... RTSP/1.0, DESCRIBE ...)"
        case .irc: "an IRC registration (NICK, USER with four parameters, CAP LS, or PASS then one of them)"
        case .sip: "a SIP request line (INVITE sip:... SIP/2.0, REGISTER ...)"
        case .dhcp: "a DHCP/BOOTP request (op 1: DISCOVER, REQUEST...; cookie 63 82 53 63 at byte 236)"
        case .stun: "a STUN request (Binding, Allocate...; cookie 21 12 A4 42 at byte 4)"
        case .dtls: "a DTLS ClientHello (16 FE FD or 16 FE FF, epoch 0, handshake type 01 at byte 13)"
        case .nbns: "an NBNS request (R bit 0: name query, registration, release, refresh)"
        case .quic: "a QUIC 0-RTT packet or an Initial carrying a token (both sides send plain Initials)"
        case .radius: "a RADIUS request (code 1 Access-, 4 Accounting-, 40 Disconnect-, 43 CoA-Request, 12 Status-Server)"
        case .ssh, .ica, .imap, .mysql: "no known message"
        }
    }

    /// What the server's first bytes look like (only read when `serverHasSignature`).
    var serverSends: String {
        switch self {
        case .http: "an HTTP status line (HTTP/1.1 200 ...)"
        case .tls: "a TLS ServerHello (16 03 0x .. .. 02)"
        case .ssh: "the first SSH identification string (SSH-2.0-...)"
        case .dns: "a DNS response (QR bit 1)"
        case .ntp: "an NTP mode 4 (server) packet"
        case .socks: "a SOCKS5 method selection reply (05 00)"
        case .ica: "the ICA banner 7F 7F 49 43 41 00"
        case .smtp: "a 220 ... ESMTP greeting"
        case .ftp: "a 220 FTP greeting"
        case .pop3: "a +OK greeting"
        case .imap: "a * OK greeting"
        case .mysql: "a MySQL greeting (protocol 10 and a version string)"
        case .postgresql: "no known message"
        case .rtsp: "an RTSP status line (RTSP/1.0 200 ...)"
        case .irc: "an IRC line prefixed with the server's name (:irc.example.net NOTICE ...) or NOTICE AUTH"
        case .sip: "a SIP status line (SIP/2.0 200 ...)"
        case .dhcp: "a DHCP/BOOTP reply (op 2: OFFER, ACK...)"
        case .stun: "a STUN success or error response (cookie 21 12 A4 42)"
        case .dtls: "a DTLS ServerHello or HelloVerifyRequest (handshake type 02 or 03 at byte 13)"
        case .nbns: "an NBNS response (R bit 1)"
        case .quic: "a QUIC Version Negotiation or Retry packet"
        case .radius: "a RADIUS answer (code 2 Access-Accept, 3 -Reject, 11 -Challenge, 5 Accounting-Response, 41-45 ACK or NAK)"
        }
    }
}
