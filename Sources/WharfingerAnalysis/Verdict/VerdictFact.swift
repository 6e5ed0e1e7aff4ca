import WharfingerWire

import WharfingerServices

/// One reason for a verdict, as plain values. The report puts it into words (`EvidenceText`).
public enum Evidence: Sendable, Equatable {
    case syn(from: Endpoint, count: Int)
    case synAck(from: Endpoint)
    case synAckBeforeSyn
    case rejected(by: Endpoint)
    case synUnanswered
    case simultaneousOpen(first: Endpoint, second: Endpoint)
    case payload(sender: Endpoint, senderIsServer: Bool, signature: PayloadSignature?)
    case sameBannerFirst(server: Endpoint, signature: PayloadSignature?, echoed: Bool)
    case sshKeyExchange(sender: Endpoint, role: PayloadRole)
    case knownServer(Endpoint)
    case morePayload(server: Endpoint, bytes: UInt64, otherBytes: UInt64)
    case ftpData(listener: Endpoint, kind: FTPAnnouncement.Kind)
    case resetResponder(Endpoint)
    case fanIn(busy: Endpoint, peers: Int, other: Endpoint, otherPeers: Int)
    case groupAddress(Endpoint)
    case port(PortRoleFact)
    case firstSender(Endpoint)
    /// The only side captured opened with payload (`spokeFirst`) or a bare acknowledgement.
    case openingSegment(sender: Endpoint, spokeFirst: Bool)
    /// Only `seen`'s packets were captured, and they acknowledge what the other side sent.
    case oneSided(seen: Endpoint)
    case guess(client: Endpoint)
}

/// One reason for a verdict: its typed evidence, the endpoint it names as the server and,
/// for a weighed fact, its kind (hence its weight). The engine weighs these, a conversation
/// carries them, the report words them (`EvidenceText`).
public struct VerdictFact: Sendable {
    public var evidence: Evidence
    /// Nil for the handshake's own facts (SYN, SYN-ACK, ...) and the guess, which decide
    /// rather than weigh.
    public var kind: RoleFact?
    /// The endpoint this fact names as the server.
    public var server: Endpoint
    /// It names the verdict's server.
    public var supports: Bool
    /// The flow side (canonical order) it names as the server: the engine's bookkeeping.
    var serverSide: Int

    /// Its log-likelihood ratio for the server it names (0 for a fact that is not weighed).
    public var weight: Double { kind?.weight ?? 0 }

    public init(evidence: Evidence, kind: RoleFact? = nil, server: Endpoint, supports: Bool) {
        self.evidence = evidence
        self.kind = kind
        self.server = server
        self.supports = supports
        serverSide = 0
    }

    /// A fact of `key`'s flow naming side `serverSide` as the server.
    init(kind: RoleFact?, serverSide: Int, key: FlowKey, evidence: Evidence, supports: Bool = true) {
        self.evidence = evidence
        self.kind = kind
        self.server = key.endpoint(side: serverSide)
        self.supports = supports
        self.serverSide = serverSide
    }
}
