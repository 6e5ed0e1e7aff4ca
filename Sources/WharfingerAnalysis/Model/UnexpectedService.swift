import WharfingerWire

/// A server endpoint where a payload signature recognised a protocol the port is not
/// registered for (`Conversation.detectedProtocolUnexpected`), with every conversation that
/// showed it.
public struct UnexpectedService: Sendable {
    public var transport: TransportProtocol
    public var server: Endpoint
    /// The registry's name for the server port.
    public var service: String?
    public var detectedProtocol: String
    public var flows: UInt64
    /// The first conversation's start and the last one's end.
    public var first: Timestamp
    public var last: Timestamp
}

/// Every conversation of the run whose detected protocol was unexpected, grouped by
/// server endpoint and protocol.
public struct UnexpectedServices: Sendable {
    /// Most conversations first: the first `AnalysisConfiguration.maxUnexpectedServices`
    /// groups the run met.
    public var services: [UnexpectedService] = []
    /// Every such conversation, those of groups not kept included.
    public var flows: UInt64 = 0
    /// Conversations of groups met once the table was full: counted only.
    public var notKeptFlows: UInt64 = 0

    public init() {}
}
