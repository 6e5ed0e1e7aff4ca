import WharfingerServices

/// What settled which side is the client: the handshake, or else the kind of fact that
/// weighed most for the side named server.
public enum VerdictBasis: String, Sendable, CaseIterable {
    /// A SYN without ACK was seen; its sender is the client.
    case handshake
    /// Only the SYN-ACK was seen; its sender is the server.
    case synAck = "syn-ack"
    /// Both sides sent a SYN; the other evidence picked the roles.
    case simultaneous
    /// A payload only one role sends (a request or a response, a greeting, a key exchange).
    case payload
    /// An FTP control connection announced the data listener.
    case ftpAnnouncement = "ftp-announcement"
    /// The endpoint was the server of another conversation of the run.
    case endpointMemory = "endpoint-memory"
    /// One endpoint talks to many more peers.
    case fanIn = "fan-in"
    /// One side only answered with RST.
    case resetResponder = "reset-responder"
    /// The ports: well-known, common service, registered, ephemeral ranges, the lower one.
    case ports
    /// Only who sent first or who sent more.
    case traffic
    /// One side is a multicast group or the broadcast address, which can only receive.
    case groupAddress = "group-address"
    /// Nothing favoured either side; the roles are a guess.
    case unknown

    init(_ category: RoleFactCategory) {
        switch category {
        case .payload: self = .payload
        case .ftpAnnouncement: self = .ftpAnnouncement
        case .endpointMemory: self = .endpointMemory
        case .fanIn: self = .fanIn
        case .resetResponder: self = .resetResponder
        case .ports: self = .ports
        case .traffic: self = .traffic
        case .groupAddress: self = .groupAddress
        }
    }

    /// Decided by the TCP handshake (or part of it), not by weighing facts.
    public var isHandshake: Bool { self == .handshake || self == .synAck || self == .simultaneous }
}
