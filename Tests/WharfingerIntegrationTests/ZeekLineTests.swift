import Testing
@testable import WharfingerAnalysis
@testable import WharfingerReport
import WharfingerWire

/// `ZeekLine` writes a conn.log's values from tables (address octets, digit pairs, the
/// seconds of the time before, IPv6 addresses written lately, history letters): each value
/// must come out as its plain form (`description`, `String(value)`, `ZeekExchangeWords`).
struct ZeekLineTests {
    /// The values `body` writes into one line, split at the tabs.
    private func values(_ body: (ZeekLine) -> Void) -> [String] {
        let line = ZeekLine()
        line.reset()
        body(line)
        return String(decoding: line.bytes, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
            .map(String.init)
    }

    @Test func ipv4AddressesAsTheirDescription() {
        // Every octet value in every position, beside octets of one, two and three digits.
        var addresses: [IPAddress] = []
        for octet in UInt32(0)...255 {
            for shift in stride(from: UInt32(0), through: 24, by: 8) {
                let others: UInt32 = [0x0000_0000, 0x0A0A_0A0A, 0xC8C8_C8C8, 0x0564_FF09][Int(shift / 8)]
                addresses.append(IPAddress(ipv4: others & ~(0xff << shift) | octet << shift))
            }
        }
        #expect(values { line in addresses.forEach(line.address) } == addresses.map(\.description))
    }

    @Test func ipv6AddressesAsTheirDescriptionWrittenOnceOrAgain() {
        var generator = SystemRandomNumberGenerator()
        var addresses = ["::", "::1", "2001:db8::1", "fe80::1:2:3:4", "::ffff:10.1.2.3", "1:0:0:1::",
                         "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"].map { IPAddress($0)! }
        // More addresses than the cache has slots, so that they meet in slots too, some
        // with the same high half.
        for low in UInt64(0)..<600 { addresses.append(IPAddress(high: 0x2001_0db8_0000_0000, low: low, isIPv6: true)) }
        for _ in 0..<1000 {
            let high = UInt64.random(in: 0...UInt64.max, using: &generator)
            let low = UInt64.random(in: 0...3, using: &generator) << 62 | UInt64.random(in: 0...0xffff, using: &generator)
            addresses.append(IPAddress(high: high, low: low, isIPv6: true))
        }
        let twice = addresses + addresses.reversed() + addresses
        #expect(values { line in twice.forEach(line.address) } == twice.map(\.description))
    }

    @Test func numbersAsTheirDecimalDigits() {
        var numbers: [UInt64] = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 65535, UInt64.max, UInt64.max / 10]
        var power: UInt64 = 10
        while power < UInt64.max / 10 {
            numbers += [power - 1, power, power + 1]
            power *= 10
        }
        #expect(values { line in numbers.forEach(line.number) } == numbers.map { String($0) })
    }

    @Test func uidsAsZeekConnLogWritesThem() {
        var generator = SystemRandomNumberGenerator()
        var identities: [UInt64] = [0, 1, 61, 62, 3843, 3844, UInt64.max, UInt64.max - 1, 1 << 63]
        for _ in 0..<1000 { identities.append(UInt64.random(in: 0...UInt64.max, using: &generator)) }
        #expect(values { line in identities.forEach(line.uid) } == identities.map(ZeekConnLog.uid))
        // The JSON report's and the JSON conn.log's, from the same table.
        for identity in identities {
            var json = JSONWriter(capacity: 8)
            ZeekConnLog.uid(identity, into: &json)
            #expect(String(decoding: json.bytes, as: UTF8.self) == "\"\(ZeekConnLog.uid(identity))\"")
        }
    }

    @Test func timesRepeatingOrChangingTheirSeconds() {
        let times: [(Int64, UInt64)] = [(1_795_219_200, 5632), (1_795_219_200, 999_999), (1_795_219_201, 0),
                                        (1_795_219_200, 120_000), (0, 7), (0, 7), (9, 10), (10, 100_000),
                                        (1_795_219_200, 1)]
        let expected = times.map { seconds, micro in
            let fraction = String(micro)
            return "\(seconds)." + String(repeating: "0", count: 6 - fraction.count) + fraction
        }
        #expect(values { line in times.forEach { line.time($0.0, $0.1) } } == expected)
        #expect(values { line in times.forEach { line.decimal($0.0, $0.1) } } == expected)
    }

    @Test func namesLowerCaseAsLowercasedWithZeeksEscapes() {
        let names = ["HTTP", "http", "Kerberos-Adm", "", "ÉCOLE", "école", "a\tB", "C:\\X", "sun-rpc"]
        let lowered = values { line in names.forEach(line.lowercasedText) }
        let plain = values { line in names.forEach { line.text($0.lowercased()) } }
        #expect(lowered == plain)
        #expect(lowered == ["http", "http", "kerberos-adm", "(empty)", "\\xc3\\xa9cole", "\\xc3\\xa9cole", "a\\x09b",
                            "c:\\x5cx", "sun-rpc"])
    }

    @Test func historiesAsZeeksLettersForEitherClientSide() {
        var history = ConnectionHistory()
        // A handshake, data both ways, a retransmission, a zero window, FINs and a late RST.
        let segments: [(Int, TCPFlags, UInt32, UInt32, Int, UInt16)] = [
            (0, [.syn], 100, 0, 0, 1000), (1, [.syn, .ack], 500, 101, 0, 1000), (0, [.ack], 101, 501, 0, 1000),
            (0, [.ack, .psh], 101, 501, 10, 1000), (1, [.ack], 501, 111, 0, 0), (0, [.ack, .psh], 101, 501, 10, 1000),
            (1, [.ack, .psh], 501, 111, 20, 1000), (0, [.fin, .ack], 111, 521, 0, 1000),
            (1, [.fin, .ack], 521, 112, 0, 1000), (0, [.rst], 112, 0, 0, 0),
        ]
        for (side, flags, seq, ack, payload, window) in segments {
            history.observeTCP(from: side, flags: flags, seq: seq, ack: ack, payload: payload, window: window, time: 0)
        }
        for client in 0...1 {
            let exchange = history.exchange(client: client).history
            for serverSentFirst in [false, true] {
                var expected: [UInt8] = []
                ZeekExchangeWords.forEachHistoryByte(exchange, serverSentFirst: serverSentFirst) { expected.append($0) }
                #expect(values { $0.history(exchange, serverSentFirst: serverSentFirst) }
                        == [String(decoding: expected, as: UTF8.self)])
            }
        }
        #expect(values { $0.history(history.exchange(client: 0).history, serverSentFirst: false) } == ["ShADawTdFfR"])
    }
}
