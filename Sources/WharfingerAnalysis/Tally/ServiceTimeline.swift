import WharfingerServices
import WharfingerWire

/// Traffic over time, per service, in a fixed number of bins: fed once per settled flow
/// with the shares `TimelineRuns` kept of each bin it sent in, under the service its
/// verdict names (or its transport's unanswered probes), as `ServiceTallies` counts it.
///
/// Bins are aligned to multiples of their width. The width starts at 1 ms (or `--bin`);
/// when a frame comes later than the last bin covers, neighbours merge: the width grows
/// 1, 5, 10, 50, 100 ms... (or doubles from `--bin`), so a capture ends with 60 to
/// `autoBins` bins whatever its span, and every count stays in the bin holding its time.
///
/// Services have `trackedServices` rows, given out as services are first settled; when
/// they are taken, the smaller of the newcomer and the smallest tracked service goes to
/// `other` for good, with what it counted so far. So a service's row always holds all of
/// its traffic, and `other` the rest; a service that was among the smallest when every row
/// was taken cannot be named later.
struct ServiceTimeline {
    static let autoBins = 300
    /// Bins with a width given (`--bin`): doubled when a capture outlasts them.
    static let fixedBins = 1200
    /// Rows for services: 1.3 MiB of counts with automatic bins, 5 MiB with `--bin`.
    static let trackedServices = 128
    /// Services the report names; the other tracked ones are added to `other` then.
    static let namedServices = 10

    static let otherRow = 0
    static let firstServiceRow = 3
    static let rowCount = firstServiceRow + trackedServices
    static func probesRow(_ transport: TransportProtocol) -> Int { transport == .tcp ? 1 : 2 }

    private(set) var width: Int64
    /// How often the width has grown.
    private(set) var generation: UInt32 = 0
    private let fixedWidth: Bool
    private let capacity: Int
    /// The start of bin 0; nil before the first frame.
    private(set) var origin: Int64?
    private var used = 0
    /// The shares spread over the bins they spanned (`Timeline.spread`).
    private var spread = TimelineCounts()
    /// `capacity * rowCount`, bin after bin; allocated with the first frame.
    private var counts: [TimelineCounts] = []
    private var rowKeys = [UInt32](repeating: 0, count: trackedServices)
    private var rowBytes = [UInt64](repeating: 0, count: trackedServices)
    private var trackedCount = 0
    /// Every service met, in that order, with its row: its own, or `otherRow` once sent to
    /// `other` for good; found through `services` (a Dictionary and a Set hashed each key
    /// through SipHash, per settled flow).
    private var serviceKeys: [UInt32] = []
    private var serviceRows: [Int] = []
    private var services = PositionIndex()
    /// Per tracked row, its service's position in `serviceKeys`.
    private var rowServices = [Int](repeating: 0, count: trackedServices)

    /// `binSeconds`: a fixed width; nil picks one from the capture's span.
    init(binSeconds: Double?) {
        if let binSeconds, binSeconds > 0 {
            width = max(1, Int64((binSeconds * 1e9).rounded()))
            fixedWidth = true
            capacity = Self.fixedBins
        } else {
            width = 1_000_000
            fixedWidth = false
            capacity = Self.autoBins
        }
    }

    /// The bin holding `time`, as the start and end of its span, after making room for it
    /// (merging bins when it lies past the last). Called when the capture clock leaves the
    /// bin it was in.
    mutating func bin(containing time: Int64) -> (start: Int64, end: Int64) {
        if origin == nil {
            origin = Self.floor(time, width)
            counts = [TimelineCounts](repeating: TimelineCounts(), count: capacity * Self.rowCount)
        }
        while let origin, time >= origin &+ Int64(capacity) &* width { coarsen() }
        let start = Self.floor(time, width)
        return (start, start &+ width)
    }

    /// The start of the bin holding `time` (a frame earlier than the clock).
    @inline(__always)
    func binStart(_ time: Int64) -> Int64 { Self.floor(time, width) }

    /// Adds a settled flow's shares not counted yet, bin by bin, to its row.
    mutating func add(_ flow: FlowState, placement: ServiceTallies.Placement, runs: TimelineRuns, release: Bool) {
        guard origin != nil else {
            // No frame came through `bin(containing:)` (a test feeding states): nothing to place.
            if release { runs.forEachShare(of: flow, release: true) { _, _, _, _, _ in } }
            return
        }
        let row: Int, toServer: Int
        switch placement {
        case .probe(let opener):
            row = Self.probesRow(flow.key.transport)
            toServer = opener
        case .service(let key, let server):
            row = self.row(for: key, bytes: flow.sides.0.tally.bytes &+ flow.sides.1.tally.bytes)
            toServer = 1 - server
        }
        addShares(flow, row: row, toServer: toServer, runs: runs, release: release)
    }

    /// Counts what a flow whose service is certain (`FlowState.placedServerSide`) sent up to
    /// its last packet, now, and leaves it one run marking how far it was counted: a flow
    /// then holds one run however many bins it sends in. Its service's row is taken with
    /// what it sent so far. For a flow that holds a run, or when one is free for the mark
    /// (`TimelineRuns.hasRoom`); any other flow's bin is closed as before.
    mutating func flush(_ flow: inout FlowState, serverSide: Int, runs: TimelineRuns) {
        guard let origin else { return }
        let row = self.row(for: ServiceTallies.key(flow, serverSide: serverSide),
                           bytes: flow.sides.0.tally.bytes &+ flow.sides.1.tally.bytes)
        // Counted before: what it sent since lies in the bin of its last packet.
        if let (packets, bytes) = runs.advanceCounted(flow, generation: generation) {
            let share = Self.share(packets, bytes, toServer: 1 - serverSide)
            let bin = BinIndex(origin: origin, width: UInt64(width), lastBin: UInt64(capacity - 1))[flow.last]
            if bin >= used { used = bin + 1 }
            counts.withUnsafeMutableBufferPointer { $0[bin &* Self.rowCount &+ row].add(share) }
            if row >= Self.firstServiceRow { rowBytes[row - Self.firstServiceRow] &+= bytes.0 &+ bytes.1 }
            return
        }
        addShares(flow, row: row, toServer: 1 - serverSide, runs: runs, release: true)
        flow.timelineRun = -1
        // A run was just returned, or `hasRoom` said one was free.
        _ = runs.markCounted(&flow, generation: generation)
    }

    /// A flow's packets and bytes per side as a bin's counts, `toServer` the side whose
    /// traffic went to the server.
    @inline(__always)
    private static func share(_ packets: (UInt64, UInt64), _ bytes: (UInt64, UInt64), toServer: Int) -> TimelineCounts {
        var share = TimelineCounts()
        share.toServerPackets = toServer == 0 ? packets.0 : packets.1
        share.toClientPackets = toServer == 0 ? packets.1 : packets.0
        share.toServerBytes = toServer == 0 ? bytes.0 : bytes.1
        share.toClientBytes = toServer == 0 ? bytes.1 : bytes.0
        return share
    }

    /// Adds the shares `runs` holds of a flow's traffic not yet counted to `row`.
    private mutating func addShares(_ flow: FlowState, row: Int, toServer: Int, runs: TimelineRuns, release: Bool) {
        guard let origin else { return }
        // The bins and `used` as locals, the counts through one buffer: a flow has a share
        // per bin it sent in, and each share's look-ups through `self` checked the counts'
        // uniqueness and the arithmetic's overflow again.
        let bins = BinIndex(origin: origin, width: UInt64(width), lastBin: UInt64(capacity - 1))
        var used = self.used
        var added: UInt64 = 0
        var spread = TimelineCounts()
        counts.withUnsafeMutableBufferPointer { counts in
            runs.forEachShare(of: flow, release: release) { after, time, spans, packets, bytes in
                added &+= bytes.0 &+ bytes.1
                let share = Self.share(packets, bytes, toServer: toServer)
                guard !share.isZero else { return }
                let last = bins[time]
                if last >= used { used = last + 1 }
                let cell = last &* Self.rowCount &+ row
                // A share lies in its bin, but for one the run pool could not split (`spans`), and
                // for a flow's oldest share when it reaches past the bin of its first packet
                // (only a refused run lets it): those are spread evenly over the bins they span.
                guard spans || after == nil else { return counts[cell].add(share) }
                let first = after.map { min(bins[$0] + 1, last) } ?? bins[flow.first]
                guard first < last else { return counts[cell].add(share) }
                spread.add(share)
                let n = UInt64(last - first + 1)
                var each = TimelineCounts()
                each.toServerPackets = share.toServerPackets / n
                each.toClientPackets = share.toClientPackets / n
                each.toServerBytes = share.toServerBytes / n
                each.toClientBytes = share.toClientBytes / n
                for bin in first..<last { counts[bin &* Self.rowCount &+ row].add(each) }
                counts[cell].add(share.minus(each.times(n - 1)))
            }
        }
        self.used = used
        self.spread.add(spread)
        if row >= Self.firstServiceRow { rowBytes[row - Self.firstServiceRow] &+= added }
    }

    /// The bin holding a time: the first for a time before the origin, the last for one past it.
    private struct BinIndex {
        let origin: Int64
        let width: UInt64
        let lastBin: UInt64

        @inline(__always)
        subscript(_ time: Int64) -> Int {
            guard time > origin else { return 0 }
            // Unsigned: the division has no overflow to check.
            return Int(truncatingIfNeeded: min(UInt64(bitPattern: time &- origin) / width, lastBin))
        }
    }

    /// The row of a service's traffic: its own, a new one, or `other`.
    private mutating func row(for key: UInt32, bytes: UInt64) -> Int {
        let hash = PositionIndex.hash(key)
        let found = serviceKeys.withUnsafeBufferPointer { keys in services.find(hash: hash) { keys[$0] == key } }
        if found >= 0 { return serviceRows[found] }
        let row = newRow(bytes: bytes)
        let position = serviceKeys.count
        if row >= Self.firstServiceRow {
            rowKeys[row - Self.firstServiceRow] = key
            rowServices[row - Self.firstServiceRow] = position
        }
        services.insert(hash: hash, position: position)
        serviceKeys.append(key)
        serviceRows.append(row)
        return row
    }

    /// The row of a service met now: a free one; else the smallest tracked service's, which
    /// goes to `other` for good with what it counted, when it carried less; else `other`.
    private mutating func newRow(bytes: UInt64) -> Int {
        if trackedCount < Self.trackedServices {
            trackedCount += 1
            return trackedCount - 1 + Self.firstServiceRow
        }
        let smallest = rowBytes.indices.min { rowBytes[$0] < rowBytes[$1] }!
        if rowBytes[smallest] >= bytes { return Self.otherRow }
        let row = smallest + Self.firstServiceRow
        serviceRows[rowServices[smallest]] = Self.otherRow
        for bin in 0..<used {
            counts[bin * Self.rowCount + Self.otherRow].add(counts[bin * Self.rowCount + row])
            counts[bin * Self.rowCount + row] = TimelineCounts()
        }
        rowBytes[smallest] = 0
        return row
    }

    /// Merges neighbouring bins into bins `factor` times as wide, aligned to the new width.
    private mutating func coarsen() {
        guard let origin else { return }
        let factor: Int64 = fixedWidth || !Self.isPowerOfTenMillisecond(width) ? 2 : 5
        let newWidth = width &* factor
        let newOrigin = Self.floor(origin, newWidth)
        let offset = Int((origin &- newOrigin) / width)
        for bin in 0..<used {
            let target = (bin + offset) / Int(factor)
            guard target != bin else { continue }
            for row in 0..<Self.rowCount {
                counts[target * Self.rowCount + row].add(counts[bin * Self.rowCount + row])
                counts[bin * Self.rowCount + row] = TimelineCounts()
            }
        }
        if used > 0 { used = (used - 1 + offset) / Int(factor) + 1 }
        width = newWidth
        generation &+= 1
        self.origin = newOrigin
    }

    /// 1 ms, 10 ms, 100 ms, 1 s...: the next width is five times as wide, the one after twice.
    private static func isPowerOfTenMillisecond(_ width: Int64) -> Bool {
        var w = width / 1_000_000
        guard w * 1_000_000 == width else { return false }
        while w % 10 == 0 { w /= 10 }
        return w == 1
    }

    private static func floor(_ time: Int64, _ width: Int64) -> Int64 {
        let q = time / width
        return (time % width < 0 ? q - 1 : q) &* width
    }

    /// The timeline as reports read it: the `namedServices` tracked services with the most
    /// bytes, each transport's probes and `other`, each only if it carried anything.
    func rendered(registry: ServiceRegistry) -> Timeline {
        guard let origin, used > 0 else {
            return Timeline(binNanoseconds: width, start: origin.map { Timestamp(totalNanoseconds: $0) },
                            rows: [], counts: [])
        }
        let ranked = (0..<trackedCount).sorted { a, b in
            rowBytes[a] != rowBytes[b] ? rowBytes[a] > rowBytes[b] : rowKeys[a] < rowKeys[b]
        }
        let named = ranked.prefix(Self.namedServices).filter { rowBytes[$0] > 0 }
        var rows: [Timeline.Row] = named.map {
            let key = ServiceKey(tallyKey: rowKeys[$0])
            return .service(key, name: registry.name(port: key.port, transport: key.transport))
        }
        // Where each internal row goes in the rendered rows (nil: not rendered).
        var target = [Int?](repeating: nil, count: Self.rowCount)
        for (i, slot) in named.enumerated() { target[slot + Self.firstServiceRow] = i }
        for transport in [TransportProtocol.tcp, .udp] where hasTraffic(Self.probesRow(transport)) {
            target[Self.probesRow(transport)] = rows.count
            rows.append(.probes(transport))
        }
        let otherRows = [Self.otherRow] + ranked.dropFirst(named.count).map { $0 + Self.firstServiceRow }
        if otherRows.contains(where: hasTraffic) {
            for row in otherRows { target[row] = rows.count }
            rows.append(.other)
        }
        var out = [TimelineCounts](repeating: TimelineCounts(), count: used * rows.count)
        for bin in 0..<used {
            for row in 0..<Self.rowCount {
                guard let to = target[row] else { continue }
                out[bin * rows.count + to].add(counts[bin * Self.rowCount + row])
            }
        }
        return Timeline(binNanoseconds: width, start: Timestamp(totalNanoseconds: origin), rows: rows, counts: out,
                        spread: spread)
    }

    private func hasTraffic(_ row: Int) -> Bool {
        (0..<used).contains { !counts[$0 * Self.rowCount + row].isZero }
    }
}

extension TimelineCounts {
    fileprivate func times(_ factor: UInt64) -> Self {
        var out = self
        out.toServerPackets &*= factor
        out.toClientPackets &*= factor
        out.toServerBytes &*= factor
        out.toClientBytes &*= factor
        return out
    }
}
