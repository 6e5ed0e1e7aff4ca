/// What settled which side is the client.
public enum VerdictBasis: String, Sendable, CaseIterable {
    /// A SYN without ACK was seen; its sender is the client.
    case handshake
    /// Only the SYN-ACK was seen; its sender is the server.
    case synAck = "syn-ack"
    /// Both sides sent a SYN; the other evidence picked the roles.
    case simultaneous
    /// No handshake: payload, fan-in, FTP announcements, the registry or port ranges decided.
    case heuristic
    /// Nothing favoured either side; the roles are a guess.
    case unknown
}
