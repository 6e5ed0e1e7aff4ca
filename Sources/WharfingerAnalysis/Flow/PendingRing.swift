/// A bounded first-in-first-out buffer of ended flows whose verdict may still change.
struct PendingRing {
    private var items: [FlowState] = []
    private var start = 0
    let capacity: Int

    init(capacity: Int) { self.capacity = max(0, capacity) }

    var count: Int { items.count }

    /// Adds a flow; when full, returns the oldest, which leaves the ring.
    mutating func push(_ flow: FlowState) -> FlowState? {
        guard capacity > 0 else { return flow }
        if items.count < capacity {
            items.append(flow)
            return nil
        }
        let oldest = items[start]
        items[start] = flow
        start = (start + 1) % capacity
        return oldest
    }

    func forEach(_ body: (FlowState) -> Void) {
        for i in 0..<items.count { body(items[(start + i) % items.count]) }
    }

    mutating func removeAll() {
        items.removeAll()
        start = 0
    }
}
