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
    case sameBannerFirst(server: Endpoint, signature: PayloadSignature?)
    case payloadConflict
    case ftpData(listener: Endpoint, kind: FTPAnnouncement.Kind)
    case resetResponder(Endpoint)
    case fanIn(busy: Endpoint, peers: Int, other: Endpoint, otherPeers: Int)
    case wellKnown(port: UInt16, other: UInt16)
    case commonService(port: UInt16, other: UInt16)
    case registered(port: UInt16, other: UInt16, otherInEphemeral: Bool)
    case ephemeral(port: UInt16, range: EphemeralRange)
    case oldStackRange(port: UInt16)
    case lowerPort(port: UInt16, other: UInt16)
    case firstSender(Endpoint)
    case guess(client: Endpoint)
}

/// A reason and whether it speaks for the verdict or against it.
struct EvidenceItem {
    var fact: Evidence
    var supports: Bool
}

extension Evidence {
    func text(registry: ServiceRegistry, transport: TransportProtocol) -> String {
        func name(_ port: UInt16) -> String { registry.name(port: port, transport: transport) ?? "unassigned" }
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
        case let .sameBannerFirst(server, signature):
            let what = signature?.service ?? "the same"
            return "both sides sent \(what) banners; \(server) spoke first"
        case .payloadConflict:
            return "first payloads of both sides claim the same role"
        case let .ftpData(listener, kind):
            return "\(kind.text) announced \(listener) as the data listener"
        case let .resetResponder(endpoint):
            return "\(endpoint) only answered the other side's packets with RST (probed, as at a closed port)"
        case let .fanIn(busy, peers, other, otherPeers):
            return "\(busy) talks to \(peers) distinct peers, \(other) to \(otherPeers)"
        case let .wellKnown(port, other):
            return "port \(port) is well-known (<1024), \(other) is not"
        case let .commonService(port, other):
            return "port \(port) is a commonly deployed service port (\(name(port))), \(other) is not"
        case let .registered(port, other, otherInEphemeral):
            return otherInEphemeral
                ? "port \(port) is registered (\(name(port))), \(other) lies in an ephemeral range"
                : "port \(port) is registered (\(name(port))), \(other) is not"
        case let .ephemeral(port, range):
            switch range {
            case .iana: return "\(port) is in the IANA dynamic range 49152-65535"
            case .linux: return "\(port) is in the Linux ephemeral range 32768-60999"
            case .oldStacks: return "\(port) is in the old-stack ephemeral range 1024-4999 (weak)"
            }
        case let .oldStackRange(port):
            return "\(port) is in the old-stack ephemeral range 1024-4999 (weak)"
        case let .lowerPort(port, other):
            return "port \(port) is lower than \(other)"
        case let .firstSender(endpoint):
            return "\(endpoint) sent first"
        case let .guess(client):
            return "nothing favours either side: guessed \(client) as the client"
        }
    }
}
