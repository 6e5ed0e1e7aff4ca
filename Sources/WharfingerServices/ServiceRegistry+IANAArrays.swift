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

    private static func hexDigit(_ byte: UInt8) -> UInt16 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt16(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt16(byte - UInt8(ascii: "a") + 10)
        // A trap's message for whoever regenerated the file (see `lines`).
        default: preconditionFailure("ServiceRegistry+IANA.swift: \(byte) is not a lowercase hex digit")
        }
    }
}
