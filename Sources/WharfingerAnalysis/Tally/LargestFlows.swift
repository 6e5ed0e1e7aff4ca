/// The `limit` flows that carried the most wire bytes, so memory stays at `limit` states
/// however many flows end. A TCP probe that reached no service ranks after every other flow:
/// a scan's refused ports keep no conversation out of the list (the reports list them last,
/// or not at all: `Conversation.isUnansweredProbe`), and a list long enough still holds them.
struct LargestFlows {
    enum MostBytes: HeapOrder {
        static func ranksBefore(_ x: FlowState, _ y: FlowState) -> Bool {
            let px = x.isUnansweredTCPProbe, py = y.isUnansweredTCPProbe
            return px != py ? py : bytes(x) > bytes(y)
        }
    }

    private var kept: BoundedHeap<MostBytes>

    init(limit: Int) { kept = BoundedHeap(limit: limit) }

    var limit: Int { kept.limit }

    static func bytes(_ flow: FlowState) -> UInt64 { flow.sides.0.tally.bytes &+ flow.sides.1.tally.bytes }

    mutating func offer(_ flow: FlowState) { kept.offer(flow) }

    /// The kept flows, in no particular order.
    var flows: [FlowState] { kept.elements }
}
