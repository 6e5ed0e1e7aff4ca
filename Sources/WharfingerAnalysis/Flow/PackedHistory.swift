/// A `ConnectionHistory` in a few dozen bytes instead of 144, for a flow whose history is
/// kept aside while it waits (`PendingRing`): the words that differ from a fresh history's,
/// as varints (`PackedWords`), exactly. A side's sequence numbers are random where they start
/// but close to that start: each is stored as its distance from the side's first sequence
/// number, so a few bytes rather than four or five.
///
/// A record: the packed words (a 4-byte mask, then the varints), at most `maxLength` bytes.
/// It carries no length; `read` says how many bytes it took.
enum PackedHistory {
    static let maxLength = PackedWords<ConnectionHistory>.maxLength

    private static let blank = ConnectionHistory()

    /// Writes `history` to `out` (room for `maxLength` bytes); returns the bytes written.
    static func write(_ history: ConnectionHistory, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var history = history
        history.sides.0.shiftSequenceNumbers(by: 0 &- history.sides.0.startSeq)
        history.sides.1.shiftSequenceNumbers(by: 0 &- history.sides.1.startSeq)
        return PackedWords.write(history, blank: blank, to: out)
    }

    /// The history a record holds, and the bytes it took.
    static func read(_ record: UnsafePointer<UInt8>) -> (history: ConnectionHistory, length: Int) {
        var (history, length) = PackedWords.read(record, blank: blank)
        history.sides.0.shiftSequenceNumbers(by: history.sides.0.startSeq)
        history.sides.1.shiftSequenceNumbers(by: history.sides.1.startSeq)
        return (history, length)
    }
}

private extension HistorySide {
    /// Moves the sequence numbers past the start by `delta`, wrapping: by minus the start
    /// they become distances from it, by the start they are back.
    mutating func shiftSequenceNumbers(by delta: UInt32) {
        lastSeq &+= delta
        ackSeq &+= delta
        delivered &+= delta
    }
}
