/// An ended flow's `FlowState` in a few dozen bytes instead of 240, for the flows that wait
/// for a verdict (`PendingRing`, up to 65,536 of them): the words of the state that differ
/// from a blank flow's, as varints (`PackedWords`). The two times are stored as how long
/// before the flow ended they were, so a few bytes each. Most fields of an ended flow are
/// their defaults or small numbers; the encoding is exact whatever they hold.
///
/// A record: its length (2 bytes), the end time (8), then the packed words (a 4-byte mask
/// and the varints). Before packing, the fields an ended flow no longer uses are reset: its
/// place in the flow table's lists (`prev`, `next`) and its hash, which unpacking computes
/// again from the key.
enum PackedFlowState {
    static let headerLength = 14
    static let wordCount = PackedWords<FlowState>.wordCount
    /// The longest record: every word differs and takes ten bytes.
    static let maxLength = timeEnd + PackedWords<FlowState>.maxLength

    /// Where the packed words start: after the length and the end time.
    private static let timeEnd = 10
    /// Its times are 0: a time packed as its distance from the end differs from it by that distance.
    private static let blank = FlowState(key: FlowKey(a: .unspecified, transport: .tcp, b: .unspecified, tunnel: 0),
                                         hash: 0, time: 0, sender: 0, timeoutClass: .established)

    /// Writes `flow`, which ended at `time`, to `out` (room for `maxLength` bytes); returns
    /// the record's length.
    static func write(_ flow: FlowState, endedAt time: Int64, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var flow = flow
        flow.hash = 0
        flow.prev = -1
        flow.next = -1
        flow.first = time &- flow.first
        flow.last = time &- flow.last
        let length = timeEnd + PackedWords.write(flow, blank: blank, to: out + timeEnd)
        let raw = UnsafeMutableRawPointer(out)
        raw.storeBytes(of: UInt16(length), as: UInt16.self)
        raw.storeBytes(of: time, toByteOffset: 2, as: Int64.self)
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
        let time = endTime(record)
        var flow = PackedWords.read(record + timeEnd, blank: blank).value
        flow.first = time &- flow.first
        flow.last = time &- flow.last
        flow.hash = flow.key.hash
        return flow
    }
}
