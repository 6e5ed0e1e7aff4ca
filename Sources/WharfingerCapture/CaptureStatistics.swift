import CPcap

/// libpcap's counters for a live capture (`pcap_stats`). On Linux `received` counts the
/// frames that passed the filter, including those the kernel then dropped.
public struct CaptureStatistics: Sendable, Equatable {
    public var received: UInt64
    /// No room in the kernel's buffer: raise `-B`, or capture less (filter, snap length).
    public var droppedByKernel: UInt64
    /// Dropped by the interface or its driver before the kernel saw them.
    public var droppedByInterface: UInt64

    public init(received: UInt64 = 0, droppedByKernel: UInt64 = 0, droppedByInterface: UInt64 = 0) {
        self.received = received
        self.droppedByKernel = droppedByKernel
        self.droppedByInterface = droppedByInterface
    }
}

/// Widens libpcap's 32-bit counters to 64 bits: each sample adds its difference from the
/// last one modulo 2^32, so a counter that wraps between samples still counts up, as long
/// as samples are taken more often than 2^32 frames arrive.
public struct StatisticsCounter: Sendable {
    public private(set) var total = CaptureStatistics()
    private var last: (UInt32, UInt32, UInt32) = (0, 0, 0)

    public init() {}

    /// Samples the session; keeps the last totals when libpcap cannot tell.
    @discardableResult
    public mutating func sample(_ session: CaptureSession) -> CaptureStatistics {
        guard session.isLive else { return total }
        var stats = pcap_stat()
        guard pcap_stats(session.handle, &stats) == 0 else { return total }
        total.received &+= UInt64(stats.ps_recv &- last.0)
        total.droppedByKernel &+= UInt64(stats.ps_drop &- last.1)
        total.droppedByInterface &+= UInt64(stats.ps_ifdrop &- last.2)
        last = (stats.ps_recv, stats.ps_drop, stats.ps_ifdrop)
        return total
    }
}
