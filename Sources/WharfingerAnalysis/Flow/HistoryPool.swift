import Glibc

/// The `ConnectionHistory` of every flow that has one, apart from `FlowState` so that
/// runs without a flow log do not carry them: slots are reused through a free list, and
/// the pool grows (by `realloc`, without a second copy in memory) only to the most flows
/// alive at once, live and awaiting a verdict.
final class HistoryPool {
    private var items: UnsafeMutablePointer<ConnectionHistory>
    private var capacity = 1024
    private var used = 0
    private var free: [Int32] = []

    init() { items = FlowTable.reallocate(nil, capacity: capacity) }

    deinit { Glibc.free(items) }

    func allocate() -> Int32 {
        if let slot = free.popLast() {
            items[Int(slot)] = ConnectionHistory()
            return slot
        }
        if used == capacity {
            capacity *= 2
            items = FlowTable.reallocate(items, capacity: capacity)
        }
        (items + used).initialize(to: ConnectionHistory())
        used += 1
        return Int32(used - 1)
    }

    func release(_ slot: Int32) {
        guard slot >= 0 else { return }
        free.append(slot)
    }

    /// Slots handed out so far (the pool's high-water mark).
    var highWater: Int { used }

    /// Read in place: a getter would copy the whole history on every look.
    subscript(slot: Int32) -> ConnectionHistory {
        _read { yield items[Int(slot)] }
        _modify { yield &items[Int(slot)] }
    }
}
