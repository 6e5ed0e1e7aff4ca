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
