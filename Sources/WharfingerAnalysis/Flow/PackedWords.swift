/// A plain value (`_isPOD`: no references) in a few bytes instead of its size, exactly. The
/// value is read as 8-byte words; each is stored as its difference to a blank value's word
/// (XOR) as a LEB128 varint, and only the words that differ, named by a 32-bit mask. A value
/// whose fields are mostly their defaults or small numbers takes a fraction of its size;
/// whatever its fields hold, it comes back bit for bit.
///
/// The encoding: the mask (4 bytes, bit i for word i), then a varint for each word it names,
/// in order. Its users add what they need around it (`PackedFlowState`, `PackedHistory`),
/// and turn fields that are far from the blank's but close to something they know (a time
/// near the end, a sequence number near the first) into small differences first.
///
/// The blank is a `static let` of its user, made in place: a value's padding bytes are
/// words too, and only a global's stay zero (a value built on the stack and copied into a
/// stored property brings the stack's bytes along, and every record pays for them).
enum PackedWords<Value> {
    static var wordCount: Int { (MemoryLayout<Value>.size + 7) / 8 }
    /// The longest encoding: every word differs and takes ten bytes.
    static var maxLength: Int { 4 + wordCount * 10 }

    /// Writes `value` to `out` (room for `maxLength` bytes); returns the bytes written.
    static func write(_ value: Value, blank: Value, to out: UnsafeMutablePointer<UInt8>) -> Int {
        precondition(_isPOD(Value.self) && wordCount <= 32, "PackedWords: \(Value.self) holds references or outgrew the mask")
        var length = 4
        var mask: UInt32 = 0
        withUnsafeBytes(of: value) { value in
            withUnsafeBytes(of: blank) { blank in
                for i in 0..<wordCount {
                    let difference = word(value, i) ^ word(blank, i)
                    guard difference != 0 else { continue }
                    mask |= 1 << UInt32(i)
                    var v = difference
                    while v >= 0x80 {
                        out[length] = UInt8(truncatingIfNeeded: v) | 0x80
                        v >>= 7
                        length += 1
                    }
                    out[length] = UInt8(v)
                    length += 1
                }
            }
        }
        UnsafeMutableRawPointer(out).storeBytes(of: mask, as: UInt32.self)
        return length
    }

    /// The value `write` wrote at `bytes` with the same blank, and the bytes it took.
    static func read(_ bytes: UnsafePointer<UInt8>, blank: Value) -> (value: Value, length: Int) {
        let mask = UnsafeRawPointer(bytes).loadUnaligned(as: UInt32.self)
        var at = 4
        var value = blank
        withUnsafeMutableBytes(of: &value) { value in
            for i in 0..<wordCount where mask & (1 << UInt32(i)) != 0 {
                var difference: UInt64 = 0
                var shift: UInt64 = 0
                while true {
                    let byte = bytes[at]
                    at += 1
                    difference |= UInt64(byte & 0x7f) << shift
                    if byte < 0x80 { break }
                    shift += 7
                }
                // `value` holds the blank's word i still.
                store(word(UnsafeRawBufferPointer(value), i) ^ difference, value, i)
            }
        }
        return (value, at)
    }

    /// Word `i` of a value's bytes (the last one zero-padded when the size is no multiple of 8).
    @inline(__always)
    private static func word(_ bytes: UnsafeRawBufferPointer, _ i: Int) -> UInt64 {
        let offset = i * 8
        if offset + 8 <= bytes.count { return bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        var w: UInt64 = 0
        withUnsafeMutableBytes(of: &w) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset...])) }
        return w
    }

    @inline(__always)
    private static func store(_ word: UInt64, _ bytes: UnsafeMutableRawBufferPointer, _ i: Int) {
        let offset = i * 8
        if offset + 8 <= bytes.count { return bytes.storeBytes(of: word, toByteOffset: offset, as: UInt64.self) }
        withUnsafeBytes(of: word) { w in
            UnsafeMutableRawBufferPointer(rebasing: bytes[offset...]).copyMemory(from: UnsafeRawBufferPointer(rebasing: w[..<(bytes.count - offset)]))
        }
    }
}
