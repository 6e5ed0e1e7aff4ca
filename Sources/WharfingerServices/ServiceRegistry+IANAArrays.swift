/// The generated IANA data (ServiceRegistry+IANA.swift) unpacked into the arrays
/// BuiltInServiceTable searches. Each is unpacked once, at first use: the packed literals
/// compile in seconds where array literals of this size took about a minute.
extension ServiceRegistry.IANA {
    static let names = lines(packedNames, count: nameCount)
    static let descriptions = lines(packedDescriptions, count: descriptionCount)
    static let tcpPorts = hexValues(packedTCPPorts, count: tcpEntryCount)
    static let tcpNameIndices = hexValues(packedTCPNameIndices, count: tcpEntryCount)
    static let tcpDescriptionIndices = hexValues(packedTCPDescriptionIndices, count: tcpEntryCount)
    static let udpPorts = hexValues(packedUDPPorts, count: udpEntryCount)
    static let udpNameIndices = hexValues(packedUDPNameIndices, count: udpEntryCount)
    static let udpDescriptionIndices = hexValues(packedUDPDescriptionIndices, count: udpEntryCount)

    /// One string per line of `packed`.
    private static func lines(_ packed: StaticString, count: Int) -> [String] {
        let lines = packed.withUTF8Buffer { bytes in
            var lines: [String] = []
            lines.reserveCapacity(count)
            // Rebased buffers take String's contiguous fast path; slices of `split` took 2-3x longer.
            var start = 0
            for end in bytes.indices where bytes[end] == UInt8(ascii: "\n") {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                start = end + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        }
        // The counts come from the same generator run as the text: a mismatch is a broken file.
        // English here (and in the two traps below) is a trap's message for whoever regenerated
        // the file, not a report's word.
        precondition(lines.count == count, "ServiceRegistry+IANA.swift: \(lines.count) lines, expected \(count)")
        return lines
    }

    /// One UInt16 per four hex digits of `packed`; line breaks are only there for readers.
    private static func hexValues(_ packed: StaticString, count: Int) -> [UInt16] {
        packed.withUTF8Buffer { bytes in
            var values: [UInt16] = []
            values.reserveCapacity(count)
            var value: UInt16 = 0
            var digits = 0
            for byte in bytes where byte != UInt8(ascii: "\n") {
                value = value << 4 | hexDigit(byte)
                digits += 1
                if digits == 4 {
                    values.append(value)
                    value = 0
                    digits = 0
                }
            }
            // A trap's message for whoever regenerated the file (see `lines`).
            precondition(digits == 0 && values.count == count,
                         "ServiceRegistry+IANA.swift: \(values.count) values, expected \(count)")
            return values
        }
    }

    /// '0'...'9' are 0x30...0x39 and 'a'...'f' 0x61...0x66: the low four bits, plus 9 for a
    /// letter. Computed without a branch on which of the two it is, as digits and letters come
    /// in no order: that branch, mispredicted at every other digit, made the unpacking a tenth
    /// of a small capture's run (perf).
    private static func hexDigit(_ byte: UInt8) -> UInt16 {
        let isDigit = byte &- UInt8(ascii: "0") < 10, isLetter = byte &- UInt8(ascii: "a") < 6
        // A trap's message for whoever regenerated the file (see `lines`).
        precondition(isDigit || isLetter, "ServiceRegistry+IANA.swift: \(byte) is not a lowercase hex digit")
        return UInt16(byte & 0xF &+ 9 &* (byte >> 6))
    }
}
