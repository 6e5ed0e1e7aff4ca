import WharfingerServices

/// Which side is the server of a flow, how sure, and why.
struct Verdict {
    /// 0 or 1: the flow side (canonical order) that is the server.
    var serverSide: Int
    var basis: VerdictBasis
    var confidence: Double
    /// Decided by a handshake, a payload or an FTP announcement: later fan-in cannot change it.
    var settled: Bool
    /// Filled only when asked for (records); empty on the tally path.
    var evidence: [EvidenceItem] = []

    var isWeak: Bool { VerdictStrength.isWeak(basis: basis, confidence: confidence) }
}

/// One piece of evidence's opinion: which side is the server, and how much it weighs.
struct Opinion {
    var serverSide: Int
    var confidence: Double
    var fact: Evidence
    var extra: Evidence? = nil
}

/// Weighs a flow's evidence, strongest first. Pure: the same state and context give the
/// same verdict, so a verdict can be rendered at any time and revised by later evidence.
struct VerdictEngine {
    let registry: ServiceRegistry
    let fanIn: FanInTable

    static let handshakeConfidence = 0.99
    static let synAckConfidence = 0.95
    static let payloadConfidence = 0.9
    static let sameBannerConfidence = 0.85
    static let ftpConfidence = 0.9
    static let resetResponderConfidence = 0.82
    static let fanInConfidence = 0.8
    static let wellKnownConfidence = 0.75
    static let commonServiceConfidence = 0.72
    static let registeredConfidence = 0.7
    static let ephemeralConfidence = 0.65
    static let oldStackConfidence = 0.58
    static let lowerPortConfidence = 0.55
    static let guessConfidence = 0.5
    /// Fan-in decides when the busier endpoint has at least this many distinct peers
    /// and more than twice the other's.
    static let fanInMinimumPeers = 3

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
                if let p = payloadOpinion(flow) { append(p, to: &items, server: server) }
                verdict.evidence = items
            }
            return verdict
        }

        if synA && synB {
            // Simultaneous open: both sent SYN. The rest of the evidence picks; failing all,
            // the first SYN's sender is taken as the client.
            var verdict = heuristic(flow, collectEvidence: collectEvidence)
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
                if let p = payloadOpinion(flow) { append(p, to: &items, server: server) }
                verdict.evidence = items
            }
            return verdict
        }
        return heuristic(flow, collectEvidence: collectEvidence)
    }

    /// No handshake: the first opinion in strength order decides; the later ones are
    /// listed as supporting (each adds 0.02, at most 0.04, so support never lifts a
    /// verdict to the next kind of evidence) or against (each takes 0.05).
    func heuristic(_ flow: FlowState, collectEvidence: Bool) -> Verdict {
        var decider: Opinion? = nil
        var supports = 0, against = 0
        var items: [EvidenceItem] = []
        func consider(_ opinion: Opinion?) {
            guard let opinion else { return }
            guard let d = decider else {
                decider = opinion
                if collectEvidence {
                    items.append(EvidenceItem(fact: opinion.fact, supports: true))
                    if let extra = opinion.extra { items.append(EvidenceItem(fact: extra, supports: true)) }
                }
                return
            }
            let agrees = opinion.serverSide == d.serverSide
            if agrees { supports += 1 } else { against += 1 }
            if collectEvidence {
                items.append(EvidenceItem(fact: opinion.fact, supports: agrees))
                if let extra = opinion.extra { items.append(EvidenceItem(fact: extra, supports: agrees)) }
            }
        }
        consider(payloadOpinion(flow))
        consider(ftpOpinion(flow))
        consider(resetResponderOpinion(flow))
        consider(fanInOpinion(flow))
        forEachPortOpinion(flow) { consider($0) }

        guard let d = decider else {
            // Nothing favours either side: the first sender is guessed to be the client.
            let client = Int(flow.firstSender)
            var verdict = Verdict(serverSide: 1 - client, basis: .unknown,
                                  confidence: Self.guessConfidence, settled: false)
            if collectEvidence {
                verdict.evidence = [
                    EvidenceItem(fact: .guess(client: flow.key.endpoint(side: client)), supports: true),
                    EvidenceItem(fact: .firstSender(flow.key.endpoint(side: client)), supports: true),
                ]
            }
            return verdict
        }
        let confidence = max(Self.guessConfidence + 0.01,
                             min(0.98, d.confidence + min(0.04, 0.02 * Double(supports)) - 0.05 * Double(against)))
        let settledBy = d.confidence >= Self.sameBannerConfidence  // payload or FTP announcement
        return Verdict(serverSide: d.serverSide, basis: .heuristic, confidence: confidence,
                       settled: settledBy, evidence: items)
    }

    // MARK: - Opinions

    /// The roles the first payload of each side claims.
    func payloadOpinion(_ flow: FlowState) -> Opinion? {
        let sigA = flow.sides.0.signature
        let sigB = flow.sides.1.signature
        guard sigA != nil || sigB != nil else { return nil }
        let roleA = sigA?.role, roleB = sigB?.role
        func fact(_ side: Int, server: Int) -> Evidence {
            .payload(sender: flow.key.endpoint(side: side), senderIsServer: side == server,
                     signature: flow.side(side).signature)
        }
        func opinion(server: Int) -> Opinion {
            // Lead with the side claiming to be the server, as banners are the clearer sign.
            let lead = (server == 0 ? roleA : roleB) == .server ? server : 1 - server
            let other = 1 - lead
            let extra: Evidence? = flow.side(other).signature != nil ? fact(other, server: server) : nil
            return Opinion(serverSide: server, confidence: Self.payloadConfidence,
                           fact: fact(lead, server: server), extra: extra)
        }
        switch (roleA, roleB) {
        case (.server, .server):
            // Both sent a banner (SSH does): if it is the same protocol, who spoke first is the server.
            if let sigA, let sigB, sigA.service == sigB.service, flow.firstPayloadSide >= 0 {
                let server = Int(flow.firstPayloadSide)
                return Opinion(serverSide: server, confidence: Self.sameBannerConfidence,
                               fact: .sameBannerFirst(server: flow.key.endpoint(side: server),
                                                      signature: flow.side(server).signature))
            }
            return nil
        case (.client, .client):
            return nil
        case (.server, _), (_, .client):
            return opinion(server: 0)
        case (.client, _), (_, .server):
            return opinion(server: 1)
        default:
            return nil
        }
    }

    func ftpOpinion(_ flow: FlowState) -> Opinion? {
        guard flow.ftpListenerSide >= 0, let kind = FTPAnnouncement.Kind(rawValue: flow.ftpKind) else { return nil }
        let server = Int(flow.ftpListenerSide)
        return Opinion(serverSide: server, confidence: Self.ftpConfidence,
                       fact: .ftpData(listener: flow.key.endpoint(side: server), kind: kind))
    }

    /// A probe the other side only answered with RST (an ACK scan, a stray segment to a
    /// closed port): the prober is the client, whatever fan-in its fixed source port shows.
    /// A FIN from the prober could be the tail of a real connection, so it does not count.
    func resetResponderOpinion(_ flow: FlowState) -> Opinion? {
        guard flow.key.transport == 6, !flow.anyPayload, flow.firstSender >= 0 else { return nil }
        let prober = Int(flow.firstSender), responder = 1 - prober
        let p = flow.side(prober).flags, r = flow.side(responder).flags
        guard r.contains(.rst), !r.contains(.sentNonReset),
              p.contains(.sentNonReset), !p.contains(.rst), !p.contains(.fin) else { return nil }
        return Opinion(serverSide: responder, confidence: Self.resetResponderConfidence,
                       fact: .resetResponder(flow.key.endpoint(side: responder)))
    }

    func fanInOpinion(_ flow: FlowState) -> Opinion? {
        let ea = flow.key.endpoint(side: 0), eb = flow.key.endpoint(side: 1)
        let pa = fanIn.peerCount(EndpointKey(ea, transport: flow.key.transport))
        let pb = fanIn.peerCount(EndpointKey(eb, transport: flow.key.transport))
        let busy = pa >= pb ? 0 : 1
        let (most, least) = busy == 0 ? (pa, pb) : (pb, pa)
        guard most >= Self.fanInMinimumPeers, most > 2 * least else { return nil }
        return Opinion(serverSide: busy, confidence: Self.fanInConfidence,
                       fact: .fanIn(busy: busy == 0 ? ea : eb, peers: most,
                                    other: busy == 0 ? eb : ea, otherPeers: least))
    }

    /// Port evidence, strongest first: well-known, commonly deployed, registered, ephemeral ranges, the old
    /// stacks' range, the lower port. Each yields at most one opinion.
    /// Hands each opinion to `out` rather than building an array: this runs once per
    /// ended flow, and an allocation there shows in the profile.
    func forEachPortOpinion(_ flow: FlowState, _ out: (Opinion) -> Void) {
        let pa = flow.key.aPort, pb = flow.key.bPort
        guard pa != pb, let transport = TransportProtocol(rawValue: flow.key.transport) else { return }
        func side(of port: UInt16) -> Int { port == pa ? 0 : 1 }

        if (pa < 1024) != (pb < 1024) {
            let (s, o) = pa < 1024 ? (pa, pb) : (pb, pa)
            out(Opinion(serverSide: side(of: s), confidence: Self.wellKnownConfidence,
                               fact: .wellKnown(port: s, other: o)))
        }
        let commonA = CommonServicePorts.contains(pa, transport: transport)
        if commonA != CommonServicePorts.contains(pb, transport: transport) {
            let (s, o) = commonA ? (pa, pb) : (pb, pa)
            out(Opinion(serverSide: side(of: s), confidence: Self.commonServiceConfidence,
                               fact: .commonService(port: s, other: o)))
        }
        let modernA = PortFacts.modernEphemeral(pa), modernB = PortFacts.modernEphemeral(pb)
        let regA = registry.isAssigned(port: pa, transport: transport) && modernA == nil
        let regB = registry.isAssigned(port: pb, transport: transport) && modernB == nil
        if regA != regB {
            let (s, o) = regA ? (pa, pb) : (pb, pa)
            let otherEphemeral = (regA ? modernB : modernA) != nil
                && registry.isAssigned(port: o, transport: transport)
            out(Opinion(serverSide: side(of: s), confidence: Self.registeredConfidence,
                               fact: .registered(port: s, other: o, otherInEphemeral: otherEphemeral)))
        }
        if (modernA == nil) != (modernB == nil) {
            let (clientPort, range) = modernA != nil ? (pa, modernA!) : (pb, modernB!)
            out(Opinion(serverSide: 1 - side(of: clientPort), confidence: Self.ephemeralConfidence,
                               fact: .ephemeral(port: clientPort, range: range)))
        }
        let oldA = PortFacts.oldStack(pa), oldB = PortFacts.oldStack(pb)
        if oldA != oldB && modernA == nil && modernB == nil && pa >= 1024 && pb >= 1024 {
            let clientPort = oldA ? pa : pb
            out(Opinion(serverSide: 1 - side(of: clientPort), confidence: Self.oldStackConfidence,
                               fact: .oldStackRange(port: clientPort)))
        }
        let (low, high) = pa < pb ? (pa, pb) : (pb, pa)
        out(Opinion(serverSide: side(of: low), confidence: Self.lowerPortConfidence,
                           fact: .lowerPort(port: low, other: high)))
    }

    private func append(_ p: Opinion, to items: inout [EvidenceItem], server: Int) {
        items.append(EvidenceItem(fact: p.fact, supports: p.serverSide == server))
        if let extra = p.extra { items.append(EvidenceItem(fact: extra, supports: p.serverSide == server)) }
    }
}

/// Port range facts used as evidence.
enum PortFacts {
    /// The modern ephemeral range a port lies in (IANA's first), or nil.
    static func modernEphemeral(_ port: UInt16) -> EphemeralRange? {
        if EphemeralRange.iana.bounds.contains(port) { return .iana }
        if EphemeralRange.linux.bounds.contains(port) { return .linux }
        return nil
    }

    static func oldStack(_ port: UInt16) -> Bool { EphemeralRange.oldStacks.bounds.contains(port) }

    /// Both ports registered, different, and neither in a modern ephemeral range
    /// (1080/1494: SOCKS or Citrix ICA?).
    static func isAmbiguousPair(_ a: UInt16, _ b: UInt16, transport: TransportProtocol, registry: ServiceRegistry) -> Bool {
        a != b && modernEphemeral(a) == nil && modernEphemeral(b) == nil
            && registry.isAssigned(port: a, transport: transport)
            && registry.isAssigned(port: b, transport: transport)
    }
}
