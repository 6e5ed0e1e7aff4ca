import Glibc

/// The `ConnectionHistory` of every flow that has one, apart from `FlowState` so that
/// runs without a flow log do not carry them: slots are reused through a free list, and
/// the pool is reserved for a history per flow the table can hold (`ReservedMemory`), so
/// it holds in memory the most live at once. A flow kept packed meanwhile (`PendingRing`)
/// keeps its history packed beside it and gives its slot back: `pack` and `unpack`. (A flow
/// parked in the table, `ParkedCells`, keeps its slot.)
final class HistoryPool {
    private let items: UnsafeMutablePointer<ConnectionHistory>
    private let capacity: Int
    private var used = 0
    private var free: [Int32] = []

    /// `flows`: the most flows with a history at once, the flow table's bound (a flow
    /// leaving the pending ring takes one back for a moment, hence the spare few).
    init(flows: Int) {
        capacity = max(flows, 1) + 16
        items = ReservedMemory.map(ConnectionHistory.self, count: capacity)
    }

    deinit {
        items.deinitialize(count: used)
        ReservedMemory.unmap(items, count: capacity)
    }

    func allocate() -> Int32 {
        if let slot = free.popLast() {
            items[Int(slot)] = ConnectionHistory()
            return slot
        }
        // A trap's message (a broken invariant, for developers), not a report's word.
        precondition(used < capacity, "history pool full")
        (items + used).initialize(to: ConnectionHistory())
        used += 1
        return Int32(used - 1)
    }

    func release(_ slot: Int32) {
        guard slot >= 0 else { return }
        free.append(slot)
    }

    /// Writes the history in `slot` to `out` (room for `PackedHistory.maxLength` bytes) and
    /// releases the slot; returns the bytes written. For a flow that is packed away with its
    /// history (`PendingRing`): it sets its `historySlot` to -1 while packed, and `unpack`
    /// gives it a slot again, holding the same history, when it is unpacked.
    func pack(slot: Int32, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let length = PackedHistory.write(items[Int(slot)], to: out)
        release(slot)
        return length
    }

    /// Puts a history `pack` wrote at `record` into a slot (a free one, or a new one) and
    /// returns the slot.
    func unpack(from record: UnsafePointer<UInt8>) -> Int32 {
        let slot = allocate()
        items[Int(slot)] = PackedHistory.read(record).history
        return slot
    }

    /// Histories held now.
    var count: Int { used - free.count }

    /// Slots handed out so far (the pool's high-water mark).
    var highWater: Int { used }

    /// Read in place: a getter would copy the whole history on every look.
    subscript(slot: Int32) -> ConnectionHistory {
        _read { yield items[Int(slot)] }
        _modify { yield &items[Int(slot)] }
    }
}
