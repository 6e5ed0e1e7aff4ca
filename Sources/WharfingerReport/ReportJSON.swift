import Dispatch
import WharfingerAnalysis
import WharfingerServices
import WharfingerWire

/// The report as one JSON object: `flows` first, then `frames`, `services`, `timeline`,
/// `ambiguous`, `unexpected`, `hosts`, and the run's totals. The flows come first so that a reading
/// streams them out as they end (`ReportFlowStream`) and the summary, known only at the
/// end, follows them.
public struct ReportJSON {
    public var report: AnalysisReport
    /// Extra top-level members (live capture statistics), written by the caller.
    public var extra: ((inout JSONWriter) -> Void)?

    public init(report: AnalysisReport, extra: ((inout JSONWriter) -> Void)? = nil) {
        self.report = report
        self.extra = extra
    }

    /// `flowsStreamed`: a `ReportFlowStream` has opened the object and written the flows
    /// (the report has none of its own); the report closes the array and goes on.
    public func write(to out: OutputStream, complete: Bool, flowsStreamed: Bool = false) {
        var json = JSONWriter(capacity: 1 << 17)
        func spill() { Self.spill(&json, to: out) }
        if !flowsStreamed {
            json.beginObject()
            json.key("flows")
            json.beginArray()
            json.write(to: out)
            json.resetBuffer()
            Self.writeFlows(report.flows, registry: report.registry, to: out)
        }
        json.endArray()
        json.key("frames"); Self.writeFrames(report.frames, into: &json)
        json.key("fragments_in_conversations"); json.number(report.fragmentsInFlows)
        json.key("complete"); json.bool(complete)
        json.key("flow_count"); json.number(report.flowCount)
        json.key("weak_verdict_flows"); json.number(report.weakVerdictFlows)
        json.key("evicted_flows"); json.number(report.evictedFlows)
        json.key("first"); report.firstTimestamp.map { json.time($0) } ?? json.null()
        json.key("last"); report.lastTimestamp.map { json.time($0) } ?? json.null()
        extra?(&json)
        if !report.tunnels.isEmpty || report.unrecordedTunnelFrames > 0 {
            TunnelWriting.writeTunnels(report.tunnels, unrecordedFrames: report.unrecordedTunnelFrames, into: &json)
        }
        json.key("services")
        json.beginArray()
        for service in report.services {
            Self.writeService(service, into: &json)
            spill()
        }
        json.endArray()
        ScansJSON.write(report, into: &json)
        TimelineJSON.write(report.timeline, into: &json)
        json.key("ambiguous_count"); json.number(report.ambiguousCount)
        json.key("ambiguous")
        json.beginArray()
        for pair in report.ambiguous {
            Self.writeFlow(pair.flow, registry: report.registry, portsProbability: pair.portsProbability, into: &json)
            spill()
        }
        json.endArray()
        Self.writeUnexpected(report.unexpected, into: &json)
        spill()
        Self.writeServerHosts(report.serverHosts, into: &json, spillingTo: out)
        json.endObject()
        json.newline()
        json.write(to: out)
        out.flush()
    }

    /// Writes out what `json` holds once it holds 64 KiB: a long section goes out in
    /// pieces, its text never held whole.
    static func spill(_ json: inout JSONWriter, to out: OutputStream) {
        guard json.count >= 1 << 16 else { return }
        json.write(to: out)
        json.resetBuffer()
    }

    /// The flows array's members, in order: chunks of them are rendered and written two at
    /// a time on two cores, each into its own buffer, then out in order. Memory stays at
    /// two chunks.
    static func writeFlows(_ flows: Conversations, registry: ServiceRegistry, to out: OutputStream) {
        let chunk = 1024
        var start = 0
        while start < flows.count {
            let wave = start
            var pieces: [[UInt8]] = [[], []]
            pieces.withUnsafeMutableBufferPointer { pieces in
                nonisolated(unsafe) let pieces = pieces
                DispatchQueue.concurrentPerform(iterations: 2) { half in
                    let first = wave + half * chunk
                    // Every flow but the very first follows a comma.
                    var json = JSONWriter(capacity: 1 << 20, continuingList: first > 0)
                    flows.forEach(in: min(first, flows.count)..<min(first + chunk, flows.count)) {
                        writeFlow($0, registry: registry, into: &json)
                    }
                    pieces[half] = json.bytes
                }
            }
            for piece in pieces { out.write(piece) }
            start += 2 * chunk
        }
    }

    public static func writeFrames(_ counts: OutcomeCounts, into json: inout JSONWriter) {
        json.beginObject()
        json.key("total"); json.number(counts.total)
        for outcome in counts.listed {
            json.key(outcome.staticName); json.number(counts[outcome])
        }
        json.endObject()
    }

    static func writeDirection(_ tally: DirectionTally, into json: inout JSONWriter) {
        json.beginObject()
        json.key("packets"); json.number(tally.packets)
        json.key("bytes"); json.number(tally.bytes)
        json.key("payload_bytes"); json.number(tally.payloadBytes)
        // Among the packets: later IP fragments, counted with their datagram's conversation.
        if tally.laterFragments > 0 { json.key("later_fragments"); json.number(tally.laterFragments) }
        json.endObject()
    }

    /// `registry` names the ports in the evidence's words, as the analysis named them.
    /// `portsProbability`: for a contested pair, what its ports alone gave the server.
    public static func writeFlow(_ flow: Conversation, registry: ServiceRegistry, portsProbability: Double? = nil,
                                 into json: inout JSONWriter) {
        json.beginObject()
        // Its facts and their words name the client or the server again and again.
        json.keepEndpoints()
        json.key("uid"); ZeekConnLog.uid(flow.identity, into: &json)
        json.key("proto"); json.string(flow.transport.name)
        json.key("client"); json.endpoint(flow.client)
        json.key("server"); json.endpoint(flow.server)
        json.key("service"); json.string(flow.service)
        json.key("detected_protocol"); json.string(flow.detectedProtocol)
        json.key("unexpected_service"); json.string(flow.unexpectedServiceText)
        json.key("basis"); json.string(flow.basis.rawValue)
        json.key("confidence"); json.decimal(flow.confidence, digits: 2)
        json.key("weak"); json.bool(flow.isWeak)
        json.key("one_sided"); json.string(flow.oneSided?.name)
        if let portsProbability { json.key("ports_probability"); json.decimal(portsProbability, digits: 2) }
        json.key("evidence")
        json.beginArray()
        for fact in flow.facts { json.string { fact.write(registry: registry, transport: flow.transport, to: &$0) } }
        json.endArray()
        json.key("facts")
        json.beginArray()
        let pieces = FactPieces.shared
        for fact in flow.facts {
            guard let kind = fact.kind else { continue }
            // {"kind":"fan-in","server":{...},"weight":2.540}
            json.fragment(pieces.piece(.objectStart, of: kind), endpoint: fact.server, pieces.piece(.objectEnd, of: kind))
        }
        json.endArray()
        json.key("first"); json.time(flow.first)
        json.key("last"); json.time(flow.last)
        json.key("duration"); json.interval(from: flow.first, to: flow.last)
        json.key("end"); json.string(flow.ending.rawValue)
        if flow.tunnel != 0 { json.key("tunnel"); json.string(TunnelRecord.name(flow.tunnel)) }
        json.key("to_server"); writeDirection(flow.toServer, into: &json)
        json.key("to_client"); writeDirection(flow.toClient, into: &json)
        json.forgetEndpoints()
        json.endObject()
    }

    static func writeService(_ service: ServiceTally, into json: inout JSONWriter) {
        json.beginObject()
        json.key("proto"); json.string(service.transport.name)
        json.key("port"); json.number(service.port)
        json.key("service"); json.string(service.service)
        json.key("flows"); json.number(service.flows)
        json.key("clients"); json.number(service.clients)
        json.key("servers"); json.number(service.servers)
        json.key("weak_flows"); json.number(service.weakFlows)
        json.key("to_server"); writeDirection(service.toServer, into: &json)
        json.key("to_client"); writeDirection(service.toClient, into: &json)
        json.endObject()
    }
}
