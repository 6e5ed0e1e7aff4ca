import WharfingerServices
import WharfingerWire

/// Turns a flow's state and verdict into the `Conversation` every output reads. It only
/// reads what it is given, so one builder may serve several threads.
struct ConversationBuilder {
    let engine: VerdictEngine
    let homePorts: HomePorts
    /// The reports' scan detector, which says which conversations fold as unanswered probes
    /// (`ScanDetector.foldsAsProbe`); nil for the exporters.
    var scans: ScanDetector? = nil
    var registry: ServiceRegistry { homePorts.registry }

    /// A report's conversation: the verdict the tallies counted, decided again in the
    /// record's context with its reasons; no exchange (a report does not print one, and a
    /// flow's history is released once its verdict is settled).
    func conversation(_ record: FlowRecord) -> Conversation {
        let (verdict, facts) = engine.decideWithReasons(record.flow, context: record.context)
        return conversation(record.flow, verdict: verdict, facts: facts, exchange: nil)
    }

    /// The one way a conversation is made, for the reports and the exporters alike. `facts`:
    /// the verdict's reasons, when they were gathered; `unexpected`, when the caller
    /// already knows it, saves looking it up again.
    func conversation(_ flow: FlowState, verdict: Verdict, facts: [VerdictFact], exchange: ConnectionExchange?,
                      unexpected: Bool? = nil) -> Conversation {
        let server = verdict.serverSide, client = 1 - server
        let transport = flow.key.transport
        let serverPort = flow.key.port(side: server)
        let detected = flow.detectedProtocol(server: server)
        let registered = registry.name(port: serverPort, transport: transport)
        let service = flow.ftpListenerSide >= 0 ? FTPDataService.name : registered
        return Conversation(
            transport: transport,
            client: flow.key.endpoint(side: client),
            server: flow.key.endpoint(side: server),
            service: service,
            detectedProtocol: detected,
            detectedProtocolUnexpected: unexpected
                ?? homePorts.isUnexpected(detected, registered: registered, port: serverPort, transport: transport),
            recognised: flow.recognised,
            isUnansweredProbe: scans?.foldsAsProbe(flow) ?? false,
            basis: verdict.basis,
            confidence: verdict.confidence,
            facts: facts,
            first: Timestamp(totalNanoseconds: flow.first),
            last: Timestamp(totalNanoseconds: flow.last),
            toServer: flow.side(client).tally,
            toClient: flow.side(server).tally,
            ending: flow.ending,
            tunnel: flow.tunnelPath,
            identity: flow.key.identity(first: flow.first),
            serverSentFirst: Int(flow.firstSender) == server,
            oneSided: flow.onlySeenSide.map { $0 == server ? .server : .client },
            exchange: exchange)
    }

    /// A contested flow's conversation, with what its ports alone say of the server it names.
    func contestedPair(_ record: FlowRecord) -> ContestedPair {
        let conversation = conversation(record)
        let p = PortRoleFacts.probability(serverPort: conversation.server.port, otherPort: conversation.client.port,
                                          transport: conversation.transport, registry: registry)
        return ContestedPair(flow: conversation, portsProbability: p)
    }
}
