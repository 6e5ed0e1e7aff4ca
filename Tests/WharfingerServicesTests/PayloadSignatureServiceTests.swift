import Testing
@testable import WharfingerServices

/// `PayloadSignature.service` reads a table made once, by raw value: each case must still
/// name its own protocol, the first, the last and those between.
struct PayloadSignatureServiceTests {
    @Test func rawValuesAreTheCasesPositions() {
        for (position, signature) in PayloadSignature.allCases.enumerated() {
            #expect(Int(signature.rawValue) == position)
        }
    }

    @Test func eachCaseNamesItsProtocol() {
        #expect(PayloadSignature.tlsClientHello.service == "tls")
        #expect(PayloadSignature.sshIdentification.service == "ssh")
        #expect(PayloadSignature.icaBanner.service == "ica")
        #expect(PayloadSignature.httpStatus.service == "http")
        #expect(PayloadSignature.pop3Greeting.service == "pop3")
        #expect(PayloadSignature.dtlsServerHello.service == "dtls")
        #expect(PayloadSignature.stunResponse.service == "stun")
        #expect(PayloadSignature.nbnsResponse.service == "netbios-ns")
        #expect(PayloadSignature.rtspRequest.service == "rtsp")
        #expect(PayloadSignature.ircServerMessage.service == "irc")
        #expect(PayloadSignature.radiusResponse.service == "radius")
        #expect(PayloadSignature.quicServerPacket.service == "quic")
        #expect(PayloadSignature.allCases.last == .quicServerPacket)
    }
}
