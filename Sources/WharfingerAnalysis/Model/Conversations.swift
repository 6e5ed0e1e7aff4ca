/// The conversations of a report, in order of their start.
///
/// A final report builds each conversation when it is read: a report of every flow then
/// holds the flows' fixed-size records (`FlowRecord`: the state and what its verdict read
/// when it was tallied, so it is decided as it was), not their conversations with their facts, and a
/// writer that reads each once as it writes it keeps memory to the states. A snapshot holds
/// conversations built when it was taken, because the analysis goes on changing its tables.
///
/// Unchecked `Sendable`: a deferred report builds from the tables of an analyzer that has
/// finished; nothing changes them any more and building only reads them, so conversations
/// may be read from several threads at once.
public struct Conversations: RandomAccessCollection, @unchecked Sendable {
    private enum Storage {
        case built([Conversation])
        case deferred(states: [FlowRecord], order: [Int], builder: ConversationBuilder)
    }

    private let storage: Storage

    init(built conversations: [Conversation]) { storage = .built(conversations) }

    /// The conversations of `states[order[0]]`, `states[order[1]]`...
    init(states: [FlowRecord], order: [Int], builder: ConversationBuilder) {
        storage = .deferred(states: states, order: order, builder: builder)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .built(let conversations): conversations.count
        case .deferred(_, let order, _): order.count
        }
    }

    /// The conversations at `positions`, in order: the way to read many, since the storage
    /// is unpacked once rather than per conversation (which, on two threads at once, would bounce
    /// its reference counts between the cores).
    public func forEach(in positions: Range<Int>, _ body: (Conversation) -> Void) {
        switch storage {
        case .built(let conversations):
            for position in positions { body(conversations[position]) }
        case .deferred(let states, let order, let builder):
            for position in positions { body(builder.conversation(states[order[position]])) }
        }
    }

    public subscript(position: Int) -> Conversation {
        switch storage {
        case .built(let conversations): conversations[position]
        case .deferred(let states, let order, let builder): builder.conversation(states[order[position]])
        }
    }
}
