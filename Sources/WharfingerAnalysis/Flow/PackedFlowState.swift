import Glibc

/// An ended flow's `FlowState` in a few dozen bytes instead of 240, for the flows that wait
/// for a verdict (`PendingRing`, up to 65,536 of them). The state is read as 8-byte words;
/// each is stored as its difference to a blank flow's word (XOR) as a LEB128 varint, and
/// only the words that differ, named by a 32-bit mask. The two times are stored as how long
/// before the flow ended they were, so a few bytes each. Most fields of an ended flow are
/// their defaults or small numbers; the encoding is exact whatever they hold.
///
/// A record: its length (2 bytes), the end time (8), the mask (4), then the varints. Before
/// packing, the fields an ended flow no longer uses are reset: its place in the flow
/// table's lists (`prev`, `next`) and its hash, which unpacking computes again from the key.
enum PackedFlowState {
    static let headerLength = 14
    static let wordCount = (MemoryLayout<FlowState>.size + 7) / 8
    /// The longest record: every word differs and takes ten bytes.
    static let maxLength = headerLength + wordCount * 10

    private static let blank = FlowState(key: FlowKey(a: .unspecified, transport: .tcp, b: .unspecified, tunnel: 0),
                                         hash: 0, time: 0, sender: 0, timeoutClass: .established)
    private static let firstWord = MemoryLayout<FlowState>.offset(of: \FlowState.first)! / 8
    private static let lastWord = MemoryLayout<FlowState>.offset(of: \FlowState.last)! / 8

    /// Writes `flow`, which ended at `time`, to `out` (room for `maxLength` bytes); returns
    /// the record's length.
    static func write(_ flow: FlowState, endedAt time: Int64, to out: UnsafeMutablePointer<UInt8>) -> Int {
        precondition(wordCount <= 32 && _isPOD(FlowState.self), "PackedFlowState: FlowState outgrew the mask")
        var flow = flow
        flow.hash = 0
        flow.prev = -1
        flow.next = -1
        var length = headerLength
        var mask: UInt32 = 0
        withUnsafeBytes(of: flow) { state in
            withUnsafeBytes(of: blank) { blank in
                for i in 0..<wordCount {
                    let word = Self.word(state, i)
                    let difference = i == firstWord || i == lastWord
                        ? UInt64(bitPattern: time &- Int64(bitPattern: word)) : word ^ Self.word(blank, i)
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
        let raw = UnsafeMutableRawPointer(out)
        raw.storeBytes(of: UInt16(length), as: UInt16.self)
        raw.storeBytes(of: time, toByteOffset: 2, as: Int64.self)
        raw.storeBytes(of: mask, toByteOffset: 10, as: UInt32.self)
        return length
    }

    /// A record's length, from its first two bytes.
    @inline(__always)
    static func length(_ record: UnsafeRawPointer) -> Int { Int(record.loadUnaligned(as: UInt16.self)) }

    /// When a record's flow ended.
    @inline(__always)
    static func endTime(_ record: UnsafeRawPointer) -> Int64 { record.loadUnaligned(fromByteOffset: 2, as: Int64.self) }

    /// The flow a whole record holds.
    static func read(_ record: UnsafePointer<UInt8>) -> FlowState {
        let raw = UnsafeRawPointer(record)
        let time = endTime(raw)
        let mask = raw.loadUnaligned(fromByteOffset: 10, as: UInt32.self)
        var at = headerLength
        var flow = blank
        withUnsafeMutableBytes(of: &flow) { state in
            for i in 0..<wordCount {
                var difference: UInt64 = 0
                if mask & (1 << UInt32(i)) != 0 {
                    var shift: UInt64 = 0
                    while true {
                        let byte = record[at]
                        at += 1
                        difference |= UInt64(byte & 0x7f) << shift
                        if byte < 0x80 { break }
                        shift += 7
                    }
                }
                // `state` holds the blank flow still at word i.
                let word = i == firstWord || i == lastWord
                    ? UInt64(bitPattern: time &- Int64(bitPattern: difference)) : Self.word(UnsafeRawBufferPointer(state), i) ^ difference
                store(word, state, i)
            }
        }
        flow.hash = flow.key.hash
        return flow
    }

    /// Word `i` of a state's bytes (the last one zero-padded when the size is no multiple of 8).
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
