import WharfingerWire

/// conn.log's view of one TCP or UDP exchange, with the client as originator, as values:
/// each endpoint's final state and the history's events. The report makes Zeek's words of
/// them (`conn_state` codes, history letters), as Zeek's log script does of its analyzer's.
public struct ConnectionExchange: Sendable {
    /// Each endpoint's final TCP state; `.inactive` for UDP, whose state is whether it sent.
    public var clientState: TCPEndpointState
    public var serverState: TCPEndpointState
    /// The events in the order they happened, each with the side it came from.
    public var history: ExchangeHistory
    /// Payload bytes: for TCP spanned by sequence numbers, for UDP summed.
    public var clientBytes: UInt64
    public var serverBytes: UInt64
    /// Bytes acknowledged that the capture never showed (content gaps).
    public var missedBytes: UInt64
    /// The last packet Zeek's `duration` counts: for TCP the last one before both sides had
    /// closed (or reset), for UDP the last one.
    public var lastCounted: Timestamp
}

/// A TCP endpoint's state, in Zeek's terms (`TCP_ENDPOINT_*`).
public enum TCPEndpointState: UInt8, Sendable {
    case inactive, synSent, synAckSent, partial, established, closed, reset
}

/// The events a conn.log history names (Zeek's letters: S H A D F R G T W I Q).
public enum HistoryEvent: UInt8, Sendable, CaseIterable {
    case syn, synAck, ack, data, fin, rst, gap, retransmission, zeroWindow, inconsistent, multiFlag
}

/// A conversation's history events, up to `HistoryLetters.capacity`, seen from the client
/// (who sent the first packet is `Conversation.serverSentFirst`, Zeek's `^`): fixed size,
/// so handing it over allocates nothing.
public struct ExchangeHistory: Sendable {
    let letters: HistoryLetters
    /// The flow side (canonical order) of the client.
    let clientSide: UInt8

    public var count: Int { Int(letters.count) }

    /// The `index`th event and whether the client (the originator) sent it.
    public subscript(index: Int) -> (event: HistoryEvent, byClient: Bool) {
        let (event, side) = letters[index]
        return (event, side == Int(clientSide))
    }

    /// All `count` events at once, eight to a word, the first in the lowest byte: each a
    /// `HistoryEvent`'s raw value, with bit 7 set when the server sent it (the bytes past
    /// `count` mean nothing). For a writer of a history per line, without a call per event.
    public var packed: (UInt64, UInt64, UInt64) {
        // Stored with bit 7 for the flow side: the server's side has it when the client's is 0.
        let flip: UInt64 = clientSide == 0 ? 0 : 0x8080_8080_8080_8080
        let words = letters.words
        return (words.0 ^ flip, words.1 ^ flip, words.2 ^ flip)
    }
}
