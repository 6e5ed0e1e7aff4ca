/// The `limit` flows that carried the most wire bytes, kept in a min-heap so memory
/// stays at `limit` states however many flows end.
struct LargestFlows {
    let limit: Int
    private(set) var heap: [FlowState] = []

    init(limit: Int) {
        self.limit = max(0, limit)
        heap.reserveCapacity(self.limit)
    }

    static func bytes(_ flow: FlowState) -> UInt64 { flow.sides.0.tally.bytes &+ flow.sides.1.tally.bytes }

    mutating func offer(_ flow: FlowState) {
        guard limit > 0 else { return }
        if heap.count < limit {
            heap.append(flow)
            siftUp(heap.count - 1)
        } else if Self.bytes(flow) > Self.bytes(heap[0]) {
            heap[0] = flow
            siftDown(0)
        }
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.bytes(heap[child]) < Self.bytes(heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < heap.count && Self.bytes(heap[left]) < Self.bytes(heap[smallest]) { smallest = left }
            if right < heap.count && Self.bytes(heap[right]) < Self.bytes(heap[smallest]) { smallest = right }
            guard smallest != parent else { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
