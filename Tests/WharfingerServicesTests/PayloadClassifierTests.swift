import WharfingerWire
import Testing
@testable import WharfingerServices

@Suite struct WebSignatureTests {
    @Test(arguments: ["GET / HTTP/1.1\r\nHost: example.com\r\n\r\n", "POST /api HTTP/1.1\r\n", "HEAD / HTTP/1.0\r\n",
                      "PUT /x HTTP/1.1\r\n", "DELETE /x HTTP/1.1\r\n", "OPTIONS * HTTP/1.1\r\n",
                      "PATCH /x HTTP/1.1\r\n", "CONNECT example.com:443 HTTP/1.1\r\n", "TRACE / HTTP/1.1\r\n"])
    func requestLines(line: String) {
        #expect(classify(ascii(line)) == .httpRequest)
    }

    @Test func statusLines() {
        let expected = PayloadSignature.httpStatus
        #expect(classify(ascii("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"), from: 80, to: 51515) == expected)
        #expect(classify(ascii("HTTP/1.0 404 Not Found\r\n")) == expected)
        #expect(classify(ascii("HTTP/1.1 OK\r\n")) == nil)
        #expect(classify(ascii("HTTP/1.1 ")) == nil)
    }

    @Test func http2Preface() {
        #expect(classify(ascii("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")) == .http2Preface)
    }

    @Test func nearMissesAreNotHTTP() {
        #expect(classify(ascii("GET")) == nil)
        #expect(classify(ascii("GET ")) == nil)
        #expect(classify(ascii("GETX / HTTP/1.1")) == nil)
        #expect(classify(ascii("get / http/1.1")) == nil)
    }

    @Test func tlsHellos() {
        #expect(classify(Samples.tlsClientHello, to: 443)
            == .tlsClientHello)
        #expect(classify(Samples.tlsServerHello, from: 443)
            == .tlsServerHello)
        // The record header alone does not say which hello follows.
        #expect(classify(Array(Samples.tlsClientHello.prefix(5))) == nil)
        // Handshake type 11 (Certificate) is not a first message.
        #expect(classify([0x16, 0x03, 0x03, 0x00, 0x7A, 0x0B, 0x00, 0x00, 0x76, 0x03, 0x03]) == nil)
        // Record version 0x0305 does not exist.
        #expect(classify([0x16, 0x03, 0x05, 0x00, 0xF8, 0x01, 0x00, 0x00, 0xF4, 0x03, 0x03]) == nil)
    }

    @Test func sslv2FormatClientHello() {
        // Old OpenSSL: 80 2E 01 03 01 (length 46, CLIENT-HELLO, version TLS 1.0).
        #expect(classify([0x80, 0x2E, 0x01, 0x03, 0x01, 0x00, 0x15, 0x00, 0x00, 0x00, 0x10]) == .sslv2ClientHello)
    }

    @Test func sshBannerNamesTheProtocolButNotTheRole() throws {
        let signature = try #require(classify(ascii("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n"), from: 22))
        #expect(signature.service == "ssh")
        #expect(signature.certainty == .serverIfFirst)
        #expect(signature.decidedRole == nil)
        #expect(classify(ascii("SSH-")) == nil)
    }
}

@Suite struct NameAndTimeSignatureTests {
    @Test func dnsOverUDP() {
        #expect(classify(Samples.dnsQuery, .udp, from: 53124, to: 53)
            == .dnsQuery)
        #expect(classify(Samples.dnsResponse, .udp, from: 53, to: 53124)
            == .dnsResponse)
        #expect(classify(Samples.dnsQueryWithEDNS, .udp, from: 53124, to: 53)?.role == .client)
    }

    @Test func dnsOnOtherPortsNeedsATextbookMessage() {
        // A resolver talking to a DNS server on 5300: still recognised because the message is textbook.
        #expect(classify(Samples.dnsQuery, .udp, from: 40000, to: 5300)?.role == .client)
        #expect(classify(Samples.dnsResponse, .udp, from: 5300, to: 40000)?.role == .server)
        // Truncated mid-name: fine on port 53, not elsewhere.
        let truncated = Array(Samples.dnsQuery.prefix(18))
        #expect(classify(truncated, .udp, from: 40000, to: 53)?.role == .client)
        #expect(classify(truncated, .udp, from: 40000, to: 5300) == nil)
    }

    @Test func multicastAndLinkLocalNames() {
        #expect(classify(Samples.dnsQuery, .udp, from: 5353, to: 5353)?.service == "mdns")
        #expect(classify(Samples.dnsQuery, .udp, from: 40000, to: 5355)?.service == "llmnr")
    }

    /// A DNS query, whichever name service (DNS, mDNS, LLMNR) the ports give it.
    static let queries: [PayloadSignature?] = [.dnsQuery, .mdnsQuery, .llmnrQuery]

    @Test func dnsOverTCPHasALengthPrefix() {
        let framed: [UInt8] = [0x00, UInt8(Samples.dnsQuery.count)] + Samples.dnsQuery
        #expect(Self.queries.contains(classify(framed, .tcp, from: 40000, to: 53)))
        #expect(Self.queries.contains(classify(framed, .tcp, from: 40000, to: 5300)))
        // Off port 53 the prefix must match the segment exactly.
        #expect(classify(framed + [0x00], .tcp, from: 40000, to: 5300) == nil)
        // Without the prefix, TCP bytes are not DNS.
        #expect(classify(Samples.dnsQuery, .tcp, from: 40000, to: 5300) == nil)
    }

    @Test func implausibleDNSHeaders() {
        var badOpcode = Samples.dnsQuery
        badOpcode[2] = 0x78   // opcode 15
        #expect(classify(badOpcode, .udp, from: 40000, to: 53) == nil)
        var zeroCounts = Samples.dnsQuery
        zeroCounts[5] = 0x00  // no question, no records
        var queryWithError = Samples.dnsQuery
        queryWithError[3] = 0x03   // RCODE NXDOMAIN on a query
        let onPort53 = PayloadContext(transport: .udp, sourcePort: 40000, destinationPort: 53)
        for implausible in [zeroCounts, queryWithError] {
            #expect(DNSSignature.match(implausible.span.bytes, onPort53) == nil)
            // The DNS ports' last resort still reads the QR bit.
            #expect(classify(implausible, .udp, from: 40000, to: 53) == .dnsQuery)
            #expect(classify(implausible, .udp, from: 40000, to: 5300) == nil)
        }
    }

    /// On ports 53 and 5353 a header of 12 bytes or more that the matcher rejects still names
    /// its sender by the QR bit, for opcodes up to 6; LLMNR's port plays no part in it, and
    /// a whole header on NTP's port is left to NTP.
    @Test func dnsPortsLastResort() {
        let header: (UInt8) -> [UInt8] = { flags in [0x1A, 0x2B, flags, 0x00] + [UInt8](repeating: 0, count: 8) }
        #expect(classify(header(0x98), .udp, from: 53, to: 40000) == .dnsResponse)     // QR, opcode 3
        #expect(classify(header(0x30), .udp, from: 40000, to: 5353) == .mdnsQuery)     // opcode 6
        #expect(classify(header(0x38), .udp, from: 40000, to: 53) == nil)              // opcode 7
        #expect(classify(Array(header(0x00).prefix(11)), .udp, from: 40000, to: 53) == nil)
        #expect(classify(header(0x00), .tcp, from: 40000, to: 53) == nil)
        #expect(classify(header(0x00), .udp, from: 40000, to: 5355) == nil)
        #expect(classify(header(0x80), .udp, from: 53, to: 5355) == .dnsResponse)
        let version0: [UInt8] = [0x00, 0x2B] + [UInt8](repeating: 0, count: 46)        // 48 bytes, NTP version 0
        #expect(classify(version0, .udp, from: 123, to: 53) == nil)
        #expect(classify(Array(version0.prefix(47)), .udp, from: 123, to: 53) == .dnsQuery)
    }

    @Test func ntpModes() {
        #expect(classify(Samples.ntpClient, .udp, from: 40000, to: 123)
            == .ntpClient)
        #expect(classify(Samples.ntpServer, .udp, from: 123, to: 40000)
            == .ntpServer)
        var broadcast = Samples.ntpServer
        broadcast[0] = 0x25
        #expect(classify(broadcast, .udp, from: 123, to: 123) == .ntpBroadcast)
        var symmetric = Samples.ntpServer
        symmetric[0] = 0x21
        let peer = classify(symmetric, .udp, from: 123, to: 123)
        #expect(peer?.certainty == .undecided)
        #expect(peer?.decidedRole == nil)
    }

    /// A reserved stratum (above 16) is still NTP on port 123, read by mode alone, and
    /// there the symmetric modes settle the role.
    @Test func ntpReservedStratumOnPort123() {
        var active = Samples.ntpServer
        active[0] = 0x21
        active[1] = 17
        #expect(classify(active, .udp, from: 123, to: 123) == .ntpSymmetricActiveReservedStratum)
        #expect(classify(active, .udp, from: 123, to: 123)?.decidedRole == .client)
        #expect(classify(active, .udp, from: 40000, to: 4123) == nil)
        var passive = active
        passive[0] = 0x22
        #expect(classify(passive, .udp, from: 123, to: 123)?.decidedRole == .server)
        var client = Samples.ntpClient
        client[1] = 200
        #expect(classify(client, .udp, from: 40000, to: 123) == .ntpClient)
        client[0] = 0x27   // mode 7
        #expect(classify(client, .udp, from: 40000, to: 123) == nil)
    }

    @Test func ntpNeedsAWholeHeaderAndASaneVersion() {
        #expect(classify(Array(Samples.ntpClient.prefix(47)), .udp, from: 40000, to: 123) == nil)
        var version7 = Samples.ntpClient
        version7[0] = 0x3B
        #expect(classify(version7, .udp, from: 40000, to: 123) == nil)
        #expect(classify(Samples.ntpClient, .tcp, from: 40000, to: 123) == nil)
        // Off port 123 the packet must still look exactly like NTP.
        #expect(classify(Samples.ntpClient, .udp, from: 40000, to: 4123)?.role == .client)
        #expect(classify(Samples.ntpClient + [0x00], .udp, from: 40000, to: 4123) == nil)
    }
}

@Suite struct ProxyAndRemoteDesktopSignatureTests {
    @Test func socks4() {
        // CONNECT 93.184.215.14:80 as user "fred".
        let request: [UInt8] = [0x04, 0x01, 0x00, 0x50, 0x5D, 0xB8, 0xD7, 0x0E] + ascii("fred") + [0x00]
        #expect(classify(request, from: 1494, to: 1080)
            == .socks4Request)
        let socks4a: [UInt8] = [0x04, 0x01, 0x00, 0x50, 0x00, 0x00, 0x00, 0x01, 0x00] + ascii("example.com") + [0x00]
        #expect(classify(socks4a) == .socks4aRequest)
        #expect(classify(Array(request.dropLast())) == nil)          // user id not terminated
        let granted: [UInt8] = [0x00, 0x5A, 0x00, 0x50, 0x5D, 0xB8, 0xD7, 0x0E]
        #expect(classify(granted, from: 1080)?.certainty == .likely)
    }

    @Test func socks5() {
        #expect(classify([0x05, 0x01, 0x00], from: 1494, to: 1080)
            == .socks5Greeting)
        #expect(classify([0x05, 0x02, 0x00, 0x02])?.role == .client)
        #expect(classify([0x05, 0x00], from: 1080, to: 1494)
            == .socks5MethodSelection)
        #expect(classify([0x05, 0xFF])?.role == .server)
        // Method count disagreeing with the length, or the never-offered 0xFF method.
        #expect(classify([0x05, 0x02, 0x00]) == nil)
        #expect(classify([0x05, 0x01, 0xFF]) == nil)
        #expect(classify([0x05, 0x07]) == nil)
        // CONNECT example.com:443 by name.
        let request: [UInt8] = [0x05, 0x01, 0x00, 0x03, 0x0B] + ascii("example.com") + [0x01, 0xBB]
        #expect(classify(request) == .socks5Request)
    }

    @Test func icaBanner() {
        let banner: [UInt8] = [0x7F, 0x7F, 0x49, 0x43, 0x41, 0x00]
        #expect(classify(banner, from: 1494, to: 1080)
            == .icaBanner)
        #expect(classify(banner + [0x7F, 0x7F, 0x49, 0x43, 0x41, 0x00])?.service == "ica")
        #expect(classify(Array(banner.prefix(5))) == nil)
    }
}

@Suite struct MailAndFileTransferSignatureTests {
    @Test func greetings() {
        #expect(classify(ascii("220 mail.example.com ESMTP Postfix (Debian/GNU)\r\n"), from: 25)
            == .smtpGreeting)
        #expect(classify(ascii("220-mx.example.org ESMTP Exim 4.96\r\n"), from: 587)?.service == "smtp")
        #expect(classify(ascii("220 (vsFTPd 3.0.3)\r\n"), from: 21)
            == .ftpGreeting)
        #expect(classify(ascii("+OK Dovecot ready.\r\n"), from: 110)
            == .pop3Greeting)
        #expect(classify(ascii("* OK [CAPABILITY IMAP4rev1 STARTTLS] Dovecot ready.\r\n"), from: 143)?.service == "imap")
        #expect(classify(ascii("+OKAY")) == nil)
    }

    @Test func bareGreetingTakesTheServiceFromThePort() {
        let fromFTP = classify(ascii("220 Welcome\r\n"), from: 21, to: 40000)
        #expect(fromFTP?.service == "ftp")
        #expect(fromFTP?.certainty == .likely)
        #expect(classify(ascii("220 Welcome\r\n"), from: 2525, to: 40000)?.service == "smtp")
    }

    @Test func clientCommands() {
        #expect(classify(ascii("EHLO client.example.com\r\n"), to: 25)
            == .smtpHello)
        #expect(classify(ascii("helo client\r\n"), to: 25)?.role == .client)
        #expect(classify(ascii("USER anonymous\r\n"), to: 21)?.service == "ftp")
        #expect(classify(ascii("USER alice\r\n"), to: 110)?.service == "pop3")
    }
}

@Suite struct DatabaseSignatureTests {
    @Test func mysqlGreeting() {
        #expect(classify(Samples.mysqlGreeting, from: 3306, to: 8080)
            == .mysqlGreeting)
        var sequenceOne = Samples.mysqlGreeting
        sequenceOne[3] = 1
        #expect(classify(sequenceOne) == nil)
        // More bytes than the packet declares: not a lone greeting.
        #expect(classify(Samples.mysqlGreeting + [0x00]) == nil)
    }

    @Test func postgresqlFirstMessages() {
        #expect(classify([0x00, 0x00, 0x00, 0x08, 0x04, 0xD2, 0x16, 0x2F], to: 5432)
            == .postgresqlSSLRequest)
        let parameters = ascii("user\0postgres\0database\0app\0\0")
        let startup: [UInt8] = [0x00, 0x00, 0x00, UInt8(8 + parameters.count), 0x00, 0x03, 0x00, 0x00] + parameters
        #expect(classify(startup, to: 5432) == .postgresqlStartup)
        #expect(classify(Array(startup.dropLast()) + [0x41]) == nil)     // not NUL-terminated
        #expect(classify([0x00, 0x00, 0x00, 0x09, 0x04, 0xD2, 0x16, 0x2F]) == nil)
    }
}

@Suite struct NegativeClassifierTests {
    @Test func emptyAndTinyPayloads() {
        for transport in TransportProtocol.allCases {
            #expect(classify([], transport, from: 53, to: 53) == nil)
            #expect(classify([0x16], transport) == nil)
            #expect(classify([0x05], transport) == nil)
            #expect(classify([0x00, 0x00], transport, from: 53, to: 53) == nil)
        }
    }

    @Test func binaryAndTextThatIsNotAKnownProtocol() {
        #expect(classify(Array(repeating: 0x00, count: 64), .udp, from: 40000, to: 5300) == nil)
        // On port 53 the matcher rejects zeros too, but the DNS ports' last resort reads a QR bit of 0.
        let zeros = [UInt8](repeating: 0x00, count: 64)
        #expect(DNSSignature.match(zeros.span.bytes, PayloadContext(transport: .udp, sourcePort: 40000, destinationPort: 53)) == nil)
        #expect(classify(zeros, .udp, from: 40000, to: 53) == .dnsQuery)
        #expect(classify(Array(repeating: 0xFF, count: 64), .udp, from: 40000, to: 123) == nil)
        #expect(classify(ascii("hello world\r\n")) == nil)
        #expect(classify(ascii("{\"jsonrpc\":\"2.0\"}")) == nil)
    }

    @Test func randomPayloadsOnUnremarkablePortsStayUnclassified() {
        var generator = SplitMix64(state: 0x5EED_1494_1080)
        var matches: [String] = []
        for round in 0..<20_000 {
            let length = Int.random(in: 1...96, using: &generator)
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let transport: TransportProtocol = round.isMultiple(of: 2) ? .tcp : .udp
            if let signature = classify(bytes, transport, from: 40000, to: 7000) {
                matches.append("\(signature) for \(bytes.prefix(8))")
            }
        }
        #expect(matches.isEmpty, "unexpected matches: \(matches)")
    }
}

/// UDP protocols whose first bytes state the sender's role.
@Suite struct UDPRoleSignatureTests {
    /// A DHCPDISCOVER as dhclient sends it: op, htype 1, hlen 6, the fixed header, the cookie, option 53.
    static func dhcp(op: UInt8) -> [UInt8] {
        var bytes: [UInt8] = [op, 0x01, 0x06, 0x00, 0x39, 0x03, 0xF3, 0x26]
        bytes += [UInt8](repeating: 0, count: 20)                   // secs, flags, ciaddr..giaddr
        bytes += [0x00, 0x0C, 0x29, 0x3A, 0x9B, 0x1C] + [UInt8](repeating: 0, count: 10)  // chaddr
        bytes += [UInt8](repeating: 0, count: 192)                  // sname, file
        bytes += [0x63, 0x82, 0x53, 0x63, 0x35, 0x01, op == 1 ? 0x01 : 0x02, 0xFF]
        return bytes
    }

    @Test func dhcpOpCode() {
        #expect(classify(Self.dhcp(op: 1), .udp, from: 68, to: 67) == .dhcpRequest)
        #expect(classify(Self.dhcp(op: 2), .udp, from: 67, to: 68) == .dhcpReply)
        #expect(classify(Self.dhcp(op: 3), .udp, from: 67, to: 68) == nil)
        #expect(classify(Array(Self.dhcp(op: 1).prefix(239)), .udp, from: 68, to: 67) == nil)  // cookie cut off
        #expect(classify(Self.dhcp(op: 1), .tcp, from: 68, to: 67) != .dhcpRequest)
    }

    @Test func sipRequestAndStatusLines() {
        #expect(classify(ascii("REGISTER sip:example.com SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1\r\n"), .udp) == .sipRequest)
        #expect(classify(ascii("INVITE sips:bob@example.com SIP/2.0\r\n"), .udp) == .sipRequest)
        #expect(classify(ascii("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 10.0.0.1\r\n"), .udp) == .sipStatus)
        #expect(classify(ascii("SIP/2.0 OK\r\n"), .udp) == nil)
        #expect(classify(ascii("OPTIONS http://example.com/ HTTP/1.1\r\n"), .udp) == nil)
    }

    @Test func stunClasses() {
        let header: (UInt16) -> [UInt8] = { type in
            [UInt8(type >> 8), UInt8(type & 0xFF), 0x00, 0x08, 0x21, 0x12, 0xA4, 0x42]
                + [UInt8](repeating: 0x5C, count: 12) + [0x80, 0x22, 0x00, 0x04, 0x74, 0x65, 0x73, 0x74]
        }
        #expect(classify(header(0x0001), .udp) == .stunRequest)      // Binding request
        #expect(classify(header(0x0101), .udp) == .stunResponse)     // Binding success response
        #expect(classify(header(0x0111), .udp) == .stunResponse)     // Binding error response
        #expect(classify(header(0x0011), .udp) == nil)               // Binding indication
        #expect(classify(Array(header(0x0001).prefix(19)), .udp) == nil)
        var noCookie = header(0x0001)
        noCookie[4] = 0
        #expect(classify(noCookie, .udp) == nil)
    }

    @Test func dtlsHandshakeRecords() {
        let record: [UInt8] = [0x16, 0xFE, 0xFD, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0x00, 0x40]
        #expect(classify(record + [0x01, 0x00, 0x00, 0x34], .udp) == .dtlsClientHello)
        #expect(classify(record + [0x03, 0x00, 0x00, 0x17], .udp) == .dtlsServerHello)
        #expect(classify([0x16, 0xFE, 0xFF] + record.dropFirst(3) + [0x02], .udp) == .dtlsServerHello)
        #expect(classify([0x16, 0xFE, 0xFD, 0x00, 0x01] + record.dropFirst(5) + [0x01], .udp) == nil)  // epoch 1: encrypted
        #expect(classify([0x17, 0xFE, 0xFD] + record.dropFirst(3) + [0x01], .udp) == nil)  // application data
    }
}

