/// Writes JSON text into a reusable byte buffer: fast enough for a line per frame,
/// and no Foundation. Callers write keys and values in order; commas are automatic.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    /// `continuingList`: the first value written follows a comma (a piece of a longer list).
    public init(capacity: Int = 4096, continuingList: Bool = false) {
        bytes.reserveCapacity(capacity)
        needsComma = continuingList
    }

    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
    }

    /// Drops what was written but keeps the comma state, to stream a long document out in pieces.
    public mutating func resetBuffer() { bytes.removeAll(keepingCapacity: true) }

    public mutating func beginObject() { separator(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma = true }
    public mutating func beginArray() { separator(); bytes.append(UInt8(ascii: "[")); needsComma = false }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma = true }

    public mutating func key(_ name: StaticString) {
        separator()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        needsComma = false
    }

    public mutating func string(_ value: String) {
        separator()
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape: copy them whole.
        var value = value
        let plain = value.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain {
            bytes.append(UInt8(ascii: "\""))
            needsComma = true
            return
        }
        for unit in value.utf8 {
            switch unit {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
            case 0x0a: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
            case 0x0d: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, hex[Int(unit >> 4)], hex[Int(unit & 15)]])
            default: bytes.append(unit)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    public mutating func number<T: BinaryInteger>(_ value: T) {
        separator()
        appendDecimal(value)
        needsComma = true
    }

    /// A number already formatted (a timestamp with nine decimals, a ratio).
    /// A string whose bytes need no escape (codes, letters), handed over one at a time by
    /// `write`: nothing is built on the way.
    public mutating func plainString(_ write: (_ put: (UInt8) -> Void) -> Void) {
        separator()
        bytes.append(UInt8(ascii: "\""))
        write { bytes.append($0) }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    public mutating func raw(_ text: String) {
        separator()
        bytes.append(contentsOf: text.utf8)
        needsComma = true
    }

    /// `integer.fraction`, the fraction zero-padded to `fractionDigits`: an epoch time
    /// with nine decimals, written without building a string.
    public mutating func decimal(_ integer: Int64, fraction: UInt64, fractionDigits: Int) {
        separator()
        appendDecimal(integer)
        bytes.append(UInt8(ascii: "."))
        var width = 1, rest = fraction / 10
        while rest > 0 { width += 1; rest /= 10 }
        for _ in 0..<max(0, fractionDigits - width) { bytes.append(48) }
        appendDecimal(fraction)
        needsComma = true
    }

    public mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }
    public mutating func null() { raw("null") }

    public mutating func newline() { bytes.append(0x0a); needsComma = false }

    private mutating func separator() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func appendDecimal<T: BinaryInteger>(_ value: T) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude == 0 { bytes.append(48); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[count] = UInt8(magnitude % 10) + 48
                magnitude /= 10
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[i]) }
        }
    }
}
