import Testing
import WharfingerAnalysis
import WharfingerReport
import WharfingerWire

/// `explain` names the payload that would settle a pair for every protocol the classifier
/// reads (RTSP, IRC, SIP, DHCP, STUN, DTLS, NBNS), on the transport it reads it on.
struct ExplainProtocolHintTests {
    /// The lines after "What would settle it:".
    static func settling(_ portA: UInt16, _ portB: UInt16, _ transport: TransportProtocol) -> [String] {
        let lines = ExplainText(PortPairExplanation(portA: portA, portB: portB, transport: transport)).lines
        guard let heading = lines.firstIndex(of: "What would settle it:") else { return lines }
        return Array(lines[(heading + 1)...])
    }

    static let handshake = "  - the TCP handshake: the side that sends the SYN (without ACK) is the client;"
        + " the SYN+ACK comes from the server"
    static let firstDatagram = "  - who sent first: the first datagram usually comes from the client (weak on UDP)"
    static let fanIn = "  - fan-in: the port that many different peers (or many source ports of one peer)"
        + " connect to is the server's"

    @Test func rtspOn554() {
        #expect(Self.settling(554, 40000, .tcp) == [
            Self.handshake,
            "  - RTSP: an RTSP request line (OPTIONS rtsp://... RTSP/1.0, DESCRIBE ...) sent from the 40000 side"
                + " means 554 is the RTSP server",
            "  - RTSP: an RTSP status line (RTSP/1.0 200 ...) sent by a side marks that side as the RTSP server"
                + " (expected from 554)",
            Self.fanIn,
        ])
    }

    @Test func ircOnIrcu() {
        #expect(Self.settling(6667, 51000, .tcp) == [
            Self.handshake,
            "  - IRC: an IRC registration (NICK, USER with four parameters, CAP LS, or PASS then one of them)"
                + " sent from the 51000 side means 6667 is the IRC server",
            "  - IRC: an IRC line prefixed with the server's name (:irc.example.net NOTICE ...) or NOTICE AUTH"
                + " sent by a side marks that side as the IRC server (expected from 6667)",
            Self.fanIn,
        ])
    }

    @Test func sipOverUDP() {
        #expect(Self.settling(5060, 5062, .udp) == [
            Self.firstDatagram,
            "  - SIP: a SIP request line (INVITE sip:... SIP/2.0, REGISTER ...) sent from the 5062 side"
                + " means 5060 is the SIP server",
            "  - SIP: a SIP status line (SIP/2.0 200 ...) sent by a side marks that side as the SIP server"
                + " (expected from 5060)",
            Self.fanIn,
        ])
    }

    /// SIP over TCP is not read: say so rather than promise a signature that would never match.
    @Test func sipOverTCPSaysWhereItIsRead() {
        #expect(Self.settling(5060, 5062, .tcp) == [
            Self.handshake,
            "  - SIP: Wharfinger reads SIP only over UDP, so no SIP message would settle it over TCP",
            "  - any payload signature Wharfinger reads over TCP (HTTP, TLS, SSH, DNS, SOCKS, ICA, SMTP, FTP,"
                + " POP3, IMAP, MySQL, PostgreSQL, RTSP, IRC) from either side",
            Self.fanIn,
        ])
    }

    @Test func dhcpFromTheClientPort() {
        #expect(Self.settling(68, 67, .udp) == [
            Self.firstDatagram,
            "  - DHCP: a DHCP/BOOTP request (op 1: DISCOVER, REQUEST...; cookie 63 82 53 63 at byte 236)"
                + " sent from the 68 side means 67 is the DHCP server",
            "  - DHCP: a DHCP/BOOTP reply (op 2: OFFER, ACK...) sent by a side marks that side as the DHCP server"
                + " (expected from 67)",
            Self.fanIn,
        ])
    }

    @Test func stunOn3478() {
        #expect(Self.settling(3478, 50000, .udp) == [
            Self.firstDatagram,
            "  - STUN: a STUN request (Binding, Allocate...; cookie 21 12 A4 42 at byte 4) sent from the 50000 side"
                + " means 3478 is the STUN server",
            "  - STUN: a STUN success or error response (cookie 21 12 A4 42) sent by a side marks that side"
                + " as the STUN server (expected from 3478)",
            Self.fanIn,
        ])
    }

    /// stuns is STUN over DTLS on UDP and over TLS on TCP.
    @Test func stunsIsDTLSOverUDPAndTLSOverTCP() {
        #expect(Self.settling(5349, 50000, .udp) == [
            Self.firstDatagram,
            "  - DTLS: a DTLS ClientHello (16 FE FD or 16 FE FF, epoch 0, handshake type 01 at byte 13)"
                + " sent from the 50000 side means 5349 is the DTLS server",
            "  - DTLS: a DTLS ServerHello or HelloVerifyRequest (handshake type 02 or 03 at byte 13)"
                + " sent by a side marks that side as the DTLS server (expected from 5349)",
            Self.fanIn,
        ])
        #expect(Self.settling(5349, 50000, .tcp).contains(
            "  - TLS: a TLS ClientHello (16 03 0x .. .. 01) sent from the 50000 side means 5349 is the TLS server"))
    }

    @Test func nbnsBetweenTwoPort137s() {
        #expect(Self.settling(137, 137, .udp) == [
            Self.firstDatagram,
            "  - NBNS: an NBNS request (R bit 0: name query, registration, release, refresh)"
                + " marks its sender as the client",
            "  - NBNS: an NBNS response (R bit 1) marks its sender as the server",
            Self.fanIn,
        ])
    }

    /// domain-s, 853: DNS over TLS on TCP, over DTLS or QUIC on UDP (RFC 8094, RFC 9250).
    @Test func dnsOver853IsDTLSOrQUICOverUDP() {
        let udp = Self.settling(853, 50000, .udp)
        #expect(udp.contains { $0.hasPrefix("  - DTLS: a DTLS ClientHello") && $0.hasSuffix("means 853 is the DTLS server") },
                "\(udp)")
        #expect(udp.contains { $0.hasPrefix("  - QUIC: ") }, "\(udp)")
        #expect(!udp.contains { $0.hasPrefix("  - TLS: ") }, "\(udp)")
        #expect(Self.settling(853, 50000, .tcp).contains(
            "  - TLS: a TLS ClientHello (16 03 0x .. .. 01) sent from the 50000 side means 853 is the TLS server"))
    }

    @Test func rtspsIsTLS() {
        #expect(Self.settling(322, 40000, .tcp).contains(
            "  - TLS: a TLS ClientHello (16 03 0x .. .. 01) sent from the 40000 side means 322 is the TLS server"))
    }

    /// Unassigned UDP ports list what is read over UDP on any port: not HTTP or TLS, nor NBNS
    /// and RADIUS, which are read only on their own ports.
    @Test func unassignedUDPPairsListWhatUDPCarries() {
        #expect(Self.settling(40001, 40002, .udp) == [
            Self.firstDatagram,
            "  - any payload signature Wharfinger reads over UDP (DNS, NTP, SIP, DHCP, STUN, DTLS, QUIC)"
                + " from either side",
            Self.fanIn,
        ])
    }

    /// HTTP is read only over TCP: 80/udp gets a note, not an HTTP request it would never match.
    @Test func httpOverUDPSaysWhereItIsRead() {
        #expect(Self.settling(80, 51000, .udp).contains(
            "  - HTTP: Wharfinger reads HTTP only over TCP, so no HTTP message would settle it over UDP"))
    }
}
