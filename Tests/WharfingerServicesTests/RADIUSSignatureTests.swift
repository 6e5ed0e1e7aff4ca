import Testing
import WharfingerWire
@testable import WharfingerServices

/// RADIUS messages: RFC 2865 section 7.1's own example, a NAS asking about user "nemo" and
/// the server's Access-Accept.
enum RADIUSSamples {
    static let accessRequest: [UInt8] = [
        0x01, 0x00, 0x00, 0x38, 0x0f, 0x40, 0x3f, 0x94, 0x73, 0x97, 0x80, 0x57, 0xbd, 0x83, 0xd5, 0xcb,
        0x98, 0xf4, 0x22, 0x7a, 0x01, 0x06, 0x6e, 0x65, 0x6d, 0x6f, 0x02, 0x12, 0x0d, 0xbe, 0x70, 0x8d,
        0x93, 0xd4, 0x13, 0xce, 0x31, 0x96, 0xe4, 0x3f, 0x78, 0x2a, 0x0a, 0xee, 0x04, 0x06, 0xc0, 0xa8,
        0x01, 0x10, 0x05, 0x06, 0x00, 0x00, 0x00, 0x03,
    ]
    static let accessAccept: [UInt8] = [
        0x02, 0x00, 0x00, 0x26, 0x86, 0xfe, 0x22, 0x0e, 0x76, 0x24, 0xba, 0x2a, 0x10, 0x05, 0xf6, 0xbf,
        0x9b, 0x55, 0xe0, 0xb2, 0x06, 0x06, 0x00, 0x00, 0x00, 0x01, 0x0f, 0x06, 0x00, 0x00, 0x00, 0x00,
        0x0e, 0x06, 0xc0, 0xa8, 0x01, 0x03,
    ]

    /// `message` with another code.
    static func with(code: UInt8, _ message: [UInt8] = accessRequest) -> [UInt8] {
        [code] + message.dropFirst()
    }
}

@Suite struct RADIUSSignatureTests {
    @Test func requestsAndAnswersNameTheirSenders() {
        #expect(classify(RADIUSSamples.accessRequest, .udp, from: 49152, to: 1812) == .radiusRequest)
        #expect(classify(RADIUSSamples.accessAccept, .udp, from: 1812, to: 49152) == .radiusResponse)
        #expect(PayloadSignature.radiusRequest.service == "radius")
        #expect(PayloadSignature.radiusRequest.role == .client && PayloadSignature.radiusRequest.certainty == .certain)
        #expect(PayloadSignature.radiusResponse.role == .server && PayloadSignature.radiusResponse.certainty == .certain)
    }

    /// Accounting (4, 5), Access-Reject and -Challenge (3, 11), Status-Server (12), and
    /// dynamic authorization (RFC 5176), where the NAS on 3799 answers the RADIUS server's
    /// Disconnect- and CoA-Requests (40, 43) with ACKs and NAKs (41, 42, 44, 45).
    @Test(arguments: [(UInt8(4), PayloadSignature.radiusRequest), (12, .radiusRequest), (40, .radiusRequest),
                      (43, .radiusRequest), (3, .radiusResponse), (5, .radiusResponse), (11, .radiusResponse),
                      (41, .radiusResponse), (42, .radiusResponse), (44, .radiusResponse), (45, .radiusResponse)])
    func everyCodeNamesItsRole(code: UInt8, signature: PayloadSignature) {
        let message = RADIUSSamples.with(code: code)
        let sender: UInt16 = signature == .radiusRequest ? 50000 : 3799
        let receiver: UInt16 = signature == .radiusRequest ? 3799 : 50000
        #expect(classify(message, .udp, from: sender, to: receiver) == signature, "code \(code)")
    }

    /// The old ports 1645 and 1646 are RADIUS's too; other ports and TCP are not read.
    @Test func onlyTheRADIUSPortsOverUDP() {
        #expect(classify(RADIUSSamples.accessRequest, .udp, from: 1645, to: 1646) == .radiusRequest)
        #expect(classify(RADIUSSamples.accessRequest, .udp, from: 50000, to: 7000) == nil)
        #expect(classify(RADIUSSamples.accessRequest, .tcp, from: 50000, to: 1812) == nil)
    }

    /// A code RADIUS lacks, a length below the header's 20 bytes or past what was captured:
    /// no signature. Bytes after the length are padding (RFC 2865 section 3).
    @Test func malformedHeadersAreNotNamed() {
        #expect(classify(RADIUSSamples.with(code: 13), .udp, from: 50000, to: 1812) == nil)
        var short = RADIUSSamples.accessRequest
        short[3] = 19
        #expect(classify(short, .udp, from: 50000, to: 1812) == nil)
        #expect(classify(Array(RADIUSSamples.accessRequest.dropLast()), .udp, from: 50000, to: 1812) == nil)
        #expect(classify(RADIUSSamples.accessRequest + [0, 0, 0], .udp, from: 50000, to: 1812) == .radiusRequest)
        for length in 0..<4 {
            #expect(classify(Array(RADIUSSamples.accessRequest.prefix(length)), .udp, from: 50000, to: 1812) == nil)
        }
    }
}
