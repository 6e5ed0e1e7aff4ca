import Testing
import WharfingerReport
import WharfingerWire

/// `JSONWriter` puts numbers, times, addresses and escapes straight into its buffer: each
/// must come out as the `String` forms the reports used before (`description`, `decimalText`).
struct JSONWriterTests {
    private func written(capacity: Int = 8, _ body: (inout JSONWriter) -> Void) -> String {
        var json = JSONWriter(capacity: capacity)
        body(&json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    @Test func integers() {
        #expect(written { $0.number(0 as UInt64) } == "0")
        #expect(written { $0.number(UInt64.max) } == "18446744073709551615")
        #expect(written { $0.number(Int64.min) } == "-9223372036854775808")
        #expect(written { $0.beginArray(); $0.number(7 as UInt16); $0.number(-42); $0.number(100); $0.endArray() }
                == "[7,-42,100]")
    }

    @Test func timesKeepTheirLeadingZeros() {
        #expect(written { $0.time(Timestamp(seconds: 1_700_000_000, nanoseconds: 5)) } == "1700000000.000000005")
        #expect(written { $0.time(Timestamp(seconds: 0, nanoseconds: 0)) } == "0.000000000")
        #expect(written { $0.decimal(12, fraction: 340, fractionDigits: 6) } == "12.000340")
        #expect(written { $0.interval(from: Timestamp(seconds: 5, nanoseconds: 0), to: Timestamp(seconds: 3, nanoseconds: 0)) }
                == "0.000000000")
    }

    @Test func decimalsAsDecimalText() {
        for hundredth in -300...300 {
            let value = Double(hundredth) / 97
            for digits in 0...3 {
                #expect(written { $0.decimal(value, digits: digits) } == decimalText(value, digits: digits))
                #expect(written { json in json.string { $0.write(value, digits: digits, signed: true) } }
                        == "\"" + decimalText(value, digits: digits, signed: true) + "\"")
            }
        }
    }

    @Test func addressesAsTheirDescription() {
        for text in ["0.0.0.0", "10.1.12.167", "255.255.255.255", "::", "2001:db8::1", "fe80::1:2:3:4",
                     "::ffff:192.0.2.1", "2001:db8:0:1:1:1:1:1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"] {
            let ip = IPAddress(text)!
            #expect(written { $0.address(ip) } == "\"\(ip.description)\"")
            let endpoint = Endpoint(ip: ip, port: 443)
            #expect(written { json in json.string { $0.write(endpoint) } } == "\"\(endpoint.description)\"")
        }
    }

    @Test func stringsEscapedAndGrownPastCapacity() {
        #expect(written { $0.string("a\"b\\c\nd\u{1}é") } == #""a\"b\\c\nd\u0001é""#)
        let long = String(repeating: "wharf ", count: 5000)
        #expect(written { $0.beginObject(); $0.key("k"); $0.string(long); $0.key("n"); $0.null(); $0.endObject() }
                == "{\"k\":\"\(long)\",\"n\":null}")
    }
}
