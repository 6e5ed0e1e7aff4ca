/// What a verdict reads of the tables that change while a run goes on: whether the endpoint
/// memory names each side a server (taught by another flow), and each side's distinct peers
/// (fan-in). With the flow's state and the registry it fixes the verdict and its reasons, so
/// a record kept for a report decides later exactly as its verdict was tallied.
struct VerdictContext: Equatable {
    var knownServerA: Bool
    var knownServerB: Bool
    var peersA: Int32
    var peersB: Int32
}
