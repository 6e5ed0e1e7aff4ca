import WharfingerWire

import WharfingerServices

/// Which side is the server of a flow, how sure, and why.
struct Verdict {
    /// 0 or 1: the flow side (canonical order) that is the server.
    var serverSide: Int
    var basis: VerdictBasis
    /// The probability that `serverSide` is the server.
    var confidence: Double
    /// Decided by the handshake or by a fact whose kind settles the roles (`RoleFact.settles`):
    /// facts that grow during the run (fan-in, endpoint memory) cannot change it.
    var settled: Bool
    /// Filled only when asked for (records); empty on the tally path.
    var evidence: [EvidenceItem] = []

    var isWeak: Bool { VerdictStrength.isWeak(basis: basis, confidence: confidence) }
}

/// One fact's opinion: which side is the server, what kind of fact says so, and the details.
struct Opinion {
    var kind: RoleFact
    var serverSide: Int
    var fact: Evidence
}

/// Decides a flow's roles. The handshake decides when it is there; otherwise every fact the
/// flow shows adds its weight (a log-likelihood ratio, `RoleWeights`) for the side it names,
/// and the sum's probability is the confidence. Pure: the same state and context give the
/// same verdict, so a verdict can be rendered at any time and revised by later evidence.
struct VerdictEngine {
    let registry: ServiceRegistry
    let fanIn: FanInTable
    let knownServers: KnownServers

    static let handshakeConfidence = 0.99
    static let synAckConfidence = 0.95
    /// Weighed facts never claim more than the handshake does.
    static let weighedConfidenceCeiling = 0.99
    /// Fan-in is a fact when the busier endpoint has at least this many distinct peers
    /// and more than twice the other's.
    static let fanInMinimumPeers = 3
    /// More payload is a fact when one side sent at least this many times the other's bytes.
    static let morePayloadRatio: UInt64 = 4

    func decide(_ flow: FlowState, collectEvidence: Bool) -> Verdict {
        let a = flow.sides.0, b = flow.sides.1
        let synA = a.flags.contains(.syn), synB = b.flags.contains(.syn)

        if synA != synB {
            let client = synA ? 0 : 1, server = 1 - client
            var verdict = Verdict(serverSide: server, basis: .handshake,
                                  confidence: Self.handshakeConfidence, settled: true)
            if collectEvidence {
                let c = flow.side(client), s = flow.side(server)
                var items = [EvidenceItem(fact: .syn(from: flow.key.endpoint(side: client), count: Int(c.synCount)), supports: true)]
                if s.flags.contains(.synAck) {
                    items.append(EvidenceItem(fact: .synAck(from: flow.key.endpoint(side: server)), supports: true))
                    if flow.synAckBeforeSyn { items.append(EvidenceItem(fact: .synAckBeforeSyn, supports: true)) }
                } else if s.flags.contains(.rstBeforeSynAck) {
                    items.append(EvidenceItem(fact: .rejected(by: flow.key.endpoint(side: server)), supports: true))
                } else if s.tally.packets == 0 {
                    items.append(EvidenceItem(fact: .synUnanswered, supports: true))
                }
                forEachPayloadOpinion(flow) { items.append(item($0, server: server)) }
                verdict.evidence = items
            }
            return verdict
        }

        if synA && synB {
            // Simultaneous open: both sent SYN. The rest of the evidence picks; failing all,
            // the first SYN's sender is taken as the client.
            var verdict = weigh(flow, collectEvidence: collectEvidence)
            let first = Int(flow.firstSender)
            if verdict.basis == .unknown {
                verdict.serverSide = 1 - first
                verdict.evidence = collectEvidence
                    ? [EvidenceItem(fact: .guess(client: flow.key.endpoint(side: first)), supports: true)] : []
            }
            verdict.basis = .simultaneous
            verdict.confidence = min(verdict.confidence, 0.9)
            verdict.settled = true
            if collectEvidence {
                let open = Evidence.simultaneousOpen(first: flow.key.endpoint(side: first),
                                                     second: flow.key.endpoint(side: 1 - first))
                verdict.evidence.insert(EvidenceItem(fact: open, supports: true), at: 0)
            }
            return verdict
        }

        let saA = a.flags.contains(.synAck), saB = b.flags.contains(.synAck)
        if saA != saB {
            let server = saA ? 0 : 1
            var verdict = Verdict(serverSide: server, basis: .synAck,
                                  confidence: Self.synAckConfidence, settled: true)
            if collectEvidence {
                var items = [EvidenceItem(fact: .synAck(from: flow.key.endpoint(side: server)), supports: true)]
                forEachPayloadOpinion(flow) { items.append(item($0, server: server)) }
                verdict.evidence = items
            }
            return verdict
        }
        return weigh(flow, collectEvidence: collectEvidence)
    }

    /// No handshake: every fact adds its weight for the side it names. The basis is the
    /// kind of the heaviest fact for the side named server; the verdict is settled when
    /// that fact's kind settles roles and no settling fact as heavy names the other side.
    func weigh(_ flow: FlowState, collectEvidence: Bool) -> Verdict {
        var score = RoleScore()
        var heaviest: (RoleFact?, RoleFact?) = (nil, nil)
        var items: [EvidenceItem] = []
        forEachOpinion(flow) { opinion in
            let side = opinion.serverSide
            score.add(opinion.kind, serverIsA: side == 0)
            let current = side == 0 ? heaviest.0 : heaviest.1
            if current.map({ $0.weight < opinion.kind.weight }) ?? true {
                if side == 0 { heaviest.0 = opinion.kind } else { heaviest.1 = opinion.kind }
            }
            if collectEvidence { items.append(item(opinion, server: side)) }
        }
        guard let serverIsA = score.serverIsA else {
            // Nothing favours either side: the first sender is guessed to be the client.
            let client = Int(flow.firstSender)
            var verdict = Verdict(serverSide: 1 - client, basis: .unknown, confidence: 0.5, settled: false)
            if collectEvidence {
                verdict.evidence = [EvidenceItem(fact: .guess(client: flow.key.endpoint(side: client)), supports: true)]
                    + items.map { var i = $0; i.supports = i.serverSide == 1 - client; return i }
            }
            return verdict
        }
        let server = serverIsA ? 0 : 1
        let decider = server == 0 ? heaviest.0 : heaviest.1
        let basis = decider.map { VerdictBasis($0.category) } ?? .unknown
        // Settled unless a settling fact at least as heavy names the other side (a group
        // address outweighs a payload answer multicast to it).
        let against = server == 0 ? heaviest.1 : heaviest.0
        let settled = decider.map { d in d.settles && !(against.map { $0.settles && $0.weight >= d.weight } ?? false) } ?? false
        var verdict = Verdict(serverSide: server, basis: basis, confidence: min(score.confidence, Self.weighedConfidenceCeiling),
                              settled: settled)
        if collectEvidence {
            for i in items.indices { items[i].supports = items[i].serverSide == server }
            // Strongest first; those for the verdict before those against it.
            items.sort { ($0.supports ? 1 : 0, $0.kind?.weight ?? 0) > ($1.supports ? 1 : 0, $1.kind?.weight ?? 0) }
            verdict.evidence = items
        }
        return verdict
    }

    /// Every fact a flow shows, each once. Hands each to `body` rather than building an
    /// array: this runs once per ended flow, and an allocation there shows in the profile.
    func forEachOpinion(_ flow: FlowState, _ body: (Opinion) -> Void) {
        forEachPayloadOpinion(flow, body)
        if let o = ftpOpinion(flow) { body(o) }
        if let o = resetResponderOpinion(flow) { body(o) }
        if let o = knownServerOpinion(flow) { body(o) }
        if let o = fanInOpinion(flow) { body(o) }
        if let o = groupAddressOpinion(flow) { body(o) }
        let pa = flow.key.a.port
        PortRoleFacts.forEach(pa, flow.key.b.port, transport: flow.key.transport, registry: registry) { fact in
            body(Opinion(kind: fact.kind, serverSide: fact.serverPort == pa ? 0 : 1, fact: .port(fact)))
        }
        if flow.firstSender >= 0 {
            let client = Int(flow.firstSender)
            body(Opinion(kind: .firstSender, serverSide: 1 - client, fact: .firstSender(flow.key.endpoint(side: client))))
        }
        if let o = morePayloadOpinion(flow) { body(o) }
    }

    // MARK: - Opinions

    /// What each side's first payload, and an SSH key exchange, say about the roles.
    func forEachPayloadOpinion(_ flow: FlowState, _ body: (Opinion) -> Void) {
        let sigA = flow.sides.0.signature, sigB = flow.sides.1.signature
        let sameBanner = sigA != nil && sigA == sigB && flow.firstPayloadSide >= 0
        for side in 0..<2 {
            guard let signature = side == 0 ? sigA : sigB, let role = signature.decidedRole else { continue }
            // A banner the client echoes counts once, below, when both sides sent it.
            if sameBanner && signature.certainty == .serverThenEcho { continue }
            body(Opinion(kind: signature.certainty == .certain ? .payloadMessage : .payloadLikely,
                         serverSide: role == .server ? side : 1 - side,
                         fact: .payload(sender: flow.key.endpoint(side: side), senderIsServer: role == .server,
                                        signature: signature)))
        }
        // Both sent the same banner. SSH: who spoke first is a weak hint, a race. ICA: the
        // client echoes the server's banner, so the first is the server.
        if sameBanner, let sigA, sigA.certainty == .serverIfFirst || sigA.certainty == .serverThenEcho {
            let server = Int(flow.firstPayloadSide)
            let echo = sigA.certainty == .serverThenEcho
            body(Opinion(kind: echo ? .bannerEcho : .sameBannerFirst, serverSide: server,
                         fact: .sameBannerFirst(server: flow.key.endpoint(side: server), signature: sigA, echoed: echo)))
        }
        for side in 0..<2 {
            guard let role = flow.side(side).keyExchangeRole else { continue }
            body(Opinion(kind: .sshKeyExchange, serverSide: role == .server ? side : 1 - side,
                         fact: .sshKeyExchange(sender: flow.key.endpoint(side: side), role: role)))
        }
    }

    func ftpOpinion(_ flow: FlowState) -> Opinion? {
        guard flow.ftpListenerSide >= 0, let kind = FTPAnnouncement.Kind(rawValue: flow.ftpKind) else { return nil }
        let server = Int(flow.ftpListenerSide)
        return Opinion(kind: .ftpAnnouncement, serverSide: server,
                       fact: .ftpData(listener: flow.key.endpoint(side: server), kind: kind))
    }

    /// A probe the other side only answered with RST (an ACK scan, a stray segment to a
    /// closed port): the prober is the client, whatever fan-in its fixed source port shows.
    /// A FIN from the prober could be the tail of a real connection, so it does not count.
    func resetResponderOpinion(_ flow: FlowState) -> Opinion? {
        guard flow.isTCP, !flow.anyPayload, flow.firstSender >= 0 else { return nil }
        let prober = Int(flow.firstSender), responder = 1 - prober
        let p = flow.side(prober).flags, r = flow.side(responder).flags
        guard r.contains(.rst), !r.contains(.sentNonReset),
              p.contains(.sentNonReset), !p.contains(.rst), !p.contains(.fin) else { return nil }
        return Opinion(kind: .resetResponder, serverSide: responder,
                       fact: .resetResponder(flow.key.endpoint(side: responder)))
    }

    /// One endpoint, not the other, was the server of another settled conversation.
    func knownServerOpinion(_ flow: FlowState) -> Opinion? {
        let ea = flow.key.endpoint(side: 0), eb = flow.key.endpoint(side: 1)
        let ka = knownServers.contains(EndpointKey(ea, transport: flow.key.transport), asking: flow.hash)
        let kb = knownServers.contains(EndpointKey(eb, transport: flow.key.transport), asking: flow.hash)
        guard ka != kb else { return nil }
        return Opinion(kind: .knownServer, serverSide: ka ? 0 : 1, fact: .knownServer(ka ? ea : eb))
    }

    /// A multicast group or the broadcast address only receives: it is the responder. One
    /// that sent packets is no real group (an anonymised capture's random addresses): no fact.
    func groupAddressOpinion(_ flow: FlowState) -> Opinion? {
        let ea = flow.key.endpoint(side: 0), eb = flow.key.endpoint(side: 1)
        let ga = ea.ip.isGroup, gb = eb.ip.isGroup
        guard ga != gb else { return nil }
        let group = ga ? 0 : 1
        guard flow.side(group).tally.packets == 0 else { return nil }
        return Opinion(kind: .groupAddress, serverSide: group, fact: .groupAddress(ga ? ea : eb))
    }

    func fanInOpinion(_ flow: FlowState) -> Opinion? {
        let ea = flow.key.endpoint(side: 0), eb = flow.key.endpoint(side: 1)
        let pa = fanIn.peerCount(EndpointKey(ea, transport: flow.key.transport))
        let pb = fanIn.peerCount(EndpointKey(eb, transport: flow.key.transport))
        let busy = pa >= pb ? 0 : 1
        let (most, least) = busy == 0 ? (pa, pb) : (pb, pa)
        guard most >= Self.fanInMinimumPeers, most > 2 * least else { return nil }
        return Opinion(kind: .fanIn, serverSide: busy,
                       fact: .fanIn(busy: busy == 0 ? ea : eb, peers: most,
                                    other: busy == 0 ? eb : ea, otherPeers: least))
    }

    /// Both sides sent packets and one sent several times the other's payload: servers
    /// mostly answer with more than they are asked.
    func morePayloadOpinion(_ flow: FlowState) -> Opinion? {
        let a = flow.sides.0.tally, b = flow.sides.1.tally
        guard a.packets > 0, b.packets > 0 else { return nil }
        let (more, less, side) = a.payloadBytes >= b.payloadBytes
            ? (a.payloadBytes, b.payloadBytes, 0) : (b.payloadBytes, a.payloadBytes, 1)
        guard more > 0, more >= Self.morePayloadRatio * less else { return nil }
        return Opinion(kind: .morePayload, serverSide: side,
                       fact: .morePayload(server: flow.key.endpoint(side: side), bytes: more, otherBytes: less))
    }

    private func item(_ opinion: Opinion, server: Int) -> EvidenceItem {
        EvidenceItem(fact: opinion.fact, supports: opinion.serverSide == server, kind: opinion.kind,
                     serverSide: opinion.serverSide)
    }
}
