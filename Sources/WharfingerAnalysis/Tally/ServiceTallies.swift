import WharfingerWire

import WharfingerServices

/// Running totals per service (transport + server port), fed once per ended flow.
struct ServiceTallies {
    /// 136 bytes: most services (an ephemeral port a weak verdict named server) have one
    /// client and one server, which the entry holds itself; the distinct counters (96
    /// bytes, in `counters`) are taken when a second client or server comes.
    struct Entry {
        /// `key(_:serverSide:)` of the service.
        var key: UInt32
        /// Its clients' and servers' counters in `counters`, or -1 while it has one of each at most.
        var counters: Int32 = -1
        var flows: UInt64 = 0
        var weakFlows: UInt64 = 0
        /// While `counters` is -1: the fingerprints (`DistinctCounter.fingerprint`) of its
        /// one client and one server, 0 for none yet.
        var client: UInt64 = 0
        var server: UInt64 = 0
        var toServer = DirectionTally()
        var toClient = DirectionTally()
    }

    /// One per service, in the order first met; found through `index`.
    private(set) var entries: [Entry] = []
    /// Services there can be: a port of each transport. `entries` reserves room for them
    /// all with its first: an allocation that large is mapped, and its pages cost memory
    /// only once entries are written to them, where growing by doubling copied the entries
    /// and held both copies at once.
    static let maxEntries = TransportProtocol.allCases.count << 16
    /// The distinct clients and servers of the services that have had more than one.
    /// Room for every service is reserved when the first is taken, as for `entries`: growing held
    /// both copies (786 KB and 393 KB at 10M frames, while the capture's last flows ended).
    private var counters: [(clients: DistinctCounter, servers: DistinctCounter)] = []
    private var index = PositionIndex()
    /// Probes that reached no service (`ScanDetector.foldsAsProbe`), per transport.
    private(set) var tcpProbes = UnansweredProbes(transport: .tcp)
    private(set) var udpProbes = UnansweredProbes(transport: .udp)
    private(set) var flowCount = 0
    private(set) var weakCount = 0
    /// The flows added, by the basis of the verdict they were added with.
    private(set) var verdicts = VerdictBasisCounts()
    /// The flows added that the capture holds one side of.
    private(set) var oneSided = OneSidedCounts()

    /// The key of a flow's service: its transport and the port of the side named server
    /// (`FTPDataService.port` for an announced FTP data connection, whatever its port).
    @inline(__always)
    static func key(_ flow: FlowState, serverSide: Int) -> UInt32 {
        let port = flow.ftpListenerSide >= 0 ? FTPDataService.port : flow.key.port(side: serverSide)
        return UInt32(flow.key.transport.rawValue) << 16 | UInt32(port)
    }

    /// Where a flow's traffic is counted: under the service its verdict points to, or, for a
    /// probe that reached no service, with its transport's unanswered probes.
    enum Placement {
        case probe(opener: Int)
        case service(key: UInt32, serverSide: Int)
    }

    static func placement(_ flow: FlowState, verdict: Verdict, asProbe: Bool) -> Placement {
        if asProbe, let opener = flow.openerSide { return .probe(opener: opener) }
        return .service(key: key(flow, serverSide: verdict.serverSide), serverSide: verdict.serverSide)
    }

    /// Adds one flow where `placement` says.
    mutating func add(_ flow: FlowState, verdict: Verdict, asProbe: Bool = false) {
        add(flow, verdict: verdict, placement: Self.placement(flow, verdict: verdict, asProbe: asProbe))
    }

    mutating func add(_ flow: FlowState, verdict: Verdict, placement: Placement) {
        flowCount += 1
        let weak = verdict.isWeak
        if weak { weakCount += 1 }
        verdicts.add(verdict.basis)
        oneSided.add(flow, serverSide: verdict.serverSide)
        guard case .service(let key, let server) = placement else {
            guard case .probe(let opener) = placement else { return }
            let sent = flow.side(opener).tally, returned = flow.side(1 - opener).tally
            if flow.isTCP { tcpProbes.add(sent: sent, returned: returned, weak: weak) } else { udpProbes.add(sent: sent, returned: returned, weak: weak) }
            return
        }
        let client = 1 - server
        let s = flow.side(server).tally, c = flow.side(client).tally
        let clientIP = flow.key.endpoint(side: client).ip
        let serverIsGroup = flow.isGroup(side: server)
        let hash = PositionIndex.hash(key)
        var position = entries.withUnsafeBufferPointer { entries in index.find(hash: hash) { entries[$0].key == key } }
        if position < 0 {
            if entries.capacity == 0 { entries.reserveCapacity(Self.maxEntries) }
            position = entries.count
            entries.append(Entry(key: key))
            index.insert(hash: hash, position: position)
        }
        let clientPrint = DistinctCounter.fingerprint(clientIP)
        // A group address receives for its members; it is no server (0: none).
        let serverPrint = serverIsGroup ? 0 : DistinctCounter.fingerprint(flow.key.endpoint(side: server).ip)
        let next = Int32(counters.count)
        let (counted, one) = entries[position].update { e -> (Int32, (client: UInt64, server: UInt64)) in
            e.flows &+= 1
            if weak { e.weakFlows &+= 1 }
            e.toServer.merge(c)
            e.toClient.merge(s)
            guard e.counters < 0 else { return (e.counters, (0, 0)) }
            if e.client == 0 || e.client == clientPrint, serverPrint == 0 || e.server == 0 || e.server == serverPrint {
                e.client = clientPrint
                if serverPrint != 0 { e.server = serverPrint }
                return (-1, (0, 0))
            }
            // A second client or server: the one of each it had goes to counters of its own.
            e.counters = next
            return (next, (e.client, e.server))
        }
        guard counted >= 0 else { return }
        if counted == next {
            if counters.capacity == 0 { counters.reserveCapacity(Self.maxEntries) }
            var pair = (clients: DistinctCounter(), servers: DistinctCounter())
            if one.client != 0 { pair.clients.add(fingerprint: one.client) }
            if one.server != 0 { pair.servers.add(fingerprint: one.server) }
            counters.append(pair)
        }
        counters[Int(counted)].clients.add(fingerprint: clientPrint)
        if serverPrint != 0 { counters[Int(counted)].servers.add(fingerprint: serverPrint) }
    }

    /// The distinct clients and servers of an entry.
    private func distinct(_ e: Entry) -> (clients: UInt64, servers: UInt64) {
        guard e.counters < 0 else { return (counters[Int(e.counters)].clients.count, counters[Int(e.counters)].servers.count) }
        return (e.client != 0 ? 1 : 0, e.server != 0 ? 1 : 0)
    }

    /// The transports' unanswered probes, those with any.
    var probes: [UnansweredProbes] { [tcpProbes, udpProbes].filter { $0.flows > 0 } }

    /// The services as a report lists them, each rendered when read (`RankedRows`): most
    /// bytes first, then by transport and port (the key's order: a total order, so sorting
    /// the positions alone, not the tallies with their names, gives the same list).
    func rendered(registry: ServiceRegistry) -> RankedRows<ServiceTally> {
        let order = entries.indices.map { (bytes: entries[$0].toServer.bytes &+ entries[$0].toClient.bytes,
                                            key: entries[$0].key, position: Int32($0)) }
            .sorted { $0.bytes != $1.bytes ? $0.bytes > $1.bytes : $0.key < $1.key }
        return RankedRows(order: order.map(\.position)) { [self] in row($0, registry: registry) }
    }

    /// The service at `position` in `entries`, named by `registry`.
    private func row(_ position: Int, registry: ServiceRegistry) -> ServiceTally {
        let e = entries[position]
        let service = ServiceKey(tallyKey: e.key)
        let (clients, servers) = distinct(e)
        return ServiceTally(transport: service.transport, port: service.port,
                            service: registry.name(port: service.port, transport: service.transport),
                            flows: e.flows, clients: clients, servers: servers,
                            weakFlows: e.weakFlows, toServer: e.toServer, toClient: e.toClient)
    }
}

extension ServiceTallies.Entry {
    @inline(__always)
    mutating func update<R>(_ body: (inout Self) -> R) -> R { body(&self) }
}

extension UnansweredProbes {
    fileprivate mutating func add(sent s: DirectionTally, returned r: DirectionTally, weak: Bool) {
        flows &+= 1
        if weak { weakFlows &+= 1 }
        sent.merge(s)
        returned.merge(r)
    }
}
