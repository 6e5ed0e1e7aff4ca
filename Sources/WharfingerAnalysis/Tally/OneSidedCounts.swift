/// The conversations a capture holds one side of (`FlowState.onlySeenSide`: a tap that saw
/// one direction), by the side that was seen. Each also says so in its record (`one_sided`).
public struct OneSidedCounts: Sendable, Equatable {
    /// Only the client's packets were captured.
    public var client = 0
    /// Only the server's packets were captured.
    public var server = 0

    public init() {}

    public var total: Int { client + server }

    mutating func add(_ flow: FlowState, serverSide: Int) {
        guard let seen = flow.onlySeenSide else { return }
        if seen == serverSide { server += 1 } else { client += 1 }
    }
}
