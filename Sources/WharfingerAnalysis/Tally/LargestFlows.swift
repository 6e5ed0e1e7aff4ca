/// The `limit` flows that carried the most wire bytes, so memory stays at `limit` states
/// however many flows end. A TCP probe that reached no service ranks after every other flow:
/// a scan's refused ports keep no conversation out of the list (the reports list them last,
/// or not at all: `Conversation.isUnansweredProbe`), and a list long enough still holds them.
struct LargestFlows {
    enum MostBytes: HeapOrder {
        typealias Element = FlowRecord

        static func ranksBefore(_ x: FlowRecord, _ y: FlowRecord) -> Bool { ranksBefore(Rank(x.flow), Rank(y.flow)) }

        static func ranksBefore(_ x: Rank, _ y: Rank) -> Bool {
            x.isProbe != y.isProbe ? y.isProbe : x.bytes > y.bytes
        }
    }

    /// What a flow is ranked by.
    struct Rank {
        var isProbe: Bool
        var bytes: UInt64

        init(_ flow: FlowState) {
            isProbe = flow.isUnansweredTCPProbe
            bytes = LargestFlows.bytes(flow)
        }
    }

    private var kept: BoundedHeap<MostBytes>
    /// The rank of the least flow kept, once `limit` are: most flows rank after it and are
    /// turned away on these two numbers, not handed to the heap.
    private var least: Rank? = nil

    init(limit: Int) { kept = BoundedHeap(limit: limit) }

    var limit: Int { kept.limit }

    static func bytes(_ flow: FlowState) -> UInt64 { flow.sides.0.tally.bytes &+ flow.sides.1.tally.bytes }

    /// The flow would be kept now (most flows would not: their record is not worth making).
    func admits(_ flow: FlowState) -> Bool {
        kept.limit > 0 && (least.map { MostBytes.ranksBefore(Rank(flow), $0) } ?? true)
    }

    mutating func offer(_ record: FlowRecord) {
        guard admits(record.flow) else { return }
        kept.offer(record)
        if kept.limit > 0 && kept.elements.count == kept.limit { least = Rank(kept.elements[0].flow) }
    }

    /// A kept flow's verdict, pending when it was offered, is settled: its record notes what
    /// the verdict read.
    mutating func settled(_ flow: FlowState, context: VerdictContext) {
        kept.update(FlowRecord(flow: flow, context: nil), matching: { $0.flow.isSameConversation(as: flow) }) {
            $0.context = context
        }
    }

    /// The kept flows, in no particular order.
    var flows: [FlowRecord] { kept.elements }
}
