import Glibc

/// A bounded first-in-first-out buffer of ended flows whose verdict may still change, each
/// with the capture time it ended. Flows end in capture order, so the oldest is at the head
/// and a time window settles them from there. A circle over its storage, which grows by
/// `realloc` up to the capacity, so growing never holds two copies (`FlowState` holds no
/// references: its bytes may move).
final class PendingRing {
    private var items: UnsafeMutablePointer<FlowState>?
    private var endTimes: UnsafeMutablePointer<Int64>?
    /// Slots of storage; the ring's `count` flows start at `start` and wrap round them.
    private var allocated = 0
    private(set) var count = 0
    private var start = 0
    let capacity: Int

    init(capacity: Int) { self.capacity = max(0, capacity) }

    deinit {
        free(items)
        free(endTimes)
    }

    /// Adds a flow that ended at `time`; when full, returns the oldest, which leaves the ring.
    func push(_ flow: FlowState, endedAt time: Int64) -> FlowState? {
        guard capacity > 0 else { return flow }
        if count == capacity {
            let oldest = items![start]
            items![start] = flow
            endTimes![start] = time
            start = (start + 1) % allocated
            return oldest
        }
        if count == allocated { grow() }
        let slot = (start + count) % allocated
        (items! + slot).initialize(to: flow)
        endTimes![slot] = time
        count += 1
        return nil
    }

    /// When the oldest flow ended, or nil when the ring is empty.
    var oldestEndTime: Int64? { count > 0 ? endTimes![start] : nil }

    /// Takes the oldest flow out. The ring must not be empty.
    func popOldest() -> FlowState {
        let oldest = items![start]
        start = (start + 1) % allocated
        count -= 1
        return oldest
    }

    func forEach(_ body: (FlowState) -> Void) {
        for i in 0..<count { body(items![(start + i) % allocated]) }
    }

    /// Empties the ring and gives its memory back (the ring is used once, at the end).
    func removeAll() {
        free(items)
        free(endTimes)
        items = nil
        endTimes = nil
        allocated = 0
        count = 0
        start = 0
    }

    /// More storage for a full circle: the flows from `start` to the old end move to the
    /// new end, so the circle stays in order.
    private func grow() {
        let old = allocated
        allocated = min(capacity, max(64, old * 2))
        items = FlowTable.reallocate(items, capacity: allocated)
        endTimes = FlowTable.reallocate(endTimes, capacity: allocated)
        guard start > 0 else { return }
        let tail = old - start, moved = allocated - tail
        memmove(items! + moved, items! + start, tail * MemoryLayout<FlowState>.stride)
        memmove(endTimes! + moved, endTimes! + start, tail * MemoryLayout<Int64>.stride)
        start = moved
    }
}
