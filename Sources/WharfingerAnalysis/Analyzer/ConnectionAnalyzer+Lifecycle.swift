import WharfingerServices
import WharfingerWire

/// A flow's life in the analyzer: created on its first packet; ended when it idles out, is
/// evicted from a full table, is superseded by a new connection or the capture ends; its
/// verdict then settled into the tallies and handed to the exporter, or left pending for the
/// capture's fan-in.
extension ConnectionAnalyzer {
    func createFlow(_ key: FlowKey, hash: UInt32, sender: Int, time: Int64, isTCP: Bool,
                    tunnelPath: UInt64, linkBroadcast: Bool = false) -> Int32 {
        if table.isFull { evictOne() }
        var flow = FlowState(key: key, hash: hash, time: time, sender: sender,
                             timeoutClass: isTCP ? .established : .udp)
        flow.isFTPControl = isTCP && (key.a.port == 21 || key.b.port == 21)
        flow.tunnelPath = tunnelPath
        // UDP's exchange is read off the flow's own tallies; TCP's needs the state machine.
        if configuration.followsExchanges && isTCP { flow.historySlot = histories.allocate() }
        if linkBroadcast { flow.withSide(1 - sender) { $0.flags.insert(.linkBroadcast) } }
        let a = key.endpoint(side: 0), b = key.endpoint(side: 1)
        // A group address is no host: it neither serves many peers nor counts as one.
        if !flow.isGroup(side: 0) && !flow.isGroup(side: 1) {
            fanIn.record(EndpointKey(a, transport: key.transport), EndpointKey(b, transport: key.transport))
        }
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

    /// Ends the flows that have idled out and settles the pending flows that are due, then
    /// notes when the next is due.
    func expireDue() {
        expireIdleFlows()
        settleExpiredPending()
        if let parkAfter, clock >= nextParkSweep {
            let cutoff = clock &- parkAfter
            table.parkIdle(seenFrom: parkedUpTo, before: cutoff)
            parkedUpTo = max(parkedUpTo, cutoff)
            nextParkSweep = Self.deadline(clock, after: max(parkAfter / 6, 1))
        }
        table.headsChanged = false
        func headDeadline(_ c: TimeoutClass, _ timeout: Int64) -> Int64 {
            let head = table.head(c)
            return head < 0 ? .max : Self.deadline(table.lastSeen(head), after: timeout)
        }
        var next = min(headDeadline(.established, timeouts.0), headDeadline(.transitory, timeouts.1),
                       headDeadline(.udp, timeouts.2))
        if parkAfter != nil { next = min(next, nextParkSweep) }
        if let window = pendingWindow, let ended = pending.oldestEndTime {
            next = min(next, Self.deadline(ended, after: window))
        }
        nextExpiry = next
    }

    /// `time + delay`, or `.max` past the end of time: `expire` and `settleExpiredPending`
    /// act once the clock is later than it.
    @inline(__always)
    static func deadline(_ time: Int64, after delay: Int64) -> Int64 {
        let (sum, overflow) = time.addingReportingOverflow(delay)
        return overflow ? .max : sum
    }

    @inline(__always)
    func expireIdleFlows() {
        expire(.established, timeout: timeouts.0)
        expire(.transitory, timeout: timeouts.1)
        expire(.udp, timeout: timeouts.2)
    }

    @inline(__always)
    func expire(_ c: TimeoutClass, timeout: Int64) {
        while true {
            let head = table.head(c)
            guard head >= 0, clock &- table.lastSeen(head) > timeout else { return }
            end(table.slot(unparking: head), cause: .idle)
        }
    }

    /// Settles the pending flows that ended more than the pending window ago, with the
    /// evidence seen by now.
    @inline(__always)
    func settleExpiredPending() {
        guard let window = pendingWindow else { return }
        while let ended = pending.oldestEndTime, clock &- ended > window {
            settlePending(pending.popOldest())
        }
    }

    /// Ends the flow closest to its idle timeout (the oldest-idle one of its class).
    func evictOne() {
        var victim: Int32 = -1
        var earliest = Int64.max
        for (c, timeout) in [(TimeoutClass.established, timeouts.0), (.transitory, timeouts.1), (.udp, timeouts.2)] {
            let head = table.head(c)
            guard head >= 0 else { continue }
            let deadline = table.lastSeen(head) &+ timeout
            if deadline < earliest {
                earliest = deadline
                victim = head
            }
        }
        if victim >= 0 {
            evictedCount += 1
            end(table.slot(unparking: victim), cause: .evicted)
        }
    }

    /// Takes a flow out of the table and puts its numbers where they belong.
    /// `scanned`: the scan detector has already seen it.
    func end(_ slot: Int32, cause: EndCause, scanned: Bool = false) {
        end(slot, cause: cause, scanned: scanned, decided: decision(table.state(slot).pointee))
    }

    /// As `end(_:cause:scanned:)`, with its decision made just before with the evidence there
    /// is now (the verdict does not depend on the end cause). Not an optional decision: its
    /// copies went through the run time's generic witnesses.
    func end(_ slot: Int32, cause: EndCause, scanned: Bool = false, decided: Decision) {
        // Read where it lies, its slot freed last: a copy of its 240 bytes cost more than the
        // rest of ending it. Nothing below adds a flow, so the pointer stays valid.
        let state = table.state(slot)
        state.pointee.endCause = cause
        end(state.pointee, cause: cause, scanned: scanned, decision: decided)
        table.remove(slot)
    }

    /// `decision`: made before the flow teaches the endpoint memory below, so what the
    /// records show is what the tallies count.
    private func end(_ flow: FlowState, cause: EndCause, scanned: Bool, decision: Decision) {
        if !scanned { scans.observe(flow) }
        let asProbe = foldsAsProbe(flow)
        let verdict = decision.verdict
        keepRecords(flow, asProbe: asProbe, settled: verdict.settled || cause == .endOfCapture)
        if verdict.settled {
            let server = flow.key.endpoint(side: verdict.serverSide)
            if verdict.basis != .simultaneous && !flow.isGroup(side: verdict.serverSide) {
                knownServers.remember(EndpointKey(server, transport: flow.key.transport), teacher: flow.witness)
            }
            settle(flow, decision, asProbe: asProbe)
        } else if cause == .endOfCapture {
            // The capture is over: no later evidence will come.
            settle(flow, decision, asProbe: asProbe)
        } else {
            // Due at the latest a window from now (`expireDue`).
            if let window = pendingWindow { nextExpiry = min(nextExpiry, Self.deadline(clock, after: window)) }
            if let oldest = pending.push(flow, endedAt: clock) { settlePending(oldest) }
        }
    }

    /// Keeps an ended flow's records for the reports (every flow, the largest, a contested
    /// pair), each with what its verdict read of the endpoint memory and the fan-in:
    /// now, before the flow teaches the memory, when `settled`; else once it settles
    /// (`settlePending`). So a report shows the verdict the tallies counted, with its reasons.
    func keepRecords(_ flow: FlowState, asProbe: Bool, settled: Bool) {
        let everyFlow = configuration.flowRecordLimit == nil
        let kept = configuration.keepFlowRecords && (everyFlow || largest.admits(flow))
        // A probe that reached no service (a scan's refused port) is no conversation whose
        // roles anyone weighs: it is counted with the unanswered probes, not listed here.
        let lean = asProbe ? nil : ContestedPairs.lean(flow, registry: configuration.registry)
        guard kept || lean != nil else { return }
        keep(flow, kept: kept, everyFlow: everyFlow, lean: lean, settled: settled)
    }

    /// `keepRecords`' records of a flow it keeps. Apart, and not inlined into it: the copy of
    /// the flow a record takes was made on entry, for the most flows too, which keep none.
    @inline(never)
    private func keep(_ flow: FlowState, kept: Bool, everyFlow: Bool, lean: Double?, settled: Bool) {
        let record = FlowRecord(flow: flow, context: settled ? engine.context(flow) : nil)
        if !settled {
            unsettledRecords[flow.key.identity(first: flow.first)] = kept && everyFlow ? finished.count : -1
        }
        if kept {
            if everyFlow { finished.append(record) } else { largest.offer(record) }
        }
        if let lean { contested.offer(record, lean: lean) }
    }

    /// Settles a flow that waited in the pending ring, with the evidence there is now; its
    /// records, kept when it ended, note what the verdict read.
    func settlePending(_ flow: FlowState) {
        let decision = self.decision(flow)
        if !unsettledRecords.isEmpty,
           let at = unsettledRecords.removeValue(forKey: flow.key.identity(first: flow.first)) {
            let context = engine.context(flow)
            if at >= 0 { finished[at].context = context } else { largest.settled(flow, context: context) }
            contested.settled(flow, context: context, registry: configuration.registry)
        }
        settle(flow, decision, asProbe: foldsAsProbe(flow))
    }

    /// `scans.foldsAsProbe(flow)` through an inout access: a method called on the stored
    /// detector copied it first, retaining and releasing its five arrays per ended flow.
    @inline(__always)
    func foldsAsProbe(_ flow: FlowState) -> Bool { ScanDetector.foldsAsProbe(flow, in: &scans) }

    /// A flow's verdict, with its reasons when an output prints them (`exportsReasons`):
    /// the one decision the tallies count and the exporter shows.
    @inline(__always)
    func decision(_ flow: FlowState) -> Decision {
        if configuration.exportsReasons {
            let (verdict, facts) = engine.decideWithReasons(flow)
            return Decision(verdict: verdict, facts: facts)
        }
        return Decision(verdict: engine.decide(flow), facts: [])
    }

    /// A flow's verdict is final: it goes into the tallies and to the exporter. `asProbe`:
    /// it folds with the unanswered probes (`foldsAsProbe`), as the scans stand now.
    func settle(_ flow: FlowState, _ decision: Decision, asProbe: Bool) {
        let verdict = decision.verdict
        let placement = ServiceTallies.placement(flow, verdict: verdict, asProbe: asProbe)
        tallies.add(flow, verdict: verdict, placement: placement)
        if configuration.followsTimeline { timeline.add(flow, placement: placement, runs: timelineRuns, release: true) }
        serverHosts.add(flow, verdict: verdict)
        let isUnexpected = unexpected.add(flow, verdict: verdict, homePorts: homePorts)
        if let exporter { exporter.flowEnded(exported(flow, decision, unexpected: isUnexpected)) }
        histories.release(flow.historySlot)
    }

    /// Hands every live flow not exported for `timeout` to the exporter, with the verdict
    /// it has now.
    func exportActiveFlows(timeout: Int64) {
        // Looked at once a second of capture time, or more often for shorter timeouts.
        nextActiveScan = clock &+ min(timeout, 1_000_000_000)
        guard let exporter else { return }
        for id in table.liveSlots() {
            let (first, exports) = table.firstSeenAndExports(id)
            // Due once per active timeout of its age (one export, however many were missed).
            let due = min((clock &- first) / max(timeout, 1), Int64(UInt16.max))
            guard due > Int64(exports) else { continue }
            let parked = FlowTable.isParked(id)
            let slot = parked ? table.unpark(id) : id
            let flow = table.state(slot)
            flow.pointee.activeExports = UInt16(due)
            exporter.flowActive(exported(flow.pointee, decision(flow.pointee)))
            // Still idle: back to a cell, in its place.
            if parked { table.park(slot) }
        }
    }

    /// The conversation an exporter is handed: the decision's verdict and reasons (gathered
    /// only with `exportsReasons`), the exchange when the analysis follows exchanges.
    func exported(_ flow: FlowState, _ decision: Decision, unexpected: Bool? = nil) -> Conversation {
        let verdict = decision.verdict
        let server = verdict.serverSide, client = 1 - server
        var exchange: ConnectionExchange? = nil
        if flow.historySlot >= 0 {
            exchange = histories[flow.historySlot].exchange(client: client)
        } else if configuration.followsExchanges && !flow.isTCP {
            exchange = ConnectionHistory.udpExchange(firstSender: Int(flow.firstSender), client: client,
                                                     clientSent: flow.side(client).tally,
                                                     serverSent: flow.side(server).tally, last: flow.last)
        }
        return exportBuilder.conversation(flow, verdict: verdict, facts: decision.facts, exchange: exchange,
                                          unexpected: unexpected)
    }
}
