import Testing
import WharfingerWire
@testable import WharfingerServices

/// QUIC packets' headers as RFC 9001 appendix A prints them (the client's Initial, the
/// server's, a Retry), padded as sent; Version Negotiation per RFC 9000 section 17.2.1; and
/// Google QUIC's public header (Q043).
enum QUICSamples {
    static func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = [], digits = Array(text.filter { !$0.isWhitespace })
        while digits.count >= 2 {
            bytes.append(UInt8(String(digits[0...1]), radix: 16)!)
            digits.removeFirst(2)
        }
        return bytes
    }

    /// RFC 9001 A.2: version 1, an 8-byte destination ID, no source ID, no token, then the
    /// protected payload, the datagram padded to 1200 bytes.
    static let clientInitial = hex("c000000001088394c8f03e5157080000449e7b9aec34d1b1c98dd7689fb8ec11")
        + [UInt8](repeating: 0x5A, count: 1168)
    /// RFC 9001 A.3: no destination ID, the server's 8-byte source ID, no token.
    static let serverInitial = hex("cf000000010008f067a5502a4262b5004075c0d95a482cd0991cd25b0aac406a")
        + [UInt8](repeating: 0x5A, count: 100)
    /// RFC 9001 A.4.
    static let retry = hex("ff000000010008f067a5502a4262b5746f6b656e04a265ba2eff4d829058fb3f0f2496ba")
    /// RFC 9000 section 17.2.1: version 0, the client's IDs echoed, then versions 1 and 2.
    static let versionNegotiation = hex("800000000008f067a5502a4262b5088394c8f03e515708000000016b3343cf")

    /// `clientInitial` with a 4-byte token, as a client sends after a Retry or a NEW_TOKEN.
    static let clientInitialWithToken = hex("c000000001088394c8f03e515708000474657374449e7b9aec34d1b1")
        + [UInt8](repeating: 0x5A, count: 1172)
    /// `clientInitial` as 0-RTT (type 1).
    static let zeroRTT = [0xd0] + clientInitial.dropFirst()
    /// Version 2 (RFC 9369) numbers the types one higher: type 1 is its Initial.
    static let version2Initial = hex("d06b3343cf088394c8f03e5157080000449e7b9aec34d1b1")
        + [UInt8](repeating: 0x5A, count: 1176)
    /// Google QUIC Q043: flags 0x09 (version, 8-byte connection ID), the ID, "Q043", then the
    /// packet number and the client hello, padded.
    static let googleClient = hex("09c0e7a5e3b3a2b7d4513034330102") + [UInt8](repeating: 0x5A, count: 1335)
    /// Its server's Version Negotiation: the header and the versions it speaks.
    static let googleVersionNegotiation = hex("09c0e7a5e3b3a2b7d4513034335130333951303335")
}

@Suite struct QUICSignatureTests {
    /// Both sides send Initials: the protocol is named, not the role.
    @Test func initialsNameQUICButNoRole() {
        #expect(classify(QUICSamples.clientInitial, .udp, from: 51000, to: 443) == .quicPacket)
        #expect(classify(QUICSamples.serverInitial, .udp, from: 443, to: 51000) == .quicPacket)
        #expect(classify(QUICSamples.version2Initial, .udp, from: 51000, to: 443) == .quicPacket)
        #expect(PayloadSignature.quicPacket.service == "quic")
        #expect(PayloadSignature.quicPacket.decidedRole == nil)
    }

    @Test func whatOnlyAClientSends() {
        #expect(classify(QUICSamples.clientInitialWithToken, .udp, from: 51000, to: 443) == .quicClientPacket)
        #expect(classify(QUICSamples.zeroRTT, .udp, from: 51000, to: 443) == .quicClientPacket)
        #expect(classify(QUICSamples.googleClient, .udp, from: 51000, to: 443) == .quicClientPacket)
        var reserved = QUICSamples.clientInitial
        reserved[1...4] = [0x1A, 0x2A, 0x3A, 0x4A]
        #expect(classify(reserved, .udp, from: 51000, to: 4433) == .quicClientPacket)
        #expect(PayloadSignature.quicClientPacket.decidedRole == .client)
    }

    @Test func whatOnlyAServerSends() {
        #expect(classify(QUICSamples.retry, .udp, from: 443, to: 51000) == .quicServerPacket)
        #expect(classify(QUICSamples.versionNegotiation, .udp, from: 443, to: 51000) == .quicServerPacket)
        #expect(classify(QUICSamples.googleVersionNegotiation, .udp, from: 443, to: 51000) == .quicServerPacket)
        #expect(PayloadSignature.quicServerPacket.decidedRole == .server)
    }

    /// QUIC runs on any port; over TCP there is none.
    @Test func anyUDPPortNoTCP() {
        #expect(classify(QUICSamples.clientInitial, .udp, from: 51000, to: 4443) == .quicPacket)
        #expect(classify(QUICSamples.clientInitial, .tcp, from: 51000, to: 443) == nil)
    }

    /// An unknown version, a connection ID longer than 20 bytes, the fixed bit clear, a
    /// negotiation listing no version anyone speaks, or a header cut short: no signature.
    @Test func otherBytesAreNotQUIC() {
        var unknown = QUICSamples.clientInitial
        unknown[1...4] = [0x12, 0x34, 0x56, 0x78]
        #expect(classify(unknown, .udp, from: 51000, to: 443) == nil)
        var longID = QUICSamples.clientInitial
        longID[5] = 21
        #expect(classify(longID, .udp, from: 51000, to: 443) == nil)
        var noFixedBit = QUICSamples.clientInitial
        noFixedBit[0] = 0x80
        #expect(classify(noFixedBit, .udp, from: 51000, to: 443) == nil)
        var unknownVersions = QUICSamples.versionNegotiation
        unknownVersions.replaceSubrange(24..., with: [0x12, 0x34, 0x56, 0x78])
        #expect(classify(unknownVersions, .udp, from: 443, to: 51000) == nil)
        for length in 0..<15 {
            #expect(classify(Array(QUICSamples.clientInitial.prefix(length)), .udp, from: 51000, to: 443) == nil,
                    "\(length)")
        }
    }
}
