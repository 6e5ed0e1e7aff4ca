/// One of a conversation's two roles, as a verdict names them.
public enum ConversationRole: UInt8, Sendable {
    case client, server

    /// The name in JSON (`one_sided`).
    public var name: String {
        switch self {
        case .client: "client"
        case .server: "server"
        }
    }
}
