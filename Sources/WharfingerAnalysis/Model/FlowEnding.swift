/// Why a conversation was handed over.
public enum FlowEnding: String, Sendable, CaseIterable {
    case fin, rst, rejected
    case synUnanswered = "syn-unanswered"
    case idle, evicted
    case endOfCapture = "end-of-capture"
    case superseded
    /// Still going: an export of a long connection (`--active-timeout`), or a snapshot.
    case live

    /// The connection itself ended it (FIN, RST, rejected).
    public var isClosedByExchange: Bool { self == .fin || self == .rst || self == .rejected }
}
