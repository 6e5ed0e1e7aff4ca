import WharfingerServices

/// Flows whose two different ports alone do not settle the roles: the port facts give
/// neither side `PortRoleFacts.settlingConfidence` (1080/1494, two ephemeral ports...). Every one is
/// counted; the `limit` most contested (closest to even) are kept, so memory stays at `limit`
/// states however many flows end.
struct ContestedPairs {
    struct Entry {
        var record: FlowRecord
        var flow: FlowState { record.flow }
        /// How far the ports' probability is from even: 0 when they cannot tell at all.
        var lean: Double
    }

    /// More contested first (or as contested and started earlier).
    enum MostContested: HeapOrder {
        static func ranksBefore(_ x: Entry, _ y: Entry) -> Bool {
            x.lean != y.lean ? x.lean < y.lean : x.flow.first < y.flow.first
        }
    }

    private var kept: BoundedHeap<MostContested>
    private(set) var count = 0

    init(limit: Int) { kept = BoundedHeap(limit: limit) }

    /// How far the ports lean towards one side (0...0.5), or nil when they settle the roles.
    /// Run once per ended flow (a few registry look-ups), never per packet.
    /// Two equal ports are left out: they name one service whichever side serves (NBNS
    /// 137/137, SSDP, mDNS), so the roles contest nothing the service tallies show. Nor does
    /// a flow to a multicast group or the broadcast address: a group only receives.
    static func lean(_ flow: FlowState, registry: ServiceRegistry) -> Double? {
        let a = flow.key.a.port, b = flow.key.b.port
        // Most flows pair a client's ephemeral port with a plain one, which the ephemeral
        // fact alone settles: skip the full score (ContestedPairsTests checks every such pair),
        // and the group addresses' tests too.
        if (PortRoleFacts.modernEphemeral(a) == nil) != (PortRoleFacts.modernEphemeral(b) == nil) { return nil }
        guard a != b, !flow.isGroup(side: 0), !flow.isGroup(side: 1) else { return nil }
        let p = PortRoleFacts.score(a, b, transport: flow.key.transport, registry: registry).confidence
        return p < PortRoleFacts.settlingConfidence ? p - 0.5 : nil
    }

    /// `lean`: `lean(record.flow, registry:)`, not nil.
    mutating func offer(_ record: FlowRecord, lean: Double) {
        count += 1
        kept.offer(Entry(record: record, lean: lean))
    }

    mutating func offer(_ flow: FlowState, registry: ServiceRegistry) {
        guard let lean = Self.lean(flow, registry: registry) else { return }
        offer(FlowRecord(flow: flow, context: nil), lean: lean)
    }

    /// A kept flow's verdict, pending when it was offered, is settled: its record notes what
    /// the verdict read.
    mutating func settled(_ flow: FlowState, context: VerdictContext, registry: ServiceRegistry) {
        guard let lean = Self.lean(flow, registry: registry) else { return }
        kept.update(Entry(record: FlowRecord(flow: flow, context: nil), lean: lean),
                    matching: { $0.flow.isSameConversation(as: flow) }) { $0.record.context = context }
    }

    /// The kept flows, most contested first; ties by start time.
    var ranked: [FlowRecord] { kept.ranked.map(\.record) }
}
