import WharfingerServices
import WharfingerWire

/// Reports of the analysis: a snapshot while it runs, the running counters for a metrics
/// endpoint, and the final report once every flow has ended.
extension ConnectionAnalyzer {
    /// A report of everything so far, live flows included with their current verdicts,
    /// with the frames the ledger counted. Ends no flow.
    public func snapshot(frames: FrameLedger) -> AnalysisReport {
        var snapshotTallies = tallies
        var snapshotHosts = serverHosts
        var snapshotUnexpected = unexpected
        var snapshotTimeline = timeline
        let engine = makeEngine()
        let live = table.liveSlots().map { table.flow($0) }
        // Scans as they would stand if the live flows ended now: a scan shows while it runs.
        var runningScans = scans
        for flow in live { runningScans.observe(flow) }
        func add(_ flow: FlowState) {
            let verdict = engine.decide(flow)
            let placement = ServiceTallies.placement(flow, verdict: verdict, asProbe: runningScans.foldsAsProbe(flow))
            snapshotTallies.add(flow, verdict: verdict, placement: placement)
            if configuration.followsTimeline {
                snapshotTimeline.add(flow, placement: placement, runs: timelineRuns, release: false)
            }
            snapshotHosts.add(flow, verdict: verdict)
            snapshotUnexpected.add(flow, verdict: verdict, homePorts: homePorts)
        }
        pending.forEach(add)
        for flow in live { add(flow) }
        var snapshotContested = contested
        for flow in live { snapshotContested.offer(flow, registry: configuration.registry) }
        // Live flows' verdicts, and the pending ones', read the tables now, as the tallies above.
        return report(frames: frames, tallies: snapshotTallies, timeline: snapshotTimeline, hosts: snapshotHosts,
                      unexpected: snapshotUnexpected,
                      flows: records(ended: finished, live: live), contested: snapshotContested,
                      live: live.count, engine: engine, scans: runningScans, final: false)
    }

    /// The running totals a metrics endpoint exports (`AnalysisCounters`): cheaper than
    /// `snapshot(frames:)`, which also builds the conversations. Ends no flow.
    public func counters() -> AnalysisCounters {
        AnalysisCounters(tallies: tallies, pending: pending, table: table, evicted: evictedCount, engine: makeEngine(),
                         scans: scans)
    }

    /// Ends every live flow ("end-of-capture"), settles the weak verdicts still pending with
    /// the evidence of the whole capture, and returns the final report, with the frames the
    /// ledger counted.
    @discardableResult
    public func finish(frames: FrameLedger) -> AnalysisReport {
        let live = table.liveSlots()
        // Only a list of every flow gets them all (the largest few are kept apart).
        if configuration.keepFlowRecords && configuration.flowRecordLimit == nil {
            finished.reserveCapacity(finished.count + live.count)
        }
        // The scan detector sees them all first, so a UDP scan's probes that end here all
        // fold, not only those after the scan was recognised.
        for id in live {
            if FlowTable.isParked(id) { scans.observe(table.flow(id)) } else { scans.observe(table.state(id).pointee) }
        }
        // Settled flows end first: the servers they teach (endpoint memory) are then known
        // to every weak verdict, those pending and those ending here, which settle at once
        // (`end`), as no later evidence can come.
        // A struct, not a tuple: an array of tuples holding a reference copied them through
        // the run time's generic witnesses.
        // Its verdict only: with the reasons of every weak flow kept until the second pass
        // (each an array reserved for a dozen facts), the 10M mix's JSON peaked 35 MB higher.
        struct Weak {
            /// Its slot, or its parked id: a parked flow unpacked to be decided goes back.
            var id: Int32
            var verdict: Verdict
            /// Whether the endpoint memory named each side a server when it was decided.
            var known: (Bool, Bool)
        }
        var weak: [Weak] = []
        let engine = makeEngine()
        for id in live {
            let parked = FlowTable.isParked(id)
            let slot = parked ? table.unpark(id) : id
            let decision = self.decision(table.state(slot).pointee)
            if decision.verdict.settled {
                end(slot, cause: .endOfCapture, scanned: true, decided: decision)
            } else {
                let known = engine.knownServerSides(table.state(slot).pointee)
                // Parked again: the flows waiting here take no more memory than they did.
                weak.append(Weak(id: parked ? table.park(slot) : slot, verdict: decision.verdict, known: known))
            }
        }
        while pending.count > 0 { settlePending(pending.popOldest()) }
        pending.removeAll()
        unsettledRecords = [:]
        // Since the weak ones were decided, flows ending taught the endpoint memory; nothing
        // else a verdict reads changed (no flow began: the fan-in stands). One whose
        // endpoints the memory answers for as before keeps its verdict: deciding again
        // would give the same (with reasons, when an output wants them, it decides again).
        for w in weak {
            let slot = table.slot(unparking: w.id)
            let known = engine.knownServerSides(table.state(slot).pointee)
            if known == w.known && !configuration.exportsReasons {
                end(slot, cause: .endOfCapture, scanned: true, decided: Decision(verdict: w.verdict, facts: []))
            } else {
                end(slot, cause: .endOfCapture, scanned: true)
            }
        }
        return report(frames: frames, tallies: tallies, timeline: timeline, hosts: serverHosts, unexpected: unexpected,
                      flows: records(ended: finished, live: []), contested: contested,
                      live: 0, engine: engine, scans: scans, final: true)
    }

    /// The flows a report lists: none, all, or the largest few (ended and live together).
    func records(ended: [FlowRecord], live: [FlowState]) -> [FlowRecord] {
        guard configuration.keepFlowRecords else { return [] }
        let live = live.map { FlowRecord(flow: $0, context: nil) }
        guard configuration.flowRecordLimit != nil else { return live.isEmpty ? ended : ended + live }
        var pick = largest
        for record in live { pick.offer(record) }
        return pick.flows
    }

    func makeEngine() -> VerdictEngine { engine }

    /// `final`: the analysis is over, so conversations are built when the report is read.
    func report(frames: FrameLedger, tallies: ServiceTallies, timeline: ServiceTimeline, hosts: ServerHostTable,
                unexpected: UnexpectedServiceTable, flows: [FlowRecord], contested: ContestedPairs,
                live: Int, engine: VerdictEngine, scans: ScanDetector, final: Bool) -> AnalysisReport {
        let builder = ConversationBuilder(engine: engine, homePorts: homePorts, scans: scans)
        // Sort indices by start time, not the states or the conversations with their strings.
        var order = Array(flows.indices)
        flows.withUnsafeBufferPointer { records in
            order.sort { records[$0].flow.first != records[$1].flow.first
                ? records[$0].flow.first < records[$1].flow.first : $0 < $1 }
        }
        return AnalysisReport(
            frames: frames.outcomes, framesOutsideFlows: frames.outsideFlows &- fragments.attributed,
            fragmentsInFlows: fragments.attributed,
            flows: final ? Conversations(states: flows, order: order, builder: builder)
                         : Conversations(built: order.map { builder.conversation(flows[$0]) }),
            services: tallies.rendered(registry: configuration.registry),
            unansweredProbes: tallies.probes, scans: scans.records(), scanCount: scans.scanCount,
            ambiguous: contested.ranked.map { builder.contestedPair($0) }, ambiguousCount: contested.count,
            flowCount: tallies.flowCount, weakVerdictFlows: tallies.weakCount,
            liveFlows: live, evictedFlows: evictedCount,
            firstTimestamp: frames.firstTimestamp, lastTimestamp: frames.lastTimestamp,
            registry: configuration.registry,
            serverHosts: hosts.rendered(registry: configuration.registry),
            unexpected: unexpected.rendered(registry: configuration.registry),
            verdictBases: tallies.verdicts, oneSided: tallies.oneSided,
            timeline: timeline.rendered(registry: configuration.registry))
    }
}
