/// An ended flow a report lists, and what its verdict read of the endpoint memory and the
/// fan-in when the tallies took it, so the report's conversation shows that verdict with
/// those reasons however the tables grew since. `context` is nil while the verdict waits
/// for later evidence (`PendingRing`), and for a live flow: its verdict reads them now.
struct FlowRecord {
    var flow: FlowState
    var context: VerdictContext?
}

extension FlowState {
    /// The same conversation: the same endpoints from the same first frame (the port pair
    /// used again later is another). How a record kept for a report finds its flow again.
    func isSameConversation(as other: FlowState) -> Bool { first == other.first && key == other.key }
}
