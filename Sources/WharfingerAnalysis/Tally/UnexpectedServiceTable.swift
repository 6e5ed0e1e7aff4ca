import WharfingerServices
import WharfingerWire

/// Every conversation whose detected protocol is not what its server port is registered
/// for (`HomePorts.isUnexpected`), grouped by server endpoint and protocol, fed once per
/// conversation whose verdict is final. Bounded: the first `capacity` groups are kept;
/// conversations of later groups are counted only.
struct UnexpectedServiceTable {
    struct Key: Hashable {
        var transport: TransportProtocol
        var server: Endpoint
        var detected: String
    }

    struct Group {
        var flows: UInt64 = 0
        var first = Int64.max
        var last = Int64.min
    }

    let capacity: Int
    private(set) var groups: [Key: Group] = [:]
    private(set) var flows: UInt64 = 0
    private(set) var notKeptFlows: UInt64 = 0

    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// Adds the conversation if the protocol its payload showed is unexpected on the port
    /// its verdict names the server's; returns whether it was.
    @discardableResult
    mutating func add(_ flow: FlowState, verdict: Verdict, homePorts: HomePorts) -> Bool {
        let server = verdict.serverSide
        guard let signature = flow.detectedSignature(server: server) else { return false }
        let transport = flow.key.transport, endpoint = flow.key.endpoint(side: server)
        guard homePorts.isUnexpected(signature, port: endpoint.port, transport: transport) else { return false }
        flows &+= 1
        let key = Key(transport: transport, server: endpoint, detected: signature.service)
        guard groups[key] != nil || groups.count < capacity else {
            notKeptFlows &+= 1
            return true
        }
        groups[key, default: Group()].update { group in
            group.flows &+= 1
            group.first = min(group.first, flow.first)
            group.last = max(group.last, flow.last)
        }
        return true
    }

    /// Most conversations first, then the earliest.
    func rendered(registry: ServiceRegistry) -> UnexpectedServices {
        var view = UnexpectedServices()
        view.flows = flows
        view.notKeptFlows = notKeptFlows
        view.services = groups.map { key, group in
            UnexpectedService(transport: key.transport, server: key.server,
                              service: registry.name(port: key.server.port, transport: key.transport),
                              detectedProtocol: key.detected, flows: group.flows,
                              first: Timestamp(totalNanoseconds: group.first),
                              last: Timestamp(totalNanoseconds: group.last))
        }
        view.services.sort { a, b in
            if a.flows != b.flows { return a.flows > b.flows }
            if a.first != b.first { return a.first < b.first }
            return a.server < b.server
        }
        return view
    }
}

extension UnexpectedServiceTable.Group {
    @inline(__always)
    mutating func update(_ body: (inout Self) -> Void) { body(&self) }
}
