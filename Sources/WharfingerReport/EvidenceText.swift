import WharfingerWire
import WharfingerAnalysis
import WharfingerServices

/// The words for a verdict's reasons and for a record's unexpected service: the analysis
/// keeps them as values, the text and JSON reports print these sentences. A port fact's
/// words are `PortRoleFact.text` (PortRoleFactText.swift), the ones `explain` prints too.
extension VerdictFact: SpokenFact {
    /// "SYN from 10.0.0.1:51514"; a weighed fact ends with its weight for the verdict,
    /// " (+1.8)", and one that speaks against it starts with "against: ".
    public func write<Sink: SentenceSink & ~Copyable>(registry: ServiceRegistry, transport: TransportProtocol, to sink: inout Sink) {
        if !supports { sink.write("against: " as StaticString) }
        // A payload's sender is named by its role under the server this fact names; a fact
        // against the verdict names the other side, so the reader's roles are the reverse.
        // (Only then is the evidence copied: it is written where it lies.)
        if !supports, case let .payload(sender, senderIsServer, signature) = evidence {
            Evidence.payload(sender: sender, senderIsServer: !senderIsServer, signature: signature)
                .write(registry: registry, transport: transport, to: &sink)
        } else {
            evidence.write(registry: registry, transport: transport, to: &sink)
        }
        if let kind { sink.writeWeight(of: kind, supports: supports) }
    }
}

extension Evidence: SpokenFact {
    public func write<Sink: SentenceSink & ~Copyable>(registry: ServiceRegistry, transport: TransportProtocol, to sink: inout Sink) {
        // Inlined: each phrase is then a constant copy, not a call.
        @inline(__always) func say(_ text: StaticString) { sink.write(text) }
        @inline(__always) func show(_ endpoint: Endpoint) { sink.write(endpoint) }
        switch self {
        case let .syn(from, count):
            say("SYN from "); show(from)
            if count > 1 { say(" (sent "); sink.write(count); say(" times)") }
        case let .synAck(from):
            say("SYN-ACK from "); show(from)
        case .synAckBeforeSyn:
            say("SYN-ACK captured before its SYN (ack = SYN seq + 1)")
        case let .rejected(by):
            say("SYN answered by RST from "); show(by)
        case .synUnanswered:
            say("SYN never answered")
        case let .simultaneousOpen(first, second):
            say("simultaneous open: both "); show(first); say(" and "); show(second); say(" sent SYN")
        case let .payload(sender, senderIsServer, signature):
            say(senderIsServer ? "server" : "client")
            if (signature?.role == .server) == senderIsServer {
                say(" sent ")
                if let signature { sink.write(signature.text) } else { say("payload") }
                return
            }
            say(" "); show(sender); say(" sent ")
            if let signature { sink.write(signature.text) } else { say("payload") }
            say(" (")
            if let signature { say(signature.role == .server ? "a server's" : "a client's") }
            say(" message)")
        case let .sameBannerFirst(server, signature, echoed):
            if echoed {
                say("both sides sent the "); sink.write(signature?.service ?? "the same")
                say(" banner; "); show(server); say(" sent it first, the client echoes it")
            } else {
                say("both sides sent "); sink.write(signature?.service ?? "the same")
                say(" banners; "); show(server); say(" spoke first")
            }
        case let .sshKeyExchange(sender, role):
            show(sender)
            say(role == .client
                ? " sent an SSH key-exchange message only clients send (KEXDH_INIT or GEX request)"
                : " sent an SSH key-exchange message only servers send (KEXDH_REPLY or GEX group/reply)")
        case let .knownServer(endpoint):
            show(endpoint); say(" was the server of another conversation settled by its handshake or payload")
        case let .morePayload(server, bytes, otherBytes):
            show(server); say(" sent "); sink.write(bytes); say(" payload bytes, the other side "); sink.write(otherBytes)
        case let .ftpData(listener, kind):
            say(Self.text(kind)); say(" announced "); show(listener); say(" as the data listener")
        case let .resetResponder(endpoint):
            show(endpoint); say(" only answered the other side's packets with RST (probed, as at a closed port)")
        case let .groupAddress(group):
            show(group)
            let multicast = group.ip.isGroup && (group.ip.isIPv6 || group.ip.ipv4Value != 0xFFFF_FFFF)
            say(multicast ? " is a multicast group: it can only receive" : " is a broadcast address: it can only receive")
        case let .fanIn(busy, peers, other, otherPeers):
            show(busy); say(" talks to "); sink.write(peers); say(" distinct peers, "); show(other); say(" to ")
            sink.write(otherPeers)
        case let .port(fact):
            fact.write(registry: registry, transport: transport, to: &sink)
        case let .firstSender(endpoint):
            show(endpoint); say(" sent first")
        case let .openingSegment(sender, spokeFirst):
            show(sender)
            say(spokeFirst
                ? "'s first segment carried payload: it spoke first"
                : "'s first segment was a bare acknowledgement: it answered")
        case let .oneSided(seen):
            say("one-sided: only "); show(seen)
            say("'s packets were captured, and they acknowledge the other side's, never captured (who sent first or more says nothing)")
        case let .guess(client):
            say("nothing favours either side: guessed "); show(client); say(" as the client")
        }
    }

    /// The FTP message that announced a data listener.
    private static func text(_ kind: FTPAnnouncement.Kind) -> StaticString {
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
