/// A conversation whose two ports alone do not settle the roles (`PortRoleFacts.settlingConfidence`),
/// with what the ports said: the report shows what settled it instead.
public struct ContestedPair: Sendable {
    public var flow: Conversation
    /// The probability the port facts alone give `flow.server` of being the server (below
    /// 0.5 when the verdict went against the port they favour).
    public var portsProbability: Double
}
