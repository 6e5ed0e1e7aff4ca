import WharfingerWire

/// Traffic over time: per bin of `binNanoseconds`, the packets and wire bytes each row
/// carried in each direction. The rows are the services that carried the most bytes, the
/// unanswered probes of each transport, and `other` (every other service); over all bins
/// a service's row adds up to its `ServiceTally`, the probes' rows to `UnansweredProbes`
/// (to the server: what the prober sent), and all rows to every packet of a flow.
public struct Timeline: Sendable {
    public enum Row: Sendable, Equatable {
        case service(ServiceKey, name: String?)
        case probes(TransportProtocol)
        /// The services without a row of their own.
        case other
    }

    public var binNanoseconds: Int64
    /// The first bin's start (nil: no flow yet).
    public var start: Timestamp?
    /// Named services by bytes, largest first; then probes; then `other`: only rows with traffic.
    public var rows: [Row]
    /// `binCount * rows.count` counts, bin after bin.
    public var counts: [TimelineCounts]
    /// What could not be placed bin by bin (the pool of runs was full, `TimelineRuns`) and is
    /// spread evenly over the bins its conversations spanned; zero when every count lies in
    /// its bin.
    public var spread: TimelineCounts

    public init(binNanoseconds: Int64, start: Timestamp?, rows: [Row], counts: [TimelineCounts],
                spread: TimelineCounts = TimelineCounts()) {
        self.binNanoseconds = binNanoseconds
        self.start = start
        self.rows = rows
        self.counts = counts
        self.spread = spread
    }

    public var binCount: Int { rows.isEmpty ? 0 : counts.count / rows.count }

    public subscript(bin: Int, row: Int) -> TimelineCounts { counts[bin * rows.count + row] }

    /// The start of bin `bin`.
    public func binStart(_ bin: Int) -> Timestamp {
        Timestamp(totalNanoseconds: (start?.totalNanoseconds ?? 0) &+ Int64(bin) &* binNanoseconds)
    }

    /// A row's counts over all bins.
    public func total(row: Int) -> TimelineCounts {
        var sum = TimelineCounts()
        for bin in 0..<binCount { sum.add(self[bin, row]) }
        return sum
    }
}

/// Packets and wire bytes in each direction.
public typealias TimelineCounts = ServiceCounterLedger.Counts

extension ServiceCounterLedger.Counts {
    @inline(__always)
    public mutating func add(_ other: Self) {
        toServerPackets &+= other.toServerPackets
        toServerBytes &+= other.toServerBytes
        toClientPackets &+= other.toClientPackets
        toClientBytes &+= other.toClientBytes
    }

    public var isZero: Bool { toServerPackets == 0 && toClientPackets == 0 && toServerBytes == 0 && toClientBytes == 0 }
}
