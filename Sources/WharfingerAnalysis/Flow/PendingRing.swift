import Glibc

/// A bounded first-in-first-out buffer of ended flows whose verdict may still change.
/// Its storage grows by `realloc` up to the capacity, so growing never holds two copies.
final class PendingRing {
    private var items: UnsafeMutablePointer<FlowState>?
    private var allocated = 0
    private(set) var count = 0
    private var start = 0
    let capacity: Int

    init(capacity: Int) { self.capacity = max(0, capacity) }

    deinit { free(items) }

    /// Adds a flow; when full, returns the oldest, which leaves the ring.
    func push(_ flow: FlowState) -> FlowState? {
        guard capacity > 0 else { return flow }
        if count < capacity {
            if count == allocated {
                allocated = min(capacity, max(64, allocated * 2))
                items = FlowTable.reallocate(items, capacity: allocated)
            }
            (items! + count).initialize(to: flow)
            count += 1
            return nil
        }
        let oldest = items![start]
        items![start] = flow
        start = (start + 1) % capacity
        return oldest
    }

    func forEach(_ body: (FlowState) -> Void) {
        for i in 0..<count { body(items![(start + i) % count]) }
    }

    /// Empties the ring and gives its memory back (the ring is used once, at the end).
    func removeAll() {
        free(items)
        items = nil
        allocated = 0
        count = 0
        start = 0
    }
}
