import WharfingerServices
import WharfingerWire

/// Follows every TCP/UDP conversation of a capture and decides which side is the client,
/// which the server, and why. Feed it every frame in capture order; `snapshot()` for
/// live views, `finish()` once at the end.
///
/// Per packet: one flow-table lookup, fixed-size state updates, no allocation once warm.
/// Payload is looked at only for the first payload of each direction (and every payload
/// of FTP control connections).
public final class ConnectionAnalyzer {
    public let configuration: AnalysisConfiguration

    private let table: FlowTable
    /// The latest capture time seen, in nanoseconds: timeouts are judged against it.
    @exclusivity(unchecked) private var clock = Int64.min
    private let timeouts: (Int64, Int64, Int64)
    private let fanIn: FanInTable
    private let knownServers: KnownServers
    @exclusivity(unchecked) private var ftp = FTPExpectations()
    @exclusivity(unchecked) private var tallies = ServiceTallies()
    @exclusivity(unchecked) private var pending: PendingRing
    @exclusivity(unchecked) private var finished: [FlowState] = []
    @exclusivity(unchecked) private var largest: LargestFlows
    @exclusivity(unchecked) private var ambiguousFlows: [FlowState] = []
    @exclusivity(unchecked) private var ambiguousCount = 0
    @exclusivity(unchecked) private var evictedCount = 0
    /// Exchanges followed for the exporter (`followsExchanges`), and when live flows are
    /// next looked at for an active export.
    private let histories = HistoryPool()
    @exclusivity(unchecked) private var nextActiveScan = Int64.min
    private let activeTimeout: Int64?

    /// Receives each conversation when it ends (and long ones while they go, with an
    /// `activeTimeout`), on the thread that feeds the analyzer. Set before the first frame.
    public var exporter: (any FlowExporter)?

    public init(configuration: AnalysisConfiguration = .init()) {
        self.configuration = configuration
        table = FlowTable(maxFlows: configuration.maxFlows)
        func ns(_ seconds: Double) -> Int64 { Int64((max(0, seconds) * 1e9).rounded()) }
        timeouts = (ns(configuration.tcpIdleTimeout), ns(configuration.tcpTransitoryTimeout),
                    ns(configuration.udpIdleTimeout))
        fanIn = FanInTable(capacity: configuration.maxFanInEndpoints)
        knownServers = KnownServers(capacity: configuration.knownServerSlots)
        pending = PendingRing(capacity: configuration.maxPendingVerdicts)
        largest = LargestFlows(limit: configuration.flowRecordLimit ?? 0)
        activeTimeout = configuration.activeTimeout.map { ns($0) }
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
        let (slot, dir) = track(packet, transport: transport, time: time.totalNanoseconds,
                                wireLength: wireLength, capturedLength: capturedLength)
        guard packet.payloadLength > 0 else { return }
        let flow = table.states + Int(slot)
        var facts: PayloadFacts? = nil
        if !flow.pointee.side(dir).flags.contains(.classified) {
            facts = payload()
            noteFirstPayload(flow, dir: dir, signature: facts?.signature, transport: transport)
        }
        if flow.pointee.isFTPControl {
            if facts == nil { facts = payload() }
            if let announcement = facts?.ftp { ftp.add(announcement) }
        }
        if lookForKeyExchange(flow.pointee, dir: dir) {
            if facts == nil { facts = payload() }
            noteKeyExchange(flow, dir: dir, facts?.sshKeyExchange ?? SSHKeyExchange.Scan())
        }
    }

    /// SSH's key exchange is clear only in a session's first few packets, until NEWKEYS;
    /// after it random bytes could look like a key-exchange message, so they are not read.
    @inline(__always)
    private func lookForKeyExchange(_ flow: FlowState, dir: Int) -> Bool {
        flow.isSSH && !flow.side(dir).flags.contains(.sshKexDone) && flow.side(dir).tally.packets <= 16
    }

    /// A role message counts only after the same side's KEXINIT.
    private func noteKeyExchange(_ flow: UnsafeMutablePointer<FlowState>, dir: Int, _ scan: SSHKeyExchange.Scan) {
        flow.pointee.withSide(dir) { side in
            if scan.kexInit { side.flags.insert(.sshKexInit) }
            if let role = scan.role, side.flags.contains(.sshKexInit) {
                side.keyExchangeRole = role
                side.flags.insert(.sshKexDone)
            }
            if scan.newKeys { side.flags.insert(.sshKexDone) }
        }
    }

    /// Updates the packet's flow with everything but the payload. Returns the flow's slot
    /// and the sender's side.
    @inline(__always)
    private func track(_ packet: borrowing Packet, transport: TransportProtocol, time now: Int64,
                       wireLength: Int, capturedLength: Int) -> (slot: Int32, dir: Int) {
        if now > clock {
            clock = now
            expireIdleFlows()
            if let activeTimeout, now >= nextActiveScan { exportActiveFlows(timeout: activeTimeout) }
        }
        let isTCP = transport == .tcp
        let (key, flipped) = FlowKey.make(transport, from: packet.source, to: packet.destination,
                                          tunnel: packet.tunnel.context)
        let hash = key.hash
        let dir = flipped ? 1 : 0
        var slot = table.find(key, hash: hash)
        let flags = packet.tcpFlags
        if isTCP, slot >= 0, flags.contains(.syn),
           startsNewConnection(table.states[Int(slot)], dir: dir, flags: flags, seq: packet.seq) {
            end(slot, cause: .newConnection)
            slot = -1
        }
        if slot < 0 {
            slot = createFlow(key, hash: hash, sender: dir, time: now, isTCP: isTCP, tunnelPath: packet.tunnel.path)
        }
        let flow = table.states + Int(slot)
        if now > flow.pointee.last { flow.pointee.last = now }
        let payloadLength = packet.payloadLength
        let ipBytes = packet.ipPacketLength
        flow.pointee.withSide(dir) {
            $0.tally.add(wire: wireLength, captured: capturedLength, payload: payloadLength, ip: ipBytes)
        }

        if isTCP { trackTCP(flow, dir: dir, flags: flags, seq: packet.seq, ack: packet.ack) }
        if flow.pointee.historySlot >= 0 {
            histories[flow.pointee.historySlot].observeTCP(from: dir, flags: flags, seq: packet.seq, ack: packet.ack,
                                                           payload: payloadLength, window: packet.window)
        }
        if payloadLength > 0 && flow.pointee.firstPayloadSide < 0 { flow.pointee.firstPayloadSide = Int8(dir) }

        let timeoutClass: TimeoutClass
        if !isTCP {
            timeoutClass = .udp
        } else if flow.pointee.close != .open || flow.pointee.isHalfOpen {
            timeoutClass = .transitory
        } else {
            timeoutClass = .established
        }
        table.touch(slot, timeoutClass: timeoutClass)
        return (slot, dir)
    }

    /// A report of everything so far, live flows included with their current verdicts,
    /// with the frames the ledger counted. Ends no flow.
    public func snapshot(frames: FrameLedger) -> AnalysisReport {
        var snapshotTallies = tallies
        let engine = makeEngine()
        pending.forEach { snapshotTallies.add($0, verdict: engine.decide($0, collectEvidence: false)) }
        let live = table.liveSlots().map { table.states[Int($0)] }
        for flow in live { snapshotTallies.add(flow, verdict: engine.decide(flow, collectEvidence: false)) }
        var ambiguous = ambiguousFlows
        var ambiguousTotal = ambiguousCount
        for flow in live where isAmbiguous(flow) {
            ambiguousTotal += 1
            if ambiguous.count < configuration.maxAmbiguousRecords { ambiguous.append(flow) }
        }
        return report(frames: frames, tallies: snapshotTallies, flows: records(ended: finished, live: live),
                      ambiguous: ambiguous, ambiguousTotal: ambiguousTotal, live: live.count, engine: engine,
                      final: false)
    }

    /// The running totals a metrics endpoint exports (`AnalysisCounters`): cheaper than
    /// `snapshot()`, which also renders the records. Ends no flow.
    public func counters() -> AnalysisCounters {
        AnalysisCounters(tallies: tallies, pending: pending, table: table, evicted: evictedCount, engine: makeEngine())
    }

    /// Ends every live flow ("end-of-capture"), settles weak verdicts with the fan-in of
    /// the whole capture, and returns the final report, with the frames the ledger counted.
    @discardableResult
    public func finish(frames: FrameLedger) -> AnalysisReport {
        let live = table.liveSlots()
        finished.reserveCapacity(finished.count + (configuration.keepFlowRecords ? live.count : 0))
        for slot in live { end(slot, cause: .endOfCapture) }
        let engine = makeEngine()
        pending.forEach { settle($0, verdict: engine.decide($0, collectEvidence: false)) }
        pending.removeAll()
        return report(frames: frames, tallies: tallies, flows: records(ended: finished, live: []),
                      ambiguous: ambiguousFlows, ambiguousTotal: ambiguousCount, live: 0, engine: engine,
                      final: true)
    }

    // MARK: - TCP

    /// A SYN or SYN-ACK on a known four-tuple: does it begin a new connection?
    private func startsNewConnection(_ flow: FlowState, dir: Int, flags: TCPFlags, seq: UInt32) -> Bool {
        let me = flow.side(dir), other = flow.side(1 - dir)
        if flags.isSynAck {
            // Only after a close: a SYN-ACK with a new ISN answers a new SYN we did not see.
            return flow.close != .open && !(me.flags.contains(.synAck) && me.isn == seq)
        }
        if flow.close != .open {
            return !(me.flags.contains(.syn) && me.isn == seq)  // same ISN: a late retransmission
        }
        if me.flags.contains(.syn) { return me.isn != seq }  // retransmission keeps its ISN
        if other.flags.contains(.syn) && !flow.anyPayload && !me.flags.contains(.synAck) {
            return false  // simultaneous open
        }
        if other.flags.contains(.synAck) && other.synAckAck == seq &+ 1 {
            return false  // the SYN of a SYN-ACK captured before it
        }
        return true
    }

    private func trackTCP(_ flow: UnsafeMutablePointer<FlowState>, dir: Int, flags: TCPFlags, seq: UInt32, ack: UInt32) {
        let other = flow.pointee.side(1 - dir)
        if flags.isSyn {
            let firstSyn = !flow.pointee.side(dir).flags.contains(.syn)
            if firstSyn && other.flags.contains(.synAck) && other.synAckAck == seq &+ 1 {
                flow.pointee.synAckBeforeSyn = true
            }
            flow.pointee.withSide(dir) { s in
                s.flags.insert(.syn)
                s.isn = seq
                if s.synCount < .max { s.synCount += 1 }
            }
        } else if flags.isSynAck {
            knownServers.remember(EndpointKey(flow.pointee.key.endpoint(side: dir), transport: .tcp),
                                  teacher: flow.pointee.hash)
            flow.pointee.withSide(dir) { s in
                s.flags.insert(.synAck)
                s.isn = seq
                s.synAckAck = ack
            }
        }
        if flags.contains(.rst) {
            flow.pointee.withSide(dir) { s in
                s.flags.insert(.rst)
                if other.flags.contains(.syn) && !s.flags.contains(.synAck) { s.flags.insert(.rstBeforeSynAck) }
            }
            flow.pointee.close = .rst
        } else {
            flow.pointee.withSide(dir) { $0.flags.insert(.sentNonReset) }
        }
        if flags.contains(.fin) {
            flow.pointee.withSide(dir) { $0.flags.insert(.fin) }
            if other.flags.contains(.fin) && flow.pointee.close == .open { flow.pointee.close = .fin }
        }
    }

    // MARK: - Flow lifecycle

    private func createFlow(_ key: FlowKey, hash: UInt32, sender: Int, time: Int64, isTCP: Bool,
                            tunnelPath: UInt64) -> Int32 {
        if table.isFull { evictOne() }
        var flow = FlowState(key: key, hash: hash, time: time, sender: sender,
                             timeoutClass: isTCP ? .established : .udp)
        flow.isFTPControl = isTCP && (key.a.port == 21 || key.b.port == 21)
        flow.tunnelPath = tunnelPath
        // UDP's exchange is read off the flow's own tallies; TCP's needs the state machine.
        if configuration.followsExchanges && isTCP { flow.historySlot = histories.allocate() }
        let a = key.endpoint(side: 0), b = key.endpoint(side: 1)
        fanIn.record(EndpointKey(a, transport: key.transport), EndpointKey(b, transport: key.transport))
        if isTCP && !ftp.isEmpty {
            if let kind = ftp.kind(listener: a) {
                flow.ftpListenerSide = 0
                flow.ftpKind = kind.rawValue
            } else if let kind = ftp.kind(listener: b) {
                flow.ftpListenerSide = 1
                flow.ftpKind = kind.rawValue
            }
        }
        return table.insert(flow)
    }

    /// Records what the first payload of a side said (nil: nothing recognised).
    private func noteFirstPayload(_ flow: UnsafeMutablePointer<FlowState>, dir: Int, signature: PayloadSignature?,
                                  transport: TransportProtocol) {
        flow.pointee.withSide(dir) { $0.flags.insert([.classified, .payload]) }
        guard let signature else { return }
        flow.pointee.withSide(dir) { $0.signature = signature }
        if signature.service == "ftp" && transport == .tcp { flow.pointee.isFTPControl = true }
        if signature == .sshIdentification && transport == .tcp { flow.pointee.isSSH = true }
    }

    private func expireIdleFlows() {
        expire(.established, timeout: timeouts.0)
        expire(.transitory, timeout: timeouts.1)
        expire(.udp, timeout: timeouts.2)
    }

    @inline(__always)
    private func expire(_ c: TimeoutClass, timeout: Int64) {
        while true {
            let head = table.head(c)
            guard head >= 0, clock &- table.states[Int(head)].last > timeout else { return }
            end(head, cause: .idle)
        }
    }

    /// Ends the flow closest to its idle timeout (the oldest-idle one of its class).
    private func evictOne() {
        var victim: Int32 = -1
        var earliest = Int64.max
        for (c, timeout) in [(TimeoutClass.established, timeouts.0), (.transitory, timeouts.1), (.udp, timeouts.2)] {
            let head = table.head(c)
            guard head >= 0 else { continue }
            let deadline = table.states[Int(head)].last &+ timeout
            if deadline < earliest {
                earliest = deadline
                victim = head
            }
        }
        if victim >= 0 {
            evictedCount += 1
            end(victim, cause: .evicted)
        }
    }

    /// Takes a flow out of the table and puts its numbers where they belong.
    private func end(_ slot: Int32, cause: EndCause) {
        var flow = table.remove(slot)
        flow.endCause = cause
        let verdict = makeEngine().decide(flow, collectEvidence: false)
        if verdict.settled {
            if verdict.basis != .simultaneous {
                knownServers.remember(EndpointKey(flow.key.endpoint(side: verdict.serverSide), transport: flow.key.transport),
                                      teacher: flow.hash)
            }
            settle(flow, verdict: verdict)
        } else if let oldest = pending.push(flow) {
            settle(oldest, verdict: makeEngine().decide(oldest, collectEvidence: false))
        }
        if configuration.keepFlowRecords {
            if configuration.flowRecordLimit != nil { largest.offer(flow) } else { finished.append(flow) }
        }
        if isAmbiguous(flow) {
            ambiguousCount += 1
            if ambiguousFlows.count < configuration.maxAmbiguousRecords { ambiguousFlows.append(flow) }
        }
    }

    /// A flow's verdict is final: it goes into the tallies and to the exporter.
    private func settle(_ flow: FlowState, verdict: Verdict) {
        tallies.add(flow, verdict: verdict)
        if let exporter { exporter.flowEnded(endedFlow(flow, verdict: verdict)) }
        histories.release(flow.historySlot)
    }

    /// Hands every live flow not exported for `timeout` to the exporter, with the verdict
    /// it has now.
    private func exportActiveFlows(timeout: Int64) {
        // Looked at once a second of capture time, or more often for shorter timeouts.
        nextActiveScan = clock &+ min(timeout, 1_000_000_000)
        guard let exporter else { return }
        let engine = makeEngine()
        for slot in table.liveSlots() {
            let flow = table.states + Int(slot)
            // Due once per active timeout of its age (one export, however many were missed).
            let due = min((clock &- flow.pointee.first) / max(timeout, 1), Int64(UInt16.max))
            guard due > Int64(flow.pointee.activeExports) else { continue }
            flow.pointee.activeExports = UInt16(due)
            exporter.flowActive(endedFlow(flow.pointee, verdict: engine.decide(flow.pointee, collectEvidence: false)))
        }
    }

    private func endedFlow(_ flow: FlowState, verdict: Verdict) -> EndedFlow {
        let server = verdict.serverSide, client = 1 - server
        let transport: TransportProtocol = flow.isTCP ? .tcp : .udp
        var exchange: ConnectionExchange? = nil
        let c = flow.side(client).tally, s = flow.side(server).tally
        if flow.historySlot >= 0 {
            let history = histories[flow.historySlot]
            let ch = history.side(client), sh = history.side(server)
            exchange = ConnectionExchange(
                state: history.connState(client: client),
                history: history.historyText(client: client, flipped: Int(flow.firstSender) == server),
                clientBytes: ch.size(peer: sh), serverBytes: sh.size(peer: ch),
                missedBytes: UInt64(ch.missedBytes) + UInt64(sh.missedBytes))
        } else if configuration.followsExchanges && !flow.isTCP {
            exchange = ConnectionExchange(
                state: ConnectionHistory.udpState(clientPackets: c.packets, serverPackets: s.packets),
                history: ConnectionHistory.udpHistory(firstPayload: Int(flow.firstPayloadSide), client: client,
                                                      clientPayload: c.payloadBytes > 0, serverPayload: s.payloadBytes > 0,
                                                      flipped: Int(flow.firstSender) == server),
                clientBytes: c.payloadBytes, serverBytes: s.payloadBytes, missedBytes: 0)
        }
        return EndedFlow(
            transport: transport,
            client: flow.key.endpoint(side: client),
            server: flow.key.endpoint(side: server),
            first: Timestamp(totalNanoseconds: flow.first),
            last: Timestamp(totalNanoseconds: flow.last),
            toServer: flow.side(client).tally,
            toClient: flow.side(server).tally,
            service: configuration.registry.name(port: flow.key.port(side: server), transport: transport),
            detectedProtocol: flow.detectedProtocol(server: server),
            basis: verdict.basis,
            confidence: (verdict.confidence * 100).rounded() / 100,
            ending: flow.ending,
            tunnel: flow.tunnelPath,
            identity: flow.key.identity(first: flow.first),
            serverSentFirst: Int(flow.firstSender) == server,
            exchange: exchange)
    }

    /// The flows a report lists: none, all, or the largest few (ended and live together).
    private func records(ended: [FlowState], live: [FlowState]) -> [FlowState] {
        guard configuration.keepFlowRecords else { return [] }
        guard configuration.flowRecordLimit != nil else { return live.isEmpty ? ended : ended + live }
        var pick = largest
        for flow in live { pick.offer(flow) }
        return pick.heap
    }

    private func isAmbiguous(_ flow: FlowState) -> Bool {
        PortRoleFacts.isAmbiguousPair(flow.key.a.port, flow.key.b.port, transport: flow.key.transport,
                                         registry: configuration.registry)
    }

    private func makeEngine() -> VerdictEngine {
        VerdictEngine(registry: configuration.registry, fanIn: fanIn, knownServers: knownServers)
    }

    // MARK: - Reports

    /// `final`: the analysis is over, so records are rendered when the report is read.
    private func report(frames: FrameLedger, tallies: ServiceTallies, flows: [FlowState], ambiguous: [FlowState],
                        ambiguousTotal: Int, live: Int, engine: VerdictEngine, final: Bool) -> AnalysisReport {
        let renderer = RecordRenderer(engine: engine, registry: configuration.registry)
        // Sort indices by start time, not the states or the records with their strings.
        var order = Array(flows.indices)
        flows.withUnsafeBufferPointer { states in
            order.sort { states[$0].first != states[$1].first ? states[$0].first < states[$1].first : $0 < $1 }
        }
        return AnalysisReport(
            frames: frames.outcomes, framesOutsideFlows: frames.outsideFlows,
            flows: final ? FlowRecords(states: flows, order: order, renderer: renderer)
                         : FlowRecords(rendered: order.map { renderer.record(flows[$0]) }),
            services: tallies.rendered(registry: configuration.registry),
            ambiguous: ambiguous.map { renderer.record($0) }, ambiguousCount: ambiguousTotal,
            flowCount: tallies.flowCount, weakVerdictFlows: tallies.weakCount,
            liveFlows: live, evictedFlows: evictedCount,
            firstTimestamp: frames.firstTimestamp, lastTimestamp: frames.lastTimestamp,
            registry: configuration.registry)
    }
}
