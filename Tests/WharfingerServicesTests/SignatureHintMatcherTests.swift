import Testing
import WharfingerWire
@testable import WharfingerServices

/// `explain`'s hints name the matchers' messages: each hint must describe
/// signatures the matchers give, and each signature must have its hint or none on purpose.
@Suite struct SignatureHintMatcherTests {
    /// The hint naming a signature's protocol. Exhaustive, so a new signature does not
    /// compile until someone decides which hint, if any, describes it.
    static func hint(for signature: PayloadSignature) -> SignatureHint? {
        switch signature {
        case .tlsClientHello, .tlsServerHello, .sslv2ClientHello: .tls
        case .sshIdentification: .ssh
        case .icaBanner: .ica
        case .httpRequest, .httpStatus, .http2Preface: .http
        case .pop3Greeting, .pop3User: .pop3
        case .imapGreeting: .imap
        case .ftpGreeting, .bare220FromFTPPort, .ftpUser: .ftp
        case .smtpGreeting, .bare220, .smtpHello: .smtp
        case .socks4aRequest, .socks4Request, .socks4Reply, .socks5MethodSelection, .socks5Greeting, .socks5Request: .socks
        case .postgresqlSSLRequest, .postgresqlGSSENCRequest, .postgresqlCancelRequest, .postgresqlStartup: .postgresql
        case .mysqlGreeting: .mysql
        case .dnsQuery, .dnsResponse, .mdnsQuery, .mdnsResponse, .llmnrQuery, .llmnrResponse: .dns
        case .ntpClient, .ntpServer, .ntpBroadcast, .ntpSymmetricActive, .ntpSymmetricPassive,
             .ntpSymmetricActiveReservedStratum, .ntpSymmetricPassiveReservedStratum,
             .ntpControlRequest, .ntpControlResponse: .ntp
        case .rtspRequest, .rtspStatus: .rtsp
        case .ircRegistration, .ircServerMessage: .irc
        case .sipRequest, .sipStatus: .sip
        case .dhcpRequest, .dhcpReply: .dhcp
        case .stunRequest, .stunResponse: .stun
        case .dtlsClientHello, .dtlsServerHello: .dtls
        case .nbnsRequest, .nbnsResponse: .nbns
        case .radiusRequest, .radiusResponse: .radius
        case .quicPacket, .quicClientPacket, .quicServerPacket: .quic
        }
    }

    /// A registry name `explain` may look up for the signature's service: TLS and DTLS are
    /// named by protocol, since the service under them depends on the port, so take imaps and
    /// snmpdtls (https is QUIC's too, below); DHCP's server port is bootps.
    static func registryName(of signature: PayloadSignature) -> String {
        switch signature.service {
        case "tls": "imaps"
        case "dtls": "snmpdtls"
        case "dhcp": "bootps"
        default: signature.service
        }
    }

    /// Signatures that settle whose message it is (NTP's symmetric modes do not).
    static func describedSignatures(of hint: SignatureHint) -> [PayloadSignature] {
        PayloadSignature.allCases.filter { Self.hint(for: $0) == hint && $0.certainty != .undecided }
    }

    @Test(arguments: PayloadSignature.allCases)
    func theSignaturesServiceGivesItsHint(signature: PayloadSignature) {
        let expected = Self.hint(for: signature).map { [$0] } ?? []
        #expect(SignatureHint.hints(forService: Self.registryName(of: signature)) == expected)
    }

    /// https names TLS over TCP and QUIC (HTTP/3) over UDP.
    @Test func httpsIsTLSOverTCPAndQUICOverUDP() {
        #expect(SignatureHint.hints(forService: "https", transport: .tcp) == [.tls])
        #expect(SignatureHint.hints(forService: "https", transport: .udp) == [.quic])
    }

    /// Each hint says what a side sends exactly when some matcher knows a message from that side.
    @Test func everyHintSideIsAMatchersMessage() {
        for hint in SignatureHint.allCases {
            let described = Self.describedSignatures(of: hint)
            #expect(!described.isEmpty, "\(hint) describes no signature")
            #expect(hint.clientHasSignature == described.contains { $0.role == .client }, "\(hint) client")
            #expect(hint.serverHasSignature == described.contains { $0.role == .server }, "\(hint) server")
        }
    }

    /// `explain` offers a hint over a transport exactly when the classifier names the hint's
    /// messages there: each signature's sample (and DNS's framed TCP ones) is classified over
    /// both transports, from and to its own ports.
    @Test(arguments: SignatureHint.allCases)
    func aHintIsOfferedOverTheTransportsItsMessagesAreReadOn(hint: SignatureHint) {
        let samples = Self.describedSignatures(of: hint).map(ClassifierShortcutTests.sample(of:))
            + (hint == .dns ? ClassifierShortcutTests.dnsOverTCPSamples : [])
        for transport in TransportProtocol.allCases {
            let read = samples.contains { sample in
                let signature = classify(sample.bytes, transport, from: sample.source, to: sample.destination)
                return signature.flatMap(Self.hint(for:)) == hint
            }
            #expect(hint.isRecognised(over: transport) == read, "\(hint) over \(transport)")
        }
    }
}
