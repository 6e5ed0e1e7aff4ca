import WharfingerServices

/// Timeouts and bounds of a `ConnectionAnalyzer`. Timeouts are judged against capture
/// timestamps (the latest one seen), never the wall clock.
public struct AnalysisConfiguration: Sendable {
    /// Seconds an established TCP connection may stay idle. Default 300.
    public var tcpIdleTimeout: Double
    /// Seconds a half-open (SYN not yet answered) or closed (FIN exchange, RST) TCP
    /// connection lingers before it ends. Default 30. A new SYN ends it at once.
    public var tcpTransitoryTimeout: Double
    /// Seconds a UDP conversation may stay idle. Default 60.
    public var udpIdleTimeout: Double
    /// Hard bound on live flow-table entries. When full, the flow closest to its idle
    /// timeout (the oldest-idle of its class) is ended as "evicted" and tallied first.
    /// Each live flow costs 240 bytes (`FlowState`; StructureTests pins it), 128 while it is
    /// parked (`parkIdleAfter`), plus at most 16 bytes of index (256 MiB at 2^20 unparked).
    public var maxFlows: Int
    /// True: finished flows are kept for `AnalysisReport.flows`. False: only tallies.
    public var keepFlowRecords: Bool
    /// With `keepFlowRecords`: nil keeps every flow; N keeps only the N that carried the
    /// most bytes (a terminal report's "largest conversations"), so memory stays bounded.
    public var flowRecordLimit: Int?
    /// Bound on the endpoints whose distinct peers are counted (fan-in). When full, the
    /// endpoints with fewest peers (clients, mostly) are forgotten first. A 64-byte slot
    /// per endpoint, table at most twice the bound (8 MiB at the default 2^16).
    public var maxFanInEndpoints: Int
    /// Ended flows not settled by a handshake, payload or FTP announcement wait in a buffer
    /// of this size (packed, about 60 bytes each: `PackedFlowState`) for later evidence
    /// (fan-in, endpoint memory); when full, the oldest is settled with the verdict it has then.
    public var maxPendingVerdicts: Int
    /// Seconds of capture time such a flow waits after it ended before it is settled with
    /// the evidence seen by then (tallied, handed to the exporter); nil: until the buffer is
    /// full or the capture ends. Bounds how late a live capture's record is written and, with
    /// the flows ending per second, the buffer's memory before it is full.
    public var pendingVerdictWindow: Double? = nil
    /// How many contested flows (ports alone do not settle the roles) are kept as records:
    /// the most contested.
    public var maxAmbiguousRecords: Int
    /// Slots of the table of endpoints known to be servers, rounded up to a power of two
    /// (16 bytes each, 1 MiB at the default 2^16); a newer endpoint overwrites an older one.
    public var knownServerSlots: Int
    public var registry: ServiceRegistry
    /// Follow each connection's exchange as Zeek does (endpoint states, history letters,
    /// sequence-number byte counts, gaps) for `Conversation.exchange`. 144 bytes per TCP
    /// connection alive (a `ConnectionHistory`), kept apart from the flow table, only when set;
    /// packed beside its flow while that waits for a verdict (`PackedHistory`, about 60 bytes).
    public var followsExchanges: Bool = false
    /// The exporter's conversations carry their verdict's reasons (`Conversation.facts`), as
    /// the JSON report's streamed records print them; off, they carry none and a
    /// conversation ends without allocating for them.
    public var exportsReasons: Bool = false
    /// Seconds of capture time after which a flow still going is handed to the exporter
    /// again (`FlowExporter.flowActive`); nil: only when it ends.
    public var activeTimeout: Double? = nil
    /// Server addresses the servers view keeps (the first met; `ServerHostTable`), each with
    /// up to 32 services, at most about 2 KiB a host (8 MiB at the default). Conversations of
    /// later ones are counted only.
    public var maxServerHosts: Int = 4096
    /// Groups of unexpected services (server endpoint and detected protocol) kept, the first
    /// met; conversations of later groups are counted only.
    public var maxUnexpectedServices: Int = 1000
    /// Seconds per bin of the timeline (`Timeline`); nil picks a width from the capture's
    /// span (60 to 300 bins). A given width doubles when a capture outlasts 1200 bins.
    public var timelineBinSeconds: Double? = nil
    /// Seconds a flow may stay idle before it is parked: packed into 128 bytes instead of
    /// its 240 (`ParkedCells`) until a packet comes for it or it ends. Most flows a table
    /// holds are waiting out their idle timeouts (30 s to 300 s), and the states' memory
    /// stays at the most held unparked at once, so parking early keeps it low. Parking
    /// changes no output, only memory and the work of packing (about 700 instructions to pack,
    /// 520 to unpack). nil: never.
    public var parkIdleAfter: Double? = 10
    /// Follow the timeline at all: only the outputs that draw it (the JSON report, the HTML
    /// page, live) need it; off, the report's timeline is empty and no flow keeps runs.
    public var followsTimeline: Bool = true
    /// Runs the timeline may hold at once (`TimelineRuns`, 48 bytes each, 12 MiB at the
    /// default 2^18): what conversations whose service is not yet certain sent in each bin.
    public var maxTimelineRuns: Int = 1 << 18

    public init(
        tcpIdleTimeout: Double = 300,
        tcpTransitoryTimeout: Double = 30,
        udpIdleTimeout: Double = 60,
        maxFlows: Int = 1 << 20,
        keepFlowRecords: Bool = true,
        flowRecordLimit: Int? = nil,
        maxFanInEndpoints: Int = 1 << 16,
        maxPendingVerdicts: Int = 1 << 16,
        maxAmbiguousRecords: Int = 1000,
        knownServerSlots: Int = 1 << 16,
        registry: ServiceRegistry = .iana
    ) {
        self.tcpIdleTimeout = tcpIdleTimeout
        self.tcpTransitoryTimeout = tcpTransitoryTimeout
        self.udpIdleTimeout = udpIdleTimeout
        self.maxFlows = maxFlows
        self.keepFlowRecords = keepFlowRecords
        self.flowRecordLimit = flowRecordLimit
        self.maxFanInEndpoints = maxFanInEndpoints
        self.maxPendingVerdicts = maxPendingVerdicts
        self.maxAmbiguousRecords = maxAmbiguousRecords
        self.knownServerSlots = knownServerSlots
        self.registry = registry
    }
}
