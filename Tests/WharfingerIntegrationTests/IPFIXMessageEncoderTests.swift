import Testing
import WharfingerReport
import WharfingerWire

/// The IPFIX encoder's bytes against RFC 7011's layout (§3.1 message header, §3.3 sets,
/// §3.4.1 template records, §3.2 field specifiers with the enterprise bit, §7 variable
/// length) and RFC 5103's reverse elements, written out by hand here.
struct IPFIXMessageEncoderTests {
    static func record(_ source: String, _ destination: String, name: String = "http") -> IPFIXBiflowRecord {
        IPFIXBiflowRecord(
            start: 0x0000_0190_0000_0001, end: 0x0000_0190_0000_03E9,
            source: IPAddress(source)!, destination: IPAddress(destination)!,
            sourcePort: 49_152, destinationPort: 80, protocolIdentifier: 6,
            octets: 0x0102, packets: 3, reverseOctets: 0x0A0B0C, reversePackets: 2,
            direction: .initiator, endReason: .endOfFlowDetected, flowID: 0x1122_3344_5566_7788,
            applicationName: name)
    }

    static func be16(_ v: UInt16) -> [UInt8] { [UInt8(v >> 8), UInt8(v & 0xff)] }
    static func be32(_ v: UInt32) -> [UInt8] { be16(UInt16(v >> 16)) + be16(UInt16(v & 0xffff)) }
    static func be16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) << 8 | Int(bytes[at + 1]) }

    /// Field specifiers of the IPv4 biflow template as RFC 7011 §3.2 lays them out:
    /// element id and length, and for PEN 29305 the enterprise bit and the number.
    static let ipv4Fields: [UInt8] =
        be16(152) + be16(8) + be16(153) + be16(8)          // flowStart/EndMilliseconds
        + be16(8) + be16(4) + be16(12) + be16(4)           // source/destinationIPv4Address
        + be16(7) + be16(2) + be16(11) + be16(2)           // source/destinationTransportPort
        + be16(4) + be16(1)                                // protocolIdentifier
        + be16(1) + be16(8) + be16(2) + be16(8)            // octetDeltaCount, packetDeltaCount
        + be16(0x8001) + be16(8) + be32(29305)             // reverse octetDeltaCount
        + be16(0x8002) + be16(8) + be32(29305)             // reverse packetDeltaCount
        + be16(239) + be16(1) + be16(136) + be16(1)        // biflowDirection, flowEndReason
        + be16(148) + be16(8)                              // flowId
        + be16(96) + be16(0xFFFF)                          // applicationName, variable length

    @Test func aMessageWithTemplatesAndOneIPv4Record() {
        var encoder = IPFIXMessageEncoder(observationDomain: 0x0A0B_0C0D)
        encoder.begin(withTemplates: true)
        encoder.append(Self.record("192.0.2.1", "198.51.100.2"))
        let message = encoder.finish(exportTime: 0x6543_2101)

        let ipv6Fields = Self.ipv4Fields.count  // the same count of bytes: only lengths differ
        let templateSet = 4 + (4 + Self.ipv4Fields.count) + (4 + ipv6Fields)
        let dataRecord: [UInt8] =
            [0, 0, 0x01, 0x90, 0, 0, 0, 0x01] + [0, 0, 0x01, 0x90, 0, 0, 0x03, 0xE9]
            + [192, 0, 2, 1] + [198, 51, 100, 2] + Self.be16(49_152) + Self.be16(80) + [6]
            + [0, 0, 0, 0, 0, 0, 0x01, 0x02] + [0, 0, 0, 0, 0, 0, 0, 3]
            + [0, 0, 0, 0, 0, 0x0A, 0x0B, 0x0C] + [0, 0, 0, 0, 0, 0, 0, 2]
            + [1, 3] + [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88]
            + [4] + Array("http".utf8)
        let expectedLength = 16 + templateSet + 4 + dataRecord.count

        // Message header: version 10, length, export time, sequence 0, observation domain.
        #expect(Array(message[0..<16]) == Self.be16(10) + Self.be16(UInt16(expectedLength))
            + Self.be32(0x6543_2101) + Self.be32(0) + Self.be32(0x0A0B_0C0D))
        #expect(message.count == expectedLength)
        // Template set: id 2, its length; template 256 with 15 fields, then 257.
        #expect(Array(message[16..<20]) == Self.be16(2) + Self.be16(UInt16(templateSet)))
        let ipv4 = 20
        #expect(Array(message[ipv4..<ipv4 + 4]) == Self.be16(256) + Self.be16(15))
        #expect(Array(message[ipv4 + 4..<ipv4 + 4 + Self.ipv4Fields.count]) == Self.ipv4Fields)
        let ipv6 = ipv4 + 4 + Self.ipv4Fields.count
        #expect(Array(message[ipv6..<ipv6 + 4]) == Self.be16(257) + Self.be16(15))
        // The IPv6 template names elements 27 and 28, 16 bytes each.
        #expect(Array(message[ipv6 + 12..<ipv6 + 20]) == Self.be16(27) + Self.be16(16) + Self.be16(28) + Self.be16(16))
        // Data set: id 256, its length, then the record's bytes in template order.
        let data = 16 + templateSet
        #expect(Array(message[data..<data + 4]) == Self.be16(256) + Self.be16(UInt16(4 + dataRecord.count)))
        #expect(Array(message[(data + 4)...]) == dataRecord)
    }

    @Test func anIPv6RecordGoesInItsOwnDataSet() {
        var encoder = IPFIXMessageEncoder(observationDomain: 1)
        encoder.begin(withTemplates: false)
        encoder.append(Self.record("192.0.2.1", "198.51.100.2"))
        encoder.append(Self.record("2001:db8::1", "2001:db8::2", name: "domain"))
        encoder.append(Self.record("192.0.2.3", "198.51.100.4"))
        let message = encoder.finish(exportTime: 1)
        // No template set: the first set is a data set of template 256 (one 76-byte record).
        #expect(Self.be16(message, 16) == 256)
        #expect(Self.be16(message, 18) == 4 + 76)
        let second = 16 + 80
        #expect(Self.be16(message, second) == 257)
        #expect(Self.be16(message, second + 2) == 4 + 71 + 24 + 1 + 6)
        #expect(Array(message[second + 4 + 16..<second + 4 + 32])
            == [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
        let third = second + Self.be16(message, second + 2)
        #expect(Self.be16(message, third) == 256)
        #expect(third + Self.be16(message, third + 2) == message.count)
        #expect(Self.be16(message, 2) == message.count)
    }

    @Test func sequenceNumbersCountTheDataRecordsSentBefore() {
        var encoder = IPFIXMessageEncoder(observationDomain: 7)
        var sequences: [UInt32] = []
        for count in [3, 0, 5, 1] {
            encoder.begin(withTemplates: count == 0)
            for _ in 0..<count { encoder.append(Self.record("192.0.2.1", "198.51.100.2")) }
            let message = encoder.finish(exportTime: 0)
            sequences.append(UInt32(Self.be16(message, 8)) << 16 | UInt32(Self.be16(message, 10)))
        }
        #expect(sequences == [0, 3, 3, 8])
        #expect(encoder.sequenceNumber == 9)
    }

    @Test func recordsFillMessagesUpToTheLimit() {
        var encoder = IPFIXMessageEncoder(observationDomain: 1, maxLength: 1400)
        var messages: [[UInt8]] = []
        var records = 0
        for index in 0..<100 {
            let record = index % 3 == 0 ? Self.record("2001:db8::1", "2001:db8::2") : Self.record("192.0.2.1", "198.51.100.2")
            if encoder.isOpen && !encoder.fits(record) { messages.append(encoder.finish(exportTime: 0)) }
            if !encoder.isOpen { encoder.begin(withTemplates: messages.isEmpty) }
            encoder.append(record)
            records += 1
        }
        messages.append(encoder.finish(exportTime: 0))
        var counted = 0
        for message in messages {
            #expect(message.count <= 1400)
            #expect(Self.be16(message, 2) == message.count)
            // The sets tile the message exactly.
            var offset = 16
            while offset < message.count {
                let id = Self.be16(message, offset), length = Self.be16(message, offset + 2)
                if id == 256 { counted += (length - 4) / 76 }
                if id == 257 { counted += (length - 4) / 100 }
                offset += length
            }
            #expect(offset == message.count)
        }
        #expect(counted == records)
        // All but the last are full: the next record (at most 100 bytes and a set header) did not fit.
        for message in messages.dropLast() { #expect(message.count > 1400 - 104) }
    }

    /// A message begun while a TCP connection was down gets the templates at its front when
    /// a new connection is about to carry it; its data set moves along, lengths follow.
    @Test func templatesAddedToAMessageAlreadyBegun() {
        var plain = IPFIXMessageEncoder(observationDomain: 1)
        plain.begin(withTemplates: true)
        plain.append(Self.record("192.0.2.1", "198.51.100.2"))
        plain.append(Self.record("2001:db8::1", "2001:db8::2"))
        let expected = plain.finish(exportTime: 9)

        var encoder = IPFIXMessageEncoder(observationDomain: 1)
        encoder.begin(withTemplates: false)
        encoder.append(Self.record("192.0.2.1", "198.51.100.2"))
        encoder.addTemplates()
        encoder.append(Self.record("2001:db8::1", "2001:db8::2"))
        encoder.addTemplates()  // once only
        let message = encoder.finish(exportTime: 9)
        #expect(message == expected)
        #expect(Self.be16(message, 16) == 2)
        #expect(Self.be16(message, 18) == 4 + 4 + Self.ipv4Fields.count + 4 + Self.ipv4Fields.count)
    }

    @Test func aLongNameIsCutToTheOneByteLengthOnACharacterBoundary() {
        var encoder = IPFIXMessageEncoder(observationDomain: 1)
        encoder.begin(withTemplates: false)
        let name = String(repeating: "a", count: 253) + "é" + "tail"  // é is two bytes: 253 + 2 > 254
        encoder.append(Self.record("192.0.2.1", "198.51.100.2", name: name))
        let message = encoder.finish(exportTime: 0)
        let nameAt = 16 + 4 + 71
        #expect(message[nameAt] == 253)
        #expect(message.count == nameAt + 1 + 253)
    }
}
