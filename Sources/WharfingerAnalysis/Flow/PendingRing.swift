import Glibc

/// A bounded first-in-first-out buffer of ended flows whose verdict may still change, each
/// with the capture time it ended. Flows end in capture order, so the oldest is at the head
/// and a time window settles them from there. The flows are kept packed
/// (`PackedFlowState`: about 60 bytes instead of 240, so a full ring of 65,536 holds a few
/// MiB, not 16), one record after another round a circle of bytes. The circle is reserved for
/// a full ring of the longest records (`ReservedMemory`) and widens by a quarter at a time,
/// so its pages stay close to what the records need and it never moves.
///
/// A flow's conn.log history (`ConnectionHistory`, 144 bytes in the `HistoryPool`) waits
/// packed beside it (`PackedHistory`): its pool slot is released when the flow comes in, and
/// the flow that leaves has a slot again, with the same history. A record: the history's
/// length (1 byte, 0: none), the flow's record, the history's.
final class PendingRing {
    private let bytes: UnsafeMutablePointer<UInt8>
    /// The circle's circumference now, within the `reserved` bytes.
    private var allocated = 0
    private let reserved: Int
    /// Where the oldest record starts, and the bytes the records take from there (wrapping round).
    private var head = 0
    private var used = 0
    private(set) var count = 0
    let capacity: Int
    /// Where the flows' histories live while they are not in the ring (nil: a flow's
    /// `historySlot` is kept as it is).
    private let histories: HistoryPool?
    /// One record, packed or to unpack, whole (a record may wrap round the circle).
    private let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 + PackedFlowState.maxLength + PackedHistory.maxLength)

    init(capacity: Int, histories: HistoryPool? = nil) {
        precondition(PackedHistory.maxLength <= UInt8.max, "PendingRing: a history's length outgrew its byte")
        self.capacity = max(0, capacity)
        self.histories = histories
        reserved = self.capacity * (1 + PackedFlowState.maxLength + PackedHistory.maxLength)
        // First in, first out: read in order, so small pages.
        bytes = ReservedMemory.map(UInt8.self, count: reserved, hugePages: false)
    }

    deinit {
        ReservedMemory.unmap(bytes, count: reserved)
        scratch.deallocate()
    }

    /// Adds a flow that ended at `time`; when full, returns the oldest, which leaves the ring.
    func push(_ flow: FlowState, endedAt time: Int64) -> FlowState? {
        guard capacity > 0 else { return flow }
        let oldest = count == capacity ? popOldest() : nil
        var flow = flow
        var historyLength = 0
        let slot = flow.historySlot
        if histories != nil && slot >= 0 { flow.historySlot = -1 }
        let flowLength = PackedFlowState.write(flow, endedAt: time, to: scratch + 1)
        if let histories, slot >= 0 { historyLength = histories.pack(slot: slot, to: scratch + 1 + flowLength) }
        scratch[0] = UInt8(historyLength)
        let length = 1 + flowLength + historyLength
        if used + length > allocated { grow(toHold: used + length) }
        copyIn(length, at: (head + used) % allocated)
        used += length
        count += 1
        return oldest
    }

    /// When the oldest flow ended, or nil when the ring is empty.
    var oldestEndTime: Int64? {
        guard count > 0 else { return nil }
        copyOut(1 + PackedFlowState.headerLength, at: head)
        return PackedFlowState.endTime(scratch + 1)
    }

    /// Takes the oldest flow out, with its history back in a pool slot. The ring must not be empty.
    func popOldest() -> FlowState {
        let length = recordLength(at: head)
        var oldest = PackedFlowState.read(scratch + 1)
        if let histories, scratch[0] > 0 {
            oldest.historySlot = histories.unpack(from: scratch + 1 + PackedFlowState.length(scratch + 1))
        }
        head = (head + length) % allocated
        used -= length
        count -= 1
        if count == 0 { head = 0 }
        return oldest
    }

    /// Each flow, oldest first, without its history (its `historySlot` is -1).
    func forEach(_ body: (FlowState) -> Void) {
        var at = head
        for _ in 0..<count {
            let length = recordLength(at: at)
            body(PackedFlowState.read(scratch + 1))
            at = (at + length) % allocated
        }
    }

    /// Empties the ring and gives its pages back (the ring is used once, at the end).
    func removeAll() {
        madvise(bytes, allocated, MADV_DONTNEED)
        allocated = 0
        head = 0
        used = 0
        count = 0
    }

    /// Copies the record at `at` whole into `scratch`; returns its length.
    private func recordLength(at: Int) -> Int {
        copyOut(3, at: at)
        let length = 1 + PackedFlowState.length(scratch + 1) + Int(scratch[0])
        copyOut(length, at: at)
        return length
    }

    private func copyIn(_ length: Int, at: Int) {
        let first = min(length, allocated - at)
        memcpy(bytes + at, scratch, first)
        if length > first { memcpy(bytes, scratch + first, length - first) }
    }

    private func copyOut(_ length: Int, at: Int) {
        let first = min(length, allocated - at)
        memcpy(scratch, bytes + at, first)
        if length > first { memcpy(scratch + first, bytes, length - first) }
    }

    /// More room: the bytes from `head` to the old end move to the new end, so the circle
    /// stays in order.
    private func grow(toHold needed: Int) {
        let old = allocated
        allocated = min(max(needed, old + old / 4, 4096), reserved)
        guard head + used > old else { return }
        let tail = old - head, moved = allocated - tail
        memmove(bytes + moved, bytes + head, tail)
        head = moved
    }
}
