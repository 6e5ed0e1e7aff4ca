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

    /// Numbers are written two digits at a time: every length and every pair must come out
    /// as `String(_:)` spells it.
    @Test func integersOfEveryLength() {
        var value: UInt64 = 1
        for _ in 0..<20 {
            for n in [value - 1, value, value + 1, value &* 7 / 3, value &* 9] {
                #expect(written { $0.number(n) } == String(n))
            }
            value = value &* 10
        }
        for n in 0..<1000 as Range<UInt64> { #expect(written { $0.number(n) } == String(n)) }
        // A fraction is written without counting its digits first; one wider than its
        // decimals (never from a time) keeps them all, as it did.
        for width in 1...12 {
            for fraction: UInt64 in [0, 5, 37, 999_999, 123_456_789, 1_000_000_000, 98_765_432_109] {
                let digits = String(fraction)
                #expect(written { $0.decimal(3, fraction: fraction, fractionDigits: width) }
                        == "3." + String(repeating: "0", count: max(0, width - digits.count)) + digits)
            }
        }
    }

    /// A string is copied whole when no byte needs an escape, a word of eight bytes at a time:
    /// a byte that does must be found wherever it lies.
    @Test func everyEscapeFoundWhereverItLies() {
        func reference(_ bytes: [UInt8]) -> String {
            var out = "\""
            for byte in bytes {
                switch byte {
                case 0x22: out += "\\\""
                case 0x5c: out += "\\\\"
                case 0x0a: out += "\\n"
                case 0x0d: out += "\\r"
                case 0x09: out += "\\t"
                case 0..<0x20: out += "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
                default: out += String(UnicodeScalar(byte))
                }
            }
            return out + "\""
        }
        for length in [1, 7, 8, 9, 16, 17, 23] {
            for position in 0..<length {
                for byte in (0..<0x80 as Range<UInt8>) {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = byte
                    // After a byte that needs no escape but borrows or matches nearly (0x20, 0x21, 0x5b).
                    if position > 0 { bytes[position - 1] = [0x20, 0x21, 0x5b, 0x7f][position % 4] }
                    let text = String(decoding: bytes, as: UTF8.self)
                    #expect(written { $0.string(text) } == reference(bytes))
                }
            }
        }
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

    /// A record that keeps its endpoints copies the first two where they were written: every
    /// later mention, as an object or in words, must read as one written afresh, however far
    /// the buffer grew meanwhile.
    @Test func keptEndpointsReadAsWrittenAfresh() {
        let ends = ["10.1.12.167", "2001:db8::1", "::ffff:192.0.2.1", "255.255.255.255"].map { IPAddress($0)! }
            .enumerated().map { Endpoint(ip: $1, port: [0, 80, 51448, 65535][$0]) }
        for first in ends {
            for second in ends where second != first {
                let third = Endpoint(ip: IPAddress("192.0.2.9")!, port: 9)
                func record(_ json: inout JSONWriter) {
                    json.beginArray()
                    for endpoint in [first, second, third, second, first, third, first] {
                        json.endpoint(endpoint)
                        json.string(String(repeating: "x", count: 40))
                        json.string { $0.write(endpoint); $0.write(" and " as StaticString); $0.write(third) }
                    }
                    json.endArray()
                }
                let afresh = written(capacity: 8) { record(&$0) }
                #expect(afresh.contains("\"\(first.description) and 192.0.2.9:9\""))
                #expect(written(capacity: 8) { json in
                    json.keepEndpoints()
                    record(&json)
                    json.forgetEndpoints()
                } == afresh)
            }
        }
    }

    @Test func stringsEscapedAndGrownPastCapacity() {
        #expect(written { $0.string("a\"b\\c\nd\u{1}é") } == #""a\"b\\c\nd\u0001é""#)
        let long = String(repeating: "wharf ", count: 5000)
        #expect(written { $0.beginObject(); $0.key("k"); $0.string(long); $0.key("n"); $0.null(); $0.endObject() }
                == "{\"k\":\"\(long)\",\"n\":null}")
    }
}
