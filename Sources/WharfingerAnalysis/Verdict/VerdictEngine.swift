import Glibc
import WharfingerWire

import WharfingerServices

/// Which side is the server of a flow, how sure, and why. A plain value (no references):
/// every ended flow's verdict is passed and kept without reference counting; its reasons
/// are gathered apart, when asked for (`VerdictEngine.decideWithReasons`).
struct Verdict {
    /// 0 or 1: the flow side (canonical order) that is the server.
    var serverSide: Int
    var basis: VerdictBasis
    /// The probability that `serverSide` is the server.
    var confidence: Double
    /// Decided by the handshake or by a fact whose kind settles the roles (`RoleFact.settles`):
    /// facts that grow during the run (fan-in, endpoint memory) cannot change it.
    var settled: Bool

    @inline(__always)
    var isWeak: Bool { VerdictStrength.isWeak(basis: basis, confidence: confidence) }
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
    /// Room for a verdict's reasons, made once (not once per doubling): most flows show fewer.
    static let usualReasons = 16

    /// The verdict alone, as the tallies take it once per ended flow.
    func decide(_ flow: FlowState) -> Verdict {
        var none: [VerdictFact] = []
        return decideRoles(flow, context: nil, facts: &none, collectEvidence: false)
    }

    /// The verdict with its reasons, strongest first, as a conversation's record shows them.
    /// `context`: what the endpoint memory and the fan-in said when the verdict was tallied
    /// (`context(_:)`); nil reads them now.
    func decideWithReasons(_ flow: FlowState, context: VerdictContext? = nil) -> (verdict: Verdict, facts: [VerdictFact]) {
        var facts: [VerdictFact] = []
        let verdict = decideRoles(flow, context: context, facts: &facts, collectEvidence: true)
        // A one-sided capture is said last, after the reasons (strongest first) it explains.
        if let seen = flow.onlySeenSide {
            facts.append(VerdictFact(kind: nil, serverSide: verdict.serverSide, key: flow.key,
                                     evidence: .oneSided(seen: flow.key.endpoint(side: seen))))
        }
        return (verdict, facts)
    }

    /// `facts`: the reasons, filled only with `collectEvidence`.
    private func decideRoles(_ flow: FlowState, context: VerdictContext?, facts: inout [VerdictFact],
                             collectEvidence: Bool) -> Verdict {
        let a = flow.sides.0, b = flow.sides.1
        let synA = a.flags.contains(.syn), synB = b.flags.contains(.syn)

        if synA != synB {
            let client = synA ? 0 : 1, server = 1 - client
            let verdict = Verdict(serverSide: server, basis: .handshake,
                                  confidence: Self.handshakeConfidence, settled: true)
            if collectEvidence {
                let c = flow.side(client), s = flow.side(server)
                func handshake(_ evidence: Evidence) -> VerdictFact {
                    VerdictFact(kind: nil, serverSide: server, key: flow.key, evidence: evidence)
                }
                var keeping = KeepingFacts(server: server)
                keeping.items.append(handshake(.syn(from: flow.key.endpoint(side: client), count: Int(c.synCount))))
                if s.flags.contains(.synAck) {
                    keeping.items.append(handshake(.synAck(from: flow.key.endpoint(side: server))))
                    if flow.synAckBeforeSyn { keeping.items.append(handshake(.synAckBeforeSyn)) }
                } else if s.flags.contains(.rstBeforeSynAck) {
                    keeping.items.append(handshake(.rejected(by: flow.key.endpoint(side: server))))
                } else if s.tally.packets == 0 && c.synUnanswered {
                    keeping.items.append(handshake(.synUnanswered))
                }
                forEachPayloadOpinion(flow, into: &keeping)
                facts = keeping.items
            }
            return verdict
        }

        if synA && synB {
            // Simultaneous open: both sent SYN. The rest of the evidence picks; failing all,
            // the first SYN's sender is taken as the client.
            var verdict = weigh(flow, context: context, facts: &facts, collectEvidence: collectEvidence)
            let first = Int(flow.firstSender)
            if verdict.basis == .unknown {
                verdict.serverSide = 1 - first
                facts = collectEvidence
                    ? [VerdictFact(kind: nil, serverSide: 1 - first, key: flow.key,
                                   evidence: .guess(client: flow.key.endpoint(side: first)))] : []
            }
            verdict.basis = .simultaneous
            verdict.confidence = min(verdict.confidence, 0.9)
            verdict.settled = true
            if collectEvidence {
                let open = Evidence.simultaneousOpen(first: flow.key.endpoint(side: first),
                                                     second: flow.key.endpoint(side: 1 - first))
                facts.insert(VerdictFact(kind: nil, serverSide: verdict.serverSide, key: flow.key,
                                         evidence: open), at: 0)
            }
            return verdict
        }

        let saA = a.flags.contains(.synAck), saB = b.flags.contains(.synAck)
        if saA != saB {
            let server = saA ? 0 : 1
            let verdict = Verdict(serverSide: server, basis: .synAck,
                                  confidence: Self.synAckConfidence, settled: true)
            if collectEvidence {
                var keeping = KeepingFacts(server: server)
                keeping.items.append(VerdictFact(kind: nil, serverSide: server, key: flow.key,
                                                 evidence: .synAck(from: flow.key.endpoint(side: server))))
                forEachPayloadOpinion(flow, into: &keeping)
                facts = keeping.items
            }
            return verdict
        }
        return weigh(flow, context: context, facts: &facts, collectEvidence: collectEvidence)
    }

    /// No handshake: every fact adds its weight for the side it names. The basis is the
    /// kind of the heaviest fact for the side named server; the verdict is settled when
    /// that fact's kind settles roles and no settling fact as heavy names the other side.
    func weigh(_ flow: FlowState, context: VerdictContext?, facts: inout [VerdictFact], collectEvidence: Bool) -> Verdict {
        if !collectEvidence, let verdict = settledByOwnFacts(flow) { return verdict }
        var weighing = Weighing(keepsFacts: collectEvidence)
        forEachOpinion(flow, context: context ?? self.context(flow), into: &weighing)
        let score = weighing.score, heaviest = weighing.heaviest
        // Taken, not shared: sorted below without a copy.
        var items: [VerdictFact] = []
        swap(&items, &weighing.items)
        guard let serverIsA = score.serverIsA else {
            // Nothing favours either side: the first sender is guessed to be the client.
            let client = Int(flow.firstSender)
            let verdict = Verdict(serverSide: 1 - client, basis: .unknown, confidence: 0.5, settled: false)
            if collectEvidence {
                facts = [VerdictFact(kind: nil, serverSide: 1 - client, key: flow.key,
                                                evidence: .guess(client: flow.key.endpoint(side: client)))]
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
        let verdict = Verdict(serverSide: server, basis: basis, confidence: min(score.confidence, Self.weighedConfidenceCeiling),
                              settled: settled)
        if collectEvidence {
            for i in items.indices { items[i].supports = items[i].serverSide == server }
            // Strongest first; those for the verdict before those against it.
            items.sort { ($0.supports ? 1 : 0, $0.kind?.weight ?? 0) > ($1.supports ? 1 : 0, $1.kind?.weight ?? 0) }
            facts = items
        }
        return verdict
    }

    /// The verdict `weigh` gives when the facts a flow shows of itself (its payload, an FTP
    /// announcement, a group address) settle it so firmly that the others cannot change it:
    /// each other fact is lighter than the deciding one, and all of them against it would
    /// leave the confidence above the ceiling. Nil otherwise. Most UDP conversations (a DNS
    /// query and its answer) end here, without the fan-in and endpoint-memory look-ups and
    /// the port facts.
    private func settledByOwnFacts(_ flow: FlowState) -> Verdict? {
        var weighing = Weighing(keepsFacts: false)
        // In `forEachOpinion`'s order: the first of the heaviest facts decides.
        forEachPayloadOpinion(flow, into: &weighing)
        ftpOpinion(flow, into: &weighing)
        groupAddressOpinion(flow, into: &weighing)
        let logOdds = weighing.score.logOdds
        let others = Self.otherFacts
        guard abs(logOdds) - others.logOdds > others.ceilingLogOdds else { return nil }
        let server = logOdds > 0 ? 0 : 1
        guard let decider = server == 0 ? weighing.heaviest.0 : weighing.heaviest.1,
              decider.weight > others.heaviest else { return nil }
        let against = server == 0 ? weighing.heaviest.1 : weighing.heaviest.0
        let settled = decider.settles && !(against.map { $0.settles && $0.weight >= decider.weight } ?? false)
        return Verdict(serverSide: server, basis: VerdictBasis(decider.category),
                       confidence: Self.weighedConfidenceCeiling, settled: settled)
    }

    /// The kinds `settledByOwnFacts` weighs; every kind that settles roles is one of them.
    private static let ownKinds: [RoleFact] = [.payloadMessage, .payloadLikely, .sshKeyExchange, .sameBannerFirst,
                                               .bannerEcho, .ftpAnnouncement, .groupAddress]
    /// The other kinds, each shown at most once by a flow: what they add up to at most
    /// (infinite, so nothing is settled early, if one of them settles roles) and the heaviest;
    /// and the log-odds above which the confidence is the ceiling, with room for rounding.
    private static let otherFacts: (logOdds: Double, heaviest: Double, ceilingLogOdds: Double) = {
        let others = RoleFact.allCases.filter { !ownKinds.contains($0) }
        return (others.reduce(0.0) { $0 + ($1.settles ? .infinity : $1.weight) }, others.map(\.weight).max() ?? 0,
                log(weighedConfidenceCeiling / (1 - weighedConfidenceCeiling)) + 0.01)
    }()

    /// Every fact a flow shows, each once, handed to `sink` (no array is built: this runs
    /// once per ended flow). A fact's evidence is made only if the sink keeps it.
    @inline(__always)
    func forEachOpinion<Sink: OpinionSink>(_ flow: FlowState, context: VerdictContext, into sink: inout Sink) {
        forEachPayloadOpinion(flow, into: &sink)
        ftpOpinion(flow, into: &sink)
        resetResponderOpinion(flow, into: &sink)
        knownServerOpinion(flow, context, into: &sink)
        fanInOpinion(flow, context, into: &sink)
        groupAddressOpinion(flow, into: &sink)
        let pa = flow.key.a.port
        PortRoleFacts.forEach(pa, flow.key.b.port, transport: flow.key.transport, registry: registry) { fact in
            sink.take(fact.kind, serverSide: fact.serverPort == pa ? 0 : 1, key: flow.key) { .port(fact) }
        }
        if let seen = flow.onlySeenSide {
            // Who sent first is the side captured, whatever its role: only how it opened counts.
            openingSegmentOpinion(flow, seen: seen, into: &sink)
        } else if flow.firstSender >= 0 {
            let client = Int(flow.firstSender)
            sink.take(.firstSender, serverSide: 1 - client, key: flow.key) { .firstSender(flow.key.endpoint(side: client)) }
        }
        morePayloadOpinion(flow, into: &sink)
    }

    // MARK: - Opinions

    /// What each side's first payload, and an SSH key exchange, say about the roles.
    @inline(__always)
    func forEachPayloadOpinion<Sink: OpinionSink>(_ flow: FlowState, into sink: inout Sink) {
        let sigA = flow.sides.0.signature, sigB = flow.sides.1.signature
        let sameBanner = sigA != nil && sigA == sigB && flow.firstPayloadSide >= 0
        for side in 0..<2 {
            guard let signature = side == 0 ? sigA : sigB, let role = signature.decidedRole else { continue }
            // A banner the client echoes counts once, below, when both sides sent it.
            if sameBanner && signature.certainty == .serverThenEcho { continue }
            sink.take(signature.certainty == .certain ? .payloadMessage : .payloadLikely,
                      serverSide: role == .server ? side : 1 - side, key: flow.key) {
                .payload(sender: flow.key.endpoint(side: side), senderIsServer: role == .server, signature: signature)
            }
        }
        // Both sent the same banner. SSH: who spoke first is a weak hint, a race. ICA: the
        // client echoes the server's banner, so the first is the server.
        if sameBanner, let sigA, sigA.certainty == .serverIfFirst || sigA.certainty == .serverThenEcho {
            let server = Int(flow.firstPayloadSide)
            let echo = sigA.certainty == .serverThenEcho
            sink.take(echo ? .bannerEcho : .sameBannerFirst, serverSide: server, key: flow.key) {
                .sameBannerFirst(server: flow.key.endpoint(side: server), signature: sigA, echoed: echo)
            }
        }
        for side in 0..<2 {
            guard let role = flow.side(side).keyExchangeRole else { continue }
            sink.take(.sshKeyExchange, serverSide: role == .server ? side : 1 - side, key: flow.key) {
                .sshKeyExchange(sender: flow.key.endpoint(side: side), role: role)
            }
        }
    }

    @inline(__always)
    func ftpOpinion<Sink: OpinionSink>(_ flow: FlowState, into sink: inout Sink) {
        guard flow.ftpListenerSide >= 0, let kind = FTPAnnouncement.Kind(rawValue: flow.ftpKind) else { return }
        let server = Int(flow.ftpListenerSide)
        sink.take(.ftpAnnouncement, serverSide: server, key: flow.key) {
            .ftpData(listener: flow.key.endpoint(side: server), kind: kind)
        }
    }

    /// A probe the other side only answered with RST (an ACK scan, a stray segment to a
    /// closed port): the prober is the client, whatever fan-in its fixed source port shows.
    /// A FIN from the prober could be the tail of a real connection, so it does not count.
    @inline(__always)
    func resetResponderOpinion<Sink: OpinionSink>(_ flow: FlowState, into sink: inout Sink) {
        guard flow.isTCP, !flow.anyPayload, flow.firstSender >= 0 else { return }
        let prober = Int(flow.firstSender), responder = 1 - prober
        let p = flow.side(prober).flags, r = flow.side(responder).flags
        guard r.contains(.rst), !r.contains(.sentNonReset),
              p.contains(.sentNonReset), !p.contains(.rst), !p.contains(.fin) else { return }
        sink.take(.resetResponder, serverSide: responder, key: flow.key) {
            .resetResponder(flow.key.endpoint(side: responder))
        }
    }

    /// Whether the endpoint memory names each side of the flow a server (taught by another
    /// flow): all a verdict reads of the memory, which grows while flows end.
    func knownServerSides(_ flow: FlowState) -> (Bool, Bool) {
        knownServerSides(flow, (EndpointKey(flow.key.endpoint(side: 0), transport: flow.key.transport).fingerprint,
                                EndpointKey(flow.key.endpoint(side: 1), transport: flow.key.transport).fingerprint))
    }

    /// `prints`: the two endpoints' `EndpointKey.fingerprint`.
    @inline(__always)
    func knownServerSides(_ flow: FlowState, _ prints: (UInt64, UInt64)) -> (Bool, Bool) {
        (knownServers.contains(fingerprint: prints.0, asking: flow.witness),
         knownServers.contains(fingerprint: prints.1, asking: flow.witness))
    }

    /// What a verdict of `flow` reads now of the endpoint memory and the fan-in.
    @inline(__always)
    func context(_ flow: FlowState) -> VerdictContext {
        // Both look the two endpoints up by their fingerprints: each worked out once.
        let ends = (EndpointKey(flow.key.endpoint(side: 0), transport: flow.key.transport),
                    EndpointKey(flow.key.endpoint(side: 1), transport: flow.key.transport))
        let prints = (ends.0.fingerprint, ends.1.fingerprint)
        let known = knownServerSides(flow, prints)
        return VerdictContext(knownServerA: known.0, knownServerB: known.1,
                              peersA: Int32(clamping: fanIn.peerCount(ends.0, fingerprint: prints.0)),
                              peersB: Int32(clamping: fanIn.peerCount(ends.1, fingerprint: prints.1)))
    }

    /// One endpoint, not the other, was the server of another settled conversation.
    @inline(__always)
    func knownServerOpinion<Sink: OpinionSink>(_ flow: FlowState, _ context: VerdictContext, into sink: inout Sink) {
        let ka = context.knownServerA
        guard ka != context.knownServerB else { return }
        sink.take(.knownServer, serverSide: ka ? 0 : 1, key: flow.key) {
            .knownServer(flow.key.endpoint(side: ka ? 0 : 1))
        }
    }

    /// A multicast group or the broadcast address only receives: it is the responder. One
    /// that sent packets is no real group (an anonymised capture's random addresses): no fact.
    @inline(__always)
    func groupAddressOpinion<Sink: OpinionSink>(_ flow: FlowState, into sink: inout Sink) {
        let ga = flow.isGroup(side: 0), gb = flow.isGroup(side: 1)
        guard ga != gb else { return }
        let group = ga ? 0 : 1
        guard flow.side(group).tally.packets == 0 else { return }
        sink.take(.groupAddress, serverSide: group, key: flow.key) { .groupAddress(flow.key.endpoint(side: group)) }
    }

    @inline(__always)
    func fanInOpinion<Sink: OpinionSink>(_ flow: FlowState, _ context: VerdictContext, into sink: inout Sink) {
        let pa = Int(context.peersA), pb = Int(context.peersB)
        let busy = pa >= pb ? 0 : 1
        let (most, least) = busy == 0 ? (pa, pb) : (pb, pa)
        guard most >= Self.fanInMinimumPeers, most > 2 * least else { return }
        sink.take(.fanIn, serverSide: busy, key: flow.key) {
            let ea = flow.key.endpoint(side: 0), eb = flow.key.endpoint(side: 1)
            return .fanIn(busy: busy == 0 ? ea : eb, peers: most, other: busy == 0 ? eb : ea, otherPeers: least)
        }
    }

    /// The only side captured opened with payload (it spoke first: the client) or with a bare
    /// acknowledgement (it answered: the server).
    @inline(__always)
    func openingSegmentOpinion<Sink: OpinionSink>(_ flow: FlowState, seen: Int, into sink: inout Sink) {
        let flags = flow.side(seen).flags
        let spokeFirst = flags.contains(.openedWithPayload)
        guard spokeFirst || flags.contains(.openedBare) else { return }
        sink.take(.openingSegment, serverSide: spokeFirst ? 1 - seen : seen, key: flow.key) {
            .openingSegment(sender: flow.key.endpoint(side: seen), spokeFirst: spokeFirst)
        }
    }

    /// Both sides sent packets and one sent several times the other's payload: servers
    /// mostly answer with more than they are asked.
    @inline(__always)
    func morePayloadOpinion<Sink: OpinionSink>(_ flow: FlowState, into sink: inout Sink) {
        let a = flow.sides.0.tally, b = flow.sides.1.tally
        guard a.packets > 0, b.packets > 0 else { return }
        let (more, less, side) = a.payloadBytes >= b.payloadBytes
            ? (a.payloadBytes, b.payloadBytes, 0) : (b.payloadBytes, a.payloadBytes, 1)
        guard more > 0, more >= Self.morePayloadRatio * less else { return }
        sink.take(.morePayload, serverSide: side, key: flow.key) {
            .morePayload(server: flow.key.endpoint(side: side), bytes: more, otherBytes: less)
        }
    }
}

/// Takes the facts `VerdictEngine.forEachOpinion` finds, in its order: each fact's kind and
/// the side it names, and its evidence as a closure only a sink that keeps facts calls.
protocol OpinionSink {
    mutating func take(_ kind: RoleFact, serverSide: Int, key: FlowKey, evidence: () -> Evidence)
}

/// Adds the facts up for `VerdictEngine.weigh`, keeping them with their evidence when asked.
struct Weighing: OpinionSink {
    let keepsFacts: Bool
    var score = RoleScore()
    /// The heaviest fact naming side 0, side 1 the server.
    var heaviest: (RoleFact?, RoleFact?) = (nil, nil)
    var items: [VerdictFact] = []

    init(keepsFacts: Bool) {
        self.keepsFacts = keepsFacts
        if keepsFacts { items.reserveCapacity(VerdictEngine.usualReasons) }
    }

    @inline(__always)
    mutating func take(_ kind: RoleFact, serverSide side: Int, key: FlowKey, evidence: () -> Evidence) {
        score.add(kind, serverIsA: side == 0)
        let current = side == 0 ? heaviest.0 : heaviest.1
        if current.map({ $0.weight < kind.weight }) ?? true {
            if side == 0 { heaviest.0 = kind } else { heaviest.1 = kind }
        }
        if keepsFacts { items.append(VerdictFact(kind: kind, serverSide: side, key: key, evidence: evidence())) }
    }
}

/// Keeps the facts as they come, each supporting `server` or not: a handshake's payload facts.
struct KeepingFacts: OpinionSink {
    let server: Int
    var items: [VerdictFact] = []

    init(server: Int) {
        self.server = server
        items.reserveCapacity(VerdictEngine.usualReasons)
    }

    mutating func take(_ kind: RoleFact, serverSide side: Int, key: FlowKey, evidence: () -> Evidence) {
        items.append(VerdictFact(kind: kind, serverSide: side, key: key, evidence: evidence(), supports: side == server))
    }
}
