import WharfingerServices
import WharfingerWire

/// Follows every TCP/UDP conversation of a capture and decides which side is the client,
/// which the server, and why. Feed it every TCP and UDP frame in capture order (a
/// `FrameLedger` counts all frames); `snapshot(frames:)` for live views, `finish(frames:)`
/// once at the end.
///
/// Per packet: one flow-table lookup, fixed-size state updates, no allocation once warm.
/// Payload is looked at only for the first payload of each direction (and every payload
/// of FTP control connections).
public final class ConnectionAnalyzer {
    public let configuration: AnalysisConfiguration

    // The mutable state below skips Swift's run-time exclusivity checks: one thread at a time
    // feeds the analyzer and no access overlaps another. The checks cost about 800
    // instructions per ended conversation (callgrind, 200k-frame mix).
    let table: FlowTable
    /// The latest capture time seen, in nanoseconds: timeouts are judged against it.
    @exclusivity(unchecked) var clock = Int64.min
    let timeouts: (Int64, Int64, Int64)
    let fanIn: FanInTable
    let knownServers: KnownServers
    @exclusivity(unchecked) var ftp = FTPExpectations()
    @exclusivity(unchecked) var tallies = ServiceTallies()
    /// The views fed once per conversation whose verdict is final, beside `tallies`.
    @exclusivity(unchecked) var serverHosts: ServerHostTable
    @exclusivity(unchecked) var unexpected: UnexpectedServiceTable
    let homePorts: HomePorts
    /// Decides verdicts; made once (it holds the fan-in and the endpoint memory, not copies).
    let engine: VerdictEngine
    /// Builds the exporters' conversations: made once, not per ended flow (a builder per
    /// flow retained and released the engine's and the home ports' references each time).
    let exportBuilder: ConversationBuilder
    /// Hosts probing many ports or hosts, fed each flow as it ends.
    @exclusivity(unchecked) var scans = ScanDetector()
    @exclusivity(unchecked) var pending: PendingRing
    @exclusivity(unchecked) var finished: [FlowRecord] = []
    /// The records (`keepRecords`) of the flows whose verdicts are pending, by their key's
    /// `identity`: the index in `finished`, or -1 for one in `largest` or `contested`.
    @exclusivity(unchecked) var unsettledRecords: [UInt64: Int] = [:]
    @exclusivity(unchecked) var largest: LargestFlows
    @exclusivity(unchecked) var contested: ContestedPairs
    @exclusivity(unchecked) var evictedCount = 0
    /// Fragmented datagrams' conversations, so later fragments count with them.
    @exclusivity(unchecked) var fragments = FragmentTable()
    /// Exchanges followed for the exporter (`followsExchanges`), and when live flows are
    /// next looked at for an active export.
    let histories: HistoryPool
    @exclusivity(unchecked) var nextActiveScan = Int64.min
    /// No flow idles out and no pending verdict settles while the clock is at or before this
    /// (the earliest deadline of the class lists' heads and the oldest pending flow), as long
    /// as no list has another head (`FlowTable.headsChanged`); `end` lowers it for a flow it
    /// leaves pending.
    @exclusivity(unchecked) var nextExpiry = Int64.min
    /// Traffic over time, and what each live flow sent in the bins it has left.
    @exclusivity(unchecked) var timeline: ServiceTimeline
    let timelineRuns: TimelineRuns
    /// The timeline bin the clock is in (empty before the first frame).
    @exclusivity(unchecked) var timelineBin: (start: Int64, end: Int64) = (.max, .min)
    let activeTimeout: Int64?
    /// `AnalysisConfiguration.parkIdleAfter` in nanoseconds, and when the flows are next
    /// looked at for it (a sixth of it apart, 1.7 s by default: when a flow is parked changes
    /// no output, so the sweep need not keep up with every flow's deadline).
    let parkAfter: Int64?
    @exclusivity(unchecked) var nextParkSweep = Int64.min
    /// Flows last seen before this were looked at by an earlier sweep.
    @exclusivity(unchecked) var parkedUpTo = Int64.min
    /// `AnalysisConfiguration.pendingVerdictWindow` in nanoseconds.
    let pendingWindow: Int64?

    /// Receives each conversation when it ends (and long ones while they go, with an
    /// `activeTimeout`), on the thread that feeds the analyzer. Set before the first frame.
    @exclusivity(unchecked) public var exporter: (any FlowExporter)?

    public init(configuration: AnalysisConfiguration = .init()) {
        self.configuration = configuration
        table = FlowTable(maxFlows: configuration.maxFlows)
        func ns(_ seconds: Double) -> Int64 { Int64((max(0, seconds) * 1e9).rounded()) }
        timeouts = (ns(configuration.tcpIdleTimeout), ns(configuration.tcpTransitoryTimeout),
                    ns(configuration.udpIdleTimeout))
        fanIn = FanInTable(capacity: configuration.maxFanInEndpoints)
        knownServers = KnownServers(capacity: configuration.knownServerSlots)
        histories = HistoryPool(flows: configuration.maxFlows)
        pending = PendingRing(capacity: configuration.maxPendingVerdicts, histories: histories)
        largest = LargestFlows(limit: configuration.flowRecordLimit ?? 0)
        contested = ContestedPairs(limit: configuration.maxAmbiguousRecords)
        activeTimeout = configuration.activeTimeout.map { ns($0) }
        parkAfter = configuration.parkIdleAfter.map { ns($0) }
        pendingWindow = configuration.pendingVerdictWindow.map { ns($0) }
        serverHosts = ServerHostTable(capacity: configuration.maxServerHosts)
        unexpected = UnexpectedServiceTable(capacity: configuration.maxUnexpectedServices)
        homePorts = HomePorts(registry: configuration.registry)
        engine = VerdictEngine(registry: configuration.registry, fanIn: fanIn, knownServers: knownServers)
        exportBuilder = ConversationBuilder(engine: engine, homePorts: homePorts)
        timeline = ServiceTimeline(binSeconds: configuration.timelineBinSeconds)
        timelineRuns = TimelineRuns(capacity: configuration.maxTimelineRuns)
    }

    /// Live flows in the table now (bounded by `maxFlows`).
    public var liveFlowCount: Int { table.count }

    /// Called for every TCP or UDP frame (`DecodedFrame.transport`), in capture order; the
    /// `FrameLedger` counts every frame. `payload` says what the frame's payload holds, and
    /// is asked only when the flow needs it: the first payload of each side, every payload of
    /// an FTP control connection, and the clear key-exchange packets of an SSH session. Read
    /// on one thread, it works the facts out from the bytes then; a two-thread reader has
    /// worked them out beforehand, where the bytes were.
    public func observe(_ packet: borrowing Packet, transport: TransportProtocol, time: Timestamp,
                        wireLength: Int, capturedLength: Int, payload: () -> PayloadFacts) {
        if packet.fragment == .later {
            return countLaterFragment(packet, transport: transport, time: time.totalNanoseconds,
                                      wireLength: wireLength, capturedLength: capturedLength)
        }
        let (slot, dir) = track(packet, transport: transport, time: time.totalNanoseconds,
                                wireLength: wireLength, capturedLength: capturedLength)
        guard packet.payloadLength > 0 else { return }
        // Nothing below ends the flow, so its slot holds it (see `FlowTable.state`).
        let flow = table.state(slot)
        // Worked out at most once, and only if one of the three below wants them.
        var known: PayloadFacts? = nil
        func facts() -> PayloadFacts {
            if let known { return known }
            let worked = payload()
            known = worked
            return worked
        }
        if !flow.pointee.sideFlags(dir).contains(.classified) {
            flow.pointee.noteFirstPayload(dir: dir, signature: facts().signature, transport: transport)
        }
        if flow.pointee.looksForCarriedProtocol(dir: dir) { flow.pointee.noteCarried(facts().signature) }
        if flow.pointee.isFTPControl, let announcement = facts().ftp { ftp.add(announcement) }
        if flow.pointee.looksForKeyExchange(dir: dir) {
            flow.pointee.noteKeyExchange(dir: dir, facts().sshKeyExchange)
        }
    }

    /// A later fragment (no ports): counted with its datagram's conversation once the first
    /// fragment has named it; the frame accounting counts it as a fragment either way.
    func countLaterFragment(_ packet: borrowing Packet, transport: TransportProtocol, time: Int64,
                            wireLength: Int, capturedLength: Int) {
        let payload = packet.payloadLength
        guard let (key, side) = fragments.later(FragmentTable.Datagram(packet, transport: transport), time: time,
                                                wire: wireLength, captured: capturedLength,
                                                payload: payload) else { return }
        let id = table.find(key, hash: key.hash)
        guard id >= 0 else { return fragments.lost() }
        // Unpacked and packed again in its place: a later fragment does not count as the flow seen.
        let slot = table.slot(unparking: id)
        table.state(slot).pointee.withSide(side) {
            $0.tally.addLaterFragment(wire: wireLength, captured: capturedLength, payload: payload)
        }
        if slot != id { table.park(slot) }
    }

    /// Updates the packet's flow with everything but the payload. Returns the flow's slot
    /// and the sender's side.
    @inline(__always)
    func track(_ packet: borrowing Packet, transport: TransportProtocol, time now: Int64,
                       wireLength: Int, capturedLength: Int) -> (slot: Int32, dir: Int) {
        if now > clock {
            clock = now
            if configuration.followsTimeline && now >= timelineBin.end { timelineBin = timeline.bin(containing: now) }
            // Most frames end nothing: the heads' deadlines are looked at only when one is due
            // or a list has another head.
            if now > nextExpiry || table.headsChanged { expireDue() }
            if let activeTimeout, now >= nextActiveScan { exportActiveFlows(timeout: activeTimeout) }
        }
        let isTCP = transport == .tcp
        let (key, flipped) = FlowKey.make(transport, from: packet.source, to: packet.destination,
                                          tunnel: packet.tunnel.context)
        let hash = key.hash
        let dir = flipped ? 1 : 0
        var slot = table.slot(unparking: table.find(key, hash: hash))
        let flags = packet.tcpFlags
        // An attempt unanswered for 5 s, or a connection closed 5 s ago, ends, as Zeek's
        // timers end them: every output draws the same conversations as conn.log.
        if isTCP, slot >= 0, table.state(slot).pointee.endsByZeekTimer(at: now) {
            end(slot, cause: .idle)
            slot = -1
        }
        if isTCP, slot >= 0, flags.contains(.syn),
           table.state(slot).pointee.startsNewConnection(dir: dir, flags: flags, seq: packet.seq) {
            end(slot, cause: .newConnection)
            slot = -1
        }
        if slot < 0 {
            slot = createFlow(key, hash: hash, sender: dir, time: now, isTCP: isTCP, tunnelPath: packet.tunnel.path,
                              linkBroadcast: packet.linkBroadcast)
        }
        // Nothing from here on ends the flow, so its slot holds it (see `FlowTable.state`).
        let flow = table.state(slot)
        // The flow sends in a later timeline bin than its last packet's: that bin is closed.
        if configuration.followsTimeline {
            let binStart = now >= timelineBin.start ? timelineBin.start : timeline.binStart(now)
            if flow.pointee.last < binStart {
                // A conversation whose service is certain is counted as it goes, holding one
                // run; the others keep a run per bin until their verdict names the service.
                if let server = flow.pointee.placedServerSide, flow.pointee.timelineRun >= 0 || timelineRuns.hasRoom {
                    timeline.flush(&flow.pointee, serverSide: server, runs: timelineRuns)
                } else {
                    timelineRuns.close(&flow.pointee, generation: timeline.generation) { timeline.binStart($0) }
                }
            }
        }
        if now > flow.pointee.last { flow.pointee.last = now }
        let payloadLength = packet.payloadLength
        let ipBytes = packet.ipPacketLength
        flow.pointee.withSide(dir) {
            $0.tally.add(wire: wireLength, captured: capturedLength, payload: payloadLength, ip: ipBytes)
        }
        if packet.fragment == .first,
           let early = fragments.learnFirst(FragmentTable.Datagram(packet, transport: transport),
                                            flow: flow.pointee.key, side: dir, time: now) {
            flow.pointee.withSide(dir) { $0.tally.addLaterFragments(early) }
        }

        if isTCP {
            if flags.isSynAck {
                knownServers.remember(EndpointKey(flow.pointee.key.endpoint(side: dir), transport: .tcp),
                                      teacher: flow.pointee.witness)
            }
            flow.pointee.trackTCP(dir: dir, flags: flags, seq: packet.seq, ack: packet.ack, payload: payloadLength,
                                  time: now)
        }
        if flow.pointee.historySlot >= 0 {
            histories[flow.pointee.historySlot].observeTCP(from: dir, flags: flags, seq: packet.seq, ack: packet.ack,
                                                           payload: payloadLength, window: packet.window,
                                                           time: now)
        }
        if payloadLength > 0 && flow.pointee.firstPayloadSide < 0 { flow.pointee.firstPayloadSide = Int8(dir) }

        table.touch(slot, timeoutClass: flow.pointee.currentTimeoutClass)
        return (slot, dir)
    }

}
