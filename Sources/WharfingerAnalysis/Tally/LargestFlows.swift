/// The `limit` flows that carried the most wire bytes, so memory stays at `limit` states
/// however many flows end.
struct LargestFlows {
    enum MostBytes: HeapOrder {
        static func ranksBefore(_ x: FlowState, _ y: FlowState) -> Bool { bytes(x) > bytes(y) }
    }

    private var kept: BoundedHeap<MostBytes>

    init(limit: Int) { kept = BoundedHeap(limit: limit) }

    var limit: Int { kept.limit }

    static func bytes(_ flow: FlowState) -> UInt64 { flow.sides.0.tally.bytes &+ flow.sides.1.tally.bytes }

    mutating func offer(_ flow: FlowState) { kept.offer(flow) }

    /// The kept flows, in no particular order.
    var flows: [FlowState] { kept.elements }
}
