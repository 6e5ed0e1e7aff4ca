import WharfingerServices
import WharfingerWire

/// Turns a flow's state and verdict into a `FlowRecord` with its evidence. It only reads
/// what it is given, so one renderer may serve several threads.
struct RecordRenderer {
    let engine: VerdictEngine
    let homePorts: HomePorts
    var registry: ServiceRegistry { homePorts.registry }

    func record(_ flow: FlowState) -> FlowRecord {
        let verdict = engine.decide(flow, collectEvidence: true)
        let server = verdict.serverSide, client = 1 - server
        let transport = flow.key.transport
        let serverPort = flow.key.port(side: server)
        let detected = flow.detectedProtocol(server: server)
        let service = registry.name(port: serverPort, transport: transport)
        return FlowRecord(
            transport: transport,
            client: flow.key.endpoint(side: client),
            server: flow.key.endpoint(side: server),
            service: service,
            detectedProtocol: detected,
            detectedProtocolUnexpected: homePorts.isUnexpected(detected, registered: service, port: serverPort,
                                                               transport: transport),
            basis: verdict.basis,
            confidence: (verdict.confidence * 100).rounded() / 100,
            evidence: verdict.evidence,
            first: Timestamp(totalNanoseconds: flow.first),
            last: Timestamp(totalNanoseconds: flow.last),
            toServer: flow.side(client).tally,
            toClient: flow.side(server).tally,
            ending: flow.ending,
            tunnel: flow.tunnelPath,
            identity: flow.key.identity(first: flow.first))
    }

    /// The record of a contested flow, with what its ports alone say of the server it names.
    func contestedPair(_ flow: FlowState) -> ContestedPair {
        let record = record(flow)
        let p = PortRoleFacts.probability(serverPort: record.server.port, otherPort: record.client.port,
                                          transport: record.transport, registry: registry)
        return ContestedPair(flow: record, portsProbability: (p * 100).rounded() / 100)
    }
}
