/// The `ConnectionHistory` of every flow that has one, apart from `FlowState` so that
/// runs without a flow log do not carry them: slots are reused through a free list,
/// and the pool grows only to the most flows alive (live and awaiting a verdict) at once.
final class HistoryPool {
    private var items: [ConnectionHistory] = []
    private var free: [Int32] = []

    func allocate() -> Int32 {
        if let slot = free.popLast() {
            items[Int(slot)] = ConnectionHistory()
            return slot
        }
        items.append(ConnectionHistory())
        return Int32(items.count - 1)
    }

    func release(_ slot: Int32) {
        guard slot >= 0 else { return }
        free.append(slot)
    }

    subscript(slot: Int32) -> ConnectionHistory {
        get { items[Int(slot)] }
        _modify { yield &items[Int(slot)] }
    }
}
