import WharfingerWire
import WharfingerAnalysis
import WharfingerServices

/// The words for a verdict's reasons and for a record's unexpected service: the analysis
/// keeps them as values, the text and JSON reports print these sentences. A port fact's
/// words are `PortRoleFact.text` (PortRoleFactText.swift), the ones `explain` prints too.
extension VerdictFact {
    /// "SYN from 10.0.0.1:51514"; a weighed fact ends with its weight for the verdict,
    /// " (+1.8)", and one that speaks against it starts with "against: ".
    public func text(registry: ServiceRegistry, transport: TransportProtocol) -> String {
        var evidence = evidence
        // A payload's sender is named by its role under the server this fact names; a fact
        // against the verdict names the other side, so the reader's roles are the reverse.
        if !supports, case let .payload(sender, senderIsServer, signature) = evidence {
            evidence = .payload(sender: sender, senderIsServer: !senderIsServer, signature: signature)
        }
        var text = evidence.text(registry: registry, transport: transport)
        if let kind { text += " (" + decimalText(supports ? kind.weight : -kind.weight, digits: 1, signed: true) + ")" }
        return supports ? text : "against: " + text
    }
}

extension Evidence {
    public func text(registry: ServiceRegistry, transport: TransportProtocol) -> String {
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
            let role = senderIsServer ? "server" : "client"
            let what = signature?.text ?? "payload"
            let claim = signature.map { $0.role == .server ? "a server's" : "a client's" } ?? ""
            if (signature?.role == .server) == senderIsServer {
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
            return "\(Self.text(kind)) announced \(listener) as the data listener"
        case let .resetResponder(endpoint):
            return "\(endpoint) only answered the other side's packets with RST (probed, as at a closed port)"
        case let .groupAddress(group):
            let multicast = group.ip.isGroup && (group.ip.isIPv6 || group.ip.ipv4Value != 0xFFFF_FFFF)
            return "\(group) is a \(multicast ? "multicast group" : "broadcast address"): it can only receive"
        case let .fanIn(busy, peers, other, otherPeers):
            return "\(busy) talks to \(peers) distinct peers, \(other) to \(otherPeers)"
        case let .port(fact):
            return fact.text(registry: registry, transport: transport)
        case let .firstSender(endpoint):
            return "\(endpoint) sent first"
        case let .openingSegment(sender, spokeFirst):
            return spokeFirst
                ? "\(sender)'s first segment carried payload: it spoke first"
                : "\(sender)'s first segment was a bare acknowledgement: it answered"
        case let .oneSided(seen):
            return "one-sided: only \(seen)'s packets were captured, and they acknowledge the other side's, "
                + "never captured (who sent first or more says nothing)"
        case let .guess(client):
            return "nothing favours either side: guessed \(client) as the client"
        }
    }

    /// The FTP message that announced a data listener.
    private static func text(_ kind: FTPAnnouncement.Kind) -> String {
        switch kind {
        case .port: "FTP PORT command"
        case .eprt: "FTP EPRT command"
        case .pasv: "FTP 227 PASV reply"
        case .epsv: "FTP 229 EPSV reply"
        }
    }
}

extension Conversation {
    /// "http on tcp/8081 (registered: tbd)" or "ssh on unusual port 2222"; nil when the
    /// detected protocol is the one expected on the server port.
    public var unexpectedServiceText: String? {
        guard detectedProtocolUnexpected, let detected = detectedProtocol else { return nil }
        return UnexpectedService.text(detected: detected, service: service, transport: transport, port: server.port)
    }
}

extension UnexpectedService {
    /// "http on tcp/8081 (registered: tbd)" or "ssh on unusual port 2222".
    public var text: String {
        Self.text(detected: detectedProtocol, service: service, transport: transport, port: server.port)
    }

    static func text(detected: String, service: String?, transport: TransportProtocol, port: UInt16) -> String {
        if let service { return "\(detected) on \(transport.name)/\(port) (registered: \(service))" }
        return "\(detected) on unusual port \(port)"
    }
}
