import Glibc

/// What a flow carried in the timeline bins it has left, kept until its verdict names the
/// service they count for. Each flow links its own runs, newest first, from
/// `FlowState.timelineRun`; a run holds the time of the flow's last packet in the bin it
/// closes and the flow's running totals then, so the bin's share is the difference to the
/// run before. The bin a flow is in now is never stored: it is the bin of `FlowState.last`.
///
/// Runs are taken when a flow sends in a later bin than before (not per frame) and returned
/// when the flow is settled. A flow whose service is already certain (`placedServerSide`)
/// is counted in its bins as it goes (`ServiceTimeline.flush`) and keeps one run, marked
/// `counted`: its totals then, which its later shares are taken from. (On the 1M-frame mix
/// no conversation ends before the 21 s capture does, and a run per bin each had sent in
/// came to 502,000.) The pool is reserved once, whole (`ReservedMemory`), so it costs what
/// the most runs ever held at once cost, and taking a run never allocates (growing it by
/// `realloc` did, now and then, on the per-frame path). When it is full, a flow's traffic
/// from its newest run on spans bins: the run is marked, and that share is spread evenly
/// over the bins it spans, so the totals stay exact and only the time blurs.
final class TimelineRuns {
    struct Run {
        var time: Int64
        var next: Int32
        /// The timeline's `generation` (its bin width) when the flow's runs were last merged
        /// to its bins (kept on the newest run, in what would be padding); the top bit
        /// (`spans`) marks that the flow's traffic after this run spans bins, the next
        /// (`counted`) that its traffic up to this run is in the timeline already.
        var generation: UInt32
        /// The flow's totals when the run was closed: packets and wire bytes each side.
        var packets: (UInt64, UInt64)
        var bytes: (UInt64, UInt64)
    }

    static let spans: UInt32 = 1 << 31
    static let counted: UInt32 = 1 << 30
    private static let flags = spans | counted
    /// 48 bytes each (`AnalysisConfiguration.maxTimelineRuns`).
    let capacity: Int
    private let items: UnsafeMutablePointer<Run>
    private var used = 0
    private var free: Int32 = -1
    /// Runs not taken because the pool was full, and the most held at once.
    private(set) var refused: UInt64 = 0
    var highWater: Int { used }

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        items = ReservedMemory.map(Run.self, count: self.capacity)
    }

    deinit { ReservedMemory.unmap(items, count: capacity) }

    /// A run can be taken now.
    var hasRoom: Bool { free >= 0 || used < capacity }

    /// Closes the flow's bin (the one holding its last packet) with its totals now.
    /// `binStart` gives the start of the bin holding a time at the timeline's width now,
    /// `generation` counts how often that width has grown: once the bins are wider than
    /// when the flow's runs were taken, runs that now share a bin are merged first, so a
    /// long flow holds about one run per bin it sent in, however fine the bins began.
    @inline(__always)
    func close(_ flow: inout FlowState, generation: UInt32, binStart: (Int64) -> Int64) {
        var head = flow.timelineRun
        if head >= 0 && items[Int(head)].generation & ~Self.flags != generation {
            merge(&flow, binStart: binStart)
            head = flow.timelineRun
        }
        let a = flow.sides.0.tally, b = flow.sides.1.tally
        // A counted run is never moved on here: the traffic after it is in no share yet.
        if head >= 0 && items[Int(head)].generation & Self.counted == 0
            && binStart(items[Int(head)].time) == binStart(flow.last) {
            items[Int(head)] = Run(time: flow.last, next: items[Int(head)].next, generation: generation,
                                   packets: (a.packets, b.packets), bytes: (a.bytes, b.bytes))
            return
        }
        guard let slot = take() else {
            if head >= 0 { items[Int(head)].generation |= Self.spans }
            return refused &+= 1
        }
        items[Int(slot)] = Run(time: flow.last, next: head, generation: generation,
                               packets: (a.packets, b.packets), bytes: (a.bytes, b.bytes))
        flow.timelineRun = slot
    }

    /// Drops each run that lies in the same bin as the newer one before it (or as the flow's
    /// last packet): the newer one's share then covers both, in that bin.
    private func merge(_ flow: inout FlowState, binStart: (Int64) -> Int64) {
        var newerBin = binStart(flow.last)
        var newer: Int32 = -1
        var slot = flow.timelineRun
        while slot >= 0 {
            let run = items[Int(slot)]
            let bin = binStart(run.time)
            // A counted run stays: the traffic before it is in the timeline, not in a share.
            if bin == newerBin && run.generation & Self.counted == 0 {
                if newer < 0 { flow.timelineRun = run.next } else { items[Int(newer)].next = run.next }
                items[Int(slot)].next = free
                free = slot
            } else {
                newer = slot
                newerBin = bin
            }
            slot = run.next
        }
    }

    private func take() -> Int32? {
        if free >= 0 {
            let slot = free
            free = items[Int(slot)].next
            return slot
        }
        guard used < capacity else { return nil }
        used += 1
        return Int32(used - 1)
    }

    /// Makes a run of the flow's totals at its last packet, marked counted, its only run:
    /// the timeline holds its traffic up to there (`ServiceTimeline.flush`, which returned
    /// its runs first). False when no run is free.
    func markCounted(_ flow: inout FlowState, generation: UInt32) -> Bool {
        guard let slot = take() else { return false }
        let a = flow.sides.0.tally, b = flow.sides.1.tally
        items[Int(slot)] = Run(time: flow.last, next: -1, generation: generation | Self.counted,
                               packets: (a.packets, b.packets), bytes: (a.bytes, b.bytes))
        flow.timelineRun = slot
        return true
    }

    /// For a flow whose only run is counted (and no share since spans bins): moves that run
    /// up to the flow's last packet and returns what the flow sent since it, all in the bin
    /// of that packet; nil for any other flow.
    @inline(__always)
    func advanceCounted(_ flow: FlowState, generation: UInt32) -> (packets: (UInt64, UInt64), bytes: (UInt64, UInt64))? {
        let slot = flow.timelineRun
        guard slot >= 0 else { return nil }
        let run = items[Int(slot)]
        guard run.next < 0, run.generation & Self.flags == Self.counted else { return nil }
        let a = flow.sides.0.tally, b = flow.sides.1.tally
        items[Int(slot)] = Run(time: flow.last, next: -1, generation: generation | Self.counted,
                               packets: (a.packets, b.packets), bytes: (a.bytes, b.bytes))
        return ((a.packets &- run.packets.0, b.packets &- run.packets.1), (a.bytes &- run.bytes.0, b.bytes &- run.bytes.1))
    }

    /// The runs a flow holds.
    func count(of flow: FlowState) -> Int {
        var n = 0
        var slot = flow.timelineRun
        while slot >= 0 {
            n += 1
            slot = items[Int(slot)].next
        }
        return n
    }

    /// Calls `body` with each share of the flow's traffic not yet counted, newest first: the
    /// packets and bytes per side sent after `after` (nil: from the flow's first packet) up
    /// to `time`; all in the bin of `time`, unless `spans` (a run was refused there), when
    /// they lie anywhere after `after`'s bin. It stops at a counted run. `release` returns
    /// the runs to the pool.
    func forEachShare(of flow: FlowState, release: Bool,
                      _ body: (_ after: Int64?, _ time: Int64, _ spans: Bool, _ packets: (UInt64, UInt64),
                               _ bytes: (UInt64, UInt64)) -> Void) {
        let a = flow.sides.0.tally, b = flow.sides.1.tally
        var time = flow.last
        var packets = (a.packets, b.packets), bytes = (a.bytes, b.bytes)
        var slot = flow.timelineRun
        while slot >= 0 {
            let run = items[Int(slot)]
            body(run.time, time, run.generation & Self.spans != 0,
                 (packets.0 &- run.packets.0, packets.1 &- run.packets.1),
                 (bytes.0 &- run.bytes.0, bytes.1 &- run.bytes.1))
            time = run.time
            packets = run.packets
            bytes = run.bytes
            if release {
                items[Int(slot)].next = free
                free = slot
            }
            if run.generation & Self.counted != 0 { return }
            slot = run.next
        }
        body(nil, time, false, packets, bytes)
    }
}
