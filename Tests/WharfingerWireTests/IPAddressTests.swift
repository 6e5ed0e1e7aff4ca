import Testing
import WharfingerWire

@Suite struct IPAddressTests {
    @Test(arguments: [
        ("2001:db8::1", "2001:db8::1"),
        ("2001:0db8:0000:0000:0001:0000:0000:0001", "2001:db8::1:0:0:1"),
        ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"),
        ("::1", "::1"),
        ("::", "::"),
        ("fe80::", "fe80::"),
        ("2001:DB8::AB", "2001:db8::ab"),
        ("::ffff:192.0.2.1", "::ffff:192.0.2.1"),
    ])
    func rfc5952Text(input: String, expected: String) throws {
        let address = try #require(IPAddress(input))
        #expect(address.description == expected)
    }

    @Test func dottedQuad() throws {
        let address = try #require(IPAddress("192.0.2.255"))
        #expect(!address.isIPv6)
        #expect(address.description == "192.0.2.255")
        #expect(IPAddress("300.1.1.1") == nil)
        #expect(IPAddress("1::2::3") == nil)
    }

    /// Every octet, one, two or three digits, in every place of the dotted quad, and the
    /// dotted tail of an IPv4-mapped IPv6 address.
    @Test func everyOctetInEveryPlace() {
        for octet in 0...255 as ClosedRange<UInt32> {
            for place in 0..<4 {
                let value = octet << (8 * UInt32(3 - place)) | (place == 3 ? 0 : 7)
                let octets = (0..<4).map { String(value >> (8 * UInt32(3 - $0)) & 0xff) }
                #expect(IPAddress(ipv4: value).description == octets.joined(separator: "."))
                #expect(IPAddress(high: 0, low: 0xffff_0000_0000 | UInt64(value), isIPv6: true).description
                        == "::ffff:" + octets.joined(separator: "."))
            }
        }
    }

    /// Every pattern of zero groups, the others of one to four hex digits: the text must be
    /// RFC 5952's as a plain reading of it spells it (the groups in hex, the first longest
    /// run of two or more zeros as "::").
    @Test func everyPatternOfZeroGroups() {
        func reference(_ groups: [UInt16]) -> String {
            var best = (start: 0, length: 0), i = 0
            while i < 8 {
                var end = i
                while end < 8 && groups[end] == 0 { end += 1 }
                if end - i > best.length { best = (i, end - i) }
                i = max(end, i + 1)
            }
            let text = groups.map { String($0, radix: 16) }
            guard best.length >= 2 else { return text.joined(separator: ":") }
            return text[..<best.start].joined(separator: ":") + "::"
                + text[(best.start + best.length)...].joined(separator: ":")
        }
        let others: [UInt16] = [1, 0xa, 0xf, 0x10, 0x9f, 0xab, 0x100, 0xfff, 0x1000, 0xabcd, 0xffff, 0x8001]
        for zeros in 0..<256 {
            for offset in 0..<others.count {
                let groups = (0..<8).map { zeros >> $0 & 1 == 1 ? 0 : others[($0 + offset) % others.count] }
                let high = groups[0..<4].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
                let low = groups[4..<8].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
                // IPv4-mapped addresses keep their dotted tail (`everyOctetInEveryPlace`).
                if high == 0 && low >> 32 == 0xffff { continue }
                #expect(IPAddress(high: high, low: low, isIPv6: true).description == reference(groups))
            }
        }
    }

    @Test func ordering() throws {
        #expect(try #require(IPAddress("10.0.0.1")) < #require(IPAddress("10.0.0.2")))
        #expect(try #require(IPAddress("255.255.255.255")) < #require(IPAddress("::")))
    }

    @Test(arguments: [
        ("224.0.0.251", true), ("239.255.255.250", true), ("255.255.255.255", true), ("ff02::1:2", true),
        ("ff05::c", true), ("223.255.255.255", false), ("240.0.0.1", false), ("192.168.255.255", false),
        ("10.0.0.1", false), ("fe80::1", false), ("2001:db8::ff", false),
    ])
    func groupAddresses(text: String, isGroup: Bool) throws {
        #expect(try #require(IPAddress(text)).isGroup == isGroup)
    }
}
