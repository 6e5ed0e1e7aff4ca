import WharfingerServices
import WharfingerWire

/// The servers view's running totals: per server address, its services, clients, traffic
/// and the strongest basis, fed once per conversation whose verdict is final. Bounded: at
/// most `capacity` addresses (the first met) with `servicesPerHost` services each; what did
/// not fit is counted, not kept.
struct ServerHostTable {
    static let servicesPerHost = 32

    struct Service {
        var transport: TransportProtocol
        var port: UInt16
        var detected: String?
        var flows: UInt64
        var basis: VerdictBasis
    }

    struct Host {
        var address: IPAddress
        var services: [Service] = []
        var notKeptServiceFlows: UInt64 = 0
        var flows: UInt64 = 0
        var clients = DistinctBitmap()
        var toServer = DirectionTally()
        var toClient = DirectionTally()
        var basis = VerdictBasis.unknown
    }

    let capacity: Int
    /// In the order first met; found through `index`.
    private(set) var hosts: [Host] = []
    private var index = PositionIndex()
    private(set) var notKeptFlows: UInt64 = 0
    private(set) var unansweredConnections: UInt64 = 0
    private(set) var groupConversations: UInt64 = 0

    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// Adds one conversation to the host its verdict names the server.
    mutating func add(_ flow: FlowState, verdict: Verdict) {
        let server = verdict.serverSide, client = 1 - server
        let address = flow.key.endpoint(side: server).ip
        // A group address only receives: it serves nothing.
        guard !flow.isGroup(side: server) else {
            groupConversations &+= 1
            return
        }
        // A probe that reached no service names none (as in the tallies: refused, silent, stealth).
        if flow.isUnansweredTCPProbe {
            unansweredConnections &+= 1
            return
        }
        // One hash of the address: found, or added while there is room.
        let hash = UInt32(truncatingIfNeeded: DistinctCounter.fingerprint(address) >> 32)
        let found = hosts.withUnsafeBufferPointer { hosts in index.find(hash: hash) { hosts[$0].address == address } }
        guard found >= 0 || hosts.count < capacity else {
            notKeptFlows &+= 1
            return
        }
        // An FTP server's data connections are one service, as in the tallies (`ServiceTallies.key`).
        let transport = flow.key.transport
        let port = flow.ftpListenerSide >= 0 ? FTPDataService.port : flow.key.port(side: server)
        let basis = verdict.basis
        // The name is built only where a service takes it.
        func detected() -> String? { flow.detectedProtocol(server: server) }
        let clientIP = flow.key.endpoint(side: client).ip
        let toServer = flow.side(client).tally, toClient = flow.side(server).tally
        func update(_ host: inout Host) {
            host.flows &+= 1
            host.clients.add(clientIP)
            host.toServer.merge(toServer)
            host.toClient.merge(toClient)
            if basis.isStronger(than: host.basis) { host.basis = basis }
            if let i = host.services.firstIndex(where: { $0.port == port && $0.transport == transport }) {
                host.services[i].flows &+= 1
                if host.services[i].detected == nil { host.services[i].detected = detected() }
                if basis.isStronger(than: host.services[i].basis) { host.services[i].basis = basis }
            } else if host.services.count < Self.servicesPerHost {
                host.services.append(Service(transport: transport, port: port, detected: detected(), flows: 1, basis: basis))
            } else {
                host.notKeptServiceFlows &+= 1
            }
        }
        if found >= 0 {
            update(&hosts[found])
        } else {
            // Room for every host at once: an allocation that large is mapped and its pages
            // cost memory only as hosts are written to them, where growing by doubling copied
            // every host (672 bytes each) a dozen times and held both copies while it did.
            if hosts.capacity == 0 { hosts.reserveCapacity(capacity) }
            index.insert(hash: hash, position: hosts.count)
            hosts.append(Host(address: address))
            update(&hosts[hosts.count - 1])
        }
    }

    /// The view as a report shows it, each host rendered when read (`RankedRows`): most
    /// bytes first, each host's services by port.
    func rendered(registry: ServiceRegistry) -> ServerHosts {
        var view = ServerHosts()
        view.notKeptFlows = notKeptFlows
        view.unansweredConnections = unansweredConnections
        view.groupConversations = groupConversations
        // Most bytes first, then by address: a total order, so sorting the keys alone, not
        // the hosts with their services, gives the same list.
        let order = hosts.indices.map { (bytes: hosts[$0].toServer.bytes &+ hosts[$0].toClient.bytes, position: Int32($0)) }
            .sorted {
                $0.bytes != $1.bytes ? $0.bytes > $1.bytes
                    : hosts[Int($0.position)].address < hosts[Int($1.position)].address
            }
        view.hosts = RankedRows(order: order.map(\.position)) { [hosts] in Self.row(hosts[$0], registry: registry) }
        return view
    }

    private static func row(_ host: Host, registry: ServiceRegistry) -> ServerHost {
        let services = host.services.sorted {
            $0.port != $1.port ? $0.port < $1.port : $0.transport.rawValue < $1.transport.rawValue
        }.map {
            HostService(transport: $0.transport, port: $0.port,
                        service: registry.name(port: $0.port, transport: $0.transport),
                        detectedProtocol: $0.detected, flows: $0.flows, basis: $0.basis)
        }
        return ServerHost(address: host.address, services: services, notKeptServiceFlows: host.notKeptServiceFlows,
                          flows: host.flows, clients: host.clients.count, toServer: host.toServer,
                          toClient: host.toClient, basis: host.basis)
    }
}
