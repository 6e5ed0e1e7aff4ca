import Glibc

/// What a flow carried in the timeline bins it has left, kept until its verdict names the
/// service they count for. Each flow links its own runs, newest first, from
/// `FlowState.timelineRun`; a run holds the time of the flow's last packet in the bin it
/// closes and the flow's running totals then, so the bin's share is the difference to the
/// run before. The bin a flow is in now is never stored: it is the bin of `FlowState.last`.
///
/// Runs are taken when a flow sends in a later bin than before (not per frame) and returned
/// when the flow is settled. The pool is allocated once, whole: an allocation that large is
/// mapped, and its pages cost memory only once runs are written to them, so it costs what
/// the most runs ever held at once cost, and taking a run never allocates (growing it by
/// `realloc` did, now and then, on the per-frame path). When it is full a flow's traffic
/// stays with its newer bin, so the totals stay exact and only the time blurs.
final class TimelineRuns {
    struct Run {
        var time: Int64
        var next: Int32
        /// The flow's totals when the run was closed: packets and wire bytes each side.
        var packets: (UInt64, UInt64)
        var bytes: (UInt64, UInt64)
    }

    /// About 48 bytes each: 12 MiB at most.
    static let maxRuns = 1 << 18
    private let items: UnsafeMutablePointer<Run>
    private var used = 0
    private var free: Int32 = -1
    /// Runs not taken because the pool was full.
    private(set) var refused: UInt64 = 0

    init() { items = FlowTable.reallocate(nil, capacity: Self.maxRuns) }

    deinit { Glibc.free(items) }

    /// Closes the flow's bin at `time` (its last packet's) with its totals now.
    @inline(__always)
    func close(_ flow: inout FlowState) {
        guard let slot = take() else { return refused &+= 1 }
        let a = flow.sides.0.tally, b = flow.sides.1.tally
        items[Int(slot)] = Run(time: flow.last, next: flow.timelineRun, packets: (a.packets, b.packets),
                               bytes: (a.bytes, b.bytes))
        flow.timelineRun = slot
    }

    private func take() -> Int32? {
        if free >= 0 {
            let slot = free
            free = items[Int(slot)].next
            return slot
        }
        guard used < Self.maxRuns else { return nil }
        used += 1
        return Int32(used - 1)
    }

    /// Calls `body` with each bin's time and the flow's packets and bytes per side in it,
    /// newest first; `release` returns the runs to the pool.
    func forEachShare(of flow: FlowState, release: Bool,
                      _ body: (_ time: Int64, _ packets: (UInt64, UInt64), _ bytes: (UInt64, UInt64)) -> Void) {
        let a = flow.sides.0.tally, b = flow.sides.1.tally
        var time = flow.last
        var packets = (a.packets, b.packets), bytes = (a.bytes, b.bytes)
        var slot = flow.timelineRun
        while slot >= 0 {
            let run = items[Int(slot)]
            body(time, (packets.0 &- run.packets.0, packets.1 &- run.packets.1),
                 (bytes.0 &- run.bytes.0, bytes.1 &- run.bytes.1))
            time = run.time
            packets = run.packets
            bytes = run.bytes
            if release {
                items[Int(slot)].next = free
                free = slot
            }
            slot = run.next
        }
        body(time, packets, bytes)
    }
}
