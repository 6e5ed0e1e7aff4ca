/// Aligned 8-byte words in a few bytes, exactly, as `PackedWords` packs a value but quicker
/// to write and to read: a word that differs from the blank's is stored as its difference's
/// significant bytes, their count in a 4-bit length, instead of as a varint read seven bits
/// at a time. For flows parked in the flow table (`ParkedCells`), which a returning packet
/// unpacks on the reading path: 500 to 700 instructions each way, where varints took 2,000.
///
/// The encoding: a 32-bit mask (bit i: word i differs), a nibble per differing word (its
/// byte count less one, two to a byte, in order), then each difference's low bytes, in order.
/// Both directions move whole 8-byte words: `write` needs 8 bytes of room past the end of
/// the encoding, and `read` may load up to 7 bytes past it (readable memory, whatever it holds).
enum BytePackedWords {
    /// The longest encoding of `words` words (every one differs in all eight bytes), and
    /// the room `write` needs for it.
    static func room(words: Int) -> Int { 4 + (words + 1) / 2 + words * 8 + 8 }

    /// Writes the `words` words at `value` (8-byte aligned, at most 32) as differences from
    /// those at `blank` to `out`; returns the encoding's length.
    @inline(__always)
    static func write(_ value: UnsafeRawPointer, blank: UnsafeRawPointer, words: Int,
                      to out: UnsafeMutableRawPointer) -> Int {
        var mask: UInt32 = 0
        for i in 0..<words
        where value.load(fromByteOffset: i &* 8, as: UInt64.self) != blank.load(fromByteOffset: i &* 8, as: UInt64.self) {
            mask |= 1 << UInt32(truncatingIfNeeded: i)
        }
        out.storeBytes(of: mask, as: UInt32.self)
        var nibbles = out + 4
        var data = out + 4 + (mask.nonzeroBitCount + 1) >> 1
        var m = mask
        while m != 0 {
            // Two words a round, one nibble byte for both.
            var i = m.trailingZeroBitCount
            m &= m &- 1
            var difference = value.load(fromByteOffset: i &* 8, as: UInt64.self)
                ^ blank.load(fromByteOffset: i &* 8, as: UInt64.self)
            var bytes = (71 &- difference.leadingZeroBitCount) >> 3
            data.storeBytes(of: difference.littleEndian, as: UInt64.self)
            data += bytes
            var pair = UInt8(truncatingIfNeeded: bytes &- 1)
            if m != 0 {
                i = m.trailingZeroBitCount
                m &= m &- 1
                difference = value.load(fromByteOffset: i &* 8, as: UInt64.self)
                    ^ blank.load(fromByteOffset: i &* 8, as: UInt64.self)
                bytes = (71 &- difference.leadingZeroBitCount) >> 3
                data.storeBytes(of: difference.littleEndian, as: UInt64.self)
                data += bytes
                pair |= UInt8(truncatingIfNeeded: bytes &- 1) << 4
            }
            nibbles.storeBytes(of: pair, as: UInt8.self)
            nibbles += 1
        }
        return data - out
    }

    /// Writes the words `write` encoded at `bytes` with the same blank to `value` (all
    /// `words` of them: the blank's where the mask names none).
    @inline(__always)
    static func read(_ bytes: UnsafeRawPointer, blank: UnsafeRawPointer, words: Int,
                     into value: UnsafeMutableRawPointer) {
        value.copyMemory(from: blank, byteCount: words &* 8)
        var m = bytes.loadUnaligned(as: UInt32.self)
        var nibbles = bytes + 4
        var data = bytes + 4 + (m.nonzeroBitCount + 1) >> 1
        var half: UInt8 = 0
        while m != 0 {
            let i = m.trailingZeroBitCount
            m &= m &- 1
            let count = Int(truncatingIfNeeded: (nibbles.load(as: UInt8.self) >> half) & 0x0f) &+ 1
            nibbles += Int(half >> 2)
            half ^= 4
            let raw = UInt64(littleEndian: data.loadUnaligned(as: UInt64.self))
            // `count` 8: the shift would be 64, so the mask is all ones another way.
            let keep = count == 8 ? UInt64.max : (1 &<< UInt64(truncatingIfNeeded: count &* 8)) &- 1
            data += count
            let offset = i &* 8
            value.storeBytes(of: value.load(fromByteOffset: offset, as: UInt64.self) ^ (raw & keep),
                             toByteOffset: offset, as: UInt64.self)
        }
    }
}
