import WharfingerServices
import WharfingerWire

/// What the analysis knows at one moment: a snapshot or the final report.
public struct AnalysisReport: Sendable {
    /// Every frame observed, by outcome.
    public var frames: OutcomeCounts
    /// Frames that joined no flow (not TCP/UDP, or no ports). With the packets of the
    /// service tallies and of the unanswered probes they add up to `frames.total`.
    public var framesOutsideFlows: UInt64
    /// Later IP fragments counted with their conversation (`FragmentTable`); the rest of
    /// `frames`' fragments are outside flows.
    public var fragmentsInFlows: UInt64
    /// All conversations when `keepFlowRecords`, else empty. In a final report each is
    /// built when read: read it once per use.
    public var flows: Conversations
    /// Sorted by total wire bytes, descending; each rendered when read (`RankedRows`).
    public var services: RankedRows<ServiceTally>
    /// Probes that reached no service, per transport with any (not in `services`).
    public var unansweredProbes: [UnansweredProbes]
    /// Hosts found probing many ports or hosts, earliest first: those the detector still
    /// holds (`ScanDetector.capacity`); `scanCount` counts every one found.
    public var scans: [ScanRecord]
    public var scanCount: Int
    /// Flows whose two ports alone do not settle the roles (the port facts give neither side
    /// `PortRoleFacts.settlingConfidence`), e.g. 1080/1494: the most contested
    /// `AnalysisConfiguration.maxAmbiguousRecords`, closest to even first.
    public var ambiguous: [ContestedPair]
    /// Every such flow, listed or not.
    public var ambiguousCount: Int
    public var flowCount: Int
    public var weakVerdictFlows: Int
    /// Flows live in the table when the report was made (0 in a final report).
    public var liveFlows: Int
    /// Flows ended because the table was full.
    public var evictedFlows: Int
    public var firstTimestamp: Timestamp?
    public var lastTimestamp: Timestamp?
    /// The tunnels the frames came through, from the `TunnelLedger` of the reading thread.
    public var tunnels: [TunnelRecord] = []
    /// Tunnel frames the ledger only counted, being full.
    public var unrecordedTunnelFrames: UInt64 = 0
    /// The registry the analysis named ports with: the report's words for a port fact name
    /// its port with the same registry.
    public var registry: ServiceRegistry
    /// The servers view: every unicast address that served, with its services.
    public var serverHosts = ServerHosts()
    /// Every conversation whose detected protocol was unexpected on its server port, grouped.
    public var unexpected = UnexpectedServices()
    /// The conversations counted, by the basis of their verdict.
    public var verdictBases = VerdictBasisCounts()
    /// The conversations counted that the capture holds one side of.
    public var oneSided = OneSidedCounts()
    /// Traffic over time per service (`Timeline`).
    public var timeline = Timeline(binNanoseconds: 1_000_000, start: nil, rows: [], counts: [])

    /// Packets counted in the service tallies and the unanswered probes, both directions:
    /// every packet of a flow.
    public var packetsInServices: UInt64 {
        services.reduce(0) { $0 &+ $1.toServer.packets &+ $1.toClient.packets }
            &+ unansweredProbes.reduce(0) { $0 &+ $1.packets }
    }
}
