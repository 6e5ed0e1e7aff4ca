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
        }
    }
}
