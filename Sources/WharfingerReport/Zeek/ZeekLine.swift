import WharfingerAnalysis
import WharfingerWire

/// One TSV line of a Zeek log in a reusable buffer: tab-separated, `-` for unset. Values
/// are stored straight into the buffer, without a `String` or an array append per value:
/// a conn.log of a long capture writes millions of them, so the columns every line has are
/// copied from small tables (two digits at a time, an address octet's digits, the seconds
/// of the last time written) rather than made a digit at a time.
final class ZeekLine {
    // Only the writing thread touches the line, one value at a time.
    @exclusivity(unchecked) private var line = ByteBuffer(capacity: 1024)
    /// The whole seconds `time` wrote last and their digits: connections that end together
    /// mostly began together, so most lines repeat the seconds of the one before.
    private var lastSeconds: UInt64 = .max
    @exclusivity(unchecked) private var secondsText = ByteBuffer(capacity: 24)  // the writing thread's too
    /// The history letter of each packed event (`ExchangeHistory.packed`), as
    /// `ZeekExchangeWords` names it: the server's lower case.
    private let letters: UnsafeMutablePointer<UInt8>
    /// IPv6 addresses written lately and their text, by a hash of the address: making the
    /// text takes hundreds of instructions, and a log names the same hosts over and over.
    private let addresses: UnsafeMutablePointer<CachedAddress>
    private static let cachedAddresses = 1024

    private struct CachedAddress {
        var ip = IPAddress.unspecified
        var length: UInt8 = 0  // 0: an empty slot (no address is written in fewer than 2 bytes)
        var text: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        static let room = 40  // the longest IPv6 text is 39 bytes ("ffff:" seven times and "ffff")
    }

    init() {
        letters = .allocate(capacity: 256)
        for code in 0..<256 {
            let event = HistoryEvent(rawValue: UInt8(code & 0x7f))
            let letter = event.map(ZeekExchangeWords.letter) ?? UInt8(ascii: "?")
            letters[code] = code & 0x80 == 0 ? letter : letter | 0x20
        }
        addresses = .allocate(capacity: Self.cachedAddresses)
        addresses.initialize(repeating: CachedAddress(), count: Self.cachedAddresses)
    }

    deinit {
        letters.deallocate()
        addresses.deallocate()
    }

    /// The line's values, tab-separated: each is written after a tab, and the first value's
    /// is left out here rather than tested for at every value.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: line.written.dropFirst()) }

    func reset() { line.count = 0 }

    /// Room for `more` bytes (a line is a few hundred; a long escaped name may need more).
    @inline(__always)
    private func reserve(_ more: Int) { line.reserve(more) }

    @inline(__always)
    private func put(_ byte: UInt8) { line.put(byte) }

    /// The tab before a value (`bytes` leaves out the first), and room for a value of up to 64 bytes.
    @inline(__always)
    private func separator() {
        reserve(64)
        put(0x09)
    }

    /// Text with Zeek's escapes for the separator, backslash and unprintable bytes.
    func text(_ value: String) {
        separator()
        unseparatedText(value)
    }

    private func unseparatedText(_ value: String) {
        if value.isEmpty { return word("(empty)", separated: false) }
        if value.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
            var value = value
            value.withUTF8 { escaped($0) }
        }
    }

    /// `text`, lower case as Zeek writes names: printable ASCII is lowered as it is copied;
    /// a name with bytes to escape is lowered by `lowercased()` first (when it has capitals).
    func lowercasedText(_ value: String) {
        separator()
        let plain = value.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard !utf8.isEmpty else { return false }
            reserve(utf8.count)
            let start = line.count
            var plain = true
            line.append(most: utf8.count) { to in
                for index in 0..<utf8.count {
                    let unit = utf8[index]
                    plain = plain && Self.isPlain(unit)
                    to[index] = unit &- 65 < 26 ? unit | 0x20 : unit
                }
                return utf8.count
            }
            if !plain { line.count = start }  // written again below, with its escapes
            return plain
        }
        if plain != true {
            unseparatedText(value.utf8.contains(where: { $0 &- 65 < 26 }) ? value.lowercased() : value)
        }
    }

    /// A word of the log's own (a state code, a protocol name): plain ASCII, copied as it is.
    @inline(__always)
    func word(_ value: StaticString) { word(value, separated: true) }

    @inline(__always)
    private func word(_ value: StaticString, separated: Bool) {
        if separated { separator() }
        reserve(value.utf8CodeUnitCount)
        line.put(value.utf8Start, value.utf8CodeUnitCount)
    }

    @inline(__always)
    private static func isPlain(_ unit: UInt8) -> Bool {
        unit &- 0x20 < 0x5f && unit != UInt8(ascii: "\\")
    }

    private func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        if utf8.allSatisfy(Self.isPlain) {
            reserve(utf8.count)
            line.put(base, utf8.count)
            return
        }
        reserve(utf8.count * 4)
        for unit in utf8 { escape(unit) }
    }

    /// One byte, as `\xNN` when it is the separator, a backslash or unprintable.
    @inline(__always)
    private func escape(_ unit: UInt8) {
        if Self.isPlain(unit) { return put(unit) }
        let hex: StaticString = "0123456789abcdef"
        put(UInt8(ascii: "\\")); put(UInt8(ascii: "x"))
        put(hex.utf8Start[Int(unit >> 4)]); put(hex.utf8Start[Int(unit & 15)])
    }

    /// Zeek's bool: `T` or `F`.
    @inline(__always)
    func bool(_ value: Bool) {
        separator()
        put(value ? UInt8(ascii: "T") : UInt8(ascii: "F"))
    }

    func optional(_ value: String?) {
        if let value { text(value) } else { unset() }
    }

    @inline(__always)
    func unset() {
        separator()
        put(UInt8(ascii: "-"))
    }

    /// Zeek's `service`: the analyzers' names, comma-joined (unset when there are none).
    func service(_ recognised: RecognisedProtocols) {
        separator()
        let start = line.count
        ZeekServiceNames.forEachName(recognised) { name in
            reserve(name.utf8CodeUnitCount + 1)
            if line.count > start { put(UInt8(ascii: ",")) }
            line.put(name.utf8Start, name.utf8CodeUnitCount)
        }
        if line.count == start { put(UInt8(ascii: "-")) }
    }

    /// The history's letters (unset when there are none): plain ASCII, so no escapes.
    func history(_ history: ExchangeHistory, serverSentFirst: Bool) {
        let count = history.count
        guard count > 0 || serverSentFirst else { return unset() }
        separator()
        reserve(count + 1)
        if serverSentFirst { put(UInt8(ascii: "^")) }
        let packed = history.packed
        line.append(most: count) { start in
            for index in 0..<count {
                let word = index < 8 ? packed.0 : index < 16 ? packed.1 : packed.2
                start[index] = letters[Int(truncatingIfNeeded: word >> UInt64(index % 8 * 8) & 0xff)]
            }
            return count
        }
    }

    /// An address as `IPAddress` writes it (an IPv4 address's octets from a table); IPv6 as
    /// it wrote it lately.
    func address(_ ip: IPAddress) {
        separator()
        reserve(IPAddress.longestText)
        if ip.isIPv6 { return ipv6(ip) }
        line.append(most: IPAddress.longestText) {
            ip.write(into: UnsafeMutableBufferPointer(start: $0, count: IPAddress.longestText))
        }
    }

    private func ipv6(_ ip: IPAddress) {
        let hash = (ip.high ^ ip.low &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        let slot = addresses + Int(truncatingIfNeeded: hash >> 54) % Self.cachedAddresses
        if slot.pointee.length > 0 && slot.pointee.ip.high == ip.high && slot.pointee.ip.low == ip.low {
            return withUnsafeBytes(of: &slot.pointee.text) { text in
                line.put(text.baseAddress!.assumingMemoryBound(to: UInt8.self), Int(slot.pointee.length))
            }
        }
        let start = line.count
        line.append(most: IPAddress.longestText) {
            ip.write(into: UnsafeMutableBufferPointer(start: $0, count: IPAddress.longestText))
        }
        let length = line.count - start
        guard length <= CachedAddress.room else { return }
        slot.pointee.ip = ip
        slot.pointee.length = UInt8(length)
        withUnsafeMutableBytes(of: &slot.pointee.text) { text in
            text.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(line.written)[start...]))
        }
    }

    @inline(__always)
    func number<T: FixedWidthInteger & UnsignedInteger>(_ value: T) {
        separator()
        digits(UInt64(value))
    }

    /// A time, `seconds.micro` (six decimals) as Zeek writes times: the seconds' digits
    /// copied when they are those of the time before.
    func time(_ seconds: Int64, _ micro: UInt64) {
        guard seconds >= 0 else { return decimal(seconds, micro) }
        separator()
        if UInt64(seconds) == lastSeconds {
            let text = secondsText.written
            line.put(text.baseAddress!, text.count)
        } else {
            let start = line.count
            digits(UInt64(seconds))
            lastSeconds = UInt64(seconds)
            secondsText.count = 0
            secondsText.reserve(line.count - start)
            secondsText.put(line.written.baseAddress! + start, line.count - start)
        }
        put(UInt8(ascii: "."))
        sixDigits(micro)
    }

    /// `seconds.micro`, six decimals, as Zeek writes intervals.
    func decimal(_ seconds: Int64, _ micro: UInt64) {
        separator()
        if seconds < 0 { put(UInt8(ascii: "-")) }
        digits(seconds.magnitude)
        put(UInt8(ascii: "."))
        sixDigits(micro)
    }

    /// A fraction with two decimals (a confidence), e.g. `0.99`.
    func hundredths(_ value: Double) {
        separator()
        let hundredths = UInt64((max(0, value) * 100).rounded())
        digits(hundredths / 100)
        put(UInt8(ascii: "."))
        line.append(most: 2) { writeFractionDigits(hundredths % 100, count: 2, at: $0) }
    }

    /// A uid: "C" and the 11 base-62 digits of `identity` (`ZeekUID`).
    func uid(_ identity: UInt64) {
        separator()
        line.append(most: ZeekUID.length) { ZeekUID.shared.write(identity, at: $0) }
    }

    func end() {
        reserve(1)
        put(0x0a)
    }

    // MARK: - Digits

    /// Decimal digits of a count (room for them reserved by `separator`), two a step
    /// (`writeDigitPairs`, as the JSON report writes them).
    @inline(__always)
    private func digits(_ value: UInt64) {
        line.append(most: 20) { writeDigitPairs(value, width: 0, at: $0) }
    }

    /// The six digits of microseconds (below a million), zero-padded.
    @inline(__always)
    private func sixDigits(_ micro: UInt64) {
        line.append(most: 6) { writeFractionDigits(micro, count: 6, at: $0) }
    }
}
