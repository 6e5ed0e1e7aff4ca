import WharfingerWire

import WharfingerServices

/// One reason for a verdict, as plain values; rendered to text only for records.
enum Evidence {
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
    case port(PortRoleFact)
    case firstSender(Endpoint)
    case guess(client: Endpoint)
}

/// A reason, whether it speaks for the verdict or against it, and, for a weighed fact,
/// its kind and the side it names as the server.
struct EvidenceItem {
    var fact: Evidence
    var supports: Bool
    var kind: RoleFact? = nil
    var serverSide = 0
}

extension Evidence {
    func text(registry: ServiceRegistry, transport: TransportProtocol) -> String {
        switch self {
        case let .syn(from, count):
            return count > 1 ? "SYN from \(from) (sent \(count) times)" : "SYN from \(from)"
        case let .synAck(from):
            return "SYN-ACK from \(from)"
        case .synAckBeforeSyn:
            return "SYN-ACK captured before its SYN (ack = SYN seq + 1)"
        case let .rejected(by):
            return "SYN answered by RST from \(by)"
        case .synUnanswered:
            return "SYN never answered"
        case let .simultaneousOpen(first, second):
            return "simultaneous open: both \(first) and \(second) sent SYN"
        case let .payload(sender, senderIsServer, signature):
            let sig = signature
            let role = senderIsServer ? "server" : "client"
            let what = sig?.evidence ?? "payload"
            let claim = sig.map { $0.role == .server ? "a server's" : "a client's" } ?? ""
            if (sig?.role == .server) == senderIsServer {
                return "\(role) sent \(what)"
            }
            return "\(role) \(sender) sent \(what) (\(claim) message)"
        case let .sameBannerFirst(server, signature, echoed):
            let what = signature?.service ?? "the same"
            return echoed
                ? "both sides sent the \(what) banner; \(server) sent it first, the client echoes it"
                : "both sides sent \(what) banners; \(server) spoke first"
        case let .sshKeyExchange(sender, role):
            return role == .client
                ? "\(sender) sent an SSH key-exchange message only clients send (KEXDH_INIT or GEX request)"
                : "\(sender) sent an SSH key-exchange message only servers send (KEXDH_REPLY or GEX group/reply)"
        case let .knownServer(endpoint):
            return "\(endpoint) was the server of another conversation settled by its handshake or payload"
        case let .morePayload(server, bytes, otherBytes):
            return "\(server) sent \(bytes) payload bytes, the other side \(otherBytes)"
        case let .ftpData(listener, kind):
            return "\(kind.text) announced \(listener) as the data listener"
        case let .resetResponder(endpoint):
            return "\(endpoint) only answered the other side's packets with RST (probed, as at a closed port)"
        case let .fanIn(busy, peers, other, otherPeers):
            return "\(busy) talks to \(peers) distinct peers, \(other) to \(otherPeers)"
        case let .port(fact):
            return fact.text(registry: registry, transport: transport)
        case let .firstSender(endpoint):
            return "\(endpoint) sent first"
        case let .guess(client):
            return "nothing favours either side: guessed \(client) as the client"
        }
    }
}
