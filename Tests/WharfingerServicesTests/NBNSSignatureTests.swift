import Testing
import WharfingerWire
@testable import WharfingerServices

/// NetBIOS name service messages as Windows sends them (RFC 1002 section 4.2).
enum NBNSSamples {
    /// "WORKGROUP" padded to 15 bytes plus its suffix, in the first-level encoding: each
    /// half-byte becomes a letter A-P.
    static func encodedName(_ name: String = "WORKGROUP", suffix: UInt8 = 0x1D) -> [UInt8] {
        let padded = Array(name.utf8.prefix(15)) + [UInt8](repeating: 0x20, count: 15 - min(15, name.utf8.count)) + [suffix]
        return [32] + padded.flatMap { [UInt8(ascii: "A") + ($0 >> 4), UInt8(ascii: "A") + ($0 & 0xF)] } + [0]
    }

    static func message(flags: UInt16, questions: UInt8, answers: UInt8, additionals: UInt8 = 0,
                        type: UInt8 = 0x20) -> [UInt8] {
        var m: [UInt8] = [0x8A, 0x5B, UInt8(flags >> 8), UInt8(flags & 0xFF), 0, questions, 0, answers, 0, 0, 0, additionals]
        m += encodedName() + [0, type, 0, 1]
        if answers > 0 || additionals > 0 { m += [0, 0, 0x0D, 0xFB, 0, 6, 0x60, 0, 192, 168, 5, 9] }
        return m
    }

    /// A broadcast name query (opcode 0, RD, B).
    static let query = message(flags: 0x0110, questions: 1, answers: 0)
    /// A positive name query response (R, opcode 0, AA, RD).
    static let response = message(flags: 0x8500, questions: 0, answers: 1)
    /// A name registration request (opcode 5, RD, B) with its additional record.
    static let registration = message(flags: 0x2910, questions: 1, answers: 0, additionals: 1)
    /// An NBSTAT query for "*" (nmap, nbtstat -A).
    static let nodeStatus: [UInt8] = [0x00, 0x01, 0x00, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]
        + [32, 0x43, 0x4B] + [UInt8](repeating: 0x41, count: 30) + [0, 0, 0x21, 0, 1]
}

@Suite struct NBNSSignatureTests {
    @Test func namesNBNSMessagesAndTheirRoles() {
        #expect(classify(NBNSSamples.query, .udp, from: 137, to: 137) == .nbnsRequest)
        #expect(classify(NBNSSamples.registration, .udp, from: 137, to: 137) == .nbnsRequest)
        #expect(classify(NBNSSamples.nodeStatus, .udp, from: 50123, to: 137) == .nbnsRequest)
        #expect(classify(NBNSSamples.response, .udp, from: 137, to: 137) == .nbnsResponse)
        #expect(PayloadSignature.nbnsRequest.service == "netbios-ns")
        #expect(PayloadSignature.nbnsResponse.role == .server && PayloadSignature.nbnsResponse.certainty == .certain)
    }

    /// Port 137 is NBNS's: a DNS-shaped datagram there that is no NBNS message (a printable
    /// name, an opcode NBNS lacks) is left unnamed rather than called DNS.
    @Test func nothingOnPort137IsDNS() {
        #expect(classify(Samples.dnsQuery, .udp, from: 50000, to: 137) == nil)
        #expect(classify(Samples.dnsResponse, .udp, from: 137, to: 50000) == nil)
        var unknownOpcode = NBNSSamples.query
        unknownOpcode[2] = 0x18           // opcode 3
        #expect(classify(unknownOpcode, .udp, from: 137, to: 137) == nil)
        var shortName = NBNSSamples.query
        shortName[12] = 31
        #expect(classify(shortName, .udp, from: 137, to: 137) == nil)
    }

    /// NBNS stays on its port, and DNS keeps its own even from port 137.
    @Test func dnsPortsStayDNS() {
        #expect(classify(NBNSSamples.query, .udp, from: 50000, to: 7000) != .nbnsRequest)
        #expect(classify(Samples.dnsQuery, .udp, from: 137, to: 53) == .dnsQuery)
        #expect(classify(Samples.dnsQuery, .udp, from: 50000, to: 53) == .dnsQuery)
        #expect(classify(NBNSSamples.query, .tcp, from: 50000, to: 137) != .nbnsRequest)
    }

    /// Counts whose sum passes 16 bits (a mangled header the fuzzer found trapped here):
    /// no trap, and the name still decides.
    @Test func countsAtTheirLimitDoNotTrap() {
        var mangled = NBNSSamples.query
        mangled[4...7] = [0xFF, 0xFF, 0xFF, 0xFF]
        #expect(classify(mangled, .udp, from: 137, to: 137) == .nbnsRequest)
        mangled[12] = 31
        #expect(classify(mangled, .udp, from: 137, to: 137) == nil)
    }

    /// Truncated to the header, or anywhere in the name: no trap, no signature.
    @Test func truncatedMessagesAreNotNamed() {
        for length in 0..<(12 + 33) {
            #expect(classify(Array(NBNSSamples.query.prefix(length)), .udp, from: 137, to: 137) == nil, "\(length)")
        }
    }
}
