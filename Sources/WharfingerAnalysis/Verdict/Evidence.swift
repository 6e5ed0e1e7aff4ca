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
    case guess(client: Endpoint)
}

/// A reason, whether it speaks for the verdict or against it, and, for a weighed fact,
/// its kind (hence its weight).
public struct EvidenceItem: Sendable {
    public var fact: Evidence
    public var supports: Bool
    public var kind: RoleFact? = nil
    /// The flow side (canonical order) a weighed fact names as the server: the engine's
    /// bookkeeping, which `supports` states for the record.
    var serverSide = 0
}
