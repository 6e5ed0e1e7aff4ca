/// A kind of fact that says which side of a conversation is the server. A verdict without
/// the handshake adds up the weights of the facts a flow shows (`RoleWeights`), so each
/// kind counts as much as labelled traffic says it is worth, and no more.
/// scripts/fit-role-weights.py reads the kinds from this file (`name`, `settles` and the
/// `.ports` case of `category`); FittingScriptKindsTests fails when it reads them wrong.
public enum RoleFact: UInt8, Sendable, CaseIterable {
    /// A message only one role sends: a request line or a status line, a TLS ClientHello or
    /// ServerHello, a DNS query or response, a greeting only servers send.
    case payloadMessage
    /// A message usually sent by one role, but short or generic (a bare "220 ", a 2-byte
    /// SOCKS5 reply).
    case payloadLikely
    /// An SSH key-exchange message only one role sends (KEXDH_INIT from the client,
    /// KEXDH_REPLY from the server...), read before NEWKEYS, while the packets are clear.
    case sshKeyExchange
    /// An FTP control connection announced this endpoint as the data listener.
    case ftpAnnouncement
    /// Both sides sent the same banner (SSH); the first to speak is taken for the server.
    /// Who speaks first is a race, so this is weak.
    case sameBannerFirst
    /// Both sides sent a banner the client only echoes after the server's (ICA): the first
    /// to send it is the server.
    case bannerEcho
    /// The endpoint was the server of another conversation of this run, settled by its
    /// handshake or its payload.
    case knownServer
    /// The endpoint only answered the other side's packets with RST.
    case resetResponder
    /// The endpoint talks to many more distinct peers than the other side does.
    case fanIn
    case wellKnownPort
    case commonServicePort
    case registeredPort
    case ephemeralPort
    case oldStackPort
    case lowerPort
    /// The registry gives one protocol two ports, one per role (DHCP's 67 and 68).
    case servicePortPair
    /// The side that sent the first captured packet is taken for the client.
    case firstSender
    /// The side that sent several times more payload bytes is taken for the server.
    case morePayload
    /// The endpoint is a multicast group or the broadcast address: it can only receive,
    /// so it is the responder whatever else the flow shows (a DNS answer multicast to a
    /// group included).
    case groupAddress
    /// Only one side of the flow was captured (`FlowState.onlySeenSide`), so who sent first
    /// says nothing; how that side opened does: with payload it spoke first and is taken for
    /// the client, with a bare acknowledgement it answered and is taken for the server.
    case openingSegment

    /// The name in JSON and in the measurement's data set.
    public var name: String {
        switch self {
        case .payloadMessage: "payload-message"
        case .payloadLikely: "payload-likely"
        case .sshKeyExchange: "ssh-key-exchange"
        case .ftpAnnouncement: "ftp-announcement"
        case .sameBannerFirst: "same-banner-first"
        case .bannerEcho: "banner-echo"
        case .knownServer: "known-server"
        case .resetResponder: "reset-responder"
        case .fanIn: "fan-in"
        case .wellKnownPort: "well-known-port"
        case .commonServicePort: "common-service-port"
        case .registeredPort: "registered-port"
        case .ephemeralPort: "ephemeral-port"
        case .oldStackPort: "old-stack-port"
        case .lowerPort: "lower-port"
        case .servicePortPair: "service-port-pair"
        case .firstSender: "first-sender"
        case .morePayload: "more-payload"
        case .groupAddress: "group-address"
        case .openingSegment: "opening-segment"
        }
    }

    /// The log-likelihood ratio this fact adds for "the side it names is the server".
    public var weight: Double { RoleWeights.weight(self) }

    /// What kind of evidence the fact is, for a verdict's basis.
    public var category: RoleFactCategory {
        switch self {
        case .payloadMessage, .payloadLikely, .sshKeyExchange, .sameBannerFirst, .bannerEcho: .payload
        case .ftpAnnouncement: .ftpAnnouncement
        case .knownServer: .endpointMemory
        case .fanIn: .fanIn
        case .resetResponder: .resetResponder
        case .wellKnownPort, .commonServicePort, .registeredPort, .ephemeralPort, .oldStackPort, .lowerPort,
             .servicePortPair: .ports
        case .firstSender, .morePayload, .openingSegment: .traffic
        case .groupAddress: .groupAddress
        }
    }

    /// The bytes themselves fix the roles: a verdict such a fact decides is settled, and no
    /// later fact (fan-in, endpoint memory) can change it.
    public var settles: Bool {
        switch self {
        case .payloadMessage, .sshKeyExchange, .ftpAnnouncement, .groupAddress: true
        default: false
        }
    }
}

/// The kinds of evidence a verdict's basis names.
public enum RoleFactCategory: UInt8, Sendable {
    case payload, ftpAnnouncement, endpointMemory, fanIn, resetResponder, ports, traffic, groupAddress
}
