import WharfingerWire

import WharfingerServices

/// A service as the tallies key it: the transport and the server's port.
public struct ServiceKey: Hashable, Sendable, Comparable {
    public var transport: TransportProtocol
    public var port: UInt16

    public init(transport: TransportProtocol, port: UInt16) {
        self.transport = transport
        self.port = port
    }

    init(tallyKey: UInt32) {
        transport = TransportProtocol(rawValue: UInt8(truncatingIfNeeded: tallyKey >> 16)) ?? .tcp
        port = UInt16(truncatingIfNeeded: tallyKey)
    }

    public static func < (a: Self, b: Self) -> Bool {
        a.transport != b.transport ? a.transport.rawValue < b.transport.rawValue : a.port < b.port
    }
}

/// Packets and bytes of one service, per direction.
public struct ServiceTraffic: Sendable, Equatable {
    public var toServer = DirectionTally()
    public var toClient = DirectionTally()

    public init(toServer: DirectionTally = DirectionTally(), toClient: DirectionTally = DirectionTally()) {
        self.toServer = toServer
        self.toClient = toClient
    }
}

/// The running totals of an analysis, for a metrics endpoint: what a snapshot's tallies
/// say, without rendering a flow record or counting a distinct address.
///
/// Per service it counts every packet so far: ended flows under their verdict, and live
/// flows (and ended ones whose verdict waits for the capture's fan-in) under the verdict
/// they have now, which later evidence may still revise.
public struct AnalysisCounters: Sendable {
    public var services: [ServiceKey: ServiceTraffic] = [:]
    /// Flows in the table now.
    public var liveFlows = 0
    /// Flows that left the table: idle, closed and lingered, superseded by a new SYN, or
    /// evicted from a full table.
    public var endedFlows: UInt64 = 0
    /// Of those, the ones evicted because the table was full.
    public var evictedFlows: UInt64 = 0
    /// Ended flows by the basis of their final verdict. A flow waiting for the capture's
    /// fan-in to settle it is counted once it is decided, so these add up to `endedFlows`
    /// less the flows waiting.
    public var verdicts = VerdictBasisCounts()

    public init() {}

    /// Probes that reached no service (`ScanDetector.foldsAsProbe`) are in no service's
    /// counts, live or ended.
    init(tallies: ServiceTallies, pending: PendingRing, table: FlowTable, evicted: Int, engine: VerdictEngine,
         scans: ScanDetector) {
        services.reserveCapacity(tallies.entries.count)
        for entry in tallies.entries {
            services[ServiceKey(tallyKey: entry.key)] = ServiceTraffic(toServer: entry.toServer, toClient: entry.toClient)
        }
        func addUndecided(_ flow: FlowState) {
            guard !scans.foldsAsProbe(flow) else { return }
            let server = engine.decide(flow).serverSide
            services[ServiceKey(tallyKey: ServiceTallies.key(flow, serverSide: server)), default: ServiceTraffic()]
                .add(toServer: flow.side(1 - server).tally, toClient: flow.side(server).tally)
        }
        pending.forEach(addUndecided)
        for id in table.liveSlots() { addUndecided(table.flow(id)) }
        liveFlows = table.count
        endedFlows = UInt64(tallies.flowCount + pending.count)
        evictedFlows = UInt64(evicted)
        verdicts = tallies.verdicts
    }
}

extension ServiceTraffic {
    fileprivate mutating func add(toServer s: DirectionTally, toClient c: DirectionTally) {
        toServer.merge(s)
        toClient.merge(c)
    }
}
